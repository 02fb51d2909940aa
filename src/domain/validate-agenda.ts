import { clockMinutes } from './clock-minutes';
import { AGENDA_FORMAT, ROLES, type Agenda } from './agenda';
import type { Result } from './units';

/** Files larger than this are refused before parsing. */
export const MAX_AGENDA_BYTES = 1024 * 1024;

export type PathPart = string | number;

/** What is wrong, as a code the interface turns into a sentence in the user's language. */
export type IssueCode =
  | 'tooLarge'
  | 'notJson'
  | 'notObject'
  | 'notArray'
  | 'notString'
  | 'emptyText'
  | 'notNumber'
  | 'notPositive'
  | 'notWholeNumber'
  | 'negative'
  | 'notBoolean'
  | 'unknownKey'
  | 'missing'
  | 'badFormat'
  | 'badDate'
  | 'badTime'
  | 'endNotAfterStart'
  | 'badTimeZone'
  | 'badLanguage'
  | 'badRole'
  | 'duplicateId'
  | 'unknownPerson'
  | 'unknownQuestion'
  | 'segmentWithoutTime'
  | 'emptyList'
  | 'finalNotBeforeWrapUp'
  | 'overSlot'
  | 'turnsExceedSegment';

export { clockMinutes };

export interface AgendaIssue {
  readonly path: readonly PathPart[];
  readonly code: IssueCode;
  readonly detail?: Readonly<Record<string, string | number>>;
}

export interface LoadedAgenda {
  readonly agenda: Agenda;
  /** Problems that do not stop the agenda loading (the plan overruns the slot). */
  readonly warnings: readonly AgendaIssue[];
}

/** `segments[2].turns[0].speaker`; the empty path is the file itself. */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

type KeyRule = 'required' | 'optional';
/** The keys each object of the format accepts. The JSON Schema in public/ is checked against these. */
export const AGENDA_KEYS = {
  agenda: {
    $schema: 'optional',
    format: 'required',
    title: 'required',
    event: 'optional',
    date: 'required',
    start: 'required',
    end: 'required',
    timeZone: 'optional',
    venue: 'optional',
    language: 'optional',
    signals: 'optional',
    people: 'required',
    questions: 'optional',
    segments: 'required',
  },
  signals: { wrapUpSeconds: 'optional', finalSeconds: 'optional' },
  person: { id: 'required', name: 'required', role: 'required', honorific: 'optional', position: 'optional', organization: 'optional' },
  question: { id: 'required', text: 'required' },
  segment: {
    id: 'required',
    title: 'optional',
    question: 'optional',
    minutes: 'optional',
    turns: 'optional',
    flex: 'optional',
    questionMinutes: 'optional',
    answerMinutes: 'optional',
    roundSize: 'optional',
    askGender: 'optional',
  },
  turn: { speaker: 'required', minutes: 'required' },
} as const satisfies Record<string, Record<string, KeyRule>>;

/** UTF-8 length of a string, without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Parses and validates the text of an agenda file; never throws. */
export function parseAgendaText(text: string): Result<LoadedAgenda, AgendaIssue> {
  const bytes = utf8Length(text);
  if (bytes > MAX_AGENDA_BYTES) return fail([], 'tooLarge', { bytes, limit: MAX_AGENDA_BYTES });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail([], 'notJson', { reason: error instanceof Error ? error.message : String(error) });
  }
  return validateAgenda(data);
}

