import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MentorWishes } from "@/components/matching/mentor-wishes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("matching.wishes");
  return { title: t("title") };
}

export default async function MentorWishesPage({ params }: PageProps<"/mentee/wishes/[participationId]">) {
  const { participationId } = await params;
  return <MentorWishes participationId={participationId} />;
}
