/*
 * Times, dates and durations as people type them in spreadsheets, for the plan view's importer.
 *
 * The domain takes time as numbers and keeps dayjs out (eslint.config.js); this module reads text
 * at the edge, in the importer, which loads lazily with it, so dayjs costs the first page nothing. dayjs checks calendar dates (customParseFormat, strict), reads
 * ISO 8601 durations (duration) and moves instants to the venue's zone (utc, timezone); the
 * many ways of writing each field are read by the patterns below, which dayjs's formats cannot
 * express (decimal commas, `17h00`, French and Spanish month names with or without accents).
 */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import duration from 'dayjs/plugin/duration';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { fold, MONTH_SOURCE, monthOfWord, UNIT_SOURCE, WEEKDAY_SOURCE } from './time-words';

dayjs.extend(customParseFormat);
dayjs.extend(duration);
dayjs.extend(utc);
dayjs.extend(timezone);

const two = (n: number) => String(n).padStart(2, '0');
const decimal = (text: string) => Number(text.replace(',', '.'));

// ---- Durations -------------------------------------------------------------------------------

const PLAIN_NUMBER = /^(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;
const UNIT_H = new RegExp(`^(?:${UNIT_SOURCE.h})$`);
/** `1:30` (m:ss), `1:02:30` (h:mm:ss), optionally a fraction of the last field and a unit (`1:30 h` is h:mm). */
const COLON_DURATION = new RegExp(`^(\\d+):([0-5]\\d)(?::([0-5]\\d))?([.,]\\d+)?(?: ?(${UNIT_SOURCE.h}|${UNIT_SOURCE.m})\\.?)?$`);
/** ISO 8601 without years, months or weeks, whose length depends on the calendar. */
const ISO_DURATION = /^p(?:\d+(?:[.,]\d+)?d)?(?:t(?:\d+(?:[.,]\d+)?h)?(?:\d+(?:[.,]\d+)?m)?(?:\d+(?:[.,]\d+)?s)?)?$/;
/** One `number unit` of `1 h 15 min 30 s`; the unit may be missing on the last one (`1h15`, `5'30`). */
const DURATION_PART = new RegExp(`(\\d+(?:[.,]\\d+)?)(?: ?(?:(${UNIT_SOURCE.h})|(${UNIT_SOURCE.m})|(${UNIT_SOURCE.s}))\\.?)?`, 'y');
const DURATION_JOIN = / ?(?:,|and(?= )|et(?= )|y(?= )|و)? ?/y;

function colonSeconds(text: string): number | null {
  const m = COLON_DURATION.exec(text);
  if (!m) return null;
  const [, first, second, third, fraction = '', unit] = m;
  const isHours = unit !== undefined && UNIT_H.test(unit);
  if (third !== undefined) {
    if (unit !== undefined && !isHours) return null; // `1:02:30 min` says two things
    return Number(first) * 3600 + Number(second) * 60 + decimal(third + fraction);
  }
  const last = decimal(second + fraction);
  return isHours ? Number(first) * 3600 + last * 60 : Number(first) * 60 + last;
}

function isoSeconds(text: string): number | null {
  if (!ISO_DURATION.test(text) || text === 'p' || text.endsWith('t')) return null;
  return dayjs.duration(text.toUpperCase().replace(/,/g, '.')).asSeconds();
}

function unitSeconds(text: string): number | null {
  let position = 0;
  let previousScale = Infinity;
  let total = 0;
  while (position < text.length) {
    if (previousScale !== Infinity) {
      DURATION_JOIN.lastIndex = position;
      DURATION_JOIN.exec(text);
      position = DURATION_JOIN.lastIndex;
    }
    DURATION_PART.lastIndex = position;
    const part = DURATION_PART.exec(text);
    if (!part) return null;
    position = DURATION_PART.lastIndex;
    let scale = part[2] ? 3600 : part[3] ? 60 : part[4] ? 1 : null;
    if (scale === null) {
      // A bare number counts in the unit below the one before it, and only at the end: `1h15`, `5'30`.
      if (previousScale === Infinity || previousScale === 1 || position !== text.length) return null;
      scale = previousScale / 60;
    }
    if (scale >= previousScale) return null; // hours, then minutes, then seconds, each once
    total += decimal(part[1]!) * scale;
    previousScale = scale;
  }
  return previousScale === Infinity ? null : total;
}

/**
 * Minutes in a duration cell, or null when the
 * text is not a duration or is negative. Zero is a duration (the caller decides what it means).
 *
 * Reads plain numbers of minutes (`5`, `2.5`, `2,5`); numbers with units in English, French,
 * Spanish or Arabic (`5 min`, `90 s`, `90"`, `5'`, `1h 15`, `1 h 15 m 30 s`, `1 heure`,
 * `5 minutos`); `m:ss` as the app writes durations (`1:30` is 90 s) and `h:mm:ss` (`0:05:00`);
 * ISO 8601 (`PT1H15M`). Arabic-Indic digits are read as digits; case and spaces do not matter.
 */
export function parseDuration(text: string): number | null {
  const folded = fold(text);
  if (PLAIN_NUMBER.test(folded)) return plainMinutes(decimal(folded));
  const seconds = colonSeconds(folded) ?? isoSeconds(folded) ?? unitSeconds(folded);
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  return Math.round(seconds) / 60;
}

/**
 * A number of minutes as written. A whole number of seconds that a spreadsheet kept to 15
 * significant digits (`1.33333333333333`) reads as that second; any other number is kept as it
 * is (`1.2345`, typed in the plan editor), so a plan goes out as CSV and comes back the same.
 */
function plainMinutes(minutes: number): number | null {
  if (!Number.isFinite(minutes) || minutes < 0) return null;
  const whole = Math.round(minutes * 60) / 60;
  return Math.abs(whole - minutes) <= minutes * 1e-13 ? whole : minutes;
}

/**
 * How the CSV export writes a duration: a plain decimal of minutes that `parseDuration` reads back
 * as the same number. Minutes are first rounded to the whole second, as `parseDuration` would;
 * `String` then gives the shortest decimal that reads back to the same double (never an exponent
 * between 1/60 and 10^21). A spreadsheet that keeps only 15 significant digits still reads back
 * right, because `parseDuration` rounds to the second.
 */
export function formatMinutesCell(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`not a duration: ${minutes}`);
  return String(plainMinutes(minutes));
}

