import { AGENDA_FORMAT, type Agenda, type AgendaTurn, type Person, type Question, type Role, type Segment } from './agenda';
import { clockMinutes } from './clock-minutes';

/**
 * The organizer's edits to a draft agenda, as pure functions. A draft may be invalid while it
 * is being written (an empty name, a segment with no time yet); the validator says where.
 * Optional fields are removed rather than set to undefined, so a draft written to a file and
 * read back is the same draft.
 */
export type AgendaEdit =
  | {
      readonly type: 'session';
      readonly changes: Partial<Pick<Agenda, 'title' | 'event' | 'date' | 'start' | 'end' | 'timeZone' | 'venue' | 'language'>>;
    }
  | { readonly type: 'addPerson'; readonly role: Role }
  | { readonly type: 'updatePerson'; readonly index: number; readonly changes: Partial<Person> }
  | { readonly type: 'removePerson'; readonly index: number }
  | { readonly type: 'addQuestion' }
  | { readonly type: 'updateQuestion'; readonly index: number; readonly text: string }
  | { readonly type: 'removeQuestion'; readonly index: number }
  | { readonly type: 'addSegment'; readonly open: boolean }
  | { readonly type: 'updateSegment'; readonly index: number; readonly changes: Partial<Omit<Segment, 'turns'>> }
  | { readonly type: 'removeSegment'; readonly index: number }
  | { readonly type: 'moveSegment'; readonly index: number; readonly to: number }
  | { readonly type: 'addTurn'; readonly segment: number; readonly speaker: string }
  | { readonly type: 'updateTurn'; readonly segment: number; readonly index: number; readonly changes: Partial<AgendaTurn> }
  | { readonly type: 'removeTurn'; readonly segment: number; readonly index: number }
  | { readonly type: 'moveTurn'; readonly segment: number; readonly index: number; readonly to: number };

/** An empty plan for a new session: one hour from 10:00 on `date`. */
export function emptyAgenda(date: string): Agenda {
  return { format: AGENDA_FORMAT, title: '', date, start: '10:00', end: '11:00', people: [], questions: [], segments: [] };
}

