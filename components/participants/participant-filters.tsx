import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PARTICIPATION_STATUSES, type ParticipantFilters } from "@/lib/participants/participant-admin-schemas";
import type { ParticipantField } from "@/lib/participants/participant-admin-queries";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { participantsHref } from "@/components/participants/participants-href";

/** The list's filters as a GET form: they live in the URL, and filtering starts again on page 1. */
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
  const t = await getTranslations("participants");
  const action = participantsHref(cohortId, {});
  const any = t("filters.any");
  return (
    <Form action={action} role="search" aria-label={t("filters.label")} className="mb-6 rounded-lg border border-stone-200 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          name="role"
          label={t("columns.role")}
          placeholder={any}
          defaultValue={filters.role ?? ""}
          options={(["MENTEE", "MENTOR"] as const).map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
        <SelectField
          name="field"
          label={t("columns.field")}
          placeholder={any}
          defaultValue={filters.field ?? ""}
          options={fields.map((field) => ({ value: field.key, label: locale === "en" ? field.nameEn : field.nameSv }))}
        />
        <SelectField
          name="status"
          label={t("columns.status")}
          placeholder={any}
          defaultValue={filters.status ?? ""}
          options={PARTICIPATION_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit" variant="secondary">
          {t("filters.apply")}
        </Button>
        <Link href={action} className="inline-flex min-h-11 items-center text-accent-700 underline">
          {t("filters.clear")}
        </Link>
      </div>
    </Form>
  );
}
