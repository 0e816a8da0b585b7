import { CALENDAR_CONTENT_TYPE } from "@/lib/calendar/calendar-file";

// The answer of a route that serves a calendar file: to download (one session) or for a calendar
// app to read (a feed). Never kept by a cache on the way: a feed shows changes on the next fetch.

function asciiName(fileName: string): string {
  return (
    fileName
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9.-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "calendar.ics"
  );
}

export function calendarResponse(body: string, { fileName, download }: { fileName: string; download: boolean }): Response {
  const disposition = `${download ? "attachment" : "inline"}; filename="${asciiName(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
  return new Response(body, {
    headers: { "Content-Type": CALENDAR_CONTENT_TYPE, "Content-Disposition": disposition, "Cache-Control": "private, no-store" },
  });
}
