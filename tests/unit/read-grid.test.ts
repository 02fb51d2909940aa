// @vitest-environment jsdom
// jsdom for DOMParser, which the .xlsx reader uses as the browser does; files are Node's own
// File and Blob, since jsdom's Blob cannot give its bytes (no arrayBuffer()).
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { MAX_IMPORT_BYTES, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, readGrid } from '../../src/features/plan/import/read-grid';
import type { ReadResult } from '../../src/features/plan/import/types';
import { makeXlsx } from '../support/make-xlsx';

type Part = string | Uint8Array;

const fileOf = (name: string, ...parts: Part[]) => new NodeFile(parts, name) as unknown as File;

async function gridOf(name: string, ...parts: Part[]) {
  const result = await readGrid(fileOf(name, ...parts));
  if (!result.ok) throw new Error(`expected a grid, got ${JSON.stringify(result.problem)}`);
  return result;
}

const problemOf = async (name: string, ...parts: Part[]) =>
  ((await readGrid(fileOf(name, ...parts))) as ReadResult & { ok: false }).problem;

/** Bytes as Windows-1252 writes them (all the characters used here are in Latin-1). */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('readGrid, CSV and TSV', () => {
  it('reads comma-separated values', async () => {
    const result = await gridOf('plan.csv', 'Speaker,Minutes\nHana Salama,4\nJean Munro,5\n');
    expect(result).toEqual({
      ok: true,
      kind: 'csv',
      grid: [
        ['Speaker', 'Minutes'],
        ['Hana Salama', '4'],
        ['Jean Munro', '5'],
      ],
      leftOut: [],
    });
  });

  it('reads semicolons, as French Excel saves CSV, with decimal commas left in their cells', async () => {
    const result = await gridOf('plan.csv', 'Intervenant;Minutes\n"Diop, Papa Maguèye";2,5\nSalama;4\n');
    expect(result.kind).toBe('csv');
    expect(result.grid).toEqual([
      ['Intervenant', 'Minutes'],
      ['Diop, Papa Maguèye', '2,5'],
      ['Salama', '4'],
    ]);
  });

  it('takes tab-delimited text for TSV, whatever its name', async () => {
    const text = 'Speaker\tMinutes\nDiop, Papa\t5\n';
    for (const name of ['plan.txt', 'plan.csv', 'plan.tsv', 'plan.tab', 'plan']) {
      const result = await gridOf(name, text);
      expect(result.kind).toBe('tsv');
      expect(result.grid).toEqual([
        ['Speaker', 'Minutes'],
        ['Diop, Papa', '5'],
      ]);
    }
  });

  it('reads a .tsv as tabs even when its first rows hold commas', async () => {
    const result = await gridOf('plan.tsv', 'a,b\tc\nd,e\tf\n');
    expect(result.grid).toEqual([
      ['a,b', 'c'],
      ['d,e', 'f'],
    ]);
  });

  it('drops a UTF-8 byte-order mark and reads CRLF lines', async () => {
    const result = await gridOf('plan.csv', '\uFEFFSpeaker,Minutes\r\nSalama,4\r\n');
    expect(result.grid).toEqual([
      ['Speaker', 'Minutes'],
      ['Salama', '4'],
    ]);
  });

  it('keeps quoted commas, quotes and line breaks inside a cell', async () => {
    const result = await gridOf('plan.csv', 'Title,Notes\r\n"Opening, framing","Line one\r\nLine ""two"""\r\nClose,\r\n');
    expect(result.grid).toEqual([
      ['Title', 'Notes'],
      ['Opening, framing', 'Line one\nLine "two"'],
      ['Close', ''],
    ]);
  });

  it('reads Windows-1252 bytes (Excel\'s "CSV" on Windows) when they are not UTF-8', async () => {
    // è is 0xE8 as in Latin-1; €, ’ and – are 0x80, 0x92 and 0x96, where Latin-1 has control characters.
    const bytes = latin1('Intervenant;Note\nDiop, Papa Magu\xe8ye;\x80 5 \x96 l\x92ONU\n');
    const result = await gridOf('plan.csv', bytes);
    expect(result.grid).toEqual([
      ['Intervenant', 'Note'],
      ['Diop, Papa Maguèye', '€ 5 – l’ONU'],
    ]);
  });

  it('reads UTF-16 text with its byte-order mark (Excel\'s "Unicode Text")', async () => {
    const text = 'Speaker\tMinutes\r\nDiop, Papa Maguèye\t5\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    const result = await gridOf('plan.txt', bytes);
    expect(result.kind).toBe('tsv');
    expect(result.grid).toEqual([
      ['Speaker', 'Minutes'],
      ['Diop, Papa Maguèye', '5'],
    ]);
  });

  it('follows a first line sep=; that names the delimiter', async () => {
    const result = await gridOf('plan.csv', 'sep=;\r\nSpeaker;Notes\r\nSalama;a, b\r\n');
    expect(result.grid).toEqual([
      ['Speaker', 'Notes'],
      ['Salama', 'a, b'],
    ]);
  });

  it('trims cells, leaves out trailing empty rows and columns, and pads rows to one width', async () => {
    const result = await gridOf('plan.csv', ' Speaker , Minutes ,,\n\nSalama\n,,,\n\n');
    expect(result.grid).toEqual([
      ['Speaker', 'Minutes'],
      ['', ''],
      ['Salama', ''],
    ]);
  });

  it('keeps leading empty rows and columns, where a sheet may have them', async () => {
    const result = await gridOf('plan.csv', ',,\n,Speaker,Minutes\n,Salama,4\n');
    expect(result.grid).toEqual([
      ['', '', ''],
      ['', 'Speaker', 'Minutes'],
      ['', 'Salama', '4'],
    ]);
  });
});

