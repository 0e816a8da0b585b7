import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { setPasswordAction } from "@/lib/accounts/password-actions";
import { getPasswordLinkOwner } from "@/lib/accounts/password-queries";
import { getViewer } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { LinkProblem } from "@/components/accounts/link-problem";
import { NewPasswordForm } from "@/components/accounts/new-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("setPassword");
  return { title: t("title"), referrer: "same-origin" };
}

export default async function SetPasswordPage({ params }: PageProps<"/set-password/[token]">) {
  const { token } = await params;
  const t = await getTranslations("setPassword");
  const owner = await getPasswordLinkOwner(await getViewer(), token);
  if (!owner) return <LinkProblem problem="invalid" />;
  if (owner.hasPassword) return <LinkProblem problem="hasPassword" />;
  return (
    <div className="max-w-md">
      <PageHeader title={t("title")} lead={t("lead", { name: owner.name, email: owner.email })} />
      <NewPasswordForm action={setPasswordAction.bind(null, token)} email={owner.email} submitLabel={t("submit")} />
    </div>
  );
}
