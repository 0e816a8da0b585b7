"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/actions/action-state";
import { textLimit } from "@/lib/actions/text-limits";
import { decisionSchema, type Decision } from "@/lib/applications/application-schemas";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextareaField } from "@/components/ui/textarea-field";

type Props = {
  decisions: Decision[];
  /** Side by side on wide screens, where the form spans the page. */
  columns?: 1 | 3;
  values?: Record<string, string>;
  errors?: FieldErrors;
  emailLabel: string;
};

/** The fields of a decision, one application or many: what to do, why, and whether to email the reason. */
export function DecisionFields({ decisions, columns = 1, values, errors, emailLabel }: Props) {
  const t = useTranslations("applications");
  return (
    <>
      <ChoiceGroup
        type="radio"
        name="decision"
        legend={t("decision.legend")}
        options={decisions.map((decision) => ({ value: decision, label: t(`decision.options.${decision}`) }))}
        defaultValue={values?.decision}
        columns={columns}
        errors={errors?.decision}
      />
      <TextareaField
        name="reason"
        label={t("decision.reason")}
        hint={t("decision.reasonHint")}
        rows={3}
        limit={textLimit(decisionSchema.shape.reason)}
        defaultValue={values?.reason}
        errors={errors?.reason}
      />
      <label htmlFor="emailReason" className="flex min-h-11 items-center gap-3">
        <input
          id="emailReason"
          type="checkbox"
          name="emailReason"
          defaultChecked={values?.emailReason === "on"}
          className="size-5 accent-accent-600"
        />
        <span>{emailLabel}</span>
      </label>
    </>
  );
}
