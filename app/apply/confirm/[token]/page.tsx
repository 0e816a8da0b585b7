import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getApplicationChangeLink } from "@/lib/applications/application-submit-queries";
import { getViewer } from "@/lib/auth/session";
import { localText } from "@/lib/i18n/bilingual";
import { withNote } from "@/components/i18n/local-text";
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
  const [link, locale] = await Promise.all([getApplicationChangeLink(await getViewer(), token), getLocale()]);
  const view = link && {
    role: link.role,
    cohort: await withNote(localText(locale, link.cohort.name, link.cohort.nameEn)),
    programme: await withNote(localText(locale, link.programme.name, link.programme.nameEn)),
  };
  return <ConfirmApplicationChange token={token} link={view} />;
}
