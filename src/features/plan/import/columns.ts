import type { Role } from '../../../domain/agenda';
import type { Lang } from '../../../i18n/lang';
import { foldWords, SESSION_KEYS, SHEET_FIELDS, SHEET_WORDS, type SessionKey, type SheetField } from '../../../i18n/sheet-columns';
import type { Grid } from './types';

/** What each column of the sheet is, by its index; null: not imported. */
export type Mapping = readonly (SheetField | null)[];

/** Where the table starts and what its columns are, as guessed (the organizer may change the mapping). */
export interface SheetLayout {
  /** Index in the grid of the header row. */
  readonly headerRow: number;
  readonly mapping: Mapping;
  /** The session's rows above the table, by key, with the grid row each came from. */
  readonly session: Partial<Record<SessionKey, { readonly value: string; readonly row: number }>>;
}

const LANGS = Object.keys(SHEET_WORDS) as Lang[];

type Index<K extends string> = ReadonlyMap<string, K>;

/** Every folded word of every language, to the field it names. */
function indexOf<K extends string>(lists: (lang: Lang) => Readonly<Record<K, readonly string[]>>, keys: readonly K[]): Index<K> {
  const index = new Map<string, K>();
  for (const lang of LANGS) {
    for (const key of keys) {
      for (const word of lists(lang)[key]) {
        const folded = foldWords(word);
        if (folded && !index.has(folded)) index.set(folded, key);
      }
    }
  }
  return index;
}

const COLUMN_INDEX = indexOf((l) => SHEET_WORDS[l].columns, SHEET_FIELDS);
const SESSION_INDEX = indexOf((l) => SHEET_WORDS[l].session, SESSION_KEYS);
const ROLE_INDEX = indexOf((l) => SHEET_WORDS[l].roles, ['moderator', 'panelist', 'speaker'] as const);
const YES = new Set(LANGS.flatMap((l) => SHEET_WORDS[l].yes.map(foldWords)).concat(['#', '✓', '✔']));
const NO = new Set(LANGS.flatMap((l) => SHEET_WORDS[l].no.map(foldWords)));
const TOTALS = new Set(LANGS.flatMap((l) => SHEET_WORDS[l].totals.map(foldWords)));

/** Whether a row's first cell says it is a total (`Total`, `Sous-total`, `Totales`, `المجموع`). */
export function isTotal(text: string): boolean {
  return TOTALS.has(foldWords(text));
}

/**
 * The field a header names: the exact words first (`Durée` → minutes), else the longest word
 * list found whole inside it (`Nom de l’intervenant` → speaker). Words of one or two letters
 * count only exactly (`de`, `to`, `no`).
 */
export function guessField(header: string): SheetField | null {
  const folded = foldWords(header);
  if (!folded) return null;
  const exact = COLUMN_INDEX.get(folded);
  if (exact) return exact;
  let best: { field: SheetField; length: number } | null = null;
  const padded = ` ${folded} `;
  for (const [word, field] of COLUMN_INDEX) {
    if (word.length < 3 || !padded.includes(` ${word} `)) continue;
    if (!best || word.length > best.length) best = { field, length: word.length };
  }
  return best?.field ?? null;
}

/** The session key a row's first cell names (`Fuseau horaire` → timeZone), if any. */
function sessionKey(label: string): SessionKey | null {
  return SESSION_INDEX.get(foldWords(label)) ?? null;
}

/** The role a cell names in any language (`Modératrice` → moderator); null when it names none. */
export function roleOf(text: string): Role | null {
  const folded = foldWords(text);
  return ROLE_INDEX.get(folded) ?? ROLE_INDEX.get(folded.replace(/s$/, '')) ?? null;
}

/** A yes or no in any language; null when the cell is neither. */
export function yesNo(text: string): boolean | null {
  const folded = foldWords(text) || text.trim();
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return null;
}

const filled = (row: readonly string[]) => row.filter((cell) => cell.trim() !== '');

/**
 * Finds the header row and guesses each column: the first row where two or more cells name a
 * column (a title row or the session's rows may come before it); else the first row with
 * anything in it. Rows above the header whose first cell names a session field and whose second
 * holds its value are the session's.
 */
export function guessLayout(grid: Grid): SheetLayout {
  // A session row (`Title` | `Panel session: time to act`) can hold column words too: it is not the header.
  const sessionRow = (row: readonly string[]) => sessionKey(row[0] ?? '') !== null && filled(row).length <= 2;
  // The row naming the most columns (at least two), so an information row above the table
  // (`Session | Climate | Date | 19/06`) does not pass for its header.
  let headerRow = -1;
  let most = 1;
  grid.forEach((row, r) => {
    if (sessionRow(row)) return;
    // A header is short; a long cell (a question, a title) naming a column word is data.
    const named = row.filter((cell) => cell.length <= 40 && guessField(cell) !== null).length;
    if (named > most) [headerRow, most] = [r, named];
  });
  if (headerRow < 0)
    headerRow = Math.max(
      0,
      grid.findIndex((row) => filled(row).length > 0),
    );
  const session: Partial<Record<SessionKey, { value: string; row: number }>> = {};
  for (let r = 0; r < headerRow; r++) {
    const row = grid[r] ?? [];
    const key = sessionKey(row[0] ?? '');
    const value = (row[1] ?? '').trim();
    if (key && value && !session[key]) session[key] = { value, row: r };
  }
  return { headerRow, mapping: guessMapping(grid[headerRow] ?? []), session };
}

/** Each header's field; a field named twice goes to its first column, the later ones are not imported. */
function guessMapping(headers: readonly string[]): Mapping {
  const taken = new Set<SheetField>();
  return headers.map((header) => {
    const field = guessField(header);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** The mapping with `column` set to `field`, which no other column then holds. */
export function remap(mapping: Mapping, column: number, field: SheetField | null): Mapping {
  return mapping.map((current, i) => (i === column ? field : field !== null && current === field ? null : current));
}
