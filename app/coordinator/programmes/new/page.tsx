import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { createProgrammeAction } from "@/lib/programmes/programme-actions";
import { requireViewer } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { requireProgrammeCreator } from "@/lib/programmes/programme-queries";
import { DEFAULT_PROFESSIONAL_FIELDS } from "@/lib/programmes/default-fields";
import { programmeLimits } from "@/lib/programmes/programme-schemas";
import { PageHeader } from "@/components/ui/page-header";
import { ProgrammeForm } from "@/components/programmes/programme-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.new");
  return { title: t("title") };
}

export default async function NewProgrammePage() {
  const organizations = await requireProgrammeCreator(await requireViewer());
  const t = await getTranslations("programmes");
  const locale = await getLocale();
  return (
    <>
      <p className="mb-2">
        <Link href={paths.coordinator()} className="inline-flex min-h-11 items-center text-accent-700 underline">
          {t("backToHome")}
        </Link>
      </p>
      <PageHeader title={t("new.title")} lead={t("new.lead")} />
      <ProgrammeForm
        action={createProgrammeAction}
        organizations={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
        fieldOptions={DEFAULT_PROFESSIONAL_FIELDS.map((field) => ({
          value: field.key,
          label: locale === "en" ? field.nameEn : field.nameSv,
        }))}
        defaults={{
          name: "",
          description: "",
          nameEn: "",
          descriptionEn: "",
          fieldKeys: DEFAULT_PROFESSIONAL_FIELDS.map((field) => field.key).join(","),
          defaultCohortMonths: String(programmeLimits.defaultCohortMonths.default),
          jointSessionCount: String(programmeLimits.jointSessionCount.default),
          meetingIntervalDays: String(programmeLimits.meetingIntervalDays.default),
          retentionMonths: String(programmeLimits.retentionMonths.default),
          organizationId: organizations.length === 1 ? organizations[0]!.id : "",
        }}
        submitLabel={t("new.submit")}
      />
    </>
  );
}
