import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { SignOutOtherDevices } from "@/components/accounts/sign-out-other-devices";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

/** For someone with an account but no cohort or programme yet. */
export default async function AccountPage() {
  const viewer = await requireViewer();
  const t = await getTranslations("account");
  return (
    <>
      <PageHeader title={t("title")} lead={t("welcome", { name: viewer.name })} />
      <EmptyState title={t("nothingYet")}>{t("nothingYetHint")}</EmptyState>
      <SignOutOtherDevices />
    </>
  );
}
