import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { updateOwnProfileAction } from "@/lib/participants/profile-actions";
import { getOwnProfile } from "@/lib/participants/profile-queries";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { ProgrammeContactDetails } from "@/components/programmes/programme-contact";
import { ProfileFacts } from "@/components/profiles/profile-facts";
import { ProfileForm } from "@/components/profiles/profile-form";
import { profileFormOptions } from "@/components/profiles/profile-options";
import { localText } from "@/lib/i18n/bilingual";
import { withNote } from "@/components/i18n/local-text";

/**
 * The signed-in person's profile in one of their cohorts (the latest unless they choose another):
 * a form until their part in the cohort is over, then to read only. A participation that is not
 * theirs is "not found".
 */
export async function OwnProfile({ participation }: { participation?: string }) {
  const viewer = await requireViewer();
  const own = await getOwnProfile(viewer, participation);
  const t = await getTranslations("profilePage");
  if (!own) {
    if (participation !== undefined) notFound();
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("none")}>
          <p>{t("noneHint")}</p>
          <Link href={paths.account()} className="mt-2 inline-flex min-h-11 items-center text-accent-700 underline">
            {t("toAccount")}
          </Link>
        </EmptyState>
      </>
    );
  }
  const { profile, choices, stage } = own;
  const locale = (await getLocale()) === "en" ? "en" : "sv";
  const roleName = (role: "MENTOR" | "MENTEE") => t("role", { role });
  const options = profileFormOptions(locale, profile.fields);
  // What the profile is for now: matching, reaching each other while the cohort runs, or the record of a past cohort.
  const lead = { matching: "lead", running: "leadRunning", past: "leadPast" } as const;
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={t("title")}
        lead={t(lead[stage], {
          role: profile.role,
          cohort: await withNote(localText(locale, profile.cohort.name, profile.cohort.nameEn)),
          programme: await withNote(localText(locale, profile.programme.name, profile.programme.nameEn)),
        })}
      />
      {choices.length > 1 && (
        // A plain GET form: the chosen cohort is in the URL, and it works without JavaScript.
        <Form action={paths.profile()} className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-stone-200 bg-white p-4">
          <SelectField
            name="participation"
            label={t("choose")}
            hint={t("chooseHint")}
            defaultValue={profile.id}
            className="min-w-64 flex-1"
            options={choices.map((choice) => ({
              value: choice.id,
              label: t("choice", {
                cohort: localText(locale, choice.cohortName, choice.cohortNameEn).text,
                programme: localText(locale, choice.programmeName, choice.programmeNameEn).text,
                role: roleName(choice.role),
              }),
            }))}
          />
          <Button type="submit" variant="secondary">
            {t("show")}
          </Button>
        </Form>
      )}
      <div className="mb-6 space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <dl>
          <dt className="font-medium">{t("email")}</dt>
          <dd className="break-all" data-testid="profile-email">
            {profile.person.email}
          </dd>
          <dd className="mt-1 text-sm text-stone-600">{t("emailHint")}</dd>
        </dl>
        <ProgrammeContactDetails contact={own.contact} />
      </div>
      {stage === "past" ? (
        <ProfileFacts
          role={profile.role}
          values={profile.values}
          options={options}
          empty={t("notGiven")}
          sections={{
            person: t("form.sections.person"),
            education: t("form.sections.education"),
            languages: t("form.sections.languages"),
            mentorship: t("form.sections.mentorship"),
          }}
        />
      ) : (
        <ProfileForm
          key={profile.id}
          action={updateOwnProfileAction.bind(null, profile.id)}
          role={profile.role}
          defaults={profile.values}
          options={options}
          voice="self"
          fieldLocked={profile.fieldLocked}
        />
      )}
    </div>
  );
}
