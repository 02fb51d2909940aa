import { useEffect, useId, useMemo, useState } from 'react';
import { displayName, type Agenda } from '../../../domain/agenda';
import { plannedMinutes, slotMinutes } from '../../../domain/agenda-edit';
import { describeIssue, enIssues } from '../../../i18n/en-issues';
import { enImport } from '../../../i18n/en-import';
import { locale } from '../../../i18n/lang';
import { enPlan } from '../../../i18n/en-plan';
import { formatDate } from '../../../i18n/formats';
import { SHEET_FIELDS, type SheetField } from '../../../i18n/sheet-columns';
import { formatDuration } from '../../../platform/format';
import { Dialog } from '../../../ui/Dialog';
import { guessLayout, remap, type SheetLayout } from './columns';
import { cellText, importSheet, type SheetProblem } from './grid-to-agenda';
import { readGrid } from './read-grid';
import type { Grid, OntimeLeftOut, ReadProblem, SheetKind } from './types';

interface ImportDialogProps {
  readonly file: File;
  /** The plan open now: it stays until the organizer accepts, and gives what the sheet does not say. */
  readonly base: Agenda;
  readonly deviceTimeZone: string;
  /** The file could not be read: why, in words. */
  readonly onFailed: (message: string) => void;
  /** Accepted (the plan to put in place) or cancelled (null). */
  readonly onDone: (agenda: Agenda | null) => void;
}

interface Read {
  readonly kind: SheetKind;
  readonly grid: Grid;
  readonly leftOut: readonly OntimeLeftOut[];
}

const PREVIEW_ROWS = 6;

/**
 * The file read, its columns guessed and shown with the plan they give; the organizer may change
 * what any column is, sees every problem by row and column, and accepts or cancels. Nothing
 * replaces the plan before Accept.
 */
