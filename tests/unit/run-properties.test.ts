import fc from 'fast-check';
import { AUDIENCE } from '../../src/domain/plan';
import { activeTime, project, remainingInTurn, spokenByPerson } from '../../src/domain/projection';
import { applyEvent, currentTurnId, foldRun, initialRun, type AnchorMode, type RunEvent, type RunState } from '../../src/domain/run';
import { instant, millis, type Instant } from '../../src/domain/units';
import { T0, seedPlan, total } from './helpers';

const NUM_RUNS = 300;
const MODERATOR = 'salama';
const plan = seedPlan();

/** One thing the moderator does, after waiting `wait` milliseconds. */
type Op =
  | { readonly op: 'start'; readonly mode: AnchorMode }
  | { readonly op: 'next' | 'pause' | 'resume' | 'interject' | 'interjected' | 'end' | 'undo' | 'wait' }
  | { readonly op: 'adjust'; readonly seconds: number }
  | { readonly op: 'skip'; readonly pick: number }
  | { readonly op: 'move'; readonly pick: number; readonly to: number }
  | { readonly op: 'insert'; readonly speakerId: string; readonly minutes: number; readonly when: 'now' | 'next' };
type Step = { readonly wait: number; readonly action: Op };

const anOp: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.constantFrom<AnchorMode>('now', 'scheduled').map((mode) => ({ op: 'start' as const, mode })), weight: 1 },
  { arbitrary: fc.constant({ op: 'next' as const }), weight: 6 },
  { arbitrary: fc.constant({ op: 'pause' as const }), weight: 3 },
  { arbitrary: fc.constant({ op: 'resume' as const }), weight: 3 },
  { arbitrary: fc.constant({ op: 'interject' as const }), weight: 2 },
  { arbitrary: fc.constant({ op: 'interjected' as const }), weight: 2 },
  { arbitrary: fc.constant({ op: 'wait' as const }), weight: 2 },
  { arbitrary: fc.constant({ op: 'undo' as const }), weight: 2 },
  { arbitrary: fc.constant({ op: 'end' as const }), weight: 1 },
  {
    arbitrary: fc
      .oneof(fc.constantFrom(30, -30), fc.integer({ min: -400, max: 400 }))
      .map((seconds) => ({ op: 'adjust' as const, seconds })),
    weight: 3,
  },
  { arbitrary: fc.nat(20).map((pick) => ({ op: 'skip' as const, pick })), weight: 1 },
  {
    arbitrary: fc.record({ pick: fc.nat(20), to: fc.integer({ min: -2, max: 15 }) }).map((m) => ({ op: 'move' as const, ...m })),
    weight: 1,
  },
  {
    arbitrary: fc
      .record({
        speakerId: fc.constantFrom(...plan.people.map((p) => p.id), AUDIENCE),
        minutes: fc.constantFrom(0.5, 1, 2, 3),
        when: fc.constantFrom<'now' | 'next'>('now', 'next'),
      })
      .map((turn) => ({ op: 'insert' as const, ...turn })),
    weight: 2,
  },
);
const aWait = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1500 }), fc.integer({ min: 1, max: 400_000 }));
const aStep: fc.Arbitrary<Step> = fc.record({ wait: aWait, action: anOp });
const aMode = fc.constantFrom<AnchorMode>('now', 'scheduled');
const steps = fc.array(aStep, { minLength: 1, maxLength: 60 });

/** A stretch of time in which nothing happened. */
interface Stretch {
  readonly run: RunState;
  readonly log: readonly RunEvent[];
  readonly from: Instant;
  readonly to: Instant;
}
type Change =
  | {
      readonly kind: 'applied';
      readonly before: RunState;
      readonly after: RunState;
      readonly event: RunEvent;
      readonly log: readonly RunEvent[];
    }
  | {
      readonly kind: 'undone';
      readonly before: RunState;
      readonly after: RunState;
      readonly at: Instant;
      readonly log: readonly RunEvent[];
    };
type Moment = { readonly kind: 'stretch'; readonly stretch: Stretch } | Change;

