/** What the console shows of the list of speakers: whose turn is next, how many wait, and whether the block can fit them. */
import { askedInRound, emptyBlock, listBlockId, waitingOrder, type FloorBlock, type FloorEntry } from './floor-list';

export { listBlockId };
import type { FloorRules, Plan } from './plan';
import { remainingInSegment } from './projection';
import { currentTurnId, type RunState } from './run';
import type { Instant, Millis } from './units';

export interface FloorOutlook {
  readonly segmentId: string;
  readonly rules: FloorRules;
  readonly block: FloorBlock;
  /** In the order they will be called. */
  readonly waiting: readonly FloorEntry[];
  readonly next: FloorEntry | null;
  /** Whether the block holds the floor now (the list can be called). */
  readonly underWay: boolean;
  /** Questions taken in the round under way. */
  readonly askedInRound: number;
  /** The round is full: the panel answers next. */
  readonly roundDone: boolean;
  /** Time left in the block, while it is under way. */
  readonly remaining: Millis | null;
  /**
   * About how many more questions the block can take, each with its share of the answers; null
   * before the block. Fewer than `waiting.length`: the console says so early.
   */
  readonly fits: number | null;
}

/** The panelists who answer a round, in the agenda's order. */
export function panelistIds(plan: Plan): readonly string[] {
  return plan.people.filter((p) => p.role === 'panelist').map((p) => p.id);
}

/** Each question costs its limit and its share of the panel's answers (all panelists answer each round). */
function questionsThatFit(plan: Plan, rules: FloorRules, remaining: number): number {
  const perQuestion = rules.questionLimit + (rules.answerLimit * panelistIds(plan).length) / rules.roundSize;
  return Math.max(0, Math.floor(remaining / perQuestion));
}

/** The outlook's `fits` alone, for a selector read every second: null unless the block holds the floor. */
export function floorFits(plan: Plan, run: RunState, now: Instant): number | null {
  const heldId = currentTurnId(run);
  const segmentId = heldId ? run.turns[heldId]?.segmentId : undefined;
  const rules = segmentId ? plan.segmentById[segmentId]?.floor : null;
  return segmentId && rules ? questionsThatFit(plan, rules, remainingInSegment(plan, run, segmentId, now)) : null;
}

export function floorOutlook(plan: Plan, run: RunState, now: Instant): FloorOutlook | null {
  const segmentId = listBlockId(plan, run);
  const rules = segmentId ? plan.segmentById[segmentId]!.floor : null;
  if (!segmentId || !rules) return null;
  const block = run.floor[segmentId] ?? emptyBlock();
  const waiting = waitingOrder(block);
  const heldId = currentTurnId(run);
  const underWay = heldId !== null && run.turns[heldId]?.segmentId === segmentId;
  const asked = askedInRound(block);
  const remaining = underWay ? remainingInSegment(plan, run, segmentId, now) : null;
  const fits = remaining === null ? null : questionsThatFit(plan, rules, remaining);
  return {
    segmentId,
    rules,
    block,
    waiting,
    next: waiting[0] ?? null,
    underWay,
    askedInRound: asked,
    roundDone: asked >= rules.roundSize,
    remaining,
    fits,
  };
}
