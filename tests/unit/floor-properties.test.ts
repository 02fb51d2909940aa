import fc from 'fast-check';
import { sameName, spokenNames, waitingOrder, type FloorBlock } from '../../src/domain/floor-list';
import { panelistIds } from '../../src/domain/floor-outlook';
import { AUDIENCE, FLOOR } from '../../src/domain/plan';
import { remainingInSegment, segmentBudget, spokenInTurn } from '../../src/domain/projection';
import { applyEvent, foldRun, initialRun, type RunEvent, type RunState } from '../../src/domain/run';
import { millis, type Instant } from '../../src/domain/units';
import { T0, buildAgenda, buildPlan } from './helpers';

const NUM_RUNS = 150;
/** The small agenda with its open block taking rounds of two. */
const plan = buildPlan({
  segments: buildAgenda().segments.map((s) => (s.id === 'floor' ? { ...s, roundSize: 2 } : s)),
});
const SEGMENT = 'floor';
const PANEL = panelistIds(plan);

/** One thing done at the console, on the list or the run. */
type Op =
  | { readonly op: 'start' | 'next' | 'pause' | 'resume' | 'close' | 'giveNext' | 'end' | 'wait' }
  | { readonly op: 'request'; readonly name: string; readonly segmentId: string }
  | { readonly op: 'move'; readonly pick: number; readonly to: number }
  | { readonly op: 'withdraw' | 'remove' | 'give'; readonly pick: number }
  | { readonly op: 'order'; readonly on: boolean }
  | { readonly op: 'answers'; readonly panelists: number }
  | { readonly op: 'adjust'; readonly seconds: number };
type Step = { readonly wait: number; readonly action: Op };

// Few names, in different spellings, so the same person asks again.
const aName = fc.constantFrom('Ana', ' ana ', 'ANA', 'Ben  Ode', 'ben ode', 'Chloé', 'Dee', 'Eli', 'Fatou');
const anOp: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.constant({ op: 'start' as const }), weight: 1 },
  { arbitrary: fc.constant({ op: 'next' as const }), weight: 3 },
  { arbitrary: fc.constant({ op: 'pause' as const }), weight: 1 },
  { arbitrary: fc.constant({ op: 'resume' as const }), weight: 1 },
  { arbitrary: fc.constant({ op: 'wait' as const }), weight: 1 },
  { arbitrary: fc.constant({ op: 'close' as const }), weight: 1 },
  { arbitrary: fc.constant({ op: 'end' as const }), weight: 1 },
  { arbitrary: fc.constant({ op: 'giveNext' as const }), weight: 4 },
  {
    arbitrary: fc
      .record({ name: aName, segmentId: fc.constantFrom(SEGMENT, SEGMENT, SEGMENT, 'round-1') })
      .map((r) => ({ op: 'request' as const, ...r })),
    weight: 12,
  },
  {
    arbitrary: fc.record({ pick: fc.nat(12), to: fc.integer({ min: -2, max: 12 }) }).map((m) => ({ op: 'move' as const, ...m })),
    weight: 5,
  },
  { arbitrary: fc.nat(12).map((pick) => ({ op: 'withdraw' as const, pick })), weight: 2 },
  { arbitrary: fc.nat(12).map((pick) => ({ op: 'remove' as const, pick })), weight: 2 },
  { arbitrary: fc.nat(12).map((pick) => ({ op: 'give' as const, pick })), weight: 2 },
  { arbitrary: fc.boolean().map((on) => ({ op: 'order' as const, on })), weight: 2 },
  { arbitrary: fc.integer({ min: 1, max: PANEL.length }).map((panelists) => ({ op: 'answers' as const, panelists })), weight: 3 },
  { arbitrary: fc.constantFrom(30, -30, 120).map((seconds) => ({ op: 'adjust' as const, seconds })), weight: 1 },
);
const aWait = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 300_000 }));
const aStep: fc.Arbitrary<Step> = fc.record({ wait: aWait, action: anOp });
/** Runs that reach the open block: start and three Nexts first, then anything. */
const LEAD: readonly Step[] = [
  { wait: 0, action: { op: 'start' } },
  { wait: 60_000, action: { op: 'next' } },
  { wait: 60_000, action: { op: 'next' } },
  { wait: 60_000, action: { op: 'next' } },
];
const steps = fc.oneof(
  { arbitrary: fc.array(aStep, { minLength: 1, maxLength: 50, size: 'max' }), weight: 1 },
  { arbitrary: fc.array(aStep, { minLength: 1, maxLength: 50, size: 'max' }).map((rest) => [...LEAD, ...rest]), weight: 3 },
);

