import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";

/** Its own title, so a missing or foreign page never shows the title of the page asked for. */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.notFound");
  return { title: t("title") };
}

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <div data-testid="not-found">
      <PageHeader title={t("title")} lead={t("body")} />
      <Link href="/" className="inline-flex min-h-11 items-center text-accent-700 underline">
        {t("home")}
      </Link>
    </div>
  );
}
