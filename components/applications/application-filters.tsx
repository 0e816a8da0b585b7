import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { APPLICATION_STATUSES, type ApplicationFilters } from "@/lib/applications/application-schemas";
import type { FieldOption } from "@/lib/applications/application-queries";
import { LANGUAGE_CODES } from "@/lib/profiles/profile-vocabulary";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { applicationsHref } from "@/components/applications/applications-href";
import { languageNamer } from "@/components/applications/language-names";

type Props = {
  cohortId: string;
  filters: ApplicationFilters;
  fields: FieldOption[];
  cities: string[];
  locale: "sv" | "en";
};

/**
 * The table's filters as a GET form: they live in the URL, so a filtered table can be bookmarked
 * and shared, and the browser's back button undoes a filter. Filtering starts again on page 1.
 */
export async function ApplicationFiltersForm({ cohortId, filters, fields, cities, locale }: Props) {
  const t = await getTranslations("applications");
  const languageName = languageNamer(locale);
  const languages = LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code) })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
  const action = applicationsHref(cohortId, {});
  const any = t("filters.any");
  return (
    <Form action={action} role="search" aria-label={t("filters.label")} className="mb-6 rounded-lg border border-stone-200 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <TextField name="q" type="search" label={t("filters.q")} hint={t("filters.qHint")} defaultValue={filters.q ?? ""} />
        <SelectField
          name="status"
          label={t("columns.status")}
          placeholder={any}
          defaultValue={filters.status ?? ""}
          options={APPLICATION_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        />
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
          name="city"
          label={t("columns.city")}
          placeholder={any}
          defaultValue={filters.city ?? ""}
          options={cities.map((city) => ({ value: city, label: city }))}
        />
        <SelectField
          name="language"
          label={t("filters.language")}
          placeholder={any}
          defaultValue={filters.language ?? ""}
          options={languages}
        />
      </div>
      {filters.sort !== "submitted" && <input type="hidden" name="sort" value={filters.sort} />}
      {filters.dir && <input type="hidden" name="dir" value={filters.dir} />}
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