/** Sets or removes (for '' and undefined) optional keys, keeping the others. */
function assign<T extends object>(base: T, changes: Partial<T>, optional: readonly (keyof T)[]): T {
  const out = { ...base } as Record<keyof T, unknown>;
  for (const [key, value] of Object.entries(changes) as [keyof T, unknown][]) {
    if ((value === undefined || value === '') && optional.includes(key)) delete out[key];
    else if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/** The list with one item moved (clamped to the list); the same list when nothing moves, so no empty undo step. */
function move<T>(list: readonly T[], index: number, to: number): readonly T[] {
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (index < 0 || index >= list.length || target === index) return list;
  const out = [...list];
  const [item] = out.splice(index, 1);
  out.splice(target, 0, item!);
  return out;
}

/** A fresh id not used yet in `taken`: `person-3`, `q2`, `segment-4`. */
function freshId(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) {
    const id = `${prefix}${n}`;
    if (!taken.includes(id)) return id;
  }
}

/** The draft after one edit. Edits that do not apply (an index out of range) change nothing. */
export function editAgenda(agenda: Agenda, edit: AgendaEdit): Agenda {
  const segments = agenda.segments;
  const questions = agenda.questions ?? [];
  switch (edit.type) {
    case 'session':
      return assign<Agenda>(agenda, edit.changes, ['event', 'timeZone', 'venue', 'language']);
    case 'addPerson': {
      const id = freshId(
        'person-',
        agenda.people.map((p) => p.id),
      );
      return { ...agenda, people: [...agenda.people, { id, name: '', role: edit.role }] };
    }
    case 'updatePerson': {
      const person = agenda.people[edit.index];
      if (!person) return agenda;
      const updated = assign(person, edit.changes, ['honorific', 'position', 'organization']);
      // A new id follows the person into every turn.
      const renamed = edit.changes.id !== undefined && edit.changes.id !== person.id;
      return {
        ...agenda,
        people: agenda.people.map((p, i) => (i === edit.index ? updated : p)),
        segments: renamed
          ? segments.map((s) =>
              s.turns ? { ...s, turns: s.turns.map((t) => (t.speaker === person.id ? { ...t, speaker: updated.id } : t)) } : s,
            )
          : segments,
      };
    }
    case 'removePerson': {
      const person = agenda.people[edit.index];
      if (!person) return agenda;
      // Their turns go too: a turn must have a speaker.
      return {
        ...agenda,
        people: agenda.people.filter((_, i) => i !== edit.index),
        segments: segments.map((s) => (s.turns ? { ...s, turns: s.turns.filter((t) => t.speaker !== person.id) } : s)),
      };
    }
    case 'addQuestion':
      return {
        ...agenda,
        questions: [
          ...questions,
          {
            id: freshId(
              'q',
              questions.map((q) => q.id),
            ),
            text: '',
          },
        ],
      };
    case 'updateQuestion':
      return questions[edit.index]
        ? { ...agenda, questions: questions.map((q: Question, i) => (i === edit.index ? { ...q, text: edit.text } : q)) }
        : agenda;
    case 'removeQuestion': {
      const question = questions[edit.index];
      if (!question) return agenda;
      return {
        ...agenda,
        questions: questions.filter((_, i) => i !== edit.index),
        segments: segments.map((s) => (s.question === question.id ? assign(s, { question: undefined }, ['question']) : s)),
      };
    }
    case 'addSegment': {
      const id = freshId(
        'segment-',
        segments.map((s) => s.id),
      );
      const segment: Segment = edit.open ? { id, minutes: 10, flex: true } : { id, turns: [] };
      return { ...agenda, segments: [...segments, segment] };
    }
    case 'updateSegment':
      return segments[edit.index]
        ? {
            ...agenda,
            segments: segments.map((s, i) => (i === edit.index ? assign(s, edit.changes, ['title', 'question', 'minutes', 'flex']) : s)),
          }
        : agenda;
    case 'removeSegment':
      return { ...agenda, segments: segments.filter((_, i) => i !== edit.index) };
    case 'moveSegment': {
      const moved = move(segments, edit.index, edit.to);
      return moved === segments ? agenda : { ...agenda, segments: moved };
    }
    case 'addTurn':
    case 'updateTurn':
    case 'removeTurn':
    case 'moveTurn': {
      const segment = segments[edit.segment];
      if (!segment) return agenda;
      const turns = segment.turns ?? [];
      const next =
        edit.type === 'addTurn'
          ? [...turns, { speaker: edit.speaker, minutes: 5 }]
          : edit.type === 'updateTurn'
            ? turns.map((t, i) => (i === edit.index ? { ...t, ...edit.changes } : t))
            : edit.type === 'removeTurn'
              ? turns.filter((_, i) => i !== edit.index)
              : move(turns, edit.index, edit.to);
      if (next === turns) return agenda;
      return { ...agenda, segments: segments.map((s, i) => (i === edit.segment ? { ...s, turns: next } : s)) };
    }
  }
}

/** Minutes the segments take, tolerant of a draft being written. */
export function plannedMinutes(agenda: Agenda): number {
  return agenda.segments.reduce((sum, s) => {
    const minutes =
      typeof s.minutes === 'number' && s.minutes > 0
        ? s.minutes
        : (s.turns ?? []).reduce((t, turn) => t + (turn.minutes > 0 ? turn.minutes : 0), 0);
    return sum + minutes;
  }, 0);
}

/** The slot's length in minutes, or null while start or end is not a time. */
export function slotMinutes(agenda: Agenda): number | null {
  const start = clockMinutes(agenda.start);
  const end = clockMinutes(agenda.end);
  return start === null || end === null ? null : end - start;
}

/** Planned start of each segment and each turn, as minutes from the session's start. */
export function plannedOffsets(agenda: Agenda): { segments: number[]; turns: number[][] } {
  const out = { segments: [] as number[], turns: [] as number[][] };
  let at = 0;
  for (const s of agenda.segments) {
    out.segments.push(at);
    let t = at;
    out.turns.push(
      (s.turns ?? []).map((turn) => {
        const start = t;
        t += turn.minutes > 0 ? turn.minutes : 0;
        return start;
      }),
    );
    at += typeof s.minutes === 'number' && s.minutes > 0 ? s.minutes : t - at;
  }
  return out;
}
