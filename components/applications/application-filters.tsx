import { getTranslations } from "next-intl/server";
import { APPLICATION_STATUSES, type ApplicationFilters } from "@/lib/applications/application-schemas";
import type { FieldOption } from "@/lib/applications/application-queries";
import { LANGUAGE_CODES } from "@/lib/profiles/profile-vocabulary";
import { FilterBar } from "@/components/ui/filter-bar";
import { applicationsHref } from "@/components/applications/applications-href";
import { languageNamer } from "@/components/applications/language-names";

type Props = {
  cohortId: string;
  filters: ApplicationFilters;
  fields: FieldOption[];
  cities: string[];
  locale: "sv" | "en";
};

/** The applications table's filters, in the URL; the sort chosen in the table stays. */
export async function ApplicationFiltersForm({ cohortId, filters, fields, cities, locale }: Props) {
  const t = await getTranslations("applications");
  const languageName = languageNamer(locale);
  const languages = LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code) })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
  const options = {
    status: APPLICATION_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
    role: (["MENTEE", "MENTOR"] as const).map((role) => ({ value: role, label: t(`roles.${role}`) })),
    field: fields.map((field) => ({ value: field.key, label: locale === "en" ? field.nameEn : field.nameSv })),
    city: cities.map((city) => ({ value: city, label: city })),
  };
  return (
    <FilterBar
      action={applicationsHref(cohortId, {})}
      label={t("filters.label")}
      clearLabel={t("filters.clear")}
      keep={{ sort: filters.sort === "submitted" ? undefined : filters.sort, dir: filters.dir }}
      filters={[
        { name: "q", label: t("filters.q"), hint: t("filters.qHint"), search: true, value: filters.q },
        ...(["status", "role", "field", "city"] as const).map((name) => ({
          name,
          label: t(`columns.${name}`),
          value: filters[name],
          options: options[name],
        })),
        { name: "language", label: t("filters.language"), value: filters.language, options: languages },
      ]}
    />
  );
}
