/**
 * Makes small .xlsx workbooks for the tests (unit and browser): one worksheet, text as shared
 * strings, numbers, and times and dates stored as Excel stores them, serial days with a number
 * format (`h:mm`, `yyyy-mm-dd`, `yyyy-mm-dd h:mm`). Empty strings leave their cell out.
 */
import { strToU8, zipSync } from 'fflate';

export type XlsxCell = string | number | { time: string } | { date: string };

/** Cell styles (the `s` of a cell): indexes into cellXfs below. */
const STYLE = { time: 1, date: 2, dateTime: 3 } as const;

export function makeXlsx(rows: XlsxCell[][]): Uint8Array {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const sheetRows = rows.map((cells, r) => {
    const xml = cells.map((cell, c) =>
      cellXml(`${columnName(c)}${r + 1}`, cell, (text) => {
        if (!stringIndex.has(text)) stringIndex.set(text, strings.push(text) - 1);
        return stringIndex.get(text)!;
      }),
    );
    return `<row r="${r + 1}">${xml.join('')}</row>`;
  });
  const sharedStrings = strings.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(WORKBOOK),
    'xl/_rels/workbook.xml.rels': strToU8(WORKBOOK_RELS),
    'xl/styles.xml': strToU8(STYLES),
    'xl/sharedStrings.xml': strToU8(
      `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${sharedStrings}</sst>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(`${XML}<worksheet xmlns="${MAIN}"><sheetData>${sheetRows.join('')}</sheetData></worksheet>`),
  });
}

function cellXml(ref: string, cell: XlsxCell, stringId: (text: string) => number): string {
  if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === 'string') return cell === '' ? '' : `<c r="${ref}" t="s"><v>${stringId(cell)}</v></c>`;
  if ('time' in cell) return `<c r="${ref}" s="${STYLE.time}"><v>${timeSerial(cell.time)}</v></c>`;
  const [day, time] = cell.date.split(/[ T]/);
  const serial = daySerial(day!) + (time ? timeSerial(time) : 0);
  return `<c r="${ref}" s="${time ? STYLE.dateTime : STYLE.date}"><v>${serial}</v></c>`;
}

/** `17:00` or `17:00:30` as the fraction of a day Excel stores. */
function timeSerial(time: string): number {
  const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
  return (h * 3600 + m * 60 + s) / 86_400;
}

/** `2025-06-19` as Excel's serial day (1900 system: days since 1899-12-30, for dates after February 1900). */
function daySerial(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000 + 25_569;
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE}.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.sharedStrings+xml"/>
</Types>`;

const ROOT_RELS = `${XML}<Relationships xmlns="${PACKAGE_REL}">
<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`;

const WORKBOOK = `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`;

const WORKBOOK_RELS = `${XML}<Relationships xmlns="${PACKAGE_REL}">
<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>`;

// Fonts, fills, borders and one cell style are what Excel needs to open a workbook without repairing it.
const STYLES = `${XML}<styleSheet xmlns="${MAIN}">
<numFmts count="3"><numFmt numFmtId="164" formatCode="h:mm"/><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="166" formatCode="yyyy\\-mm\\-dd h:mm"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;
