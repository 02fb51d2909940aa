/**
 * How a spreadsheet shows a number cell, from its number format: Excel keeps dates and times as
 * serial days (17:00 is 0.708333…) and only the format says which they are. Serials carry no time
 * zone, so they are turned into text by arithmetic alone, never through the device's zone.
 */

/** What a number format makes of a number. */
export type NumberLook = 'number' | 'date' | 'time' | 'dateTime' | 'duration';

/** Excel's built-in formats (ECMA-376 §18.8.30) that show times; 22 shows a date and time, 46 a duration. */
const BUILT_IN_TIMES = new Set([18, 19, 20, 21, 32, 33, 45, 47]);

/** What a built-in format shows, by its id: dates 14–17, and East Asian locales' 27–36 and 50–58 (but for times 32, 33). */
export function builtInLook(numFmtId: number): NumberLook {
  if (numFmtId === 22) return 'dateTime';
  if (numFmtId === 46) return 'duration';
  if (BUILT_IN_TIMES.has(numFmtId)) return 'time';
  const date = (numFmtId >= 14 && numFmtId <= 17) || (numFmtId >= 27 && numFmtId <= 36) || (numFmtId >= 50 && numFmtId <= 58);
  return date ? 'date' : 'number';
}

/**
 * What a format code shows. Only its first section counts (the one for positive numbers); quoted
 * text, escaped characters, colours and locales are not codes. `[h]`, `[mm]`, `[ss]` count
 * elapsed time. `m` is a month unless hours or seconds stand in the same section.
 */
export function lookOfFormat(code: string): NumberLook {
  let codes = '';
  let elapsed = false;
  for (let i = 0; i < code.length; i++) {
    const char = code[i]!;
    if (char === ';') break;
    if (char === '"') i = skipTo(code, i, '"');
    else if (char === '\\' || char === '_' || char === '*') i++;
    else if (char === '[') {
      const end = skipTo(code, i, ']');
      if (/^(h+|m+|s+)$/i.test(code.slice(i + 1, end))) elapsed = true;
      i = end;
    } else codes += char.toLowerCase();
  }
  if (elapsed) return 'duration';
  const time = /[hs]/.test(codes);
  const date = /[dy]/.test(codes) || (!time && codes.includes('m'));
  return date && time ? 'dateTime' : date ? 'date' : time ? 'time' : 'number';
}

function skipTo(code: string, from: number, close: string): number {
  const end = code.indexOf(close, from + 1);
  return end < 0 ? code.length : end;
}

/** A number as a person reads it: plain decimals, at most six of them (`5`, `2.5`, never `5.000000001`). */
export function numberText(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  const rounded = Number(value.toFixed(6));
  return String(rounded === 0 ? 0 : rounded);
}

const DAY_SECONDS = 86_400;
/** The serial of 1970-01-01 in Excel's 1900 system, from which serials count days since 1899-12-30. */
const UNIX_EPOCH_SERIAL = 25_569;
/** The serial of 1904-01-01 in the 1900 system: the 1904 system (old Mac workbooks) starts there. */
const SERIAL_1904 = 1_462;
/** 9999-12-31, the last day Excel shows. */
const LAST_SERIAL = 2_958_465;

/**
 * A serial as text in the given look: `YYYY-MM-DD`, `HH:MM:SS`, `YYYY-MM-DD HH:MM` (with `:SS`
 * when the seconds are not zero), or a duration `H:MM:SS`. A serial no date can show stays a number.
 * A time always has its seconds: a cell formatted `h:mm` may hold a duration (5 minutes in a
 * Minutes column), and `00:05` would read as five seconds there; `00:05:00` reads as a clock time
 * in a Start column and as five minutes in a Minutes column.
 */
export function serialText(serial: number, look: NumberLook, date1904: boolean): string {
  if (look === 'number' || !Number.isFinite(serial)) return numberText(serial);
  if (look === 'duration') return durationText(serial);
  if (serial < 0 || serial > LAST_SERIAL + 1) return numberText(serial);
  const seconds = Math.round(serial * DAY_SECONDS);
  const day = Math.floor(seconds / DAY_SECONDS);
  const clock = clockText(seconds - day * DAY_SECONDS, look === 'time');
  if (look === 'time') return clock;
  const calendar = dayText(day, date1904);
  return look === 'date' ? calendar : `${calendar} ${clock}`;
}

function dayText(serialDay: number, date1904: boolean): string {
  const day1900 = date1904 ? serialDay + SERIAL_1904 : serialDay;
  // The 1900 system counts a 29 February 1900 that never was (serial 60): days before it are one off.
  const unixDay = day1900 - UNIX_EPOCH_SERIAL + (day1900 < 61 ? 1 : 0);
  return new Date(unixDay * DAY_SECONDS * 1000).toISOString().slice(0, 10);
}

function clockText(seconds: number, withSeconds = false): string {
  const s = seconds % 60;
  const text = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}`;
  return s === 0 && !withSeconds ? text : `${text}:${two(s)}`;
}

function durationText(serial: number): string {
  const seconds = Math.round(Math.abs(serial) * DAY_SECONDS);
  const text = `${Math.floor(seconds / 3600)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
  return serial < 0 && seconds > 0 ? `-${text}` : text;
}

const two = (n: number): string => String(n).padStart(2, '0');
