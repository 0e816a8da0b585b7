import { getTranslations } from "next-intl/server";
import { fieldSpec, sectionFieldNames, type ProfileFieldName, type ProfileRole, type ProfileSection } from "@/lib/profiles/profile-fields";
import { listValue, type FormValues } from "@/lib/profiles/profile-form";
import { LANGUAGE_CODES } from "@/lib/profiles/profile-vocabulary";
import type { ProfileFormOptions } from "@/components/profiles/profile-options";
import { Section } from "@/components/profiles/profile-sections";

type Props = {
  role: ProfileRole;
  values: FormValues;
  options: ProfileFormOptions;
  /** The sections to show, each with its title. */
  sections: Record<ProfileSection, string>;
  /** What an empty field says. */
  empty: string;
};

/**
 * A profile to read, not to change: the same sections and fields as the profile form, each
 * label with its value in words (the names of choices, languages with their levels).
 */
export async function ProfileFacts({ role, values, options, sections, empty }: Props) {
  const tp = await getTranslations("profile");
  const labelOf = (name: ProfileFieldName) => {
    const key = name === "fieldKey" ? "field" : name;
    const ownKey = `labels.${key}${role === "MENTOR" ? "Mentor" : "Mentee"}`;
    return tp((tp.has(ownKey as never) ? ownKey : `labels.${key}`) as never);
  };
  const nameOfKey = (name: ProfileFieldName, key: string) => {
    const named = options.choices[name]?.find((option) => option.value === key)?.label;
    const messages = fieldSpec(name).vocabulary?.messages;
    return named ?? (messages ? tp(`${messages}.${key}` as never) : key);
  };
  const languageName = (code: string) =>
    [...options.commonLanguages, ...options.otherLanguages].find((option) => option.value === code)?.label ?? code;

  const valueOf = (name: ProfileFieldName): string => {
    const spec = fieldSpec(name);
    switch (spec.kind) {
      case "professionalField":
        return options.fields.find((option) => option.value === values[name])?.label ?? values[name] ?? "";
      case "languages":
        return LANGUAGE_CODES.filter((code) => values[`language.${code}`])
          .map((code) => `${languageName(code)} (${tp(`levels.${values[`language.${code}`]}` as never).toLocaleLowerCase()})`)
          .join(", ");
      case "list":
        return listValue(values, name)
          .map((key) => nameOfKey(name, key))
          .join(", ");
      case "choice":
        return values[name] ? nameOfKey(name, values[name]) : "";
      default:
        return values[name] ?? "";
    }
  };

  return (
    <div className="space-y-6" data-testid="profile-facts">
      {(Object.entries(sections) as Array<[ProfileSection, string]>).map(([section, title]) => (
        <Section key={section} title={title}>
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(10rem,auto)_1fr]">
            {sectionFieldNames(section, role).map((name) => {
              const value = valueOf(name);
              return (
                <div key={name} className="contents">
                  <dt className="font-medium text-stone-700">{labelOf(name)}</dt>
                  <dd className="break-words whitespace-pre-line">{value || <span className="text-stone-600">{empty}</span>}</dd>
                </div>
              );
            })}
          </dl>
        </Section>
      ))}
    </div>
  );
}
