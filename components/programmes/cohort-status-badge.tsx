import { getTranslations } from "next-intl/server";
import type { CohortStatus } from "@/lib/generated/prisma/client";
import { Badge } from "@/components/ui/badge";

const tone = { PLANNING: "neutral", RECRUITING: "info", MATCHING: "warning", ACTIVE: "success", CLOSED: "neutral" } as const;

export async function CohortStatusBadge({ status }: { status: CohortStatus }) {
  const t = await getTranslations("cohortStatus");
  return <Badge tone={tone[status]}>{t(status)}</Badge>;
}