// ---- Dates -----------------------------------------------------------------------------------

const WEEKDAY_PREFIX = new RegExp(`^(?:${WEEKDAY_SOURCE})\\.?,? `);
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const DAY_MONTH_YEAR = new RegExp(
  `^(\\d{1,2})(?:er|st|nd|rd|th|º|°)?\\.?[ /.-](?:de )?(${MONTH_SOURCE})\\.?,?[ /.-](?:del? )?(\\d{4}|\\d{2})$`,
);
const MONTH_DAY_YEAR = new RegExp(`^(${MONTH_SOURCE})\\.?[ -](\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})$`);

/**
 * `YYYY-MM-DD` if the fields name a real day (dayjs in strict mode refuses 31 June), else null.
 * Checked in UTC: a day the device's own zone skipped (Samoa's 30 December 2011) is still a day.
 */
function calendarDate(year: string, month: number, day: number): string | null {
  const full = year.length === 2 ? 2000 + Number(year) : Number(year);
  const iso = `${String(full).padStart(4, '0')}-${two(month)}-${two(day)}`;
  return dayjs.utc(iso, 'YYYY-MM-DD', true).isValid() ? iso : null;
}

/**
 * The day a date cell names, `YYYY-MM-DD`, or null. Reads ISO dates; numeric dates day first, as
 * in Geneva, Paris and Madrid (`19/06/2025`, `19.06.2025`, `19-6-25`), except that a second number
 * above 12 must be the day (`06/19/2025` is 19 June); two-digit years are 20xx; and written dates
 * in English, French or Spanish, accents optional, with or without the day of the week
 * (`19 June 2025`, `June 19, 2025`, `jeudi 19 juin 2025`, `19 de junio de 2025`, `19-Jun-25`).
 */
export function parseDate(text: string): string | null {
  const folded = fold(text).replace(WEEKDAY_PREFIX, '');
  let m = YEAR_FIRST.exec(folded);
  if (m) return calendarDate(m[1]!, Number(m[3]), Number(m[4]));
  m = NUMERIC.exec(folded);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    return first <= 12 && second > 12 ? calendarDate(m[4]!, first, second) : calendarDate(m[4]!, second, first);
  }
  m = DAY_MONTH_YEAR.exec(folded);
  if (m) return calendarDate(m[3]!, monthOfWord(m[2]!)!, Number(m[1]));
  m = MONTH_DAY_YEAR.exec(folded);
  if (m) return calendarDate(m[3]!, monthOfWord(m[1]!)!, Number(m[2]));
  return null;
}

// ---- Clock times -----------------------------------------------------------------------------

/** What a time cell says: the wall clock, and the offset from UTC in minutes when it gives one. */
type WallTime = { readonly hour: number; readonly minute: number; readonly second: number; readonly offset: number | null };

