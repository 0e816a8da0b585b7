import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getPasswordLinkOwner } from "@/lib/accounts/password-queries";
import { getViewer } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { PageHeader } from "@/components/ui/page-header";
import { SetPasswordForm } from "@/components/accounts/set-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("setPassword");
  return { title: t("title"), referrer: "same-origin" };
}

export default async function SetPasswordPage({ params }: PageProps<"/set-password/[token]">) {
  const { token } = await params;
  const t = await getTranslations("setPassword");
  const owner = await getPasswordLinkOwner(await getViewer(), token);
  if (!owner) {
    return (
      <div className="max-w-prose" data-testid="link-invalid">
        <PageHeader title={t("invalidTitle")} lead={t("invalidLink")} />
        <Link href={paths.login()} className="inline-flex min-h-11 items-center text-accent-700 underline">
          {t("toLogin")}
        </Link>
      </div>
    );
  }
  return (
    <div className="max-w-md">
      <PageHeader title={t("title")} lead={t("lead", { name: owner.name, email: owner.email })} />
      <SetPasswordForm token={token} email={owner.email} />
    </div>
  );
}
