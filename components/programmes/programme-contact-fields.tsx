"use client";

import { useTranslations } from "next-intl";
import type { ProgrammeContactField } from "@/lib/programmes/programme-contact";
import { TextField } from "@/components/ui/text-field";

/** What ties one field of the form to its id, echoed value and errors (useActionForm's `field`). */
type FieldProps = { id: string; name: string; defaultValue: string | undefined; errors: string[] | undefined };

/** The programme form's part for whom participants contact: a name, an email address and a phone number. */
export function ProgrammeContactFields({ field }: { field: (name: ProgrammeContactField) => FieldProps }) {
  const t = useTranslations("programmes.contact");
  return (
    <fieldset className="space-y-4 rounded-lg border border-stone-200 p-4" aria-describedby="contact-hint">
      <legend className="px-1 font-medium">{t("legend")}</legend>
      <p id="contact-hint" className="text-sm text-stone-600">
        {t("hint")}
      </p>
      <TextField {...field("contactName")} label={t("name")} autoComplete="off" />
      <TextField {...field("contactEmail")} label={t("email")} type="email" autoComplete="off" />
      <TextField {...field("contactPhone")} label={t("phone")} type="tel" autoComplete="off" className="sm:max-w-xs" />
    </fieldset>
  );
}
