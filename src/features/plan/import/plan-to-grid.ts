import type { Agenda } from '../../../domain/agenda';
import { plannedOffsets } from '../../../domain/agenda-edit';
import type { Lang } from '../../../i18n/lang';
import { SHEET_FIELDS, SHEET_WORDS, type SessionKey, type SheetField } from '../../../i18n/sheet-columns';
import { clockAt } from '../clock-at';

/** A cell the export writes: text from people, or a number or words of its own. */
export type SheetCell = string | number;

const SEGMENT_EXTRAS = ['blockMinutes', 'flex', 'questionMinutes', 'answerMinutes', 'roundSize', 'askGender'] as const;
/** The columns every export has: all the importer reads but the segment's own (written when used), the date (a session row) and notes (the plan has none). */
const CORE = SHEET_FIELDS.filter(
  (field) => !(SEGMENT_EXTRAS as readonly SheetField[]).includes(field) && field !== 'date' && field !== 'notes',
);

/**
 * The plan as a sheet with the columns the importer reads, headed in `lang`: the session's rows,
 * a blank row, the header; then one row per person and per guiding question (so people without a
 * turn and questions not yet asked come back, in their order); then one row per turn, numbered by
 * segment, with its planned clock times. An open block is one row with its minutes and no speaker.
 * The segment's own columns (block minutes, flexible, the list of speakers' rules) are written only
 * when some segment uses them.
 */
export function planToGrid(agenda: Agenda, lang: Lang): SheetCell[][] {
  const words = SHEET_WORDS[lang];
  const extras = SEGMENT_EXTRAS.filter((field) =>
    agenda.segments.some((s) =>
      field === 'blockMinutes' ? s.minutes !== undefined && (s.turns ?? []).length > 0 : s[field] !== undefined,
    ),
  );
  const columns = [...CORE, ...extras];
  const header = columns.map((field) => words.columns[field][0]!);
  const yes = words.yes[0]!;
  const no = words.no[0]!;

  const session: [SessionKey, string | number | undefined][] = [
    ['title', agenda.title],
    ['event', agenda.event],
    ['date', agenda.date],
    ['start', agenda.start],
    ['end', agenda.end],
    ['timeZone', agenda.timeZone],
    ['venue', agenda.venue],
    ['language', agenda.language],
    ['wrapUpSeconds', agenda.signals?.wrapUpSeconds],
    ['finalSeconds', agenda.signals?.finalSeconds],
  ];
  const out: SheetCell[][] = session
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => [words.session[key][0]!, value!]);
  out.push([], header);

  const row = (cells: Partial<Record<SheetField, SheetCell>>) => columns.map((field) => cells[field] ?? '');
  const byId = new Map(agenda.people.map((p) => [p.id, p]));
  const personCells = (id: string) => {
    const person = byId.get(id);
    return person
      ? {
          speaker: person.name,
          honorific: person.honorific ?? '',
          role: words.roles[person.role][0]!,
          position: person.position ?? '',
          organization: person.organization ?? '',
        }
      : { speaker: id };
  };
  for (const person of agenda.people) out.push(row(personCells(person.id)));
  const questions = new Map((agenda.questions ?? []).map((q) => [q.id, q.text]));
  for (const question of agenda.questions ?? []) out.push(row({ question: question.text }));

  // Clock times as the plan editor shows them beside each segment and turn.
  const offsets = plannedOffsets(agenda);
  const clock = (minutes: number) => (Number.isFinite(minutes) ? clockAt(agenda.start, minutes) : '');
  agenda.segments.forEach((segment, s) => {
    const turns = segment.turns ?? [];
    const segmentCells: Partial<Record<SheetField, SheetCell>> = {
      segmentNo: s + 1,
      segment: segment.title ?? '',
      question: segment.question ? (questions.get(segment.question) ?? segment.question) : '',
      ...(turns.length > 0 && segment.minutes !== undefined ? { blockMinutes: segment.minutes } : {}),
      ...(segment.flex !== undefined ? { flex: segment.flex ? yes : no } : {}),
      ...(segment.askGender !== undefined ? { askGender: segment.askGender ? yes : no } : {}),
      ...(segment.questionMinutes !== undefined ? { questionMinutes: segment.questionMinutes } : {}),
      ...(segment.answerMinutes !== undefined ? { answerMinutes: segment.answerMinutes } : {}),
      ...(segment.roundSize !== undefined ? { roundSize: segment.roundSize } : {}),
    };
    if (turns.length === 0) {
      const minutes = segment.minutes ?? 0;
      const at = offsets.segments[s]!;
      out.push(row({ ...segmentCells, minutes, start: clock(at), end: clock(at + minutes) }));
    }
    turns.forEach((turn, t) => {
      const at = offsets.turns[s]![t]!;
      out.push(
        row({
          ...segmentCells,
          ...personCells(turn.speaker),
          minutes: turn.minutes,
          start: clock(at),
          end: clock(at + turn.minutes),
        }),
      );
    });
  });
  // Every row as wide as the table, so a reader guessing the separator sees the same count on each line.
  return out.map((cells) => [...cells, ...Array<SheetCell>(Math.max(0, columns.length - cells.length)).fill('')]);
}
