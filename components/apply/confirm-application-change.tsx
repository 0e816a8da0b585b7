import { getTranslations } from "next-intl/server";
import type { ApplicationChangeLink } from "@/lib/applications/application-submit-queries";
import { PageHeader } from "@/components/ui/page-header";
import { ConfirmChangeForm } from "@/components/apply/confirm-change-form";

/**
 * The page of the link that confirms a change of an application: what it is about and one button,
 * or, for a link that is used, expired or wrong, that it no longer works.
 */
export async function ConfirmApplicationChange({ token, link }: { token: string; link: ApplicationChangeLink | null }) {
  const t = await getTranslations("apply.confirm");
  if (!link) {
    return (
      <div className="max-w-prose" data-testid="link-invalid">
        <PageHeader title={t("invalidTitle")} lead={t("invalidLink")} />
      </div>
    );
  }
  return (
    <div className="max-w-prose space-y-4">
      <PageHeader title={t("title")} lead={t("lead", { cohort: link.cohort, programme: link.programme, role: link.role })} />
      <p>{t("notYou")}</p>
      <ConfirmChangeForm token={token} />
    </div>
  );
}
