import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resetPasswordAction } from "@/lib/accounts/password-actions";
import { getResetLinkOwner } from "@/lib/accounts/password-queries";
import { getViewer } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { LinkProblem } from "@/components/accounts/link-problem";
import { NewPasswordForm } from "@/components/accounts/new-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("setPassword.reset");
  return { title: t("title"), referrer: "no-referrer" };
}

/** The page a reset link opens ("forgot your password?"). */
export default async function ResetPasswordPage({ params }: PageProps<"/reset-password/[token]">) {
  const { token } = await params;
  const t = await getTranslations("setPassword.reset");
  const owner = await getResetLinkOwner(await getViewer(), token);
  if (!owner) return <LinkProblem problem="invalid" />;
  return (
    <div className="max-w-md">
      <PageHeader title={t("title")} lead={t("lead", { name: owner.name, email: owner.email })} />
      <NewPasswordForm action={resetPasswordAction.bind(null, token)} email={owner.email} submitLabel={t("submit")} />
    </div>
  );
}
