import { AGENDA_FORMAT, type Agenda } from '../../src/domain/agenda';
import { compilePlan, type Plan } from '../../src/domain/plan';
import { foldRun, type AnchorMode, type InsertedTurn, type RunEvent, type RunState } from '../../src/domain/run';
import { instant, millis, type Instant } from '../../src/domain/units';
import type { PathPart } from '../../src/domain/validate-agenda';
import { SEED_AGENDA } from '../../src/app/seed-agenda';

export { SEED_AGENDA };

/** 19 June 2025, 17:00 in Geneva: the seed panel's scheduled start. */
export const T0: Instant = instant(Date.UTC(2025, 5, 19, 15, 0));

/** The instant `minutes` and `seconds` after T0 (or after `from`). */
export function at(minutes: number, seconds = 0, from: Instant = T0): Instant {
  return instant(from + minutes * 60_000 + seconds * 1000);
}

/** A small valid agenda: moderator, two panelists, one question round, an open floor, closing. 45 minutes planned in a 60-minute slot. */
export function buildAgenda(overrides: Partial<Agenda> = {}): Agenda {
  return {
    format: AGENDA_FORMAT,
    title: 'Test panel',
    date: '2025-06-19',
    start: '17:00',
    end: '18:00',
    timeZone: 'Europe/Zurich',
    people: [
      { id: 'mod', name: 'Moderator Person', role: 'moderator' },
      { id: 'ana', name: 'Ana Panelist', role: 'panelist' },
      { id: 'ben', name: 'Ben Panelist', role: 'panelist' },
    ],
    questions: [{ id: 'q1', text: 'What works?' }],
    segments: [
      { id: 'opening', turns: [{ speaker: 'mod', minutes: 5 }] },
      {
        id: 'round-1',
        question: 'q1',
        turns: [
          { speaker: 'ana', minutes: 10 },
          { speaker: 'ben', minutes: 10 },
        ],
      },
      { id: 'floor', title: 'Questions from the floor', minutes: 15 },
      { id: 'closing', turns: [{ speaker: 'mod', minutes: 5 }] },
    ],
    ...overrides,
  };
}

export function buildPlan(overrides: Partial<Agenda> = {}, deviceTimeZone = 'UTC'): Plan {
  return compilePlan(buildAgenda(overrides), deviceTimeZone);
}

export function seedPlan(): Plan {
  return compilePlan(SEED_AGENDA, 'UTC');
}

/** A deep copy of `base` with the value at `path` replaced (or added). */
export function withValue(base: unknown, path: readonly PathPart[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<PathPart, unknown>;
  const parent = path.slice(0, -1).reduce<Record<PathPart, unknown>>((node, part) => node[part] as Record<PathPart, unknown>, copy);
  parent[path.at(-1)!] = value;
  return copy;
}

/** A deep copy of `base` without the key at `path`. */
export function without(base: unknown, path: readonly PathPart[]): unknown {
  const copy = structuredClone(base) as Record<PathPart, unknown>;
  const parent = path.slice(0, -1).reduce<Record<PathPart, unknown>>((node, part) => node[part] as Record<PathPart, unknown>, copy);
  delete parent[path.at(-1)!];
  return copy;
}

/** Run events by what happened, so tests read like the moderator's key presses. */
export const ev = {
  started: (when: Instant, mode: AnchorMode = 'now'): RunEvent => ({ type: 'sessionStarted', at: when, mode }),
  next: (when: Instant): RunEvent => ({ type: 'turnAdvanced', at: when }),
  paused: (when: Instant): RunEvent => ({ type: 'paused', at: when }),
  resumed: (when: Instant): RunEvent => ({ type: 'resumed', at: when }),
  interjecting: (when: Instant): RunEvent => ({ type: 'interjectionStarted', at: when }),
  interjected: (when: Instant): RunEvent => ({ type: 'interjectionEnded', at: when }),
  adjusted: (when: Instant, seconds: number): RunEvent => ({ type: 'timeAdjusted', at: when, by: millis(seconds * 1000) }),
  skipped: (when: Instant, turnId: string): RunEvent => ({ type: 'turnSkipped', at: when, turnId }),
  moved: (when: Instant, turnId: string, toPosition: number): RunEvent => ({ type: 'turnMoved', at: when, turnId, toPosition }),
  inserted: (when: Instant, turn: { id: string; speakerId: string; minutes: number }, position: 'now' | 'next'): RunEvent => ({
    type: 'turnInserted',
    at: when,
    when: position,
    turn: { id: turn.id, speakerId: turn.speakerId, allotted: millis(turn.minutes * 60_000) } satisfies InsertedTurn,
  }),
  ended: (when: Instant): RunEvent => ({ type: 'sessionEnded', at: when }),
};

/** The run after `events`, folded over `plan`. */
export function play(plan: Plan, events: readonly RunEvent[]): RunState {
  return foldRun(plan, events);
}

/** The sum of a record of durations. */
export function total(record: Readonly<Record<string, number>>): number {
  return Object.values(record).reduce((sum, value) => sum + value, 0);
}