describe('readGrid, what it refuses', () => {
  it('says a file of no bytes, or of no text in any cell, is empty', async () => {
    expect(await problemOf('plan.csv')).toEqual({ code: 'empty' });
    expect(await problemOf('plan.csv', ',,,\r\n  ,\r\n\r\n')).toEqual({ code: 'empty' });
    expect(await problemOf('plan.csv', '\uFEFF')).toEqual({ code: 'empty' });
    expect(await problemOf('plan.xlsx', makeXlsx([['', ''], []]))).toEqual({ code: 'empty' });
  });

  it('refuses a file over the limit without reading it', async () => {
    const blob = new NodeBlob([new Uint8Array(5 * 1024 * 1024)]);
    const file = Object.assign(blob, { name: 'huge.csv' });
    const read = [vi.spyOn(blob, 'arrayBuffer'), vi.spyOn(blob, 'text'), vi.spyOn(blob, 'stream'), vi.spyOn(blob, 'slice')];
    const result = await readGrid(file as unknown as File);
    expect(result).toEqual({ ok: false, problem: { code: 'tooLarge', bytes: 5 * 1024 * 1024, limit: MAX_IMPORT_BYTES } });
    for (const spy of read) expect(spy).not.toHaveBeenCalled();
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows, and counts them all`, async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `Speaker ${i},5`).join('\n');
    expect((await gridOf('plan.csv', rows(MAX_IMPORT_ROWS))).grid).toHaveLength(MAX_IMPORT_ROWS);
    expect(await problemOf('plan.csv', rows(MAX_IMPORT_ROWS + 501))).toEqual({ code: 'tooManyRows', rows: 2501, limit: MAX_IMPORT_ROWS });
  });

  it(`refuses more than ${MAX_IMPORT_COLUMNS} columns, so no row is padded to thousands`, async () => {
    const wide = 'a' + ','.repeat(4000) + 'far right\nb\n';
    expect(await problemOf('plan.csv', wide)).toEqual({ code: 'tooManyColumns', columns: 4001, limit: MAX_IMPORT_COLUMNS });
    // Empty cells out to the far right cost nothing: they are trimmed.
    expect((await gridOf('plan.csv', 'a' + ','.repeat(4000) + '\nb\n')).grid).toEqual([['a'], ['b']]);
  });

  it('says which JSON is not an Ontime project', async () => {
    expect(await problemOf('project.json', '{"hello": 1}')).toEqual({ code: 'unreadable', kind: 'ontime', reason: 'notOntime' });
    expect(await problemOf('project.json', '[1, 2]')).toEqual({ code: 'unreadable', kind: 'ontime', reason: 'notOntime' });
    expect(await problemOf('project.json', '{"rundown": ')).toEqual({ code: 'unreadable', kind: 'ontime', reason: 'invalidJson' });
    // Text that starts with a brace is taken for JSON whatever its name, unless it says it is CSV.
    expect(await problemOf('project.txt', ' {"hello": 1}')).toEqual({ code: 'unreadable', kind: 'ontime', reason: 'notOntime' });
    expect((await gridOf('plan.csv', '{a},b\n')).grid).toEqual([['{a}', 'b']]);
  });

  it('tells a Run of Show agenda given to the importer apart', async () => {
    const agenda = JSON.stringify({ format: 'run-of-show/agenda@1', title: 'Panel', people: [], segments: [] });
    expect(await problemOf('agenda.json', agenda)).toEqual({ code: 'unreadable', kind: 'ontime', reason: 'agenda' });
  });

  it('does not read binaries it does not know', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(await problemOf('photo.png', png)).toEqual({ code: 'unknownType', name: 'photo.png' });
    expect(await problemOf('plan.pdf', '%PDF-1.7\n%âãÏÓ\n')).toEqual({ code: 'unknownType', name: 'plan.pdf' });
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await problemOf('old.xls', ole)).toEqual({ code: 'unknownType', name: 'old.xls' });
    // A zip that holds no workbook (OpenDocument, Word, a plain archive).
    const zip = zipSync({ 'content.xml': strToU8('<office:document/>') });
    expect(await problemOf('plan.ods', zip)).toEqual({ code: 'unknownType', name: 'plan.ods' });
  });

  it('says why an .xlsx could not be read', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await problemOf('locked.xlsx', ole)).toEqual({ code: 'unreadable', kind: 'xlsx', reason: 'encrypted' });
    expect(await problemOf('plan.xlsx', 'Speaker,Minutes\n')).toEqual({ code: 'unreadable', kind: 'xlsx', reason: 'badZip' });
    const truncated = makeXlsx([['Speaker']]).slice(0, 300);
    expect(await problemOf('plan.xlsx', truncated)).toEqual({ code: 'unreadable', kind: 'xlsx', reason: 'badZip' });
    const noBook = zipSync({ 'content.xml': strToU8('<x/>') });
    expect(await problemOf('plan.xlsx', noBook)).toEqual({ code: 'unreadable', kind: 'xlsx', reason: 'noWorkbook' });
    const badSheet = workbook({ sheet: '<worksheet><sheetData><row>' });
    expect(await problemOf('plan.xlsx', badSheet)).toEqual({ code: 'unreadable', kind: 'xlsx', reason: 'badXml' });
  });

  it('never throws, whatever bytes it is given', async () => {
    const xlsx = makeXlsx([
      ['Speaker', 'Minutes', { time: '17:00' }],
      ['Salama', 4, { date: '2025-06-19' }],
    ]);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          // A real workbook with some bytes changed: broken zips, broken deflate streams, broken XML.
          fc.array(fc.tuple(fc.nat(xlsx.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => {
            const bytes = xlsx.slice();
            for (const [at, byte] of edits) bytes[at] = byte;
            return bytes;
          }),
        ),
        fc.constantFrom('plan.csv', 'plan.xlsx', 'plan.json', 'plan'),
        async (bytes, name) => {
          const result = await readGrid(fileOf(name, bytes));
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('readGrid, .xlsx', () => {
  it('reads a workbook made for the tests: strings, numbers, times and dates as a person sees them', async () => {
    const bytes = makeXlsx([
      ['Segment', 'Speaker', 'Minutes', 'Start', 'Date'],
      ['Opening', 'Hana Salama', 4, { time: '17:00' }, { date: '2025-06-19' }],
      ['Round 1', 'Papa Maguèye Diop & <co>', 2.5, { time: '17:04:30' }, { date: '2025-06-19 17:04' }],
      ['', '', 5.000000001, { time: '9:05' }],
      ['Closing', '', 0.1 + 0.2],
      [],
    ]);
    expect(await readGrid(fileOf('plan.xlsx', bytes))).toEqual({
      ok: true,
      kind: 'xlsx',
      grid: [
        ['Segment', 'Speaker', 'Minutes', 'Start', 'Date'],
        ['Opening', 'Hana Salama', '4', '17:00:00', '2025-06-19'],
        ['Round 1', 'Papa Maguèye Diop & <co>', '2.5', '17:04:30', '2025-06-19 17:04'],
        ['', '', '5', '09:05:00', ''],
        ['Closing', '', '0.3', '', ''],
      ],
      leftOut: [],
    });
  });

  it('reads workbooks written by LibreOffice Calc and by openpyxl', async () => {
    // LibreOffice 7.4 converted this CSV: Opening,Hana Salama,4,17:00,2025-06-19,2025-06-19 17:04,0:05:00 (and two more rows).
    const libreOffice = readFileSync('tests/unit/fixtures/libreoffice-plan.xlsx');
    expect((await gridOf('plan.xlsx', libreOffice)).grid).toEqual([
      ['Segment', 'Speaker', 'Minutes', 'Start', 'Date', 'At', 'Length'],
      ['Opening', 'Hana Salama', '4', '17:00:00', '2025-06-19', '2025-06-19 17:04', '00:05:00'],
      ['Round 1, Q1', 'Diop, Papa Maguèye', '2.5', '17:04:30', '2025-06-20', '', '25:00:03'],
      ['Closing', '', 'TRUE', '', '', '', ''],
    ]);
    // openpyxl 3.0 (time, timedelta, date, datetime, bool; a formula it cannot compute, so no value; a second sheet).
    const openpyxl = readFileSync('tests/unit/fixtures/openpyxl-plan.xlsx');
    expect((await gridOf('plan.xlsx', openpyxl)).grid).toEqual([
      ['Segment', 'Minutes', 'Start', 'Length', 'Day', 'At', 'Flag', 'Ratio'],
      ['Opening', '4', '17:00:00', '0:05:00', '2025-06-19', '2025-06-19 17:04', 'TRUE', '0.3'],
      ['Round 1 — Diop, Papa Maguèye', '2.5', '17:04:30', '25:00:03', '', '', 'FALSE', ''],
    ]);
  });

  it('knows a workbook by its bytes, whatever its name', async () => {
    const result = await gridOf('download', makeXlsx([['Speaker'], ['Salama']]));
    expect(result.kind).toBe('xlsx');
    expect(result.grid).toEqual([['Speaker'], ['Salama']]);
  });

  it('reads booleans, errors, formula text, inline and rich strings, and escaped characters', async () => {
    const bytes = workbook({
      sheet: sheetOf(
        '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#N/A</v></c>' +
          '<c r="D1" t="str"><f>A2&amp;"!"</f><v>Hi!</v></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>Inline</t></is></c>' +
          '<c r="B2" t="inlineStr"><is><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r><rPh><t>ふりがな</t></rPh></is></c>' +
          '<c r="C2" t="inlineStr"><is><t>Line one_x000D_\nLine two</t></is></c><c r="D2"><f>1/0</f></c></row>',
      ),
    });
    expect((await gridOf('plan.xlsx', bytes)).grid).toEqual([
      ['TRUE', 'FALSE', '#N/A', 'Hi!'],
      ['Inline', 'Bold and plain', 'Line one\nLine two', ''],
    ]);
  });

  it('shows durations, times of day, dates and date-times by their number formats, with no time zone', async () => {
    const formats = ['[h]:mm:ss', '[mm]:ss', 'h:mm AM/PM', 'mm:ss', 'd mmmm yyyy', 'dd/mm/yyyy\\ hh:mm', '0.00', '"min" 0', '[Red]#,##0'];
    const styles = stylesOf(formats.map((code, i) => [164 + i, code]));
    // Built-in formats by id: 14 a date, 20 h:mm, 22 a date-time, 46 [h]:mm:ss, 2 "0.00".
    const builtIn = [14, 20, 22, 46, 2];
    const xfs = [...formats.map((_, i) => 164 + i), ...builtIn];
    const serial = 45_827.75 + 30 / 86_400; // 2025-06-19 18:00:30
    const cells = (value: number) => xfs.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${i + 1}"><v>${value}</v></c>`).join('');
    const bytes = workbook({ sheet: sheetOf(`<row r="1">${cells(serial)}</row><row r="2">${cells(1.5)}</row>`), styles: styles(xfs) });
    expect((await gridOf('plan.xlsx', bytes)).grid).toEqual([
      [
        '1099866:00:30',
        '1099866:00:30',
        '18:00:30',
        '18:00:30',
        '2025-06-19',
        '2025-06-19 18:00:30',
        '45827.750347',
        '45827.750347',
        '45827.750347',
        '2025-06-19',
        '18:00:30',
        '2025-06-19 18:00:30',
        '1099866:00:30',
        '45827.750347',
      ],
      [
        '36:00:00',
        '36:00:00',
        '12:00:00',
        '12:00:00',
        '1900-01-01',
        '1900-01-01 12:00',
        '1.5',
        '1.5',
        '1.5',
        '1900-01-01',
        '12:00:00',
        '1900-01-01 12:00',
        '36:00:00',
        '1.5',
      ],
    ]);
  });

  it('counts dates from 1904 in workbooks that say so (old Mac Excel)', async () => {
    const bytes = workbook({
      workbook: bookOf('<workbookPr date1904="1"/>', '<sheet name="A" sheetId="1" r:id="rId1"/>'),
      sheet: sheetOf('<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>44365</v></c></row>'),
      styles: stylesOf([])([14]),
    });
    expect((await gridOf('plan.xlsx', bytes)).grid).toEqual([['1904-01-01', '2025-06-19']]);
  });

  it("reads the first visible worksheet, by the workbook's order of tabs", async () => {
    const bytes = workbook({
      workbook: bookOf('', '<sheet name="Hidden" sheetId="1" state="hidden" r:id="rId1"/><sheet name="Plan" sheetId="2" r:id="rId4"/>'),
      sheet: sheetOf('<row r="1"><c r="A1" t="inlineStr"><is><t>hidden</t></is></c></row>'),
      extra: {
        'xl/worksheets/plan.xml': sheetOf('<row r="1"><c r="A1" t="inlineStr"><is><t>shown</t></is></c></row>'),
        'xl/_rels/workbook.xml.rels': relsOf(
          '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/plan.xml"/>',
        ),
      },
    });
    expect((await gridOf('plan.xlsx', bytes)).grid).toEqual([['shown']]);
  });

  it('reads parts written with a namespace prefix, and rows and cells without references', async () => {
    const sheet =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>1</x:v></x:c></x:row>' +
      '<x:row><x:c r="C2"><x:v>2</x:v></x:c><x:c><x:v>3</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    expect((await gridOf('plan.xlsx', workbook({ sheet }))).grid).toEqual([
      ['a', '1', '', ''],
      ['', '', '2', '3'],
    ]);
  });

  it('refuses a sheet with a cell far below the limit of rows, counting every row', async () => {
    const bytes = workbook({
      sheet: sheetOf('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>'),
    });
    expect(await problemOf('plan.xlsx', bytes)).toEqual({ code: 'tooManyRows', rows: 1_048_576, limit: MAX_IMPORT_ROWS });
  });

  it('refuses a workbook whose parts would unpack to more than it reads', async () => {
    const bytes = workbook({ sheet: sheetOf(`<row r="1"><c r="A1"><v>1</v></c></row>${' '.repeat(70 * 1024 * 1024)}`) });
    expect(bytes.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(await problemOf('plan.xlsx', bytes)).toEqual({ code: 'unreadable', kind: 'xlsx', reason: 'tooLargeUnpacked' });
  });
});

