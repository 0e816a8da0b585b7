"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";

type FieldProps = { id: string; name: string; defaultValue: string; errors?: string[] };

/** The programme's name and description in English, for English readers; both optional. */
export function ProgrammeEnglishFields({ nameEn, descriptionEn }: { nameEn: FieldProps; descriptionEn: FieldProps }) {
  const t = useTranslations("bilingual.programmeForm");
  return (
    <Field group id="english-texts" label={t("legend")} hint={t("hint")}>
      <div className="mt-3 space-y-5">
        <TextField {...nameEn} label={t("nameEn")} autoComplete="off" lang="en" />
        <TextareaField {...descriptionEn} label={t("descriptionEn")} lang="en" />
      </div>
    </Field>
  );
}
