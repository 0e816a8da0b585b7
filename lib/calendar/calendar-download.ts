import { CALENDAR_CONTENT_TYPE } from "@/lib/calendar/calendar-file";

// A calendar file as a route's answer: downloaded under its own name (å, ä and ö kept for the
// browsers that read the UTF-8 name, plain letters for the rest), never kept by a shared cache.

export function calendarDownload(text: string, fileName: string): Response {
  const plain = fileName
    .normalize("NFD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\]/g, "");
  return new Response(text, {
    headers: {
      "Content-Type": CALENDAR_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${plain}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
