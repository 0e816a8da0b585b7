import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/policy";
import { paths } from "@/lib/paths";
import { listProgrammeOverviews } from "@/lib/programmes/programme-queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { ProgrammeOverviewCard } from "@/components/programmes/programme-overview";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("coordinator");
  return { title: t("title") };
}

export default async function CoordinatorHome() {
  const viewer = await requireViewer();
  if (!isStaff(viewer)) notFound();
  const t = await getTranslations("coordinator");
  const tArchive = await getTranslations("archive");
  const programmes = await listProgrammeOverviews(viewer);
  const administers = viewer.adminOrganizationIds.length > 0;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { name: viewer.name })} />
      {administers && (
        <p className="mb-6">
          <Link href={paths.newProgramme()} className={buttonClass("primary")}>
            {t("newProgramme")}
          </Link>
        </p>
      )}
      {programmes.length === 0 ? (
        <EmptyState title={t("noProgrammes")}>{administers ? t("noProgrammesAdmin") : t("noProgrammesCoordinator")}</EmptyState>
      ) : (
        <div className="space-y-6">
          {programmes.map((programme) => (
            <ProgrammeOverviewCard key={programme.id} programme={programme} />
          ))}
        </div>
      )}
      <p className="mt-8">
        <TextLink href={paths.archive()}>{tArchive("link")}</TextLink>
      </p>
    </>
  );
}
