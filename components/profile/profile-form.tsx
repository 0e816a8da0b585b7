"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import type { FormValues } from "@/lib/applications/application-submit-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { ProfileFormOptions } from "@/components/profile/profile-options";
import { ProfileSections, Section } from "@/components/profile/profile-sections";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  role: "MENTOR" | "MENTEE";
  /** The stored profile as form values. */
  defaults: FormValues;
  options: ProfileFormOptions;
  /** "self": the person's own profile (you, your); "coordinator": someone else's. */
  voice: "self" | "coordinator";
  /** The professional field is shown but cannot be changed. */
  fieldLocked?: boolean;
};

/**
 * A participant's profile as one form, for the person themselves or for a coordinator. A failed
 * save comes back with everything typed and each problem next to its field; a saved one says so.
 */
export function ProfileForm({ action, role, defaults, options, voice, fieldLocked = false }: Props) {
  const t = useTranslations("profilePage.form");
  const tp = useTranslations("profile");
  const tv = useTranslations("validation");
  const [state, formAction] = useActionState(action, idleState);
  // After each answer, move to the message at the top (the problems, or that it was saved), as
  // the button is far from it; the summary and the message can take focus for that.
  const answer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    answer.current?.querySelector<HTMLElement>("[tabindex='-1']")?.focus();
  }, [state]);
  const failed = !state.ok ? state : undefined;
  const errors = failed?.fieldErrors ?? {};
  const values = failed?.values ?? defaults;
  const optional = (label: string) => `${label} ${t("optional")}`;
  const lockedField = options.fields.find((field) => field.value === values.fieldKey)?.label ?? values.fieldKey;

  return (
    <form action={formAction} noValidate className="space-y-6" data-testid="profile-form">
      <div aria-live="polite" ref={answer}>
        <ErrorSummary title={tv("summary")} errors={failed?.fieldErrors} message={failed?.message} />
        {state.ok && state.message && (
          <p
            className="rounded-md border-2 border-emerald-700 bg-emerald-50 p-4 font-medium"
            role="status"
            tabIndex={-1}
            data-testid="profile-saved"
          >
            {state.message}
          </p>
        )}
      </div>

      <Section title={t("sections.person")}>
        <TextField
          name="name"
          autoComplete={voice === "self" ? "name" : "off"}
          label={tp("labels.name")}
          hint={voice === "self" ? t("hints.nameSelf") : t("hints.nameCoordinator")}
          defaultValue={values.name}
          errors={errors.name}
        />
        <TextField
          name="phone"
          type="tel"
          autoComplete={voice === "self" ? "tel" : "off"}
          label={optional(tp("labels.phone"))}
          hint={t("hints.phone")}
          defaultValue={values.phone}
          errors={errors.phone}
        />
        <TextField name="city" label={optional(tp("labels.city"))} defaultValue={values.city} errors={errors.city} />
        <TextField name="region" label={optional(tp("labels.region"))} defaultValue={values.region} errors={errors.region} />
      </Section>

      <ProfileSections
        role={role}
        values={values}
        errors={errors}
        options={options}
        autoFill={voice === "self"}
        text={{
          education: t("sections.education"),
          languages: t("sections.languages"),
          mentorship: t("sections.mentorship"),
          choose: t("choose"),
          optional: t("optional"),
          moreLanguages: t("moreLanguages"),
          employer: tp("labels.employer"),
          genderPreference: tp("labels.genderPreference"),
        }}
        hints={{
          field: voice === "coordinator" ? t("hints.fieldCoordinator") : undefined,
          employer: t("hints.employer"),
          languages: t("hints.languages"),
        }}
        fieldControl={
          fieldLocked ? (
            <div>
              <p className="font-medium">{tp("labels.field")}</p>
              <p data-testid="field-locked">{lockedField}</p>
              <p className="mt-1 text-sm text-stone-600">{t("hints.fieldLocked")}</p>
            </div>
          ) : undefined
        }
      />

      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} className="w-full sm:w-auto" />
    </form>
  );
}
