/**
 * Reads the first visible worksheet of an .xlsx workbook (Office Open XML, ECMA-376): unzip with
 * fflate, parse the parts with the browser's own DOMParser. Loaded only when a workbook is imported.
 */
import { unzipSync } from 'fflate';
import { builtInLook, lookOfFormat, numberText, serialText, type NumberLook } from './excel-number';
import type { CellSink } from './grid-builder';

/** Why a zip gave no sheet: a broken zip, no workbook in it, no worksheet in the workbook, a broken part, or parts too large to unpack. */
export type XlsxFailure = 'badZip' | 'noWorkbook' | 'noSheet' | 'badXml' | 'tooLargeUnpacked';

/** The most a workbook's parts may unpack to: a 2,000-row sheet is a few megabytes of XML; a zip bomb is gigabytes. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

class XlsxError extends Error {
  constructor(readonly failure: XlsxFailure) {
    super(failure);
  }
}

/** Puts the first visible worksheet's cells into the sink, as a person sees them; or says why not. */
export function readXlsx(bytes: Uint8Array, sink: CellSink): XlsxFailure | null {
  try {
    const book = unzip(bytes, [WORKBOOK, WORKBOOK_RELS]);
    const workbook = book.get(WORKBOOK);
    const rels = book.get(WORKBOOK_RELS);
    if (!workbook || !rels) return 'noWorkbook';
    const targets = relationships(xml(rels));
    const { relationId, date1904 } = firstSheet(xml(workbook), targets);
    const sheetPath = relationId === undefined ? undefined : targets.get(relationId)?.path;
    if (!sheetPath) return 'noSheet';
    const stringsPath = [...targets.values()].find((t) => t.type === 'sharedStrings')?.path;
    const stylesPath = [...targets.values()].find((t) => t.type === 'styles')?.path;
    const parts = unzip(bytes, [sheetPath, stringsPath, stylesPath]);
    const sheet = parts.get(sheetPath);
    if (!sheet) return 'noSheet';
    const strings = stringsPath && parts.has(stringsPath) ? sharedStrings(xml(parts.get(stringsPath)!)) : [];
    const looks = stylesPath && parts.has(stylesPath) ? styleLooks(xml(parts.get(stylesPath)!)) : [];
    putCells(xml(sheet), { strings, looks, date1904 }, sink);
    return null;
  } catch (error) {
    if (error instanceof XlsxError) return error.failure;
    throw error;
  }
}

/** The named parts, unpacked (names compared as OOXML does, ignoring case). */
function unzip(bytes: Uint8Array, names: readonly (string | undefined)[]): Map<string, Uint8Array> {
  const wanted = new Map(names.filter((n) => n !== undefined).map((n) => [n.toLowerCase(), n]));
  let unpacked = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted.has(file.name.toLowerCase())) return false;
        // The sizes a zip declares bound what fflate unpacks: it writes into a buffer of that size.
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) throw new XlsxError('tooLargeUnpacked');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    throw new XlsxError('badZip');
  }
  return new Map(Object.entries(files).map(([name, data]) => [wanted.get(name.toLowerCase()) ?? name, data]));
}

function xml(data: Uint8Array): Document {
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(data), 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new XlsxError('badXml');
  return doc;
}

/** Elements by local name, whatever prefix the writer chose (`x:c` as well as `c`). */
const elements = (node: Document | Element, name: string): Element[] => [...node.getElementsByTagNameNS('*', name)];
/** Child elements by local name; walked by hand, as a collection per cell costs more than the cell. */
function children(node: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let child = node.firstElementChild; child; child = child.nextElementSibling) if (child.localName === name) found.push(child);
  return found;
}
const child = (node: Element, name: string): Element | undefined => children(node, name)[0];

interface Target {
  readonly path: string;
  /** The last segment of the relationship's type: `worksheet`, `sharedStrings`, `styles`, … */
  readonly type: string;
}

/** The workbook's relationships by id, with targets resolved against `xl/`. */
function relationships(doc: Document): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const rel of elements(doc, 'Relationship')) {
    const target = rel.getAttribute('Target');
    if (rel.getAttribute('TargetMode') === 'External' || !target) continue;
    const path = target.startsWith('/') ? target.slice(1) : resolve(`xl/${target}`);
    targets.set(rel.getAttribute('Id') ?? '', { path, type: (rel.getAttribute('Type') ?? '').split('/').pop() ?? '' });
  }
  return targets;
}

