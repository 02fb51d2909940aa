/**
 * A cell of a CSV file. A string is text that came from people (a name, a title, a note, a
 * message): it is never let start a formula. A number is written as it is, for spreadsheets to
 * sum. `{ own }` is text the app formats itself (a duration `+2:10`, a clock time, a status
 * word), written as it is.
 */
export type CsvCell = string | number | { readonly own: string };

/** Text the app wrote itself, so a leading `+` or `-` is a sign, not a formula. */
export const own = (text: string): CsvCell => ({ own: text });

/**
 * What starts a formula in Excel and LibreOffice: `=`, `+`, `-`, `@`, a tab or a carriage
 * return as the first character (OWASP, "CSV Injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text from people as a spreadsheet must read it: prefixed with a single quote when it would
 * otherwise start a formula (OWASP's advice), unchanged otherwise. Escaping twice changes nothing.
 */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text a CSV reader gets back for a cell. */
export function csvCellText(cell: CsvCell): string {
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return escapeFormula(cell);
  return cell.own;
}

/**
 * CSV as RFC 4180 with CRLF line ends and a byte-order mark, so that Excel opens UTF-8 names
 * like Maguèye intact. Fields with a comma, quote or line break are quoted, and so is text
 * escaped against formulas (OWASP: quote the field as well as prefix it). `separator` is `;`
 * for a sheet meant for Excel in French or Spanish, which reads `,` as the decimal comma.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], separator: ',' | ';' = ','): string {
  const field = (cell: CsvCell) => {
    const text = csvCellText(cell);
    const escaped = typeof cell === 'string' && text !== cell;
    return escaped || /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(field).join(separator)).join('\r\n')}\r\n`;
}
