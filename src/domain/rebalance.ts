import type { Plan } from './plan';
import { currentTurnId, type RunEvent, type RunState } from './run';
import { millis, type Instant, type Millis } from './units';

/** Something still to come whose length can change: a queued turn, or a block with a fixed budget. */
export interface RebalanceItem {
  readonly id: string;
  readonly kind: 'turn' | 'block';
  /** Its length as things stand. */
  readonly allotted: Millis;
  /** Its length in the agenda, before any rebalance: what giving back may restore it to. */
  readonly original: Millis;
  /** Flexible blocks give and take first (open Q&A is flexible by default). */
  readonly flex: boolean;
}

export interface RebalanceChange {
  readonly id: string;
  readonly kind: 'turn' | 'block';
  readonly from: Millis;
  readonly to: Millis;
}

export interface RebalanceProposal {
  /** 'shorten' when the plan runs past the hard end, 'extend' when time is spare. */
  readonly direction: 'shorten' | 'extend';
  readonly changes: readonly RebalanceChange[];
  /** What no change could absorb: time still over (shorten) or still spare (extend). Zero when it fits. */
  readonly unresolved: Millis;
  /** When shortening is not enough: the turn whose removal would make it fit (or help most). */
  readonly dropSuggestion: string | null;
}

export interface RebalanceOptions {
  /** No item is shortened below this share of its length… */
  readonly floorRatio: number;
  /** …nor below this, unless it was shorter to begin with. */
  readonly floorMinimum: Millis;
  /** Spare time under this is not worth offering back. */
  readonly spareThreshold: Millis;
}

export const DEFAULT_REBALANCE: RebalanceOptions = { floorRatio: 0.5, floorMinimum: millis(60_000), spareThreshold: millis(60_000) };

/** The shortest an item may become: half its original length and at least a minute (never more than it has now). */
export function floorOf(item: RebalanceItem, options: RebalanceOptions = DEFAULT_REBALANCE): Millis {
  return millis(Math.min(item.allotted, Math.max(Math.ceil(item.original * options.floorRatio), options.floorMinimum)));
}

/**
 * Whole milliseconds for real-valued lengths that add up to exactly `total` (largest remainders
 * get the spare milliseconds), so applying a proposal lands on the hard end to the millisecond.
 */
function wholeMillis(
  items: readonly RebalanceItem[],
  exact: readonly number[],
  total: number,
  max: (n: number) => number,
): Map<string, number> {
  const rounded = exact.map((x) => Math.floor(x));
  let spare = Math.round(total - rounded.reduce((a, b) => a + b, 0));
  const order = exact.map((x, n) => ({ n, fraction: x - Math.floor(x) })).sort((a, b) => b.fraction - a.fraction);
  for (const { n } of order) {
    if (spare <= 0) break;
    if (rounded[n]! + 1 <= max(n)) {
      rounded[n]! += 1;
      spare -= 1;
    }
  }
  return new Map(items.map((item, n) => [item.id, rounded[n]!]));
}

/**
 * Shrinks `items` by `amount` in total, in proportion to their lengths, never below their
 * floors: the factor k with Σ max(floor, k·allotted) = Σ allotted − amount, or every item at
 * its floor when that is not enough.
 */
function shrinkInProportion(items: readonly RebalanceItem[], amount: number, options: RebalanceOptions): Map<string, number> {
  if (amount <= 0 || items.length === 0) return new Map();
  const total = items.reduce((sum, i) => sum + i.allotted, 0);
  const floors = items.map((i) => floorOf(i, options));
  const floorTotal = floors.reduce((a, b) => a + b, 0);
  if (total - amount <= floorTotal) return new Map(items.map((item, n) => [item.id, floors[n]!]));
  const lengthAt = (k: number) => items.reduce((sum, item, n) => sum + Math.max(floors[n]!, k * item.allotted), 0);
  let lo = 0;
  let hi = 1;
  for (let step = 0; step < 80; step++) {
    const mid = (lo + hi) / 2;
    if (lengthAt(mid) <= total - amount) lo = mid;
    else hi = mid;
  }
  const exact = items.map((item, n) => Math.min(item.allotted, Math.max(floors[n]!, lo * item.allotted)));
  return wholeMillis(items, exact, total - amount, (n) => items[n]!.allotted);
}

/** Grows `items` by up to `amount` in proportion to their lengths, each up to `cap(item)`. */
function growInProportion(items: readonly RebalanceItem[], amount: number, cap: (item: RebalanceItem) => number): Map<string, number> {
  const growable = items.filter((i) => cap(i) > i.allotted && i.allotted > 0);
  if (amount <= 0 || growable.length === 0) return new Map();
  const base = growable.reduce((sum, i) => sum + i.allotted, 0);
  const capTotal = growable.reduce((sum, i) => sum + cap(i), 0);
  if (capTotal <= base + amount) return new Map(growable.map((i) => [i.id, cap(i)]));
  const lengthAt = (k: number) => growable.reduce((sum, i) => sum + Math.min(cap(i), k * i.allotted), 0);
  let lo = 1;
  let hi = (base + amount) / base + 1;
  for (let step = 0; step < 80; step++) {
    const mid = (lo + hi) / 2;
    if (lengthAt(mid) <= base + amount) lo = mid;
    else hi = mid;
  }
  const exact = growable.map((i) => Math.min(cap(i), lo * i.allotted));
  return wholeMillis(growable, exact, base + amount, (n) => cap(growable[n]!));
}