function resolve(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

/** The first worksheet a person sees as a tab (hidden sheets and chart sheets skipped), and the workbook's date system. */
function firstSheet(doc: Document, targets: Map<string, Target>): { relationId: string | undefined; date1904: boolean } {
  const date1904 = elements(doc, 'workbookPr').some((p) => ['1', 'true'].includes(p.getAttribute('date1904') ?? ''));
  const sheet = elements(doc, 'sheet').find((s) => {
    const state = s.getAttribute('state');
    return (state === null || state === 'visible') && targets.get(relId(s))?.type === 'worksheet';
  });
  return { relationId: sheet && relId(sheet), date1904 };
}

/** The `r:id` of a sheet, whichever prefix and relationships namespace (transitional or strict) it uses. */
function relId(sheet: Element): string {
  return [...sheet.attributes].find((a) => a.localName === 'id' && a.namespaceURI !== null)?.value ?? '';
}

/** A plain string's text, or a rich one's runs; not the phonetic guides (`rPh`) East Asian files add. */
function stringText(item: Element): string {
  const runs = children(item, 'r').map((run) => child(run, 't')?.textContent ?? '');
  return unescapeXlsx((child(item, 't')?.textContent ?? '') + runs.join(''));
}

/** OOXML writes characters XML cannot hold (carriage returns, controls) as `_x000D_`. */
const unescapeXlsx = (text: string): string =>
  text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function sharedStrings(doc: Document): string[] {
  return elements(doc, 'si').map(stringText);
}

/** Each cell style's look, by its index (a cell's `s`). */
function styleLooks(doc: Document): NumberLook[] {
  const custom = new Map(
    elements(doc, 'numFmt').map((f) => [f.getAttribute('numFmtId'), lookOfFormat(f.getAttribute('formatCode') ?? '')]),
  );
  const cellXfs = elements(doc, 'cellXfs')[0];
  if (!cellXfs) return [];
  return children(cellXfs, 'xf').map((xf) => {
    const id = xf.getAttribute('numFmtId') ?? '0';
    return custom.get(id) ?? builtInLook(Number(id));
  });
}

interface SheetContext {
  readonly strings: readonly string[];
  readonly looks: readonly NumberLook[];
  readonly date1904: boolean;
}

function putCells(doc: Document, context: SheetContext, sink: CellSink): void {
  let row = -1;
  for (const rowElement of elements(doc, 'row')) {
    row = indexAttribute(rowElement.getAttribute('r'), row + 1);
    let column = -1;
    for (const cell of children(rowElement, 'c')) {
      column = columnOf(cell.getAttribute('r'), column + 1);
      sink.put(row, column, cellText(cell, context));
    }
  }
}

/** A 1-based `r` as a 0-based index; the next one when absent (writers may leave it out). */
function indexAttribute(r: string | null, next: number): number {
  const n = Number(r);
  return r && Number.isInteger(n) && n > 0 ? n - 1 : next;
}

/** The column of a reference such as `AB12`, from 0. */
function columnOf(reference: string | null, next: number): number {
  const letters = /^[A-Z]+/i.exec(reference ?? '')?.[0];
  if (!letters) return next;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column - 1;
}

function cellText(cell: Element, { strings, looks, date1904 }: SheetContext): string {
  const value = child(cell, 'v')?.textContent ?? '';
  switch (cell.getAttribute('t')) {
    case 's':
      return strings[Number(value)] ?? '';
    case 'inlineStr': {
      const inline = child(cell, 'is');
      return inline ? stringText(inline) : '';
    }
    case 'b':
      return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
    case 'd':
      return isoText(value);
    case 'str':
    case 'e':
      return unescapeXlsx(value);
    default: {
      const number = Number(value);
      if (value.trim() === '' || !Number.isFinite(number)) return value;
      const look = looks[Number(cell.getAttribute('s') ?? 0)] ?? 'number';
      return look === 'number' ? numberText(number) : serialText(number, look, date1904);
    }
  }
}

/** A cell of type `d` (an ISO 8601 date and time, as some writers store dates) in the same shape as a serial's text. */
function isoText(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})?T?(\d{2}:\d{2})?(:\d{2})?/.exec(value);
  if (!match || (!match[1] && !match[2])) return value;
  const clock = match[2] ? match[2] + (match[3] && match[3] !== ':00' ? match[3] : '') : '';
  return [match[1], clock].filter(Boolean).join(' ');
}
