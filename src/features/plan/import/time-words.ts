/**
 * The words people type around times, dates and durations in a spreadsheet, in the languages of
 * the venues we serve (English, French, Spanish, Arabic). They are read, never shown, so they
 * live here rather than in src/i18n. Every word is stored folded (see `fold`).
 */

/**
 * Text as the parsers compare it: Arabic-Indic digits as ASCII, the Arabic decimal separator as a
 * point, no direction marks, accents dropped (`février` and `fevrier` are one word), lower case,
 * runs of spaces (including no-break spaces) as one space, trimmed.
 */
export function fold(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/\u066b/g, '.')
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** An alternation that matches the longest word first (`minutes` before `min` before `m`). */
function alternation(words: readonly string[]): string {
  return [...new Set(words.map(fold))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

const HOUR_WORDS = ['h', 'hr', 'hrs', 'hour', 'hours', 'heure', 'heures', 'hora', 'horas', 'ساعة', 'ساعات', 'ساعتان', 'ساعتين', 'س'];
const MINUTE_WORDS = [
  'm',
  'mn',
  'min',
  'mins',
  'minute',
  'minutes',
  'minuto',
  'minutos',
  "'",
  '’',
  '′',
  'دقيقة',
  'دقائق',
  'دقيقتان',
  'دقيقتين',
  'د',
];
const SECOND_WORDS = [
  's',
  'sec',
  'secs',
  'second',
  'seconds',
  'seconde',
  'secondes',
  'seg',
  'segundo',
  'segundos',
  '"',
  '″',
  "''",
  '’’',
  'ثانية',
  'ثوان',
  'ثواني',
  'ثوانٍ',
  'ث',
];

/** Regular-expression sources for the unit words of a duration. */
export const UNIT_SOURCE = { h: alternation(HOUR_WORDS), m: alternation(MINUTE_WORDS), s: alternation(SECOND_WORDS) } as const;

/** Month names and their usual abbreviations, by month number (1–12). */
const MONTH_WORDS: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv', 'enero', 'ene'],
  ['february', 'feb', 'fevrier', 'fevr', 'fev', 'febrero'],
  ['march', 'mar', 'mars', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'mayo'],
  ['june', 'jun', 'juin', 'junio'],
  ['july', 'jul', 'juillet', 'juil', 'julio'],
  ['august', 'aug', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'set'],
  ['october', 'oct', 'octobre', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'decembre', 'diciembre', 'dic'],
];

const MONTH_BY_WORD = new Map(MONTH_WORDS.flatMap((words, i) => words.map((w) => [fold(w), i + 1] as const)));

/** A regular-expression source matching any month word. */
export const MONTH_SOURCE = alternation([...MONTH_BY_WORD.keys()]);

/** The month number (1–12) of a folded month word, or undefined. */
export function monthOfWord(word: string): number | undefined {
  return MONTH_BY_WORD.get(word);
}

/** Day names that may open a written date (`jeudi 19 juin 2025`); they are checked by nothing but the date. */
export const WEEKDAY_SOURCE = alternation([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'lunes',
  'martes',
  'miércoles',
  'jueves',
  'viernes',
  'sábado',
  'domingo',
]);
