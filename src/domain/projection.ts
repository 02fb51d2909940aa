import { FLOOR, type Plan } from './plan';
import { currentTurnId, type Activity, type AnchorMode, type RunState, type RunTurn, type TurnRecord } from './run';
import { zonedDate } from './time-zone';
import { between, later, millis, type Instant, type Millis } from './units';

/** A run keeps the agenda's clock times when started on its date within this of the scheduled start. */
const SCHEDULED_WINDOW: Millis = millis(30 * 60_000);

/** A zone's wall clock is between 12 hours behind and 14 hours ahead of UTC. */
const ZONE_BEHIND = 12 * 3_600_000;
const ZONE_AHEAD = 14 * 3_600_000;

/** Scheduled when `now` is on the agenda's date (venue time) within 30 minutes of its start; otherwise now. */
export function suggestedAnchorMode(plan: Plan, now: Instant): AnchorMode {
  // The start read as if it were UTC is within a zone's offset of the true one: far from it, the
  // answer is "now" without asking the time zone's rules (which costs the first paint milliseconds).
  const asUtc = Date.parse(`${plan.date}T${plan.start}Z`);
  if (now < asUtc - ZONE_AHEAD - SCHEDULED_WINDOW || now > asUtc + ZONE_BEHIND + SCHEDULED_WINDOW) return 'now';
  const near = Math.abs(now - plan.scheduledStart) <= SCHEDULED_WINDOW;
  return near && zonedDate(now, plan.timeZone) === plan.date ? 'scheduled' : 'now';
}

export type Signal = 'normal' | 'wrapUp' | 'final' | 'over';

/** Whole seconds as a countdown reads them: 1 during the last second, 0 at the end, -1 once a full second is over. */
export function countdownSeconds(remaining: number): number {
  // `+ 0` turns the -0 of the first second over into 0: selectors compare with Object.is.
  return remaining > 0 ? Math.ceil(remaining / 1000) : -Math.floor(-remaining / 1000) + 0;
}

/** Milliseconds until `countdownSeconds(remaining)` changes while `remaining` falls in real time. */
export function msUntilSecondChanges(remaining: number): number {
  return ((remaining % 1000) + 1000) % 1000 || 1000;
}

/** The signal for a countdown in whole seconds. */
export function signalFor(seconds: number, plan: Pick<Plan, 'wrapUp' | 'final'>): Signal {
  if (seconds < 0) return 'over';
  if (seconds * 1000 <= plan.final) return 'final';
  if (seconds * 1000 <= plan.wrapUp) return 'wrapUp';
  return 'normal';
}

function sumSpans(record: TurnRecord | undefined, now: Instant, kinds: readonly Activity[]): number {
  if (!record) return 0;
  let total = 0;
  for (const span of record.spans) {
    if (kinds.includes(span.kind)) total += (span.to ?? now) - span.from;
  }
  return total;
}

const SPEAKING: readonly Activity[] = ['speaking'];
const USED: readonly Activity[] = ['speaking', 'interjecting'];

/** Time the speaker has held the floor in a turn: pauses and interjections excluded. */
export function spokenInTurn(run: RunState, turnId: string, now: Instant): Millis {
  return millis(sumSpans(run.records[turnId], now, SPEAKING));
}

/** The turn's allotment including time added live. */
export function allottedWithAdded(run: RunState, turnId: string): Millis {
  return millis((run.turns[turnId]?.allotted ?? 0) + (run.added[turnId] ?? 0));
}

/**
 * What a run says about each segment that does not depend on `now`: its turns in running order,
 * the time used in spans already closed, the spans still open, and the allotments still queued.
 * Built once per run (a run is immutable once made), so a tick costs the same for a panel of ten
 * turns as for a day of a thousand.
 */
interface SegmentFacts {
  readonly turns: RunTurn[];
  /** Speaking and interjections in spans that have ended. */
  closedUsed: number;
  /** Starts of spans still open (speaking or interjecting): they grow with `now`. */
  readonly openFrom: Instant[];
  /** Allotments (with time added) of its non-floor turns from the current position on, the current turn excepted. */
  queuedRest: number;
}

