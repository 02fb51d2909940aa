import fc from 'fast-check';
import { AUDIENCE, FLOOR, type Plan } from '../../src/domain/plan';
import { allottedWithAdded, project, upcomingCount, upcomingTurns, type UpcomingTurn } from '../../src/domain/projection';
import { applyEvent, currentTurnId, initialRun, type RunEvent, type RunState } from '../../src/domain/run';
import { instant, millis, type Instant } from '../../src/domain/units';
import { T0, seedPlan } from './helpers';

const plan = seedPlan();

// The projection as it was before it indexed each run: every figure walks the whole run. The
// indexed one must agree with it everywhere.
function naiveUsed(run: RunState, segmentId: string, now: Instant): number {
  let used = 0;
  for (const id of run.order) {
    if (run.turns[id]?.segmentId !== segmentId) continue;
    for (const span of run.records[id]?.spans ?? []) if (span.kind !== 'paused') used += (span.to ?? now) - span.from;
  }
  return used;
}
function naiveBudget(p: Plan, run: RunState, segmentId: string): number {
  const turns = run.order.map((id) => run.turns[id]!).filter((t) => t.segmentId === segmentId);
  const fixed = p.segmentById[segmentId]?.fixedBudget;
  if (fixed != null) return turns.reduce((sum: number, t) => sum + (run.added[t.id] ?? 0), run.blockBudgets[segmentId] ?? fixed);
  return turns.reduce((sum: number, t) => sum + allottedWithAdded(run, t.id), 0);
}
function naiveUpcoming(p: Plan, run: RunState, now: Instant): UpcomingTurn[] {
  return run.order.slice(Math.max(run.current, 0) + 1).map((turnId) => {
    const turn = run.turns[turnId]!;
    const allotted =
      turn.speakerId === FLOOR
        ? millis(Math.max(0, naiveBudget(p, run, turn.segmentId) - naiveUsed(run, turn.segmentId, now)))
        : allottedWithAdded(run, turnId);
    return { turnId, speakerId: turn.speakerId, segmentId: turn.segmentId, allotted, inserted: turn.inserted };
  });
}
function naiveProjectedEnd(p: Plan, run: RunState, now: Instant): number | null {
  const id = currentTurnId(run);
  if (run.status !== 'running' || !id) return null;
  const segmentId = run.turns[id]!.segmentId;
  let rest = 0;
  for (let i = run.current; i < run.order.length; i++) {
    const turn = run.turns[run.order[i]!]!;
    if (turn.segmentId !== segmentId || turn.speakerId === FLOOR) continue;
    rest +=
      turn.id === id
        ? Math.max(
            0,
            allottedWithAdded(run, id) -
              (run.records[id]?.spans ?? []).reduce((s, x) => s + (x.kind === 'speaking' ? (x.to ?? now) - x.from : 0), 0),
          )
        : allottedWithAdded(run, turn.id);
  }
  if (p.segmentById[segmentId]!.fixedBudget != null) rest = Math.max(rest, naiveBudget(p, run, segmentId) - naiveUsed(run, segmentId, now));
  const index = p.segments.findIndex((s) => s.id === segmentId);
  return now + rest + p.segments.slice(index + 1).reduce((sum, s) => sum + naiveBudget(p, run, s.id), 0);
}

const anEvent = (at: Instant, pick: number, kind: number): RunEvent => {
  const types = ['turnAdvanced', 'paused', 'resumed', 'interjectionStarted', 'interjectionEnded'] as const;
  if (kind < 5) return { type: types[kind]!, at };
  if (kind === 5) return { type: 'timeAdjusted', at, by: millis(30_000) };
  if (kind === 6) return { type: 'turnSkipped', at, turnId: plan.turns[pick % plan.turns.length]!.id };
  if (kind === 7) return { type: 'turnMoved', at, turnId: plan.turns[pick % plan.turns.length]!.id, toPosition: pick % 5 };
  return {
    type: 'turnInserted',
    at,
    when: pick % 2 ? 'now' : 'next',
    turn: { id: `x${at}`, speakerId: AUDIENCE, allotted: millis(60_000) },
  };
};

describe('project over a run it has already indexed', () => {
  it('agrees at every moment with a projection that walks the whole run', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ wait: fc.integer({ min: 0, max: 400_000 }), pick: fc.nat(40), kind: fc.nat(8) }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 900_000 }), { minLength: 1, maxLength: 4 }),
        (steps, probes) => {
          let now = T0;
          let run = applyEvent(plan, initialRun(plan), { type: 'sessionStarted', at: now, mode: 'scheduled' });
          const check = (r: RunState) => {
            // The same run object at several moments: what it indexed must not go stale as now moves.
            for (const probe of probes) {
              const at = instant(now + probe);
              const p = project(plan, r, at, 'scheduled');
              expect(p.upcoming).toEqual(naiveUpcoming(plan, r, at));
              expect(upcomingTurns(plan, r, at, 3)).toEqual(naiveUpcoming(plan, r, at).slice(0, 3));
              expect(upcomingCount(r)).toBe(p.upcoming.length);
              const end = naiveProjectedEnd(plan, r, at);
              if (end !== null) expect(p.projectedEnd).toBe(end);
              if (p.segmentId) expect(p.segmentRemaining).toBe(naiveBudget(plan, r, p.segmentId) - naiveUsed(r, p.segmentId, at));
            }
          };
          check(run);
          for (const step of steps) {
            now = instant(now + step.wait);
            run = applyEvent(plan, run, anEvent(now, step.pick, step.kind));
            check(run);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