function sumChange(items: readonly RebalanceItem[], lengths: Map<string, number>): number {
  return items.reduce((sum, i) => sum + ((lengths.get(i.id) ?? i.allotted) - i.allotted), 0);
}

/**
 * Proposes new lengths for what is still to come so the session ends at its hard end.
 * `endDelta` is the projected end minus the hard end: positive when over. Returns null when
 * there is nothing to offer (it fits, or less than the threshold is spare).
 *
 * Over: flexible blocks shrink first, then every other item in proportion, never below floors;
 * what is still over is reported with a turn to drop. Spare: flexible blocks grow first; when
 * there are none, the others grow in proportion back up to their original lengths, never beyond.
 */
export function proposeRebalance(
  items: readonly RebalanceItem[],
  endDelta: number,
  options: RebalanceOptions = DEFAULT_REBALANCE,
): RebalanceProposal | null {
  const over = Math.ceil(endDelta);
  if (over <= 0 && -endDelta < options.spareThreshold) return null;
  const flex = items.filter((i) => i.flex);
  const rigid = items.filter((i) => !i.flex);
  const lengths = new Map<string, number>();

  if (over > 0) {
    for (const [id, length] of shrinkInProportion(flex, over, options)) lengths.set(id, length);
    const left = over + sumChange(flex, lengths);
    for (const [id, length] of shrinkInProportion(rigid, left, options)) lengths.set(id, length);
    const unresolved = Math.max(0, over + sumChange(items, lengths));
    const changes = toChanges(items, lengths);
    let dropSuggestion: string | null = null;
    if (unresolved > 0) {
      const turns = items.filter((i) => i.kind === 'turn').map((i) => ({ id: i.id, length: lengths.get(i.id) ?? i.allotted }));
      const enough = turns.filter((t) => t.length >= unresolved).sort((a, b) => a.length - b.length)[0];
      dropSuggestion = (enough ?? turns.sort((a, b) => b.length - a.length)[0])?.id ?? null;
    }
    if (changes.length === 0 && unresolved === 0) return null;
    return { direction: 'shorten', changes, unresolved: millis(unresolved), dropSuggestion };
  }

  const spare = Math.floor(-endDelta);
  if (flex.length > 0) {
    for (const [id, length] of growInProportion(flex, spare, () => Number.POSITIVE_INFINITY)) lengths.set(id, length);
  } else {
    for (const [id, length] of growInProportion(rigid, spare, (i) => i.original)) lengths.set(id, length);
  }
  const changes = toChanges(items, lengths);
  if (changes.length === 0) return null;
  return { direction: 'extend', changes, unresolved: millis(Math.max(0, spare - sumChange(items, lengths))), dropSuggestion: null };
}

function toChanges(items: readonly RebalanceItem[], lengths: Map<string, number>): RebalanceChange[] {
  const changes: RebalanceChange[] = [];
  for (const item of items) {
    const to = lengths.get(item.id);
    if (to !== undefined && to !== item.allotted) changes.push({ id: item.id, kind: item.kind, from: item.allotted, to: millis(to) });
  }
  return changes;
}

/** What a rebalance may change in the run as it stands: turns to come, and blocks with a fixed budget not yet begun. */
export function rebalanceItems(plan: Plan, run: RunState): RebalanceItem[] {
  const items: RebalanceItem[] = [];
  const begun = new Set<string>();
  for (const id of Object.keys(run.records)) {
    const t = run.turns[id];
    if (t) begun.add(t.segmentId);
  }
  const current = currentTurnId(run);
  const currentSegment = current ? run.turns[current]?.segmentId : undefined;
  const seenBlocks = new Set<string>();
  for (const id of run.order.slice(run.current + 1)) {
    const turn = run.turns[id];
    const segment = turn ? plan.segmentById[turn.segmentId] : undefined;
    if (!turn || !segment) continue;
    if (segment.fixedBudget !== null) {
      if (begun.has(segment.id) || segment.id === currentSegment || seenBlocks.has(segment.id)) continue;
      seenBlocks.add(segment.id);
      items.push({
        id: segment.id,
        kind: 'block',
        allotted: run.blockBudgets[segment.id] ?? segment.fixedBudget,
        original: segment.fixedBudget,
        flex: segment.flex,
      });
    } else {
      items.push({ id, kind: 'turn', allotted: turn.allotted, original: plan.turnById[id]?.allotted ?? turn.allotted, flex: segment.flex });
    }
  }
  return items;
}

/** The run event that applies a proposal. */
export function rebalanceEvent(proposal: RebalanceProposal, at: Instant): RunEvent {
  const turns = Object.create(null) as Record<string, Millis>;
  const blocks = Object.create(null) as Record<string, Millis>;
  for (const change of proposal.changes) (change.kind === 'turn' ? turns : blocks)[change.id] = change.to;
  return { type: 'planRebalanced', at, turns, blocks };
}