interface Played {
  /** The events that applied, in order. */
  readonly log: readonly RunEvent[];
  /** The run before any event, then after each event of the log. */
  readonly states: readonly RunState[];
  readonly end: Instant;
}

/** Plays the steps as the console would: an event that does not apply is not logged. */
function play(list: readonly Step[]): Played {
  let run = initialRun(plan);
  let now = T0 as number;
  let made = 0;
  const log: RunEvent[] = [];
  const states: RunState[] = [run];
  const requestIds: string[] = [];
  const pick = (n: number) => requestIds[n % Math.max(1, requestIds.length)] ?? 'none';
  for (const { wait, action } of list) {
    now += wait;
    const at = now as Instant;
    made += 1;
    let event: RunEvent | null = null;
    switch (action.op) {
      case 'start':
        event = { type: 'sessionStarted', at, mode: 'now' };
        break;
      case 'next':
        event = { type: 'turnAdvanced', at };
        break;
      case 'pause':
        event = { type: 'paused', at };
        break;
      case 'resume':
        event = { type: 'resumed', at };
        break;
      case 'end':
        event = { type: 'sessionEnded', at };
        break;
      case 'wait':
        break;
      case 'close':
        event = { type: 'floorListClosed', at, segmentId: SEGMENT };
        break;
      case 'request': {
        const id = `r${made}`;
        requestIds.push(id);
        event = { type: 'floorRequested', at, segmentId: action.segmentId, request: { id, name: action.name } };
        break;
      }
      case 'move':
        event = { type: 'floorRequestMoved', at, requestId: pick(action.pick), toPosition: action.to };
        break;
      case 'withdraw':
        event = { type: 'floorRequestWithdrawn', at, requestId: pick(action.pick) };
        break;
      case 'remove':
        event = { type: 'floorRequestRemoved', at, requestId: pick(action.pick) };
        break;
      case 'order':
        event = { type: 'floorListOrdered', at, segmentId: SEGMENT, firstTimersFirst: action.on };
        break;
      case 'give':
      case 'giveNext': {
        const block = run.floor[SEGMENT];
        const requestId = action.op === 'give' ? pick(action.pick) : ((block && waitingOrder(block)[0]?.id) ?? 'none');
        event = { type: 'floorGiven', at, requestId, turnId: `q${made}`, allotted: millis(90_000) };
        break;
      }
      case 'answers':
        event = {
          type: 'answersGiven',
          at,
          segmentId: SEGMENT,
          answers: PANEL.slice(0, action.panelists).map((speakerId, i) => ({ turnId: `a${made}-${i}`, speakerId })),
          allotted: millis(120_000),
        };
        break;
      case 'adjust':
        event = { type: 'timeAdjusted', at, by: millis(action.seconds * 1000) };
        break;
    }
    if (!event) continue;
    const next = applyEvent(plan, run, event);
    if (next === run) continue;
    run = next;
    log.push(event);
    states.push(run);
  }
  return { log, states, end: now as Instant };
}

/** The order rules of one block, as the moderator reads them. */
function checkOrder(block: FloorBlock): void {
  const entries = Object.values(block.entries);
  // The list holds each entry once.
  expect([...block.order].sort()).toEqual(entries.map((e) => e.id).sort());
  const waiting = waitingOrder(block);
  const ids = waiting.map((e) => e.id);
  // Exactly those waiting, each once.
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort()).toEqual(
    entries
      .filter((e) => e.status === 'waiting')
      .map((e) => e.id)
      .sort(),
  );
  const inListOrder = (group: readonly string[]) => {
    const places = group.map((id) => block.order.indexOf(id));
    expect(places).toEqual([...places].sort((a, b) => a - b));
  };
  if (!block.firstTimersFirst) {
    inListOrder(ids);
    return;
  }
  const spoke = spokenNames(block);
  const fresh = waiting.filter((e) => !spoke.has(sameName(e.name))).map((e) => e.id);
  const again = waiting.filter((e) => spoke.has(sameName(e.name))).map((e) => e.id);
  // Those who have not spoken first, then the others; each group in the list's order.
  expect(ids).toEqual([...fresh, ...again]);
  inListOrder(fresh);
  inListOrder(again);
}

