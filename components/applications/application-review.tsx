import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import { requireViewer } from "@/lib/auth/session";
import { decideApplicationAction } from "@/lib/applications/application-actions";
import { getApplicationForReview, type ApplicationReview } from "@/lib/applications/application-queries";
import { allowedDecisions } from "@/lib/applications/application-schemas";
import { paths } from "@/lib/paths";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ApplicationStatusBadge } from "@/components/applications/application-status-badge";
import { DecisionForm } from "@/components/applications/decision-form";
import { languageNamer } from "@/components/applications/language-names";

/** Label and value pairs; an empty value says so in words rather than leaving a gap. */
function Facts({ items, empty }: { items: Array<{ label: string; value: ReactNode; testId?: string }>; empty: string }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(10rem,auto)_1fr]">
      {items.map((item) => (
        <div key={item.label} className="contents">
          <dt className="font-medium text-stone-700">{item.label}</dt>
          <dd className="break-words" data-testid={item.testId}>
            {item.value === null || item.value === undefined || item.value === "" ? (
              <span className="text-stone-600">{empty}</span>
            ) : (
              item.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The translations, formats and helpers every card of the review page uses. */
async function reviewTools() {
  const [t, tp, format, locale] = await Promise.all([
    getTranslations("applications"),
    getTranslations("profile"),
    getFormat(),
    getLocale(),
  ]);
  return {
    t,
    tp,
    format,
    locale,
    empty: t("notGiven"),
    dateTime: (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }),
  };
}

/** How to reach the applicant, and their education and work. */
async function ContactAndBackground({ application }: { application: ApplicationReview }) {
  const { t, tp, format, locale, empty } = await reviewTools();
  const { profile } = application;
  const countries = new Intl.DisplayNames([locale], { type: "region" });
  return (
    <>
      <Card title={t("review.contact")}>
        <Facts
          empty={empty}
          items={[
            { label: tp("labels.email"), value: application.email, testId: "application-email" },
            { label: tp("labels.phone"), value: profile.phone },
            { label: tp("labels.city"), value: profile.city },
            { label: tp("labels.region"), value: profile.region },
            { label: t("review.language"), value: t(`review.locales.${application.locale}`) },
          ]}
        />
      </Card>
      <Card title={t("review.background")}>
        <Facts
          empty={empty}
          items={[
            { label: tp("labels.role"), value: t(`roles.${application.role}`) },
            { label: tp("labels.field"), value: locale === "en" ? application.field.nameEn : application.field.nameSv },
            { label: tp("labels.educationDegree"), value: profile.educationDegree },
            {
              label: t("review.educationCountry"),
              value: profile.educationCountry && (countries.of(profile.educationCountry) ?? profile.educationCountry),
            },
            { label: t("review.educationYear"), value: profile.educationYear },
            {
              label: tp("labels.yearsExperience"),
              value: profile.yearsExperience === null ? null : format.number(profile.yearsExperience),
            },
            { label: tp("labels.employer"), value: profile.employer },
          ]}
        />
      </Card>
    </>
  );
}

/** The languages the applicant speaks, and what they want from the mentorship. */
async function LanguagesAndMentorship({ application }: { application: ApplicationReview }) {
  const { t, tp, format, locale, empty, dateTime } = await reviewTools();
  const { profile } = application;
  const languageName = languageNamer(locale);
  const mentor = application.role === "MENTOR";
  const list = (keys: string[], namespace: "industries" | "goalTags" | "expertiseTags") =>
    keys.length ? keys.map((key) => tp(`${namespace}.${key}`)).join(", ") : null;
  return (
    <>
      <Card title={tp("labels.languages")}>
        {profile.languages.length === 0 ? (
          <p className="text-stone-600">{empty}</p>
        ) : (
          <ul className="space-y-1" data-testid="application-languages">
            {profile.languages.map((language) => (
              <li key={language.code}>
                {languageName(language.code)}: {tp(`levels.${language.level}`)}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("review.mentorship")}>
        <Facts
          empty={empty}
          items={[
            {
              label: mentor ? t("review.industriesMentor") : t("review.industriesMentee"),
              value: list(profile.industries, "industries"),
            },
            mentor
              ? { label: t("review.expertiseTags"), value: list(profile.expertiseTags, "expertiseTags") }
              : { label: t("review.goalTags"), value: list(profile.goalTags, "goalTags") },
            { label: t("review.goals"), value: profile.goals && <span className="whitespace-pre-line">{profile.goals}</span> },
            { label: t("review.meetingPreference"), value: tp(`meetingPreferences.${profile.meetingPreference}`) },
            ...(mentor ? [{ label: t("review.mentorCapacity"), value: format.number(profile.mentorCapacity) }] : []),
            { label: t("review.gender"), value: profile.gender && tp(`genders.${profile.gender}`) },
            {
              label: t("review.genderPreference"),
              value: profile.genderPreference ? tp(`genders.${profile.genderPreference}`) : tp("noPreference"),
            },
            { label: t("review.consent"), value: dateTime(application.consentAt) },
          ]}
        />
      </Card>
    </>
  );
}

/** Where the application stands, and the decisions it can still get. */
async function DecisionCard({ application }: { application: ApplicationReview }) {
  const { t, empty, dateTime } = await reviewTools();
  return (
    <Card title={t("review.decision")}>
      <Facts
        empty={empty}
        items={[
          {
            label: t("columns.status"),
            value: <ApplicationStatusBadge status={application.status} label={t(`status.${application.status}`)} />,
            testId: "application-status",
          },
          { label: t("review.submitted"), value: dateTime(application.createdAt) },
          { label: t("review.updated"), value: dateTime(application.updatedAt) },
          { label: t("review.decidedAt"), value: application.decidedAt && dateTime(application.decidedAt) },
          { label: t("review.reason"), value: application.decisionReason, testId: "decision-reason" },
        ]}
      />
      <div className="mt-6">
        <DecisionForm
          action={decideApplicationAction.bind(null, application.id)}
          decisions={allowedDecisions(application.status)}
          finalNote={application.status === "ACCEPTED" ? t("review.finalAccepted") : t("review.finalDeclined")}
        />
      </div>
    </Card>
  );
}

/**
 * One application as its coordinator reviews it: every part of the profile, labelled in the
 * viewer's language, and the decision. Anyone but a coordinator of its programme gets "not found".
 */
export async function ApplicationReviewPage({ applicationId }: { applicationId: string }) {
  const viewer = await requireViewer();
  const application = await getApplicationForReview(viewer, applicationId);
  if (!application) notFound();
  const t = await getTranslations("applications");
  return (
    <>
      <Link
        href={paths.cohortApplications(application.cohort.id)}
        className="mb-2 inline-flex min-h-11 items-center text-accent-700 underline"
      >
        {t("review.back", { cohort: application.cohort.name })}
      </Link>
      <PageHeader
        title={application.name}
        lead={t("review.lead", {
          role: t(`roles.${application.role}`),
          cohort: application.cohort.name,
          programme: application.cohort.programmeName,
        })}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <div className="space-y-6">
          <ContactAndBackground application={application} />
          <LanguagesAndMentorship application={application} />
        </div>
        <div className="space-y-6">
          <DecisionCard application={application} />
        </div>
      </div>
    </>
  );
}
