import Form from "next/form";
import { getTranslations } from "next-intl/server";
import { paths } from "@/lib/paths";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import type { FieldName } from "@/components/matching/board-fields";

/** Shows the board for one professional field, or all of them; the choice lives in the URL. */
export async function FieldFilter({
  cohortId,
  fieldKeys,
  fieldKey,
  fieldName,
}: {
  cohortId: string;
  fieldKeys: string[];
  fieldKey: string | null;
  fieldName: FieldName;
}) {
  const t = await getTranslations("matching");
  return (
    <Form action={paths.matching(cohortId)} className="mb-6 flex flex-wrap items-end gap-3">
      <SelectField
        name="field"
        label={t("filterField")}
        defaultValue={fieldKey ?? ""}
        options={[{ value: "", label: t("allFields") }, ...fieldKeys.map((key) => ({ value: key, label: fieldName(key) }))]}
      />
      <Button type="submit" variant="secondary">
        {t("filter")}
      </Button>
    </Form>
  );
}
