import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";

/** The title of an address that matches no page. */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.notFound");
  return { title: t("title") };
}

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  // A page that finds nothing to show (a foreign or missing id) has already given its own title
  // ("Ditt par"); this one, hoisted into the head, takes its place.
  return (
    <div data-testid="not-found">
      <title>{`${t("title")} · Tandem`}</title>
      <PageHeader title={t("title")} lead={t("body")} />
      <Link href="/" className="inline-flex min-h-11 items-center text-accent-700 underline">
        {t("home")}
      </Link>
    </div>
  );
}
