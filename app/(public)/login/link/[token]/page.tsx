import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getSignInLinkOwner } from "@/lib/accounts/sign-in-link-queries";
import { getViewer } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { PageHeader } from "@/components/ui/page-header";
import { SignInLinkForm } from "@/components/accounts/sign-in-link-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("link.pageTitle"), referrer: "no-referrer" };
}

export default async function SignInLinkPage({ params }: PageProps<"/login/link/[token]">) {
  const { token } = await params;
  const t = await getTranslations("login");
  const owner = await getSignInLinkOwner(await getViewer(), token);
  if (!owner) {
    return (
      <div className="max-w-prose" data-testid="link-invalid">
        <PageHeader title={t("link.invalidTitle")} lead={t("link.invalid")} />
        <Link href={paths.login()} className="inline-flex min-h-11 items-center text-accent-700 underline">
          {t("link.toLogin")}
        </Link>
      </div>
    );
  }
  return (
    <div className="max-w-md">
      <PageHeader title={t("link.pageTitle")} lead={t("link.pageLead", { name: owner.name, email: owner.email })} />
      <SignInLinkForm token={token} />
    </div>
  );
}
