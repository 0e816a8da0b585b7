"use client";

import { Fragment, type ReactNode } from "react";
import { sectionFieldNames, type ProfileFieldName, type ProfileSection } from "@/lib/profiles/profile-fields";
import { ProfileField, type ProfileFieldProps } from "@/components/profiles/profile-field";

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-5 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

type Shared = Omit<ProfileFieldProps, "name" | "label" | "hint" | "optional">;

type Props = Shared & {
  role: "MENTOR" | "MENTEE";
  /** The sections to show, each with its title. */
  sections: Partial<Record<ProfileSection, string>>;
  /** Hints that say why each field is asked for, by field. */
  hints?: Partial<Record<ProfileFieldName, string>>;
  /** Labels worded differently from profile.labels (without "(optional)"), by field. */
  labels?: Partial<Record<ProfileFieldName, string>>;
  /** Shown instead of a field's own control (a field that can no longer change), by field. */
  replace?: Partial<Record<ProfileFieldName, ReactNode>>;
  /** Shown after a field (the application's email after the name), by field. */
  after?: Partial<Record<ProfileFieldName, ReactNode>>;
};

/**
 * The profile as every form that asks for all of it shows it (the application, the profile):
 * section by section, the fields of the list that the person's role is asked for. One definition,
 * so the forms cannot drift apart; each form brings its own titles, hints and extra controls.
 */
export function ProfileSections({ role, sections, hints = {}, labels = {}, replace = {}, after = {}, ...shared }: Props) {
  return (
    <>
      {(Object.entries(sections) as Array<[ProfileSection, string]>).map(([section, title]) => (
        <Section key={section} title={title}>
          {sectionFieldNames(section, role).map((name) => (
            <Fragment key={name}>
              {replace[name] ?? <ProfileField {...shared} role={role} name={name} label={labels[name]} hint={hints[name]} />}
              {after[name]}
            </Fragment>
          ))}
        </Section>
      ))}
    </>
  );
}
