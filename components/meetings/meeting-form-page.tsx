import { getTranslations } from "next-intl/server";
import type { ParticipantSide } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/session";
import { getFormat } from "@/lib/i18n/format";
import { editMeetingAction, logMeetingAction } from "@/lib/meetings/meeting-actions";
import { getMeetingEditForm, getMeetingLogForm } from "@/lib/meetings/meeting-queries";
import { paths } from "@/lib/paths";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { MeetingForm } from "@/components/meetings/meeting-form";

const partnerOf = (side: ParticipantSide) => (side === "MENTOR" ? "MENTEE" : "MENTOR");

/** Logging a meeting, for either of the pair's people. */
export async function LogMeetingPage({ pairId, side }: { pairId: string; side: ParticipantSide }) {
  const viewer = await requireViewer();
  const [form, t] = await Promise.all([getMeetingLogForm(viewer, pairId, side), getTranslations("meetings")]);
  return (
    <>
      <TextLink href={paths.pair(side, form.pairId)}>{t("log.back")}</TextLink>
      <PageHeader title={t("log.title")} lead={t("log.lead", { partnerRole: partnerOf(side) })} />
      <MeetingForm
        action={logMeetingAction.bind(null, form.pairId)}
        defaults={form.defaults}
        today={form.today}
        firstDay={form.firstDay}
        submitLabel={t("log.submit")}
      />
    </>
  );
}

/** Changing a meeting the viewer logged, within 30 days. */
export async function EditMeetingPage({ pairId, meetingId, side }: { pairId: string; meetingId: string; side: ParticipantSide }) {
  const viewer = await requireViewer();
  const [form, t, format] = await Promise.all([
    getMeetingEditForm(viewer, pairId, meetingId, side),
    getTranslations("meetings"),
    getFormat(),
  ]);
  return (
    <>
      <TextLink href={paths.pair(side, form.pairId)}>{t("log.back")}</TextLink>
      <PageHeader title={t("edit.title")} lead={t("edit.lead", { until: format.dateTime(form.changeUntil, { dateStyle: "long" }) })} />
      <MeetingForm
        action={editMeetingAction.bind(null, form.meetingId)}
        defaults={form.defaults}
        today={form.today}
        firstDay={form.firstDay}
        submitLabel={t("edit.submit")}
      />
    </>
  );
}
