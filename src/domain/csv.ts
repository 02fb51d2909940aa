/**
 * CSV as RFC 4180 with CRLF line ends and a byte-order mark, so that Excel opens UTF-8 names
 * like Maguèye intact. Fields with a comma, quote or line break are quoted.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const field = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
