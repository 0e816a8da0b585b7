import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { paths } from "@/lib/paths";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { ForgotPasswordForm } from "@/components/accounts/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login.forgot");
  return { title: t("title") };
}

/** "Forgot your password?": a link to choose a new one, by email to the account's own address. */
export default async function ForgotPasswordPage() {
  const t = await getTranslations("login.forgot");
  return (
    <div className="max-w-md">
      <PageHeader title={t("title")} lead={t("lead")} />
      <ForgotPasswordForm />
      <TextLink href={paths.login()} className="mt-4">
        {t("back")}
      </TextLink>
    </div>
  );
}
