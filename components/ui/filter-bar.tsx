import Form from "next/form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, type Option } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";

export type Filter = { name: string; label: string; value?: string } & (
  | { options: Option[] }
  /** Free text, e.g. part of a name. */
  | { search: true; hint?: string }
);

type Props = {
  /** The table's address without filters: where the form goes, and where "clear" leads. */
  action: string;
  /** The search landmark's name, e.g. "Filter the applications". */
  label: string;
  clearLabel: string;
  filters: Filter[];
  /** Values the form carries along unchanged, such as the sort; empty ones are left out. */
  keep?: Record<string, string | undefined>;
};

/**
 * A table's filters as a GET form: they live in the URL, so a filtered table can be bookmarked and
 * shared and the browser's back button undoes a filter. A new filter starts again on page 1.
 */
export function FilterBar({ action, label, clearLabel, filters, keep = {} }: Props) {
  const t = useTranslations("common.filters");
  return (
    <Form action={action} role="search" aria-label={label} className="mb-6 rounded-lg border border-stone-200 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {filters.map((filter) =>
          "options" in filter ? (
            <SelectField
              key={filter.name}
              name={filter.name}
              label={filter.label}
              placeholder={t("any")}
              defaultValue={filter.value ?? ""}
              options={filter.options}
            />
          ) : (
            <TextField
              key={filter.name}
              name={filter.name}
              type="search"
              label={filter.label}
              hint={filter.hint}
              defaultValue={filter.value ?? ""}
            />
          ),
        )}
      </div>
      {Object.entries(keep).map(([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />)}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
        <TextLink href={action}>{clearLabel}</TextLink>
      </div>
    </Form>
  );
}
