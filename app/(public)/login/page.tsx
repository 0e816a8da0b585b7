import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import { homePath } from "@/lib/auth/policy";
import { isDemo } from "@/lib/env";
import { LoginForm } from "@/components/accounts/login-form";
import { DemoAccounts } from "@/components/accounts/demo-accounts";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage() {
  const viewer = await getViewer();
  if (viewer) redirect(homePath(viewer));
  const t = await getTranslations("login");
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <div className="max-w-md">
        <PageHeader title={t("title")} lead={t("lead")} />
        <LoginForm />
      </div>
      {isDemo() && <DemoAccounts />}
    </div>
  );
}
