import type { Grid, ReadProblem } from './types';

export interface GridLimits {
  readonly rows: number;
  readonly columns: number;
}

/** Where a reader puts the cells it finds, by row and column from 0, in any order. */
export interface CellSink {
  put(row: number, column: number, text: string): void;
}

export type Built = { readonly ok: true; readonly grid: Grid } | { readonly ok: false; readonly problem: ReadProblem };

/**
 * Collects a sheet's cells into a rectangular grid: cell text trimmed with its line breaks made
 * `\n`, trailing empty rows and columns left out, every row padded to the same width. Cells past
 * the limits are only counted, so a stray cell at row 1,048,576 costs no memory before it is refused.
 */
export function gridBuilder(limits: GridLimits): CellSink & { finish(): Built } {
  const rows: string[][] = [];
  let height = 0;
  let width = 0;
  return {
    put(row, column, raw) {
      const text = raw.replace(/\r\n?/g, '\n').trim();
      if (text === '') return;
      height = Math.max(height, row + 1);
      width = Math.max(width, column + 1);
      if (row < limits.rows && column < limits.columns) (rows[row] ??= [])[column] = text;
    },
    finish() {
      if (height === 0) return { ok: false, problem: { code: 'empty' } };
      if (height > limits.rows) return { ok: false, problem: { code: 'tooManyRows', rows: height, limit: limits.rows } };
      if (width > limits.columns) return { ok: false, problem: { code: 'tooManyColumns', columns: width, limit: limits.columns } };
      const grid = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? ''));
      return { ok: true, grid };
    },
  };
}

/** Puts a grid's rows of cells into a sink. */
export function putRows(sink: CellSink, rows: readonly (readonly string[])[]): void {
  rows.forEach((cells, row) => cells.forEach((text, column) => sink.put(row, column, text)));
}
