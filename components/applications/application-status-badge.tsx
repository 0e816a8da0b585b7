import type { ApplicationStatus } from "@/lib/generated/prisma/client";
import { Badge } from "@/components/ui/badge";

const tone = { SUBMITTED: "info", ACCEPTED: "success", WAITLISTED: "warning", DECLINED: "neutral" } as const;

/** The label comes from the caller (applications.status.*), so the badge works in server and client components. */
export function ApplicationStatusBadge({ status, label }: { status: ApplicationStatus; label: string }) {
  return <Badge tone={tone[status]}>{label}</Badge>;
}