const EMPTY_FACTS: SegmentFacts = { turns: [], closedUsed: 0, openFrom: [], queuedRest: 0 };
const factsByRun = new WeakMap<RunState, ReadonlyMap<string, SegmentFacts>>();

function segmentFacts(run: RunState, segmentId: string): SegmentFacts {
  let table = factsByRun.get(run);
  if (!table) {
    const built = new Map<string, SegmentFacts>();
    const currentId = currentTurnId(run);
    const from = Math.max(0, run.current);
    run.order.forEach((id, position) => {
      const turn = run.turns[id];
      if (!turn) return;
      let facts = built.get(turn.segmentId);
      if (!facts) built.set(turn.segmentId, (facts = { turns: [], closedUsed: 0, openFrom: [], queuedRest: 0 }));
      facts.turns.push(turn);
      for (const span of run.records[id]?.spans ?? []) {
        if (!USED.includes(span.kind)) continue;
        if (span.to === null) facts.openFrom.push(span.from);
        else facts.closedUsed += span.to - span.from;
      }
      if (position >= from && id !== currentId && turn.speakerId !== FLOOR) facts.queuedRest += allottedWithAdded(run, id);
    });
    factsByRun.set(run, (table = built));
  }
  return table.get(segmentId) ?? EMPTY_FACTS;
}

/** Budgets by segment and their sums from each segment to the end, for one plan and run. */
interface Budgets {
  readonly plan: Plan;
  readonly bySegment: Map<string, number>;
  /** Sum of the budgets of the plan's segments from index i to the end. */
  readonly fromIndex: readonly number[];
  readonly indexOf: ReadonlyMap<string, number>;
}
const budgetsByRun = new WeakMap<RunState, Budgets>();

function budgetsOf(plan: Plan, run: RunState): Budgets {
  const known = budgetsByRun.get(run);
  if (known && known.plan === plan) return known;
  const bySegment = new Map<string, number>();
  const indexOf = new Map<string, number>();
  const fromIndex: number[] = [];
  fromIndex[plan.segments.length] = 0;
  for (let i = plan.segments.length - 1; i >= 0; i--) {
    const id = plan.segments[i]!.id;
    const budget = budgetOf(plan, run, id);
    bySegment.set(id, budget);
    indexOf.set(id, i);
    fromIndex[i] = fromIndex[i + 1]! + budget;
  }
  const budgets = { plan, bySegment, fromIndex, indexOf };
  budgetsByRun.set(run, budgets);
  return budgets;
}

function budgetOf(plan: Plan, run: RunState, segmentId: string): number {
  const segment = plan.segmentById[segmentId];
  const turns = segmentFacts(run, segmentId).turns;
  if (segment?.fixedBudget != null) {
    const fixed = run.blockBudgets[segmentId] ?? segment.fixedBudget;
    return turns.reduce((sum: number, t) => sum + (run.added[t.id] ?? 0), fixed as number);
  }
  return turns.reduce((sum, t) => sum + allottedWithAdded(run, t.id), 0);
}

/** The segment's budget as the run stands: fixed (plus time added in it), or the sum of its turns. */
export function segmentBudget(plan: Plan, run: RunState, segmentId: string): Millis {
  return millis(budgetsOf(plan, run).bySegment.get(segmentId) ?? budgetOf(plan, run, segmentId));
}

/** Time used in the segment so far: speaking and interjections, not pauses. */
function usedInSegment(run: RunState, segmentId: string, now: Instant): Millis {
  const facts = segmentFacts(run, segmentId);
  let used = facts.closedUsed;
  for (const from of facts.openFrom) used += now - from;
  return millis(used);
}

/** Remaining in the segment; negative once over its budget. */
export function remainingInSegment(plan: Plan, run: RunState, segmentId: string, now: Instant): Millis {
  return millis(segmentBudget(plan, run, segmentId) - usedInSegment(run, segmentId, now));
}