function fail(path: PathPart[], code: IssueCode, detail?: Record<string, string | number>): Result<never, AgendaIssue> {
  return { ok: false, errors: [detail ? { path, code, detail } : { path, code }] };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A BCP 47 language tag (`fr`, `es-419`, `ar`), as Intl reads them. */
function validLanguage(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Whether Intl knows the zone (`Europe/Zurich`). */
export function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Validates parsed JSON against format v1; reports every problem it finds, never throws. */
export function validateAgenda(data: unknown): Result<LoadedAgenda, AgendaIssue> {
  const errors: AgendaIssue[] = [];
  const warnings: AgendaIssue[] = [];
  const report = (path: PathPart[], code: IssueCode, detail?: Record<string, string | number>) =>
    errors.push(detail ? { path, code, detail } : { path, code });

  const checkKeys = (value: Record<string, unknown>, rules: Record<string, KeyRule>, path: PathPart[]) => {
    const allowed = Object.keys(rules);
    for (const key of Object.keys(value)) {
      if (Object.hasOwn(rules, key)) continue;
      const near = allowed
        .map((candidate) => ({ candidate, distance: editDistance(key.toLowerCase(), candidate.toLowerCase()) }))
        .sort((a, b) => a.distance - b.distance)[0];
      const suggestion = near && near.distance <= Math.max(2, Math.floor(key.length / 3)) ? near.candidate : '';
      report([...path, key], 'unknownKey', { key, suggestion });
    }
    for (const [key, rule] of Object.entries(rules)) {
      if (rule === 'required' && !Object.hasOwn(value, key)) report(path, 'missing', { key });
    }
  };
  const text = (value: unknown, path: PathPart[], required: boolean): value is string => {
    if (value === undefined && !required) return false;
    if (typeof value !== 'string') {
      if (value !== undefined) report(path, 'notString');
      return false;
    }
    if (value.trim() === '') {
      report(path, 'emptyText');
      return false;
    }
    return true;
  };
  const positive = (value: unknown, path: PathPart[]): value is number => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      report(path, 'notNumber', { found: describe(value) });
      return false;
    }
    if (value <= 0) {
      report(path, 'notPositive', { found: value });
      return false;
    }
    return true;
  };

  if (!isRecord(data)) return fail([], 'notObject');
  checkKeys(data, AGENDA_KEYS.agenda, []);
  if (data.$schema !== undefined && typeof data.$schema !== 'string') report(['$schema'], 'notString');

  if (data.format !== undefined && data.format !== AGENDA_FORMAT)
    report(['format'], 'badFormat', { found: describe(data.format), expected: AGENDA_FORMAT });
  text(data.title, ['title'], true);
  text(data.event, ['event'], false);
  text(data.venue, ['venue'], false);
  if (data.date !== undefined && (typeof data.date !== 'string' || !validDate(data.date)))
    report(['date'], 'badDate', { found: describe(data.date) });
  const start = typeof data.start === 'string' ? clockMinutes(data.start) : null;
  const end = typeof data.end === 'string' ? clockMinutes(data.end) : null;
  if (data.start !== undefined && start === null) report(['start'], 'badTime', { found: describe(data.start) });
  if (data.end !== undefined && end === null) report(['end'], 'badTime', { found: describe(data.end) });
  if (start !== null && end !== null && end <= start)
    report(['end'], 'endNotAfterStart', { start: data.start as string, end: data.end as string });
  if (data.timeZone !== undefined && (typeof data.timeZone !== 'string' || !validTimeZone(data.timeZone)))
    report(['timeZone'], 'badTimeZone', { found: describe(data.timeZone) });
  if (data.language !== undefined && (typeof data.language !== 'string' || !validLanguage(data.language)))
    report(['language'], 'badLanguage', { found: describe(data.language) });

  let wrapUp = 60;
  let final = 15;
  if (data.signals !== undefined) {
    if (!isRecord(data.signals)) report(['signals'], 'notObject');
    else {
      checkKeys(data.signals, AGENDA_KEYS.signals, ['signals']);
      for (const key of ['wrapUpSeconds', 'finalSeconds'] as const) {
        const value = data.signals[key];
        if (value === undefined) continue;
        if (typeof value !== 'number' || !Number.isFinite(value)) report(['signals', key], 'notNumber', { found: describe(value) });
        else if (value < 0) report(['signals', key], 'negative', { found: value });
        else if (key === 'wrapUpSeconds') wrapUp = value;
        else final = value;
      }
      if (final >= wrapUp && errors.every((e) => e.path[0] !== 'signals'))
        report(['signals', 'finalSeconds'], 'finalNotBeforeWrapUp', { final, wrapUp });
    }
  }

  const personIds = new Map<string, string>();
  const checkId = (value: unknown, path: PathPart[], seen: Map<string, string>) => {
    if (!text(value, path, true)) return;
    const first = seen.get(value);
    if (first !== undefined) report(path, 'duplicateId', { id: value, first });
    else seen.set(value, formatPath(path));
  };

  if (data.people !== undefined) {
    if (!Array.isArray(data.people)) report(['people'], 'notArray');
    else {
      if (data.people.length === 0) report(['people'], 'emptyList');
      data.people.forEach((person: unknown, i) => {
        const path = ['people', i];
        if (!isRecord(person)) {
          report(path, 'notObject');
          return;
        }
        checkKeys(person, AGENDA_KEYS.person, path);
        checkId(person.id, [...path, 'id'], personIds);
        text(person.name, [...path, 'name'], true);
        if (person.role !== undefined && !ROLES.includes(person.role as never))
          report([...path, 'role'], 'badRole', { found: describe(person.role) });
        for (const key of ['honorific', 'position', 'organization'] as const) text(person[key], [...path, key], false);
      });
    }
  }

  const questionIds = new Map<string, string>();
  if (data.questions !== undefined) {
    if (!Array.isArray(data.questions)) report(['questions'], 'notArray');
    else
      data.questions.forEach((question: unknown, i) => {
        const path = ['questions', i];
        if (!isRecord(question)) {
          report(path, 'notObject');
          return;
        }
        checkKeys(question, AGENDA_KEYS.question, path);
        checkId(question.id, [...path, 'id'], questionIds);
        text(question.text, [...path, 'text'], true);
      });
  }

  let totalMinutes = 0;
  const segmentIds = new Map<string, string>();
  if (data.segments !== undefined) {
    if (!Array.isArray(data.segments)) report(['segments'], 'notArray');
    else {
      if (data.segments.length === 0) report(['segments'], 'emptyList');
      data.segments.forEach((segment: unknown, i) => {
        const path = ['segments', i];
        if (!isRecord(segment)) {
          report(path, 'notObject');
          return;
        }
        checkKeys(segment, AGENDA_KEYS.segment, path);
        checkId(segment.id, [...path, 'id'], segmentIds);
        text(segment.title, [...path, 'title'], false);
        if (segment.question !== undefined && text(segment.question, [...path, 'question'], true) && !questionIds.has(segment.question)) {
          report([...path, 'question'], 'unknownQuestion', { id: segment.question });
        }
        if (segment.flex !== undefined && typeof segment.flex !== 'boolean') report([...path, 'flex'], 'notBoolean');
        // The list of speakers of an open block: the limit per question and per answer, the round's size, whether gender is asked.
        if (segment.questionMinutes !== undefined) positive(segment.questionMinutes, [...path, 'questionMinutes']);
        if (segment.answerMinutes !== undefined) positive(segment.answerMinutes, [...path, 'answerMinutes']);
        if (segment.roundSize !== undefined && positive(segment.roundSize, [...path, 'roundSize']) && !Number.isInteger(segment.roundSize))
          report([...path, 'roundSize'], 'notWholeNumber', { found: describe(segment.roundSize) });
        if (segment.askGender !== undefined && typeof segment.askGender !== 'boolean') report([...path, 'askGender'], 'notBoolean');
        const hasMinutes = segment.minutes !== undefined && positive(segment.minutes, [...path, 'minutes']);
        let turnMinutes = 0;
        let hasTurns = false;
        if (segment.turns !== undefined) {
          if (!Array.isArray(segment.turns)) report([...path, 'turns'], 'notArray');
          else {
            hasTurns = segment.turns.length > 0;
            segment.turns.forEach((turn: unknown, j) => {
              const turnPath = [...path, 'turns', j];
              if (!isRecord(turn)) {
                report(turnPath, 'notObject');
                return;
              }
              checkKeys(turn, AGENDA_KEYS.turn, turnPath);
              if (text(turn.speaker, [...turnPath, 'speaker'], true) && !personIds.has(turn.speaker)) {
                report([...turnPath, 'speaker'], 'unknownPerson', { id: turn.speaker });
              }
              if (turn.minutes !== undefined && positive(turn.minutes, [...turnPath, 'minutes'])) turnMinutes += turn.minutes;
            });
          }
        }
        if (segment.minutes === undefined && !hasTurns && segment.turns !== undefined && Array.isArray(segment.turns))
          report(path, 'segmentWithoutTime');
        if (segment.minutes === undefined && segment.turns === undefined) report(path, 'segmentWithoutTime');
        if (hasMinutes) {
          const minutes = segment.minutes as number;
          totalMinutes += minutes;
          if (turnMinutes > minutes + 1e-9)
            warnings.push({ path: [...path, 'turns'], code: 'turnsExceedSegment', detail: { turns: round(turnMinutes), minutes } });
        } else totalMinutes += turnMinutes;
      });
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  const slot = (end ?? 0) - (start ?? 0);
  if (totalMinutes > slot + 1e-9) warnings.push({ path: ['segments'], code: 'overSlot', detail: { planned: round(totalMinutes), slot } });
  return { ok: true, value: { agenda: data as unknown as Agenda, warnings } };
}

function round(minutes: number): number {
  return Math.round(minutes * 100) / 100;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}
