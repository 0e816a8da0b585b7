// Calendar files (.ics, RFC 5545) for joint sessions and a pair's planned meeting: one event or a
// whole feed. Times are written in UTC (the "Z" form), which every calendar shows in the reader's own
// time zone, so no time-zone definitions are needed. Pure: plain data in, text out.

export type CalendarEvent = {
  /** Stable across downloads, so that a calendar updates the event instead of adding it twice. */
  uid: string;
  startsAt: Date;
  endsAt: Date;
  title: string;
  location?: string | null;
  description?: string | null;
  /** A page with the details, in Tandem. */
  url?: string | null;
  /** When the event last changed; calendars keep the newest version. */
  updatedAt: Date;
};

export type Calendar = {
  /** The calendar's name, shown by apps that subscribe to a feed. */
  name: string;
  events: CalendarEvent[];
};

/** The media type to answer with. */
export const CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8";

/** 20261129T183000Z */
export function calendarTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** Backslash, semicolon, comma and line breaks are escaped in TEXT values (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets are folded: broken before a character, the rest continued on lines
 * starting with one space. Breaks fall between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line holds 75 octets; continuation lines hold 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function eventLines(event: CalendarEvent): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${calendarTime(event.updatedAt)}`,
    `LAST-MODIFIED:${calendarTime(event.updatedAt)}`,
    `DTSTART:${calendarTime(event.startsAt)}`,
    `DTEND:${calendarTime(event.endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push("END:VEVENT");
  return lines;
}

/** The whole file, with CRLF line ends as the standard asks. */
export function calendarFile(calendar: Calendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Tandem//Tandem//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** A file name without characters that trouble a download: "Uppstartsträff 2026-03-04.ics" stays readable. */
export function calendarFileName(base: string): string {
  const cleaned = base
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return `${cleaned || "calendar"}.ics`;
}
