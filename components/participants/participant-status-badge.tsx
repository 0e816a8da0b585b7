import type { ParticipationStatus } from "@/lib/generated/prisma/client";
import { Badge } from "@/components/ui/badge";

const tone = { INVITED: "info", ACTIVE: "success", WITHDRAWN: "warning", COMPLETED: "neutral" } as const;

/** The label comes from the caller (participants.status.*), so the badge works in server and client components. */
export function ParticipantStatusBadge({ status, label }: { status: ParticipationStatus; label: string }) {
  return <Badge tone={tone[status]}>{label}</Badge>;
}
