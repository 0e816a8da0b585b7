"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/actions/action-state";
import { textLimit } from "@/lib/actions/text-limits";
import { fieldSpec, type ProfileFieldName, type ProfileRole } from "@/lib/profiles/profile-fields";
import { defaultFormValue, listValue, type FormValues } from "@/lib/profiles/profile-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { SelectField, type Option } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { LanguageLevels } from "@/components/apply/language-levels";
import type { ProfileFormOptions } from "@/components/profiles/profile-options";

/** The words of the surrounding form that its profile fields use. */
export type ProfileFieldWords = { optional: string; choose: string; moreLanguages: string };

export type ProfileFieldProps = {
  name: ProfileFieldName;
  role?: ProfileRole;
  values: FormValues;
  errors: FieldErrors;
  options: ProfileFormOptions;
  words: ProfileFieldWords;
  /** The label without "(optional)", when the form words it differently from profile.labels. */
  label?: string;
  /** Whether the label says "(optional)"; by default when the field is not required. */
  optional?: boolean;
  hint?: string;
  /** The person's own form (offer the browser's autofill, speak to them), or a coordinator's (no autofill, speak of the person). */
  autoFill: boolean;
};

/**
 * One profile field as a form control, drawn from its entry in the list of fields: a text box, a
 * list of choices, checkboxes, or the language levels. Named after the field, so the action reads
 * it back with profileFieldsFromForm.
 */
export function ProfileField({ name, role, values, errors, options, words, label, optional, hint, autoFill }: ProfileFieldProps) {
  const tp = useTranslations("profile");
  const spec = fieldSpec(name);
  const labelKey = name === "fieldKey" ? "field" : name;
  // A coordinator's form speaks of the person ("the country where the person graduated"), the
  // person's own form speaks to them ("… where you graduated"); the role's words before the common ones.
  const groups = autoFill ? ["labels"] : ["labelsAboutPerson", "labels"];
  const roleSuffix = role === "MENTOR" ? "Mentor" : role === "MENTEE" ? "Mentee" : "";
  const candidates = groups.flatMap((group) => [...(roleSuffix ? [`${group}.${labelKey}${roleSuffix}`] : []), `${group}.${labelKey}`]);
  const base = label ?? tp((candidates.find((key) => tp.has(key as never)) ?? `labels.${labelKey}`) as never);
  const shown = (optional ?? !spec.required) ? `${base} ${words.optional}` : base;
  const common = { name, hint, errors: errors[name] };
  const limit = textLimit(spec.schema);
  const value = values[name] ?? defaultFormValue(name);
  const narrow = spec.control?.narrow ? "max-w-48" : undefined;

  switch (spec.kind) {
    case "text":
    case "number":
      return (
        <TextField
          {...common}
          label={shown}
          limit={spec.kind === "text" ? limit : undefined}
          type={spec.control?.type}
          inputMode={spec.kind === "number" ? "numeric" : undefined}
          className={narrow}
          autoComplete={autoFill ? spec.control?.autoComplete : "off"}
          defaultValue={values[name]}
        />
      );
    case "longText":
      return <TextareaField {...common} label={shown} limit={limit} defaultValue={values[name]} />;
    case "professionalField":
      return <SelectField {...common} label={shown} placeholder={words.choose} options={options.fields} defaultValue={value} />;
    case "languages":
      return (
        <LanguageLevels
          legend={shown}
          hint={hint}
          moreLabel={words.moreLanguages}
          common={options.commonLanguages}
          other={options.otherLanguages}
          levels={{ none: tp("levels.none"), basic: tp("levels.basic"), good: tp("levels.good"), fluent: tp("levels.fluent") }}
          values={values}
          errors={errors.languages}
        />
      );
  }

  const vocabulary = spec.vocabulary!;
  const choices: Option[] =
    options.choices[name] ??
    vocabulary.keys.map((key) => ({ value: key, label: vocabulary.messages ? tp(`${vocabulary.messages}.${key}` as never) : key }));
  if (spec.kind === "list") {
    return <ChoiceGroup {...common} type="checkbox" columns={2} legend={shown} options={choices} defaultValue={listValue(values, name)} />;
  }
  if (spec.control?.radio) return <ChoiceGroup {...common} type="radio" legend={shown} options={choices} defaultValue={value} />;
  const placeholder = spec.required ? undefined : spec.control?.placeholder ? tp(spec.control.placeholder as never) : words.choose;
  return <SelectField {...common} label={shown} className={narrow} placeholder={placeholder} options={choices} defaultValue={value} />;
}
