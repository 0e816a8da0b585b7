import { getTranslations } from "next-intl/server";
import { PARTICIPATION_STATUSES, type ParticipantFilters } from "@/lib/participants/participant-admin-schemas";
import type { ParticipantField } from "@/lib/participants/participant-admin-queries";
import { FilterBar } from "@/components/ui/filter-bar";
import { participantsHref } from "@/components/participants/participants-href";

/** The participant list's filters, in the URL. */
export async function ParticipantFiltersForm({
  cohortId,
  filters,
  fields,
  locale,
}: {
  cohortId: string;
  filters: ParticipantFilters;
  fields: ParticipantField[];
  locale: "sv" | "en";
}) {
  const [t, tPeople] = await Promise.all([getTranslations("participants"), getTranslations("people")]);
  const options = {
    role: (["MENTEE", "MENTOR"] as const).map((role) => ({ value: role, label: t(`roles.${role}`) })),
    field: fields.map((field) => ({ value: field.key, label: locale === "en" ? field.nameEn : field.nameSv })),
    status: PARTICIPATION_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
  };
  return (
    <FilterBar
      action={participantsHref(cohortId, {})}
      label={t("filters.label")}
      clearLabel={t("filters.clear")}
      filters={[
        { name: "q", label: tPeople("searchLabel"), hint: tPeople("searchHint"), search: true, value: filters.q },
        ...(["role", "field", "status"] as const).map((name) => ({
          name,
          label: t(`columns.${name}`),
          value: filters[name],
          options: options[name],
        })),
      ]}
    />
  );
}
