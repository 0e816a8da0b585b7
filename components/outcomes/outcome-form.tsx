"use client";

import { useState, useSyncExternalStore } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/action-state";
import { SSYK_MAJOR_GROUPS } from "@/lib/outcomes/ssyk-2012";
import { findOccupation, majorGroupName, occupationName, searchOccupations } from "@/lib/outcomes/occupations";
import {
  EMPLOYER_TYPES,
  JOB_TYPES,
  OUTCOME_TYPES,
  outcomeSchema,
  type OutcomeFormValues,
  type OutcomeTypeKey,
} from "@/lib/outcomes/outcome-schemas";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";

const noSubscription = () => () => {};

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * Records or changes an outcome. The occupation is found with a search field: with JavaScript the
 * list narrows as one types; without it, the search button sends the whole form back to this page
 * (a GET), which narrows the list on the server and shows everything typed again.
 */
export function OutcomeForm({
  action,
  defaults,
  searchPath,
  submitLabel,
  today,
}: {
  action: Action;
  defaults: OutcomeFormValues;
  /** This page's address: where the occupation search sends the form. */
  searchPath: string;
  submitLabel: string;
  /** Today in Stockholm, "YYYY-MM-DD": the latest date the date field offers. */
  today: string;
}) {
  const t = useTranslations("outcomes");
  const { state, formAction, values, errors, field } = useActionForm(action, defaults, { schema: outcomeSchema });
  // Before the page's script runs, every field shows; afterwards only those the chosen kind uses.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [chosenType, setType] = useState<string | null>(null);
  const type = chosenType ?? values.type;
  const shows = (types: readonly OutcomeTypeKey[]) => !hydrated || type === "" || types.includes(type as OutcomeTypeKey);

  return (
    <form
      action={formAction}
      noValidate
      className="space-y-5"
      onChange={(event) => {
        const target = event.target as unknown as HTMLInputElement;
        if (target.name === "type") setType(target.value);
      }}
      onKeyDown={(event) => {
        // Enter in a field saves, as in any form; the occupation search has its own button.
        const target = event.target as HTMLElement;
        if (event.key !== "Enter" || target.tagName !== "INPUT" || target.id === "occupationQuery") return;
        event.preventDefault();
        event.currentTarget.requestSubmit(event.currentTarget.querySelector<HTMLButtonElement>("button[type=submit]:not([formmethod])"));
      }}
    >
      <FormStatus state={state} errorTitle={t("form.errorSummary")} takeFocus />
      <ChoiceGroup
        name="type"
        type="radio"
        legend={t("form.type")}
        options={OUTCOME_TYPES.map((value) => ({ value, label: t(`types.${value}`) }))}
        defaultValue={values.type}
        errors={errors?.type}
      />
      <TextField {...field("occurredOn")} type="date" max={today} label={t("form.occurredOn")} hint={t("form.occurredOnHint")} />
      {shows(EMPLOYER_TYPES) && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField {...field("jobTitle")} label={t("form.jobTitle")} hint={t("form.jobTitleHint")} autoComplete="organization-title" />
          <TextField {...field("employer")} label={t("form.employer")} autoComplete="organization" />
        </div>
      )}
      {shows(JOB_TYPES) && (
        <>
          <OccupationPicker
            key={JSON.stringify(values)}
            query={values.occupationQuery}
            code={values.occupationCode}
            errors={errors?.occupationCode}
            searchPath={searchPath}
          />
          <ChoiceGroup
            name="qualified"
            type="radio"
            legend={t("form.qualified")}
            hint={t("form.qualifiedHint")}
            options={[
              { value: "yes", label: t("answer.yes") },
              { value: "no", label: t("answer.no") },
            ]}
            defaultValue={values.qualified}
            errors={errors?.qualified}
          />
          <ChoiceGroup
            name="throughProgramme"
            type="radio"
            legend={t("form.throughProgramme")}
            options={[
              { value: "yes", label: t("form.throughProgrammeYes") },
              { value: "no", label: t("form.throughProgrammeNo") },
            ]}
            defaultValue={values.throughProgramme}
            errors={errors?.throughProgramme}
          />
        </>
      )}
      <TextareaField {...field("note")} label={t("form.note")} hint={t("form.noteHint")} rows={3} />
      <SubmitButton label={submitLabel} pendingLabel={t("form.saving")} />
    </form>
  );
}

/**
 * The occupation: a search field and a list of the SSYK 2012 groups that match, in the reader's
 * language (the search also finds the other language's names and the codes). A native select, so
 * it works with the keyboard, a screen reader and a phone's own picker.
 */
function OccupationPicker({
  query: initialQuery,
  code: initialCode,
  errors,
  searchPath,
}: {
  query: string;
  code: string;
  errors?: string[];
  searchPath: string;
}) {
  const t = useTranslations("outcomes.form");
  const locale = useLocale();
  const [query, setQuery] = useState(initialQuery);
  const [code, setCode] = useState(initialCode);
  const matches = searchOccupations(query);
  const chosen = findOccupation(code);
  const shown = chosen && !matches.includes(chosen) ? [chosen, ...matches] : matches;
  const groups = SSYK_MAJOR_GROUPS.map((group) => ({
    group,
    occupations: shown.filter((occupation) => occupation.code.startsWith(group.code)),
  })).filter((entry) => entry.occupations.length > 0);

  return (
    <div className="space-y-3 rounded-md border border-stone-200 p-3">
      <div>
        <label htmlFor="occupationQuery" className="block font-medium">
          {t("occupationSearch")}
        </label>
        <p id="occupationQuery-hint" className="mt-1 text-sm text-stone-600">
          {t("occupationSearchHint")}
        </p>
        <div className="mt-1 flex flex-wrap gap-2">
          <input
            id="occupationQuery"
            name="occupationQuery"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              // Enter in the search field searches; it does not save the form.
              if (event.key === "Enter") event.preventDefault();
            }}
            aria-describedby="occupationQuery-hint occupation-matches"
            autoComplete="off"
            className="block min-h-11 min-w-0 flex-1 rounded-md border border-stone-500 bg-white px-3"
          />
          <button
            type="submit"
            formAction={`${searchPath}#occupationCode`}
            formMethod="get"
            formNoValidate
            className="min-h-11 rounded-md border border-stone-400 bg-white px-4 font-medium text-stone-900 hover:bg-stone-100"
            data-testid="occupation-search"
          >
            {t("occupationSearchButton")}
          </button>
        </div>
        <p id="occupation-matches" aria-live="polite" className="mt-1 text-sm text-stone-700">
          {query.trim() === "" ? t("occupationAll", { count: matches.length }) : t("occupationMatches", { count: matches.length })}
        </p>
      </div>
      <Field id="occupationCode" label={t("occupation")} hint={t("occupationHint")} errors={errors}>
        {(control) => (
          <select {...control} name="occupationCode" value={code} onChange={(event) => setCode(event.target.value)}>
            <option value="">{t("occupationChoose")}</option>
            {groups.map(({ group, occupations }) => (
              <optgroup key={group.code} label={majorGroupName(group, locale)}>
                {occupations.map((occupation) => (
                  <option key={occupation.code} value={occupation.code}>
                    {`${occupationName(occupation, locale)} (${occupation.code})`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