function eventFor(action: Op, run: RunState, at: Instant, serial: number): RunEvent | null {
  const pickTurn = (pick: number) => run.order[pick % (run.order.length + 1)] ?? 'no-such-turn';
  switch (action.op) {
    case 'start':
      return { type: 'sessionStarted', at, mode: action.mode };
    case 'next':
      return { type: 'turnAdvanced', at };
    case 'pause':
      return { type: 'paused', at };
    case 'resume':
      return { type: 'resumed', at };
    case 'interject':
      return { type: 'interjectionStarted', at };
    case 'interjected':
      return { type: 'interjectionEnded', at };
    case 'end':
      return { type: 'sessionEnded', at };
    case 'adjust':
      return { type: 'timeAdjusted', at, by: millis(action.seconds * 1000) };
    case 'skip':
      return { type: 'turnSkipped', at, turnId: pickTurn(action.pick) };
    case 'move':
      return { type: 'turnMoved', at, turnId: pickTurn(action.pick), toPosition: action.to };
    case 'insert':
      return {
        type: 'turnInserted',
        at,
        when: action.when,
        turn: { id: `inserted-${serial}`, speakerId: action.speakerId, allotted: millis(action.minutes * 60_000) },
      };
    case 'undo':
    case 'wait':
      return null;
  }
}

/** Plays the steps the way the store does (refused events are not logged, undo drops the last event) and records what happened. */
function simulate(mode: AnchorMode, stepList: readonly Step[]): Moment[] {
  const moments: Moment[] = [];
  let log: RunEvent[] = [{ type: 'sessionStarted', at: T0, mode }];
  const history: RunState[] = [initialRun(plan), foldRun(plan, log)];
  let now = T0;
  stepList.forEach((step, serial) => {
    const run = history.at(-1)!;
    const from = now;
    now = instant(now + step.wait);
    moments.push({ kind: 'stretch', stretch: { run, log, from, to: now } });
    if (step.action.op === 'undo') {
      if (log.length === 0) return;
      log = log.slice(0, -1);
      history.pop();
      moments.push({ kind: 'undone', before: run, after: history.at(-1)!, at: now, log });
      return;
    }
    const event = eventFor(step.action, run, now, serial);
    if (!event) return;
    const next = applyEvent(plan, run, event);
    if (next === run) return;
    log = [...log, event];
    history.push(next);
    moments.push({ kind: 'applied', before: run, after: next, event, log });
  });
  return moments;
}

/** Instants spread over a stretch, in order, ends included. */
function samples(from: Instant, to: Instant): Instant[] {
  const span = to - from;
  return [0, 1, span / 3, span / 2, span - 1, span]
    .filter((d) => d >= 0 && d <= span)
    .map((d) => instant(from + Math.floor(d)))
    .sort((a, b) => a - b);
}

/** Time since the start not spent paused, worked out from the log alone. */
function expectedActive(log: readonly RunEvent[], run: RunState, now: Instant): number {
  let started: number | null = null;
  let pausedSince: number | null = null;
  let paused = 0;
  const unpause = (at: number) => {
    if (pausedSince !== null) paused += at - pausedSince;
    pausedSince = null;
  };
  for (const event of log) {
    switch (event.type) {
      case 'sessionStarted':
        started = event.at;
        break;
      case 'paused':
        pausedSince = event.at;
        break;
      case 'resumed':
      case 'turnAdvanced':
      case 'sessionEnded':
        unpause(event.at);
        break;
      case 'turnInserted':
        if (event.when === 'now') unpause(event.at);
        break;
      default:
        break;
    }
  }
  if (started === null) return 0;
  const stop = run.endedAt ?? now;
  unpause(stop);
  return stop - started - paused;
}

