import { DEFAULT_SIGNALS, type Agenda, type Person, type Question } from './agenda';
import { clockMinutes } from './clock-minutes';
import { zonedInstant } from './time-zone';
import { millis, minutesToMillis, secondsToMillis, type Instant, type Millis } from './units';

/** Who holds the floor in an open block (questions from the floor) until someone is given it. */
export const FLOOR = '@floor';
/** Someone from the audience given the floor live, who is not among the agenda's people. */
export const AUDIENCE = '@audience';

export interface PlanTurn {
  readonly id: string;
  readonly segmentId: string;
  /** A person's id, or FLOOR for an open block. */
  readonly speakerId: string;
  readonly allotted: Millis;
  /** Planned start, measured from the session's start. */
  readonly plannedOffset: Millis;
}

export interface PlanSegment {
  readonly id: string;
  readonly title?: string;
  readonly questionId?: string;
  /** The fixed budget from the agenda's `minutes`; null when the budget is the sum of the turns. */
  readonly fixedBudget: Millis | null;
  /** The budget as planned: fixed, or the sum of the planned turns. */
  readonly budget: Millis;
  readonly plannedOffset: Millis;
  readonly turnIds: readonly string[];
  /** A block with minutes and no turns: the floor holds it and turns are inserted live. */
  readonly open: boolean;
  readonly flex: boolean;
  /** An open block's list of speakers: its rules, with the defaults filled in; null for other segments. */
  readonly floor: FloorRules | null;
}

export interface FloorRules {
  readonly questionLimit: Millis;
  readonly answerLimit: Millis;
  readonly roundSize: number;
  readonly askGender: boolean;
}

export const DEFAULT_FLOOR_RULES = { questionMinutes: 1.5, answerMinutes: 2, roundSize: 1 } as const;

export interface Plan {
  readonly title: string;
  readonly event?: string;
  readonly venue?: string;
  /** The language of the agenda's own text (BCP 47), when the agenda names it. */
  readonly language?: string;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly timeZone: string;
  /** The slot's length, end minus start. */
  readonly slot: Millis;
  readonly wrapUp: Millis;
  readonly final: Millis;
  readonly people: readonly Person[];
  readonly personById: Readonly<Record<string, Person>>;
  /** The guiding questions in the agenda's order: a question's number is its place here (see questionNumber). */
  readonly questions: readonly Question[];
  readonly questionById: Readonly<Record<string, Question>>;
  readonly segments: readonly PlanSegment[];
  readonly segmentById: Readonly<Record<string, PlanSegment>>;
  /** Every planned turn in order. */
  readonly turns: readonly PlanTurn[];
  readonly turnById: Readonly<Record<string, PlanTurn>>;
  /** The sum of the segments' budgets. */
  readonly plannedTotal: Millis;
  readonly scheduledStart: Instant;
  readonly scheduledEnd: Instant;
}

/** Compiles a valid agenda into the ordered timeline; `deviceTimeZone` applies when the agenda names none. */
export function compilePlan(agenda: Agenda, deviceTimeZone: string): Plan {
  const timeZone = agenda.timeZone ?? deviceTimeZone;
  const signals = { ...DEFAULT_SIGNALS, ...agenda.signals };
  const segments: PlanSegment[] = [];
  const turns: PlanTurn[] = [];
  let offset = 0;
  for (const segment of agenda.segments) {
    const listed = segment.turns ?? [];
    const open = listed.length === 0;
    const fixedBudget = segment.minutes === undefined ? null : minutesToMillis(segment.minutes);
    const segmentTurns: PlanTurn[] = open
      ? [
          {
            id: `${segment.id}#floor`,
            segmentId: segment.id,
            speakerId: FLOOR,
            allotted: fixedBudget ?? millis(0),
            plannedOffset: millis(offset),
          },
        ]
      : [];
    let turnOffset = offset;
    listed.forEach((turn, index) => {
      const allotted = minutesToMillis(turn.minutes);
      segmentTurns.push({
        id: `${segment.id}#${index}`,
        segmentId: segment.id,
        speakerId: turn.speaker,
        allotted,
        plannedOffset: millis(turnOffset),
      });
      turnOffset += allotted;
    });
    const budget = fixedBudget ?? millis(segmentTurns.reduce((sum, t) => sum + t.allotted, 0));
    segments.push({
      id: segment.id,
      ...(segment.title !== undefined && { title: segment.title }),
      ...(segment.question !== undefined && { questionId: segment.question }),
      fixedBudget,
      budget,
      plannedOffset: millis(offset),
      turnIds: segmentTurns.map((t) => t.id),
      open,
      flex: segment.flex ?? open,
      floor: open
        ? {
            questionLimit: minutesToMillis(segment.questionMinutes ?? DEFAULT_FLOOR_RULES.questionMinutes),
            answerLimit: minutesToMillis(segment.answerMinutes ?? DEFAULT_FLOOR_RULES.answerMinutes),
            roundSize: segment.roundSize ?? DEFAULT_FLOOR_RULES.roundSize,
            askGender: segment.askGender ?? false,
          }
        : null,
    });
    turns.push(...segmentTurns);
    offset += budget;
  }
  // The agenda's clock times as instants need the time zone's rules (a first Intl call with a zone
  // costs milliseconds): worked out when first asked, so a console that runs "now" paints its
  // countdowns without them.
  let scheduledStart: Instant | undefined;
  let scheduledEnd: Instant | undefined;
  return {
    title: agenda.title,
    ...(agenda.event !== undefined && { event: agenda.event }),
    ...(agenda.venue !== undefined && { venue: agenda.venue }),
    ...(agenda.language !== undefined && { language: agenda.language }),
    date: agenda.date,
    start: agenda.start,
    end: agenda.end,
    timeZone,
    slot: minutesToMillis((clockMinutes(agenda.end) ?? 0) - (clockMinutes(agenda.start) ?? 0)),
    wrapUp: secondsToMillis(signals.wrapUpSeconds),
    final: secondsToMillis(signals.finalSeconds),
    people: agenda.people,
    personById: recordOf(agenda.people.map((p) => [p.id, p])),
    questions: agenda.questions ?? [],
    questionById: recordOf((agenda.questions ?? []).map((q) => [q.id, q])),
    segments,
    segmentById: recordOf(segments.map((s) => [s.id, s])),
    turns,
    turnById: recordOf(turns.map((t) => [t.id, t])),
    plannedTotal: millis(offset),
    get scheduledStart() {
      return (scheduledStart ??= zonedInstant(agenda.date, agenda.start, timeZone));
    },
    get scheduledEnd() {
      return (scheduledEnd ??= zonedInstant(agenda.date, agenda.end, timeZone));
    },
  };
}

/** A lookup table without a prototype, so ids like "constructor" or "__proto__" find nothing but their own entry. */
export function recordOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}
