import type { ProfileFieldName } from "@/lib/profiles/profile-fields";
import { COMMON_LANGUAGES, COUNTRY_CODES, LANGUAGE_CODES } from "@/lib/profiles/profile-vocabulary";
import type { Option } from "@/components/ui/select-field";

export type ProfileFormOptions = {
  /** The programme's professional fields, named in the reader's language. */
  fields: Option[];
  /** Choices named by the platform rather than by messages (countries), by field. */
  choices: Partial<Record<ProfileFieldName, Option[]>>;
  commonLanguages: Option[];
  otherLanguages: Option[];
};

function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** The choices of the profile form; country and language names come from the platform, in the reader's language. */
export function profileFormOptions(
  locale: "sv" | "en",
  fields: Array<{ key: string; nameSv: string; nameEn: string }>,
): ProfileFormOptions {
  const regions = new Intl.DisplayNames([locale], { type: "region" });
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  const language = (code: string): Option => ({ value: code, label: capitalise(languages.of(code) ?? code, locale) });
  const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, locale);
  const common: readonly string[] = COMMON_LANGUAGES;
  return {
    fields: fields.map((field) => ({ value: field.key, label: locale === "en" ? field.nameEn : field.nameSv })),
    choices: { educationCountry: COUNTRY_CODES.map((code) => ({ value: code, label: regions.of(code) ?? code })).sort(byLabel) },
    commonLanguages: COMMON_LANGUAGES.map(language),
    otherLanguages: LANGUAGE_CODES.filter((code) => !common.includes(code))
      .map(language)
      .sort(byLabel),
  };
}
