import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getApplicationChangeLink } from "@/lib/applications/application-submit-queries";
import { getViewer } from "@/lib/auth/session";
import { ConfirmApplicationChange } from "@/components/apply/confirm-application-change";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apply.confirm");
  // The token is in the address: no other site is told it, and no search engine keeps it.
  return { title: t("title"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

/**
 * Where the link in the email to confirm a change leads. Opening it changes nothing (mail
 * programs open links to check them); only its button does, through the confirm action.
 */
export default async function ConfirmApplicationChangePage({ params }: PageProps<"/apply/confirm/[token]">) {
  const { token } = await params;
  const link = await getApplicationChangeLink(await getViewer(), token);
  return <ConfirmApplicationChange token={token} link={link} />;
}