/** Remaining in the turn (the floor's turn shares the block's budget); negative once over. */
export function remainingInTurn(plan: Plan, run: RunState, turnId: string, now: Instant): Millis {
  const turn = run.turns[turnId];
  if (!turn) return millis(0);
  if (turn.speakerId === FLOOR) return remainingInSegment(plan, run, turn.segmentId, now);
  return millis(allottedWithAdded(run, turnId) - spokenInTurn(run, turnId, now));
}

export interface UpcomingTurn {
  readonly turnId: string;
  readonly speakerId: string;
  readonly segmentId: string;
  /** Allotment with time added; for the floor, what is left of its block. */
  readonly allotted: Millis;
  readonly inserted: boolean;
}

export interface Projection {
  readonly status: RunState['status'];
  readonly mode: AnchorMode;
  readonly activity: Activity;
  readonly turnId: string | null;
  readonly speakerId: string | null;
  readonly segmentId: string | null;
  readonly questionId: string | null;
  /** Remaining in the current (or, before the start, the first) turn; negative once over. */
  readonly turnRemaining: Millis;
  readonly segmentRemaining: Millis;
  /** To the hard end; negative after it. */
  readonly sessionRemaining: Millis;
  readonly hardEnd: Instant;
  /** When the session ends if everything left runs as allotted. */
  readonly projectedEnd: Instant;
  /** projectedEnd − hardEnd: positive when the plan no longer fits, negative when time is spare. */
  readonly endDelta: Millis;
  /** Against the planned clock times: positive when behind, negative when ahead. */
  readonly scheduleOffset: Millis;
  /** Which of the three countdowns are moving right now. */
  readonly ticking: { readonly turn: boolean; readonly segment: boolean; readonly session: boolean };
  /** Every turn still to come, computed when first read; views that show a few use `upcomingTurns` with a limit. */
  readonly upcoming: readonly UpcomingTurn[];
}

/** How many turns are still to come after the current one (before the start, after the first). */
export function upcomingCount(run: RunState): number {
  return Math.max(0, run.order.length - Math.max(run.current, 0) - 1);
}

/** The first `limit` turns still to come (all of them without a limit), each with its allotment. */
export function upcomingTurns(plan: Plan, run: RunState, now: Instant, limit = Infinity): UpcomingTurn[] {
  // Before the start the first turn is shown as the current one, so the queue begins after it.
  const first = Math.max(run.current, 0) + 1;
  const last = Math.min(run.order.length, first + limit);
  const out: UpcomingTurn[] = [];
  for (let i = first; i < last; i++) {
    const turnId = run.order[i]!;
    const turn = run.turns[turnId]!;
    // The floor holds whatever is left of its block's budget.
    const allotted =
      turn.speakerId === FLOOR ? millis(Math.max(0, remainingInSegment(plan, run, turn.segmentId, now))) : allottedWithAdded(run, turnId);
    out.push({ turnId, speakerId: turn.speakerId, segmentId: turn.segmentId, allotted, inserted: turn.inserted });
  }
  return out;
}

/** How long the rest of a segment will take from now if it runs as allotted. */
function projectedRestOfSegment(plan: Plan, run: RunState, segmentId: string, now: Instant): number {
  const segment = plan.segmentById[segmentId];
  const currentId = currentTurnId(run);
  const current = currentId ? run.turns[currentId] : undefined;
  let rest = segmentFacts(run, segmentId).queuedRest;
  if (current && current.segmentId === segmentId && current.speakerId !== FLOOR)
    rest += Math.max(0, remainingInTurn(plan, run, current.id, now));
  if (segment?.fixedBudget != null) rest = Math.max(rest, remainingInSegment(plan, run, segmentId, now));
  return rest;
}

