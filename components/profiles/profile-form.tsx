"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import type { FormValues } from "@/lib/profiles/profile-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAnswer } from "@/components/profiles/form-answer";
import type { ProfileFormOptions } from "@/components/profiles/profile-options";
import { ProfileSections } from "@/components/profiles/profile-sections";

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
  const failed = !state.ok ? state : undefined;
  const values = failed?.values ?? defaults;
  const lockedField = options.fields.find((field) => field.value === values.fieldKey)?.label ?? values.fieldKey;

  return (
    <form action={formAction} noValidate className="space-y-6" data-testid="profile-form">
      <FormAnswer state={state} summaryTitle={tv("summary")} doneTestId="profile-saved" />

      <ProfileSections
        role={role}
        values={values}
        errors={failed?.fieldErrors ?? {}}
        options={options}
        autoFill={voice === "self"}
        words={{ optional: t("optional"), choose: t("choose"), moreLanguages: t("moreLanguages") }}
        sections={{
          person: t("sections.person"),
          education: t("sections.education"),
          languages: t("sections.languages"),
          mentorship: t("sections.mentorship"),
        }}
        hints={{
          name: voice === "self" ? t("hints.nameSelf") : t("hints.nameCoordinator"),
          phone: t("hints.phone"),
          fieldKey: voice === "coordinator" ? t("hints.fieldCoordinator") : undefined,
          employer: t("hints.employer"),
          languages: t("hints.languages"),
        }}
        replace={{
          fieldKey: fieldLocked ? (
            <div>
              <p className="font-medium">{tp("labels.field")}</p>
              <p data-testid="field-locked">{lockedField}</p>
              <p className="mt-1 text-sm text-stone-600">{t("hints.fieldLocked")}</p>
              {/* Sent as it is, so the rest of the form is checked; the action keeps the stored field whatever arrives. */}
              <input type="hidden" name="fieldKey" value={values.fieldKey ?? ""} />
            </div>
          ) : undefined,
        }}
      />

      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} className="w-full sm:w-auto" />
    </form>
  );
}
