import {
  AGENDA_FORMAT,
  DEFAULT_SIGNALS,
  type Agenda,
  type AgendaTurn,
  type Person,
  type Question,
  type Role,
  type Segment,
} from '../../../domain/agenda';
import { plannedMinutes } from '../../../domain/agenda-edit';
import { clockMinutes } from '../../../domain/clock-minutes';
import { sameName } from '../../../domain/floor-list';
import { parseClock, parseDate, parseDuration } from './parse-time';
import { validateAgenda, validTimeZone, type AgendaIssue } from '../../../domain/validate-agenda';
import type { SheetField } from '../../../i18n/sheet-columns';
import { clockAt } from '../clock-at';
import { isTotal, roleOf, yesNo, type SheetLayout } from './columns';
import type { Grid } from './types';

/** A problem with the sheet, at a row and column of it when it has one (indices into the grid). */
export interface SheetProblem {
  readonly severity: 'error' | 'warning';
  readonly row?: number;
  readonly column?: number;
  readonly code: SheetProblemCode;
  readonly detail?: Readonly<Record<string, string | number>>;
  /** The loader's own problem, for `code: 'agenda'`. */
  readonly issue?: AgendaIssue;
}

export type SheetProblemCode =
  | 'noSpeakerColumn'
  | 'noTimeColumn'
  | 'noRows'
  | 'badMinutes'
  | 'badClock'
  | 'badDate'
  | 'badNumber'
  | 'badYesNo'
  | 'noMinutes'
  | 'noSpeaker'
  | 'endNotAfterStart'
  | 'unknownRole'
  | 'secondQuestion'
  | 'notImported'
  | 'notesLeftOut'
  | 'totalRow'
  | 'gap'
  | 'otherDay'
  | 'agenda';

export interface SheetImport {
  /** The plan the sheet gives; replaces nothing until the organizer accepts it. */
  readonly agenda: Agenda;
  readonly problems: readonly SheetProblem[];
  /** Whether it may be accepted: no problem is an error. */
  readonly ok: boolean;
}

export interface ImportContext {
  /** The plan open now: what the sheet does not say of the session (date, times, zone) is kept from it. */
  readonly base: Agenda;
  /** The file's name, the plan's title when the sheet has none. */
  readonly fileName: string;
  readonly deviceTimeZone: string;
}

/** A row of the table, its cells read by field. */
interface Row {
  readonly index: number;
  readonly cell: (field: SheetField) => string;
  readonly column: (field: SheetField) => number | undefined;
}

/** Minutes of a day, from a clock cell already checked. */
type Clock = number;

const HONORIFICS =
  /^(H\.\s?E\.|S\.\s?E\.(?:\s?M\.)?|Dr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Mme|Mlle|M\.|Sr\.|Sra\.|Srta\.|Dña\.|Excm[oa]\.(?:\s?Sr[a]?\.)?)\s+(?=\S)/u;

