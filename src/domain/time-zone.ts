import { instant, type Instant } from './units';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of `at` in `timeZone`. */
export function wallClock(
  at: Instant,
  timeZone: string,
): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

/** How far `timeZone`'s wall clock is ahead of UTC at `at`, in milliseconds. */
export function zoneOffset(at: Instant, timeZone: string): number {
  const w = wallClock(at, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** The instant at which the wall clock in `timeZone` reads `date` (YYYY-MM-DD) `time` (HH:MM or HH:MM:SS). */
export function zonedInstant(date: string, time: string, timeZone: string): Instant {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi, sec] = time.split(':').map(Number) as [number, number, number | undefined];
  const wall = Date.UTC(y, mo - 1, d, h, mi, sec ?? 0);
  // Two passes settle the offset across a daylight-saving change.
  let guess = wall - zoneOffset(instant(wall), timeZone);
  guess = wall - zoneOffset(instant(guess), timeZone);
  return instant(guess);
}

/** The calendar date (YYYY-MM-DD) of `at` in `timeZone`. */
export function zonedDate(at: Instant, timeZone: string): string {
  const w = wallClock(at, timeZone);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}