export function ImportDialog({ file, base, deviceTimeZone, onFailed, onDone }: ImportDialogProps) {
  const blockedId = useId();
  const [read, setRead] = useState<Read | null>(null);
  const [layout, setLayout] = useState<SheetLayout | null>(null);
  useEffect(() => {
    let live = true;
    void readGrid(file).then(
      (result) => {
        if (!live) return;
        if (!result.ok) return onFailed(readProblem(result.problem, file.name));
        setRead(result);
        setLayout(guessLayout(result.grid));
      },
      (error: unknown) => live && onFailed(enImport.read.failed(error instanceof Error ? error.message : String(error))),
    );
    return () => {
      live = false;
    };
  }, [file, onFailed]);

  const result = useMemo(
    () => (read && layout ? importSheet(read.grid, layout, { base, fileName: file.name, deviceTimeZone }) : null),
    [read, layout, base, file.name, deviceTimeZone],
  );
  if (!read || !layout || !result) return null;

  const headers = read.grid[layout.headerRow] ?? [];
  // The rows under the header, each with its number in the sheet, so "Row 14" can be found.
  const body = read.grid
    .map((row, index) => ({ row, number: index + 1 }))
    .slice(layout.headerRow + 1)
    .filter(({ row }) => row.some((c) => cellText(c) !== ''));
  const errors = result.problems.filter((p) => p.severity === 'error');
  const name = (problem: SheetProblem) => describeProblem(problem, headers, layout.headerRow);
  const { agenda } = result;

  return (
    <Dialog title={enImport.title(file.name)} onClose={() => onDone(null)}>
      <div className="import-dialog">
        <p>{enImport.session(agenda.title, formatDate(agenda.date), agenda.start, agenda.end, agenda.timeZone ?? deviceTimeZone)}</p>
        <p>
          {enImport.kinds[read.kind]}.{' '}
          {enImport.summary(
            agenda.segments.reduce((n, s) => n + (s.turns?.length ?? 0), 0),
            agenda.segments.length,
            agenda.people.length,
            agenda.questions?.length ?? 0,
          )}{' '}
          {fitLine(agenda)}
        </p>

        <section aria-labelledby="import-problems">
          <h3 id="import-problems">{enImport.problems}</h3>
          {result.problems.length === 0 ? (
            <p>{enImport.noProblems}</p>
          ) : (
            <ul className="import-problems">
              {result.problems.map((problem, i) => (
                <li key={i} data-severity={problem.severity}>
                  <strong>{problem.severity === 'error' ? enImport.errorWord : enImport.warningWord}</strong> {name(problem)}
                </li>
              ))}
            </ul>
          )}
          {read.leftOut.length > 0 && <p>{enImport.leftOut(list(read.leftOut.map(leftOutWords)))}</p>}
        </section>

        <section aria-labelledby="import-columns">
          <h3 id="import-columns">{enImport.columns}</h3>
          <p className="hint">{enImport.columnsHint}</p>
          <div className="import-sheet" role="group" aria-label={enImport.sheetRows(Math.min(PREVIEW_ROWS, body.length), body.length)}>
            <table>
              <thead>
                <tr>
                  <td />
                  {headers.map((header, i) => (
                    <th key={i} scope="col">
                      <label>
                        <span className="import-header">{columnName(i, header)}</span>
                        <select
                          aria-label={enImport.column(letter(i), cellText(header))}
                          value={layout.mapping[i] ?? ''}
                          onChange={(e) =>
                            setLayout({ ...layout, mapping: remap(layout.mapping, i, (e.target.value || null) as SheetField | null) })
                          }
                        >
                          <option value="">{enImport.notImported}</option>
                          {SHEET_FIELDS.map((field) => (
                            <option key={field} value={field}>
                              {enImport.fields[field]}
                            </option>
                          ))}
                        </select>
                      </label>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {body.slice(0, PREVIEW_ROWS).map(({ row, number }) => (
                  <tr key={number}>
                    <th scope="row" className="import-row-number">
                      {number}
                    </th>
                    {headers.map((_, c) => (
                      <td key={c} dir="auto">
                        {cellText(row[c])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section aria-labelledby="import-plan">
          <h3 id="import-plan">{enImport.plan}</h3>
          <PlanPreview agenda={agenda} />
        </section>

        {/* In the page from the start, so a screen reader hears the count each time it changes; the list above stays quiet. */}
        <p id={blockedId} role="alert" className={errors.length > 0 ? 'field-error' : 'visually-hidden'}>
          {errors.length > 0 ? enImport.fixBeforeAccept(errors.length) : ''}
        </p>
        <div className="dialog-buttons">
          <button type="button" disabled={!result.ok} aria-describedby={result.ok ? undefined : blockedId} onClick={() => onDone(agenda)}>
            {enImport.accept}
          </button>
          <button type="button" onClick={() => onDone(null)}>
            {enImport.cancel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

/** The plan's segments and turns, as the console will run them. */
function PlanPreview({ agenda }: { readonly agenda: Agenda }) {
  const people = new Map(agenda.people.map((p) => [p.id, p]));
  const questions = new Map((agenda.questions ?? []).map((q) => [q.id, q.text]));
  return (
    <ol className="import-plan">
      {agenda.segments.map((segment) => {
        const turns = segment.turns ?? [];
        const budget = segment.minutes ?? turns.reduce((sum, t) => sum + t.minutes, 0);
        const title = segment.title ?? (segment.question ? questions.get(segment.question) : undefined) ?? enImport.openBlock;
        return (
          <li key={segment.id}>
            <strong dir="auto">{title}</strong> <span className="time">{formatMinutes(budget)}</span>
            {turns.length > 0 ? (
              <ul>
                {turns.map((turn, t) => {
                  const person = people.get(turn.speaker);
                  return (
                    <li key={t}>
                      <bdi>{person ? displayName(person) : turn.speaker}</bdi>
                      {person && ` · ${enPlan.roles[person.role]}`} · <span className="time">{formatMinutes(turn.minutes)}</span>
                    </li>
                  );
                })}
              </ul>
            ) : (
              <span> · {enImport.openBlock}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

const formatMinutes = (minutes: number) => (Number.isFinite(minutes) ? formatDuration(Math.round(minutes * 60)) : '–');

function fitLine(agenda: Agenda): string {
  const slot = slotMinutes(agenda);
  if (slot === null) return enPlan.fit.noSlot;
  return enPlan.fit.label(formatMinutes(plannedMinutes(agenda)), formatMinutes(slot));
}

/** A spreadsheet's column letter: A, B, … Z, AA. */
function letter(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

const columnName = (index: number, header: string | undefined) => enImport.columnRef(letter(index), cellText(header));

/** Items as the language lists them: “a, b and c”. */
const list = (items: readonly string[]) => new Intl.ListFormat(locale(), { type: 'unit' }).format(items);

/** A problem as a sentence that starts with its row and column in the sheet (rows counted from 1, as a spreadsheet shows them). */
export function describeProblem(problem: SheetProblem, headers: readonly string[], headerRow = -1): string {
  // Above the table (the session's rows) a column has no header of its own: its letter names it.
  const header = problem.row !== undefined && problem.row < headerRow ? '' : headers[problem.column ?? -1];
  const at = enImport.at(
    problem.row === undefined ? undefined : problem.row + 1,
    problem.column === undefined ? undefined : columnName(problem.column, header),
  );
  if (problem.code === 'agenda' && problem.issue) {
    return at ? enIssues[problem.issue.code](at, problem.issue.detail ?? {}) : describeIssue(problem.issue);
  }
  const words = enImport.problem[problem.code as Exclude<SheetProblem['code'], 'agenda'>];
  return words(at, problem.detail ?? {});
}

function leftOutWords(item: OntimeLeftOut): string {
  if (item.code !== 'settings') return enImport.ontime[item.code](item.count);
  return enImport.ontime.settings(list(item.names.map((name) => enImport.ontime.settingNames[name] ?? name)));
}

/** Why a file gave nothing to import, in words. */
function readProblem(problem: ReadProblem, name: string): string {
  switch (problem.code) {
    case 'tooLarge':
      return enImport.read.tooLarge(problem.bytes, problem.limit);
    case 'empty':
      return enImport.read.empty;
    case 'tooManyRows':
      return enImport.read.tooManyRows(problem.rows, problem.limit);
    case 'tooManyColumns':
      return enImport.read.tooManyColumns(problem.columns, problem.limit);
    case 'unreadable':
      return enImport.read.unreadable(enImport.kinds[problem.kind], enImport.read.reasons[problem.reason] ?? problem.reason);
    case 'unknownType':
      return enImport.read.unknownType(name);
  }
}
