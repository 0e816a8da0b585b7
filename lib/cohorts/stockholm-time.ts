// Coordinators think of joint sessions and application deadlines in Swedish local time
// ("17:00 on 4 March"), while the database stores instants. These helpers convert between a local
// date and time in Europe/Stockholm and an instant, including across daylight-saving changes,
// with the runtime's time-zone data (no library needed).

export const PROGRAMME_TIME_ZONE = "Europe/Stockholm";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: PROGRAMME_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function localParts(instant: Date) {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes Stockholm is ahead of UTC at this instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const local = localParts(instant);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** A calendar date "YYYY-MM-DD" as a Date at UTC midnight (how @db.Date columns hold it), or null if it is no real date. */
export function parseCalendarDate(value: string): Date | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

export function isTimeOfDay(value: string): boolean {
  return TIME_PATTERN.test(value);
}

/** The instant of a Stockholm wall-clock time on a calendar date, e.g. ("2026-03-04", "17:00"). */
export function stockholmInstant(date: string, time: string): Date {
  const day = parseCalendarDate(date);
  const clock = TIME_PATTERN.exec(time);
  if (!day || !clock) throw new Error(`Not a local date and time: ${date} ${time}`);
  const wallClockAsUtc = day.getTime() + (Number(clock[1]) * 60 + Number(clock[2])) * 60_000;
  // First guess with the offset at that moment in UTC, then correct once with the offset at the
  // guessed instant: the two differ only within hours of a daylight-saving change.
  const guess = wallClockAsUtc - offsetMinutes(new Date(wallClockAsUtc)) * 60_000;
  return new Date(wallClockAsUtc - offsetMinutes(new Date(guess)) * 60_000);
}

/** The last moment of a calendar date in Stockholm: an application window closing "on" a date includes that whole day. */
export function endOfStockholmDay(date: string): Date {
  return new Date(stockholmInstant(date, "23:59").getTime() + 59_999);
}

const pad = (value: number) => String(value).padStart(2, "0");

/** An instant as Stockholm's local date and time, as date and time inputs want them. */
export function toStockholmParts(instant: Date): { date: string; time: string } {
  const local = localParts(instant);
  return { date: `${local.year}-${pad(local.month)}-${pad(local.day)}`, time: `${pad(local.hour)}:${pad(local.minute)}` };
}

/** A calendar date (UTC midnight) as "YYYY-MM-DD". */
export function formatCalendarDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Adds calendar months to a calendar date, clamping the day (31 Jan + 1 month = 28/29 Feb). */
export function addCalendarMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

export function addCalendarDays(date: Date, days: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
}
