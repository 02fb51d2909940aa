/**
 * Reads a file given to "Import a spreadsheet" into a grid of cells as text: CSV or TSV (any
 * delimiter Excel writes, UTF-8 or Windows-1252), an .xlsx workbook's first sheet, or an Ontime
 * project. The parsers load only when a file of their kind comes.
 */
import { gridBuilder, putRows, type Built } from './grid-builder';
import { ontimeToGrid } from './ontime';
import type { parse } from 'papaparse';
import type { OntimeLeftOut, ReadProblem, ReadResult, SheetKind } from './types';

export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 2000;
/** A plan needs a handful of columns; the limit keeps a stray far-right cell from padding every row to thousands. */
export const MAX_IMPORT_COLUMNS = 200;

const LIMITS = { rows: MAX_IMPORT_ROWS, columns: MAX_IMPORT_COLUMNS };
const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xlsm']);
const TAB_EXTENSIONS = new Set(['tsv', 'tab']);
const DELIMITED_EXTENSIONS = new Set(['csv', 'tsv', 'tab']);

/** The file's cells, by its extension and content; refused past MAX_IMPORT_BYTES before a byte is read. */
export async function readGrid(file: Blob & { name: string }): Promise<ReadResult> {
  if (file.size > MAX_IMPORT_BYTES) return failed({ code: 'tooLarge', bytes: file.size, limit: MAX_IMPORT_BYTES });
  if (file.size === 0) return failed({ code: 'empty' });
  const extension = /\.([^./\\]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    // The file went away or may not be read (moved, or a cloud placeholder that could not be fetched).
    return unreadable(WORKBOOK_EXTENSIONS.has(extension) ? 'xlsx' : extension === 'json' ? 'ontime' : 'csv', 'notRead');
  }
  if (startsWith(bytes, ZIP)) return readWorkbook(bytes, extension, file.name);
  // An .xlsx that is no zip: with a password, Excel wraps the workbook in an OLE compound file.
  if (WORKBOOK_EXTENSIONS.has(extension)) return unreadable('xlsx', startsWith(bytes, OLE) ? 'encrypted' : 'badZip');
  const text = decodeText(bytes);
  if (text === null) return failed({ code: 'unknownType', name: file.name });
  if (extension === 'json' || (!DELIMITED_EXTENSIONS.has(extension) && text.trimStart().startsWith('{'))) return readOntime(text);
  return readDelimited(text, TAB_EXTENSIONS.has(extension));
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

const failed = (problem: ReadProblem): ReadResult => ({ ok: false, problem });
const unreadable = (kind: SheetKind, reason: string): ReadResult => failed({ code: 'unreadable', kind, reason });

function done(kind: SheetKind, built: Built, leftOut: readonly OntimeLeftOut[] = []): ReadResult {
  return built.ok ? { ok: true, kind, grid: built.grid, leftOut } : failed(built.problem);
}

async function readWorkbook(bytes: Uint8Array, extension: string, name: string): Promise<ReadResult> {
  const { readXlsx } = await import('./read-xlsx');
  const builder = gridBuilder(LIMITS);
  const failure = readXlsx(bytes, builder);
  // A zip with no workbook in it is some other kind of file (.ods, .docx, .zip) unless it says it is one.
  if (failure === 'noWorkbook' && !WORKBOOK_EXTENSIONS.has(extension)) return failed({ code: 'unknownType', name });
  return failure ? unreadable('xlsx', failure) : done('xlsx', builder.finish());
}

/**
 * The file's text: UTF-16 when it starts with that byte-order mark (Excel's "Unicode Text"), UTF-8
 * when its bytes are valid UTF-8 (a BOM is dropped), else Windows-1252, which Excel on Windows
 * writes for "CSV" and which reads every byte (Latin-1 files too). Null for what is no text at all.
 */
function decodeText(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  // Text files hold no NUL byte; images, PDFs, old .xls and other binaries do, or begin with %PDF.
  if (bytes.includes(0) || startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}

/** What Windows-1252 puts at 0x80–0x9F, where Latin-1 has control characters (the 5 it leaves unused stay as they are). */
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Decoded here rather than by TextDecoder('windows-1252'): Node's (where the unit tests run)
 * decodes that label as Latin-1 and loses €, curly quotes and dashes; browsers do not.
 */
function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) {
    const codes = Array.from(bytes.subarray(at, at + 8192), (b) => (b >= 0x80 && b < 0xa0 ? C1.charCodeAt(b - 0x80) : b));
    text += String.fromCharCode(...codes);
  }
  return text;
}

async function readDelimited(text: string, tabs: boolean): Promise<ReadResult> {
  const Papa = (await import('papaparse')).default;
  // Excel reads, and some exports write, a first line `sep=;` that names the delimiter.
  const sep = /^sep=(.)\r?\n/i.exec(text);
  const body = sep ? text.slice(sep[0].length) : text;
  const delimiter = tabs ? '\t' : (sep?.[1] ?? guessDelimiter(Papa, body));
  const builder = gridBuilder(LIMITS);
  putRows(builder, Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false }).data);
  return done(delimiter === '\t' ? 'tsv' : 'csv', builder.finish());
}

/**
 * Comma, semicolon (Excel where the decimal mark is a comma) or tab: the one that splits most of
 * the first rows into the same number of cells, more than one. Papa Parse's own guess counts a
 * trailing empty line against the right delimiter, and takes `;` files of two rows for commas.
 */
function guessDelimiter(papa: { parse: typeof parse }, text: string): string {
  let best = { delimiter: ',', rows: 0, cells: 0 };
  for (const delimiter of [',', ';', '\t']) {
    const counts = papa.parse<string[]>(text, { delimiter, preview: 50, skipEmptyLines: true }).data.map((row) => row.length);
    for (const cells of new Set(counts)) {
      const rows = counts.filter((n) => n === cells).length;
      if (cells > 1 && (rows > best.rows || (rows === best.rows && cells > best.cells))) best = { delimiter, rows, cells };
    }
  }
  return best.delimiter;
}

function readOntime(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return unreadable('ontime', 'invalidJson');
  }
  const project = ontimeToGrid(data);
  if (!project) return unreadable('ontime', isAgenda(data) ? 'agenda' : 'notOntime');
  const builder = gridBuilder(LIMITS);
  putRows(builder, project.grid);
  return done('ontime', builder.finish(), project.leftOut);
}

/** A Run of Show agenda given to the importer: the person wants "Load agenda". */
const isAgenda = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && String((data as { format?: unknown }).format).startsWith('run-of-show/agenda');
