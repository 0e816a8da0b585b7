"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { ATTENDANCE_STATUSES, attendanceField, type AttendanceChoice } from "@/lib/cohorts/attendance-schemas";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

export type AttendancePerson = { participationId: string; name: string; role: string; field: string; status: AttendanceChoice | null };

/**
 * The whole cohort on one form: everyone starts as present (or as saved before), the coordinator
 * picks the exceptions and saves once. Each person is a group of three radio buttons, so the Tab
 * key moves from person to person and the arrow keys change the choice. Works without JavaScript.
 */
export function AttendanceForm({
  action,
  people,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  people: AttendancePerson[];
}) {
  const t = useTranslations("cohorts.attendance");
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-4">
      <FormStatus state={state} errorTitle={t("errorSummary")} takeFocus />
      <p className="text-stone-700">{t("howTo")}</p>
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="attendance-list">
        {people.map((person) => {
          const name = attendanceField(person.participationId);
          const chosen = person.status ?? "PRESENT";
          return (
            <li key={person.participationId} data-testid="attendance-row">
              <fieldset className="p-3">
                <legend className="font-medium">
                  {person.name}
                  <span className="block text-sm font-normal text-stone-700">
                    {t("roleAndField", { role: person.role, field: person.field })}
                  </span>
                </legend>
                <div className="flex flex-wrap gap-x-4">
                  {ATTENDANCE_STATUSES.map((status) => {
                    const id = `${name}-${status}`;
                    return (
                      <label key={status} htmlFor={id} className="flex min-h-11 items-center gap-2">
                        <input
                          id={id}
                          type="radio"
                          name={name}
                          value={status}
                          defaultChecked={chosen === status}
                          className="size-5 accent-accent-600"
                        />
                        <span>{t(`status.${status}`)}</span>
                      </label>
                    );
                  })}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <SubmitButton label={t("save", { count: people.length })} pendingLabel={t("saving")} />
    </form>
  );
}