// Workbooks written part by part, for what makeXlsx does not make.

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const sheetOf = (rows: string) => `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
const bookOf = (properties: string, sheets: string) =>
  `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${properties}<sheets>${sheets}</sheets></workbook>`;
const relsOf = (more = '') =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>${more}</Relationships>`;

/** Styles with the given custom formats; then the cell styles (1, 2, …) by format id, after the default style 0. */
const stylesOf = (formats: [number, string][]) => (xfs: number[]) =>
  `<styleSheet xmlns="${MAIN}"><numFmts>${formats.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code.replace(/"/g, '&quot;')}"/>`).join('')}</numFmts>` +
  `<cellXfs><xf numFmtId="0"/>${xfs.map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`).join('')}</cellXfs></styleSheet>`;

function workbook(parts: { sheet: string; workbook?: string; styles?: string; extra?: Record<string, string> }): Uint8Array {
  const files: Record<string, string> = {
    'xl/workbook.xml': parts.workbook ?? bookOf('', '<sheet name="Plan" sheetId="1" r:id="rId1"/>'),
    'xl/_rels/workbook.xml.rels': relsOf(),
    'xl/worksheets/sheet1.xml': parts.sheet,
    'xl/styles.xml': parts.styles ?? stylesOf([])([]),
    ...parts.extra,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}