/** Everything the views show, derived from the plan, the run and the moment `now`. */
export function project(plan: Plan, run: RunState, now: Instant, preferredMode: AnchorMode): Projection {
  const turnId = currentTurnId(run) ?? (run.status === 'ready' ? (run.order[0] ?? null) : null);
  const turn = turnId ? run.turns[turnId] : undefined;
  const segment = turn ? plan.segmentById[turn.segmentId] : undefined;
  const mode = run.mode ?? preferredMode;
  const anchor = run.anchor ?? (mode === 'scheduled' ? plan.scheduledStart : now);
  const hardEnd = run.hardEnd ?? (mode === 'scheduled' ? plan.scheduledEnd : later(now, plan.slot));

  let projectedEnd: Instant;
  let scheduleOffset: number;
  if (run.status === 'ready') {
    const start = mode === 'scheduled' ? Math.max(now, plan.scheduledStart) : now;
    projectedEnd = later(start as Instant, budgetsOf(plan, run).fromIndex[0]!);
    scheduleOffset = mode === 'scheduled' ? Math.max(0, now - plan.scheduledStart) : 0;
  } else if (run.status === 'ended' || !segment) {
    projectedEnd = run.endedAt ?? now;
    scheduleOffset = projectedEnd - (anchor + plan.plannedTotal);
  } else {
    const segmentEnd = now + projectedRestOfSegment(plan, run, segment.id, now);
    const budgets = budgetsOf(plan, run);
    const index = budgets.indexOf.get(segment.id) ?? plan.segments.length;
    projectedEnd = (segmentEnd + budgets.fromIndex[index + 1]!) as Instant;
    scheduleOffset = segmentEnd - (anchor + segment.plannedOffset + segment.budget);
  }

  const running = run.status === 'running';
  let upcoming: readonly UpcomingTurn[] | null = null;
  return {
    status: run.status,
    mode,
    activity: run.activity,
    turnId,
    speakerId: turn?.speakerId ?? null,
    segmentId: segment?.id ?? null,
    questionId: segment?.questionId ?? null,
    turnRemaining: turnId ? remainingInTurn(plan, run, turnId, now) : millis(0),
    segmentRemaining: segment ? remainingInSegment(plan, run, segment.id, now) : millis(0),
    // Once ended, the session clock stops where it ended.
    sessionRemaining:
      run.status === 'ended' ? between(run.endedAt ?? now, hardEnd) : running || mode === 'scheduled' ? between(now, hardEnd) : plan.slot,
    hardEnd,
    projectedEnd,
    endDelta: between(hardEnd, projectedEnd),
    scheduleOffset: millis(scheduleOffset),
    ticking: {
      turn: (running && run.activity === 'speaking') || (running && run.activity === 'interjecting' && turn?.speakerId === FLOOR),
      segment: running && run.activity !== 'paused',
      session: running || (run.status === 'ready' && mode === 'scheduled'),
    },
    // Every turn still to come: a day of a thousand turns would cost a thousand objects a tick, so only when asked.
    get upcoming() {
      return (upcoming ??= upcomingTurns(plan, run, now));
    },
  };
}

/** Milliseconds until any displayed second changes: a countdown or the time of day. */
export function msUntilDisplayChanges(projection: Projection, now: Instant): number {
  let next = 1000 - (((now % 1000) + 1000) % 1000);
  if (projection.ticking.turn) next = Math.min(next, msUntilSecondChanges(projection.turnRemaining));
  if (projection.ticking.segment) next = Math.min(next, msUntilSecondChanges(projection.segmentRemaining));
  if (projection.ticking.session) next = Math.min(next, msUntilSecondChanges(projection.sessionRemaining));
  return next;
}

/**
 * Time each person held the floor, by person id: speaking time to the speaker, interjections
 * to the moderator (`moderatorId`), the open floor's time to FLOOR. Pauses go to no one.
 */
export function spokenByPerson(run: RunState, now: Instant, moderatorId: string): Record<string, Millis> {
  const totals = Object.create(null) as Record<string, number>;
  const add = (id: string, ms: number) => {
    if (ms > 0) totals[id] = (totals[id] ?? 0) + ms;
  };
  for (const record of Object.values(run.records)) {
    const turn = run.turns[record.turnId];
    if (!turn) continue;
    add(turn.speakerId, sumSpans(record, now, SPEAKING));
    add(moderatorId, sumSpans(record, now, ['interjecting']));
  }
  return totals as Record<string, Millis>;
}

/** Time since the start not spent paused. */
export function activeTime(run: RunState, now: Instant): Millis {
  let total = 0;
  for (const record of Object.values(run.records)) total += sumSpans(record, now, USED);
  return millis(total);
}