// Hundreds of whole random runs per property: allow for a slow, busy CI machine.
describe('applyEvent over random runs of the seed plan', { timeout: 30_000 }, () => {
  it('never lets the remaining time in a running turn increase as now advances with no new events', () => {
    fc.assert(
      fc.property(aMode, steps, (mode, stepList) => {
        for (const moment of simulate(mode, stepList)) {
          if (moment.kind !== 'stretch' || moment.stretch.run.status !== 'running') continue;
          const { run, from, to } = moment.stretch;
          const turnId = currentTurnId(run)!;
          let last = { turn: Infinity, segment: Infinity, session: Infinity };
          for (const t of samples(from, to)) {
            const p = project(plan, run, t, mode);
            expect(p.turnId).toBe(turnId);
            expect(p.turnRemaining).toBe(remainingInTurn(plan, run, turnId, t));
            expect(p.turnRemaining).toBeLessThanOrEqual(last.turn);
            expect(p.segmentRemaining).toBeLessThanOrEqual(last.segment);
            expect(p.sessionRemaining).toBeLessThanOrEqual(last.session);
            last = { turn: p.turnRemaining, segment: p.segmentRemaining, session: p.sessionRemaining };
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('charges paused time to no one', () => {
    let pausedStretches = 0;
    fc.assert(
      fc.property(aMode, steps, (mode, stepList) => {
        for (const moment of simulate(mode, stepList)) {
          if (moment.kind !== 'stretch') continue;
          const { run, from, to } = moment.stretch;
          if (run.status !== 'running' || run.activity !== 'paused') continue;
          pausedStretches += 1;
          const turnId = currentTurnId(run)!;
          expect(spokenByPerson(run, to, MODERATOR)).toEqual(spokenByPerson(run, from, MODERATOR));
          expect(activeTime(run, to)).toBe(activeTime(run, from));
          expect(remainingInTurn(plan, run, turnId, to)).toBe(remainingInTurn(plan, run, turnId, from));
        }
      }),
      { numRuns: NUM_RUNS },
    );
    // The property must have had something to check.
    expect(pausedStretches).toBeGreaterThan(50);
  });

  it('restores the state before the last event exactly on undo', () => {
    let undos = 0;
    fc.assert(
      fc.property(aMode, steps, (mode, stepList) => {
        for (const moment of simulate(mode, stepList)) {
          if (moment.kind === 'undone') {
            undos += 1;
            expect(foldRun(plan, moment.log)).toEqual(moment.after);
          }
          if (moment.kind === 'applied') {
            // Replaying the log (a reload, another window) gives the state built live.
            expect(foldRun(plan, moment.log)).toEqual(moment.after);
            expect(foldRun(plan, moment.log.slice(0, -1))).toEqual(moment.before);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
    expect(undos).toBeGreaterThan(50);
  });

  it("adds up everyone's spoken time, the floor's included, to the time since the start minus pauses", () => {
    fc.assert(
      fc.property(aMode, steps, (mode, stepList) => {
        for (const moment of simulate(mode, stepList)) {
          const checks: [RunState, readonly RunEvent[], Instant][] =
            moment.kind === 'stretch'
              ? samples(moment.stretch.from, moment.stretch.to).map((t) => [moment.stretch.run, moment.stretch.log, t])
              : [[moment.after, moment.log, moment.kind === 'applied' ? moment.event.at : moment.at]];
          for (const [run, log, t] of checks) {
            const expected = expectedActive(log, run, t);
            expect(activeTime(run, t)).toBe(expected);
            expect(total(spokenByPerson(run, t, MODERATOR))).toBe(expected);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never lets the remaining time in a turn increase except by time added, undo or a change of turn', () => {
    fc.assert(
      fc.property(aMode, steps, (mode, stepList) => {
        let last: { turnId: string; remaining: number } | null = null;
        const observe = (run: RunState, t: Instant) => {
          const turnId = currentTurnId(run);
          if (turnId === null) {
            last = null;
            return;
          }
          const remaining = remainingInTurn(plan, run, turnId, t);
          if (last && last.turnId === turnId) expect(remaining).toBeLessThanOrEqual(last.remaining);
          last = { turnId, remaining };
        };
        for (const moment of simulate(mode, stepList)) {
          if (moment.kind === 'stretch') {
            for (const t of samples(moment.stretch.from, moment.stretch.to)) observe(moment.stretch.run, t);
            continue;
          }
          if (moment.kind === 'undone' || (moment.event.type === 'timeAdjusted' && moment.event.by > 0)) last = null;
          observe(moment.after, moment.kind === 'applied' ? moment.event.at : moment.at);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