const OFFSET = / ?(z|(?:utc|gmt)(?: ?[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}(?::?\d{2})?)$/;
const MERIDIEM = / ?([ap])\.? ?m\.?$/;
/** `17:00`, `17:00:00`, `15:00:00.000` (seconds are read, then dropped from the answer). */
const COLON_TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?$/;
const DOT_TIME = /^(\d{1,2})\.(\d{2})$/;
/** The French and Swiss `17h00`, `17h`, `17 h 00`; 24-hour only. */
const H_TIME = /^(\d{1,2}) ?h(?: ?(\d{2}))?$/;
const BARE_HOUR = /^(\d{1,2})$/;

function offsetMinutes(text: string): number | null {
  const m = /([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!m) return 0; // z, utc, gmt
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function readWallTime(text: string): WallTime | null {
  let rest = text;
  let offset: number | null = null;
  const zone = OFFSET.exec(rest);
  if (zone) {
    offset = offsetMinutes(zone[1]!);
    if (offset === null) return null;
    rest = rest.slice(0, zone.index);
  }
  const meridiem = MERIDIEM.exec(rest);
  if (meridiem) rest = rest.slice(0, meridiem.index);
  const m = COLON_TIME.exec(rest) ?? DOT_TIME.exec(rest) ?? (meridiem ? BARE_HOUR.exec(rest) : H_TIME.exec(rest));
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const second = Number(m[3] ?? 0);
  if (minute > 59 || second > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem[1] === 'p' ? 12 : 0);
  } else if (hour > 23) return null;
  return { hour, minute, second, offset };
}

/** Words that may join a date to its time: `19 juin 2025 à 17h`, `June 19, 2025 at 5 pm`. */
const DATE_TIME_JOIN = /(?:,| -| at| a| a las)$/;

/** A date then a time (`2025-06-19T17:00`, `19/06/2025 17:00`, `jeudi 19 juin 2025 17h`), or null. */
function readDateTime(text: string): { date: string; wall: WallTime } | null {
  const words = text.replace(/^(\d{4}-\d{1,2}-\d{1,2})t(?=\d)/, '$1 ').split(' ');
  for (let i = words.length - 1; i >= 1; i--) {
    const wall = readWallTime(words.slice(i).join(' '));
    if (!wall) continue;
    const date = parseDate(words.slice(0, i).join(' ').replace(DATE_TIME_JOIN, ''));
    if (date) return { date, wall };
  }
  return null;
}

/**
 * The venue-local clock time a cell names, `time` as `HH:MM` (24-hour; seconds are dropped), and
 * `date` (`YYYY-MM-DD`) when the cell gives one; or null.
 *
 * Reads `17:00`, `17:00:00`, `9:05`, `17.00`, `17h00`, `17h`, `17 h 00`, and 12-hour times
 * (`5 pm`, `5:00 PM`, `5.00pm`, `5:00 p.m.`; 12 am is midnight). A date before the time
 * (`2025-06-19 17:00`, `2025-06-19T17:00`, `19/06/2025 17:00`, any form `parseDate` reads) is
 * taken as venue local and returned as written. A time with an offset or `Z` (`2025-06-19T15:00:00Z`,
 * `…+02:00`, `15:00 UTC`) is an instant, moved to `venue.timeZone`; the answer then always carries
 * the venue's date, which may differ from the written one. An offset time without a date is read
 * on `venue.date`, or refused when there is none. Four bare digits (`0900`) and a bare number (`17`)
 * are refused: they could as well be durations or years. Throws on an unknown `venue.timeZone`.
 */
export function parseClock(text: string, venue: { timeZone: string; date?: string }): { time: string; date?: string } | null {
  const folded = fold(text);
  const wall = readWallTime(folded);
  const dated = wall ? null : readDateTime(folded);
  const found = wall ?? dated?.wall;
  if (!found) return null;
  if (found.offset === null) {
    const time = `${two(found.hour)}:${two(found.minute)}`;
    return dated ? { date: dated.date, time } : { time };
  }
  const day = dated?.date ?? venue.date;
  if (day === undefined) return null;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const instant = Date.UTC(year, month - 1, date, found.hour, found.minute, found.second) - found.offset * 60_000;
  // dayjs's tz() builds the venue's wall clock as a Date in the device's own zone, so a wall time
  // that the device's zone skips (its spring change) comes out an hour late (iamkun/dayjs#2675).
  // The offset it finds is right (Intl), so the wall clock is worked out in UTC from it.
  const offset = dayjs(instant).tz(venue.timeZone).utcOffset();
  const local = dayjs.utc(instant + offset * 60_000);
  return { date: local.format('YYYY-MM-DD'), time: local.format('HH:mm') };
}