/** A spreadsheet cell as typed: trimmed, and without the quote a spreadsheet export puts before text that would start a formula. */
export function cellText(cell: string | undefined): string {
  const text = (cell ?? '').trim();
  return /^'+[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** The plan a sheet describes, checked by the agenda loader, with every problem placed at its row and column. */
export function importSheet(grid: Grid, layout: SheetLayout, context: ImportContext): SheetImport {
  const problems: SheetProblem[] = [];
  const error = (code: SheetProblemCode, row?: number, column?: number, detail?: SheetProblem['detail']) =>
    problems.push({ severity: 'error', code, row, column, detail });
  const warn = (code: SheetProblemCode, row?: number, column?: number, detail?: SheetProblem['detail']) =>
    problems.push({ severity: 'warning', code, row, column, detail });

  const { mapping, headerRow } = layout;
  const headers = grid[headerRow] ?? [];
  const columnOf = (field: SheetField) => {
    const i = mapping.indexOf(field);
    return i < 0 ? undefined : i;
  };
  headers.forEach((header, i) => {
    if (mapping[i] === null && cellText(header) !== '' && grid.slice(headerRow + 1).some((row) => cellText(row[i]) !== ''))
      warn('notImported', undefined, i, { header: cellText(header) });
    if (mapping[i] === 'notes' && grid.slice(headerRow + 1).some((row) => cellText(row[i]) !== '')) warn('notesLeftOut', undefined, i);
  });
  if (columnOf('speaker') === undefined) error('noSpeakerColumn');
  if (columnOf('minutes') === undefined && columnOf('start') === undefined) error('noTimeColumn');

  // The session: its own rows above the table, else what the table says, else the plan open now.
  const { base } = context;
  const sessionText = (key: keyof SheetLayout['session']) => {
    const entry = layout.session[key];
    return entry ? { value: cellText(entry.value), row: entry.row } : undefined;
  };
  // A zone the browser does not know would make every clock cell throw: it is reported at its row, and the plan's zone is used.
  const askedZone = sessionText('timeZone');
  const knownZone = askedZone !== undefined && validTimeZone(askedZone.value);
  if (askedZone && !knownZone)
    problems.push({
      severity: 'error',
      code: 'agenda',
      row: askedZone.row,
      column: 1,
      issue: { path: ['timeZone'], code: 'badTimeZone', detail: { found: askedZone.value } },
    });
  const timeZone = (knownZone ? askedZone.value : undefined) || base.timeZone || context.deviceTimeZone;
  let date: string | undefined;
  const sessionDate = sessionText('date');
  if (sessionDate) {
    date = parseDate(sessionDate.value) ?? undefined;
    if (!date) error('badDate', sessionDate.row, 1, { found: sessionDate.value });
  }

  const rows: Row[] = [];
  for (let index = headerRow + 1; index < grid.length; index++) {
    const cells = grid[index] ?? [];
    if (cells.every((c) => cellText(c) === '')) continue;
    // A spreadsheet's total at the foot of the table is not a segment or a person.
    const first = cells.findIndex((c) => cellText(c) !== '');
    if (isTotal(cellText(cells[first]))) {
      warn('totalRow', index, first);
      continue;
    }
    rows.push({
      index,
      cell: (field) => {
        const i = columnOf(field);
        return i === undefined ? '' : cellText(cells[i]);
      },
      column: columnOf,
    });
  }
  if (rows.length === 0) error('noRows', headerRow);

  // Dates in the table give the session's date when its own rows do not.
  for (const row of rows) {
    const text = row.cell('date');
    if (!text) continue;
    const found = parseDate(text) ?? parseClock(text, { timeZone })?.date ?? null;
    if (!found) error('badDate', row.index, row.column('date'), { found: text });
    else if (date !== undefined && found !== date) error('otherDay', row.index, row.column('date'), { found: text });
    else date ??= found;
  }

  // Clock cells, read once: a start or end with a date and an offset is moved into the venue's zone.
  const clockOf = (text: string): Clock | undefined => {
    const parsed = parseClock(text, { timeZone, date });
    if (!parsed) return undefined;
    if (parsed.date) date ??= parsed.date;
    return clockMinutes(parsed.time) ?? undefined;
  };
  const clockAt = (row: Row, field: 'start' | 'end'): Clock | undefined => {
    const text = row.cell(field);
    if (!text) return undefined;
    const clock = clockOf(text);
    if (clock === undefined && !(field === 'start' && rangeOf(text))) error('badClock', row.index, row.column(field), { found: text });
    return clock;
  };
  const starts = rows.map((row) => clockAt(row, 'start'));
  const ends = rows.map((row) => clockAt(row, 'end'));
  // A slot written in one cell (`10:00–10:15`, `10:00 - 10:15`) gives the row its start and end.
  rows.forEach((row, i) => {
    const range = starts[i] === undefined ? rangeOf(row.cell('start')) : null;
    if (!range) return;
    const [from, to] = [clockOf(range[0]), clockOf(range[1])];
    if (from === undefined || to === undefined) return error('badClock', row.index, row.column('start'), { found: row.cell('start') });
    starts[i] = from;
    ends[i] ??= to;
  });

  const sessionClock = (key: 'start' | 'end'): Clock | undefined => {
    const entry = sessionText(key);
    if (!entry) return undefined;
    const parsed = parseClock(entry.value, { timeZone, date });
    if (!parsed) error('badClock', entry.row, 1, { found: entry.value });
    return parsed ? (clockMinutes(parsed.time) ?? undefined) : undefined;
  };
  const baseStart = clockMinutes(base.start) ?? 600;
  const baseEnd = clockMinutes(base.end) ?? baseStart + 60;
  /** For each row, the next row below it with a start (-1: none), found once for the gaps and the minutes. */
  const nextStarted: number[] = [];
  for (let i = rows.length - 1, next = -1; i >= 0; i--) {
    nextStarted[i] = next;
    if (starts[i] !== undefined) next = i;
  }
  // Turns follow one another: time between one row's end and the next row's start is not in the plan.
  ends.forEach((end, i) => {
    // A segment with minutes of its own keeps the time after its turns (a plan's CSV writes them so).
    if (rows[i]!.cell('blockMinutes')) return;
    const next = nextStarted[i]!;
    const start = next >= 0 ? starts[next] : undefined;
    if (end !== undefined && start !== undefined && start > end)
      warn('gap', rows[next]!.index, rows[next]!.column('start'), { minutes: start - end, from: hhmm(end), to: hhmm(start) });
  });
  const sheetStart = sessionClock('start') ?? starts.find((s) => s !== undefined);
  const start = sheetStart ?? baseStart;
  const lastEnd = [...ends].reverse().find((e) => e !== undefined);
  const sessionEnd = sessionClock('end');
  /** The last row with a time: a start there with no end runs to the session's end, when the sheet gives one. */
  const lastTimed = rows.reduce((last, row, i) => (row.cell('minutes') || starts[i] !== undefined ? i : last), -1);

  /** A row's minutes: its Minutes cell; else its end less its start; else the next start less its start. */
  const durationOf = (i: number): number | undefined => {
    const row = rows[i]!;
    const text = row.cell('minutes');
    if (text) {
      const minutes = parseDuration(text);
      if (minutes === null || minutes <= 0) {
        error('badMinutes', row.index, row.column('minutes'), { found: text });
        return Number.NaN;
      }
      return minutes;
    }
    const from = starts[i];
    if (from === undefined) return undefined;
    const next = nextStarted[i]!;
    const to = ends[i] ?? (next >= 0 ? starts[next] : i === lastTimed ? sessionEnd : undefined);
    if (to === undefined) return undefined;
    // A plan does not cross midnight: an end before its start is a typo, or rows out of order.
    if (to <= from) {
      const byEnd = ends[i] !== undefined;
      error('endNotAfterStart', byEnd ? row.index : rows[next]!.index, byEnd ? row.column('end') : row.column('start'), {
        start: hhmm(from),
        end: hhmm(to),
      });
      return Number.NaN;
    }
    return to - from;
  };

  // People, by name; questions, by text.
  const people: (Person & { readonly key: string })[] = [];
  const personRows = new Map<string, number>();
  const questions: Question[] = [];
  const roleColumn = columnOf('role') !== undefined;
  const honorificColumn = columnOf('honorific') !== undefined;
  /** People whose role a row has given: later rows do not change it. */
  const rolesSet = new Set<string>();
  const personOf = (row: Row): string | undefined => {
    let name = row.cell('speaker');
    if (!name) return undefined;
    let honorific = row.cell('honorific');
    if (!honorificColumn) {
      const match = HONORIFICS.exec(name);
      if (match) {
        honorific = match[1]!;
        name = name.slice(match[0].length);
      }
    }
    const key = sameName(name);
    let person = people.find((p) => p.key === key);
    if (!person) {
      const id = freshId(
        slug(name) || 'person',
        people.map((p) => p.id),
      );
      person = { key, id, name: name.normalize('NFC').replace(/\s+/g, ' '), role: 'panelist' };
      people.push(person);
      personRows.set(id, row.index);
    }
    const at = people.indexOf(person);
    const roleText = row.cell('role');
    let role: Role | undefined;
    if (roleText) {
      role = roleOf(roleText) ?? undefined;
      if (!role) warn('unknownRole', row.index, row.column('role'), { found: roleText });
    }
    const more: Partial<Person> = {
      ...(role && !rolesSet.has(person.id) ? { role } : {}),
      ...(!person.honorific && honorific ? { honorific } : {}),
      ...(!person.position && row.cell('position') ? { position: row.cell('position') } : {}),
      ...(!person.organization && row.cell('organization') ? { organization: row.cell('organization') } : {}),
    };
    if (role) rolesSet.add(person.id);
    people[at] = { ...person, ...more };
    return person.id;
  };
  const questionOf = (text: string): string => {
    const key = sameName(text);
    const found = questions.find((q) => sameName(q.text) === key);
    if (found) return found.id;
    const id = freshId(
      'q',
      questions.map((q) => q.id),
      true,
    );
    questions.push({ id, text });
    return id;
  };

  // Segments: a new one where the segment number changes, or (without numbers) where the title does.
  interface Draft {
    title: string;
    question?: string;
    turns: AgendaTurn[];
    turnRows: number[];
    open: { row: number; minutes: number }[];
    blockMinutes?: number;
    flex?: boolean;
    askGender?: boolean;
    questionMinutes?: number;
    answerMinutes?: number;
    roundSize?: number;
    firstRow: number;
    key: string;
  }
  const segments: Draft[] = [];
  const numbered = columnOf('segmentNo') !== undefined;
  rows.forEach((row, i) => {
    const number = row.cell('segmentNo');
    const title = row.cell('segment');
    const speaker = row.cell('speaker');
    const question = row.cell('question');
    const timed = row.cell('minutes') !== '' || starts[i] !== undefined;
    const current = segments.at(-1);
    // `1`, `1.` and `01` number the same segment.
    const key = numbered ? number.replace(/\.$/, '').replace(/^0+(?=\d)/, '') : title;
    let segment: Draft | undefined;
    if (key !== '') {
      segment = current?.key === key ? current : undefined;
      if (!segment) {
        segment = { title, turns: [], turnRows: [], open: [], firstRow: row.index, key };
        segments.push(segment);
      }
      if (!segment.title && title) segment.title = title;
    } else if (current && (!numbered || timed)) {
      // A blank segment cell continues the segment above (a spreadsheet's merged cells export so).
      segment = current;
    } else if (!timed) {
      // Above the segments, or without a segment number: a row that lists a person or a guiding question.
      if (question) questionOf(question);
      if (speaker) personOf(row);
      return;
    } else {
      segment = { title, turns: [], turnRows: [], open: [], firstRow: row.index, key: `row-${row.index}` };
      segments.push(segment);
    }
    if (question) {
      const id = questionOf(question);
      if (!segment.question) segment.question = id;
      else if (segment.question !== id) warn('secondQuestion', row.index, row.column('question'));
    }
    readSegmentFields(row, segment);
    const minutes = durationOf(i);
    if (speaker) {
      const id = personOf(row)!;
      if (minutes === undefined) error('noMinutes', row.index, row.column('minutes') ?? row.column('start'), { name: speaker });
      else {
        segment.turns.push({ speaker: id, minutes });
        segment.turnRows.push(row.index);
      }
    } else if (minutes !== undefined) segment.open.push({ row: row.index, minutes });
  });

  function readSegmentFields(row: Row, segment: Draft) {
    const number = (field: 'blockMinutes' | 'questionMinutes' | 'answerMinutes' | 'roundSize', duration: boolean) => {
      const text = row.cell(field);
      if (!text || segment[field] !== undefined) return;
      const value = duration ? parseDuration(text) : Number(text.replace(',', '.'));
      if (value === null || !Number.isFinite(value) || value <= 0)
        error(duration ? 'badMinutes' : 'badNumber', row.index, row.column(field), { found: text });
      else segment[field] = value;
    };
    number('blockMinutes', true);
    number('questionMinutes', true);
    number('answerMinutes', true);
    number('roundSize', false);
    for (const field of ['flex', 'askGender'] as const) {
      const text = row.cell(field);
      if (!text || segment[field] !== undefined) continue;
      const value = yesNo(text);
      if (value === null) error('badYesNo', row.index, row.column(field), { found: text });
      else segment[field] = value;
    }
  }

  // Without a role column, whoever opens the panel and speaks again is its moderator.
  if (!roleColumn) {
    const first = segments.find((s) => s.turns.length > 0)?.turns[0]?.speaker;
    const count = segments.flatMap((s) => s.turns).filter((t) => t.speaker === first).length;
    const at = people.findIndex((p) => p.id === first);
    if (at >= 0 && count >= 2) people[at] = { ...people[at]!, role: 'moderator' };
  }

  // A row with minutes but no speaker is an open block's time; in a segment of turns it is a turn without its speaker.
  const places = new Map<string, { row: number; field?: SheetField }>();
  const segmentIds: string[] = [];
  const built: Segment[] = segments.map((draft, s) => {
    const id = freshId(slug(draft.title) || 'segment', segmentIds);
    segmentIds.push(id);
    places.set(`segments[${s}]`, { row: draft.firstRow, field: 'segment' });
    draft.turnRows.forEach((row, t) => places.set(`segments[${s}].turns[${t}]`, { row }));
    let minutes = draft.blockMinutes;
    if (draft.turns.length > 0) for (const open of draft.open) error('noSpeaker', open.row, columnOf('speaker'));
    else if (minutes === undefined && draft.open.length > 0) minutes = draft.open.reduce((sum, o) => sum + o.minutes, 0);
    if (draft.open[0])
      places.set(`segments[${s}].minutes`, { row: draft.open[0].row, field: draft.blockMinutes ? 'blockMinutes' : 'minutes' });
    return {
      id,
      ...(draft.title ? { title: draft.title } : {}),
      ...(draft.question ? { question: draft.question } : {}),
      ...(minutes !== undefined ? { minutes } : {}),
      ...(draft.turns.length > 0 ? { turns: draft.turns } : {}),
      ...(draft.flex !== undefined ? { flex: draft.flex } : {}),
      ...(draft.questionMinutes !== undefined ? { questionMinutes: draft.questionMinutes } : {}),
      ...(draft.answerMinutes !== undefined ? { answerMinutes: draft.answerMinutes } : {}),
      ...(draft.roundSize !== undefined ? { roundSize: draft.roundSize } : {}),
      ...(draft.askGender !== undefined ? { askGender: draft.askGender } : {}),
    };
  });

  // The session's end: its own row, else the table's last end; a sheet that gives only starts and
  // minutes ends when its plan does; one that gives no time at all keeps the open plan's slot.
  const planned = plannedMinutes({ ...base, segments: built });
  const end = sessionEnd ?? lastEnd ?? (sheetStart !== undefined ? start + Math.ceil(planned) : baseEnd > baseStart ? baseEnd : start + 60);
  const text = (key: 'title' | 'event' | 'venue' | 'language') => sessionText(key)?.value || undefined;
  const signals = readSignals(sessionText('wrapUpSeconds'), sessionText('finalSeconds'), base, error);
  const agenda: Agenda = {
    format: AGENDA_FORMAT,
    title: text('title') ?? context.fileName.replace(/\.[^.]+$/, ''),
    ...(text('event') ? { event: text('event') } : {}),
    date: date ?? base.date,
    start: hhmm(start),
    end: hhmm(end),
    ...(knownZone || base.timeZone ? { timeZone } : {}),
    ...(text('venue') ? { venue: text('venue') } : {}),
    ...(text('language') ? { language: text('language') } : {}),
    ...(signals ? { signals } : {}),
    people: people.map(({ key: _key, ...person }) => person),
    questions,
    segments: built,
  };

  // The loader's checks, each placed where the sheet says what it found.
  if (!problems.some((p) => p.severity === 'error')) {
    const checked = validateAgenda(agenda);
    const issues = checked.ok ? checked.value.warnings : checked.errors;
    for (const issue of issues) {
      const place = placeOf(issue, places, (k) => personRows.get(agenda.people[k]?.id ?? ''), columnOf, layout);
      problems.push({ severity: checked.ok ? 'warning' : 'error', code: 'agenda', issue, ...place });
    }
  }
  return { agenda, problems, ok: !problems.some((p) => p.severity === 'error') };
}

/** Where in the sheet a loader's problem lies: the turn's row and the field's column, the person's first row, the session's row. */
function placeOf(
  { path, code }: AgendaIssue,
  places: ReadonlyMap<string, { row: number; field?: SheetField }>,
  personRow: (index: number) => number | undefined,
  columnOf: (field: SheetField) => number | undefined,
  layout: SheetLayout,
): { row?: number; column?: number } {
  const [head, index, kind, turn, field] = path;
  if (head === 'segments' && typeof index === 'number') {
    if (kind === 'turns' && typeof turn === 'number') {
      const place = places.get(`segments[${index}].turns[${turn}]`);
      const column = field === 'minutes' ? columnOf('minutes') : field === 'speaker' ? columnOf('speaker') : undefined;
      return { row: place?.row, column };
    }
    const place = places.get(`segments[${index}].${String(kind)}`) ?? places.get(`segments[${index}]`);
    const byKind: Partial<Record<string, SheetField>> = { title: 'segment', question: 'question', minutes: place?.field ?? 'blockMinutes' };
    // Turns over their segment's minutes: the place to change is the block's minutes.
    const at = code === 'turnsExceedSegment' ? 'blockMinutes' : typeof kind === 'string' ? byKind[kind] : undefined;
    return { row: place?.row, column: at ? columnOf(at) : undefined };
  }
  if (head === 'people' && typeof index === 'number') {
    const byField: Partial<Record<string, SheetField>> = {
      name: 'speaker',
      role: 'role',
      honorific: 'honorific',
      position: 'position',
      organization: 'organization',
    };
    const column = typeof kind === 'string' && byField[kind] ? columnOf(byField[kind]) : undefined;
    return { row: personRow(index), column };
  }
  if (typeof head === 'string' && head in layout.session) {
    const entry = layout.session[head as keyof SheetLayout['session']];
    return entry ? { row: entry.row, column: 1 } : {};
  }
  return {};
}

function readSignals(
  wrapUp: { value: string; row: number } | undefined,
  final: { value: string; row: number } | undefined,
  base: Agenda,
  error: (code: SheetProblemCode, row?: number, column?: number, detail?: SheetProblem['detail']) => void,
): Agenda['signals'] {
  if (!wrapUp && !final) return undefined;
  const read = (entry: { value: string; row: number } | undefined, fallback: number) => {
    if (!entry) return fallback;
    const value = Number(entry.value.replace(',', '.'));
    if (!Number.isFinite(value)) error('badNumber', entry.row, 1, { found: entry.value });
    return value;
  };
  const defaults = base.signals ?? DEFAULT_SIGNALS;
  return { wrapUpSeconds: read(wrapUp, defaults.wrapUpSeconds), finalSeconds: read(final, defaults.finalSeconds) };
}

/** The two times of a slot written in one cell, `10:00–10:15` or `10:00 - 10:15`; null when it is not one. */
function rangeOf(text: string): [string, string] | null {
  const match = /^(\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?)\s*(?:[–—-]|to|à|a)\s*(\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?)$/i.exec(text.trim());
  return match ? [match[1]!, match[2]!] : null;
}

/** `HH:MM` of whole minutes in a day (past midnight wraps). */
const hhmm = (minutes: number) => clockAt('00:00', Math.round(minutes));

/** An id from a name or title: ASCII letters, digits and dashes; empty for names in other scripts. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`…, whichever is free; numbered from 1 (`q1`) when `numbered`. */
function freshId(base: string, taken: readonly string[], numbered = false): string {
  if (!numbered && !taken.includes(base)) return base;
  for (let n = numbered ? taken.length + 1 : 2; ; n++) {
    const id = numbered ? `${base}${n}` : `${base}-${n}`;
    if (!taken.includes(id)) return id;
  }
}
