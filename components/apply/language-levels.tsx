import { describedBy, FieldError, FieldHint } from "@/components/ui/field-parts";
import { SelectField, type Option } from "@/components/ui/select-field";
import { LANGUAGE_LEVELS } from "@/lib/profiles/profile-vocabulary";
import type { FormValues } from "@/lib/profiles/profile-form";

type Props = {
  legend: string;
  hint?: string;
  moreLabel: string;
  /** Shown at once; the other languages sit behind "More languages". */
  common: Option[];
  other: Option[];
  levels: Record<"none" | (typeof LANGUAGE_LEVELS)[number], string>;
  values: FormValues;
  errors?: string[];
};

/** One level choice per language, submitted as `language.<code>`; "Do not speak" is empty. */
export function LanguageLevels({ legend, hint, moreLabel, common, other, levels, values, errors }: Props) {
  const ids = describedBy("languages", hint, errors);
  const levelOptions = LANGUAGE_LEVELS.map((level) => ({ value: level, label: levels[level] }));
  const select = (language: Option) => (
    <SelectField
      key={language.value}
      id={`language-${language.value}`}
      name={`language.${language.value}`}
      label={language.label}
      placeholder={levels.none}
      options={levelOptions}
      defaultValue={values[`language.${language.value}`] ?? ""}
    />
  );
  // A language chosen among the others stays in view.
  const otherChosen = other.some((language) => values[`language.${language.value}`]);
  return (
    <fieldset id="languages" aria-describedby={ids.describedBy} aria-invalid={ids.errorId ? true : undefined}>
      <legend className="font-medium">{legend}</legend>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId} errors={errors} />
      <div className="mt-3 grid gap-4 sm:grid-cols-2">{common.map(select)}</div>
      <details className="mt-4" open={otherChosen || undefined}>
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-accent-700 underline underline-offset-2">
          {moreLabel}
        </summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">{other.map(select)}</div>
      </details>
    </fieldset>
  );
}
