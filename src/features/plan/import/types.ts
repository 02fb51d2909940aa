/**
 * What the readers of spreadsheets and Ontime projects give the importer: a grid of cells as
 * text (rows of columns, as a person would see them in the sheet), and what a reader left out.
 */
export type Grid = readonly (readonly string[])[];

/** What an Ontime project held that a plan has no place for, counted (its words live in src/i18n). */
export type OntimeLeftOut =
  | { readonly code: 'delays'; readonly count: number }
  | { readonly code: 'milestones'; readonly count: number }
  | { readonly code: 'skipped'; readonly count: number }
  | { readonly code: 'noDuration'; readonly count: number }
  | { readonly code: 'settings'; readonly names: readonly string[] };

/** Why a file gave no grid. */
export type ReadProblem =
  | { readonly code: 'tooLarge'; readonly bytes: number; readonly limit: number }
  | { readonly code: 'tooManyRows'; readonly rows: number; readonly limit: number }
  | { readonly code: 'tooManyColumns'; readonly columns: number; readonly limit: number }
  | { readonly code: 'empty' }
  | { readonly code: 'unreadable'; readonly kind: SheetKind; readonly reason: string }
  | { readonly code: 'unknownType'; readonly name: string };

export type SheetKind = 'csv' | 'tsv' | 'xlsx' | 'ontime';

export type ReadResult =
  | { readonly ok: true; readonly kind: SheetKind; readonly grid: Grid; readonly leftOut: readonly OntimeLeftOut[] }
  | { readonly ok: false; readonly problem: ReadProblem };