describe('the list of speakers (properties)', () => {
  it('plays runs that reach the block: questions given, answers, moves, withdrawals, closes', () => {
    const types = new Map<string, number>();
    for (const list of fc.sample(steps, { numRuns: NUM_RUNS, seed: 13 }))
      for (const event of play(list).log) types.set(event.type, (types.get(event.type) ?? 0) + 1);
    for (const type of [
      'floorRequested',
      'floorRequestMoved',
      'floorRequestWithdrawn',
      'floorRequestRemoved',
      'floorListOrdered',
      'floorListClosed',
      'floorGiven',
      'answersGiven',
    ])
      expect(types.get(type) ?? 0, JSON.stringify([...types])).toBeGreaterThan(10);
  });

  it('calls exactly those waiting, each once, first-timers first when asked, each group in list order', () => {
    fc.assert(
      fc.property(steps, (list) => {
        const { states } = play(list);
        for (const run of states) {
          for (const block of Object.values(run.floor)) checkOrder(block);
          // Only the open block has a list.
          expect(Object.keys(run.floor).every((id) => id === SEGMENT)).toBe(true);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('undo of each event restores the run exactly: folding the log without it gives the run before it', () => {
    fc.assert(
      fc.property(steps, (list) => {
        const { log, states } = play(list);
        for (let n = 1; n <= log.length; n++) {
          expect(foldRun(plan, log.slice(0, n - 1))).toEqual(states[n - 1]);
          expect(foldRun(plan, log.slice(0, n))).toEqual(states[n]);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('the round is 1 plus the answers given in the block; questions and answers carry their round', () => {
    fc.assert(
      fc.property(steps, (list) => {
        const { log, states } = play(list);
        let answered = 0;
        log.forEach((event, i) => {
          const before = states[i]!;
          const after = states[i + 1]!;
          if (event.type === 'answersGiven') {
            for (const a of event.answers) expect(after.turns[a.turnId]?.answersRound).toBe(answered + 1);
            answered += 1;
          }
          if (event.type === 'floorGiven') {
            expect(after.turns[event.turnId]).toMatchObject({ speakerId: AUDIENCE, requestId: event.requestId, round: answered + 1 });
            expect(after.floor[SEGMENT]!.entries[event.requestId]).toMatchObject({
              status: 'given',
              round: answered + 1,
              turnId: event.turnId,
            });
          }
          const round = after.floor[SEGMENT]?.round ?? 1;
          expect(round).toBe(1 + answered);
          // Round numbers only go up.
          expect(round).toBeGreaterThanOrEqual(before.floor[SEGMENT]?.round ?? 1);
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("the block's time used is the sum of its turns' time: questions, answers and the floor's own", () => {
    fc.assert(
      fc.property(steps, fc.integer({ min: 0, max: 600_000 }), (list, after) => {
        const { states, end } = play(list);
        for (const [i, run] of states.entries()) {
          const now = (i === states.length - 1 ? end + after : end) as Instant;
          const turns = Object.values(run.turns).filter((t) => t.segmentId === SEGMENT);
          const spoken = turns.reduce((sum, t) => sum + spokenInTurn(run, t.id, now), 0);
          const used = segmentBudget(plan, run, SEGMENT) - remainingInSegment(plan, run, SEGMENT, now);
          expect(used).toBe(spoken);
          // The questions and answers share the block's budget: the planned 15 minutes and the time added live.
          const added = turns.reduce((sum, t) => sum + (run.added[t.id] ?? 0), 0);
          expect(segmentBudget(plan, run, SEGMENT)).toBe(15 * 60_000 + added);
          // The floor comes back after every question or answer inserted while it held.
          for (const t of turns.filter((t) => t.inserted && t.speakerId === FLOOR)) expect(run.order).toContain(t.id);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
