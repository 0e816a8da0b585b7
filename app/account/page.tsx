import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { homePath } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { getReminderSettings } from "@/lib/reminders/reminder-queries";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { SignOutOtherDevices } from "@/components/accounts/sign-out-other-devices";
import { ReminderSettings } from "@/components/reminders/reminder-settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

/**
 * The account of whoever is signed in: its password, its email reminders, and the home of someone
 * with no cohort or programme yet.
 */
export default async function AccountPage() {
  const viewer = await requireViewer();
  const t = await getTranslations("account");
  const tReminders = await getTranslations("reminders");
  const reminders = await getReminderSettings(viewer);
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t("title")} lead={t("welcome", { name: viewer.name })} />
      {homePath(viewer) === paths.account() && <EmptyState title={t("nothingYet")}>{t("nothingYetHint")}</EmptyState>}
      <Card title={t("password.title")}>
        <ChangePasswordForm email={viewer.email ?? ""} />
      </Card>
      <Card title={tReminders("title")}>
        <ReminderSettings on={reminders.on} />
      </Card>
      <SignOutOtherDevices />
    </div>
  );
}
