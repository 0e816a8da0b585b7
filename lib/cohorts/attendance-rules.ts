import { toStockholmParts } from "@/lib/cohorts/stockholm-time";

// When attendance may be marked: from the session's day on (in Stockholm), so nobody is counted
// as present at a session that has not happened. Pure.

export function attendanceOpen(startsAt: Date, now: Date): boolean {
  return toStockholmParts(startsAt).date <= toStockholmParts(now).date;
}
