import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import { getReminderOffLink } from "@/lib/reminders/reminder-queries";
import { ReminderOff } from "@/components/reminders/reminder-off";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reminders.off");
  // The token is in the address: no other site is told it, and no search engine keeps it.
  return { title: t("title"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

/**
 * Where the link at the end of a reminder leads, signed in or not. Opening it changes nothing (mail
 * programs open links to check them); only its button turns the reminders off.
 */
export default async function ReminderOffPage({ params }: PageProps<"/reminders/off/[token]">) {
  const { token } = await params;
  const link = await getReminderOffLink(await getViewer(), token);
  return <ReminderOff token={token} kind={link?.kind ?? null} />;
}
