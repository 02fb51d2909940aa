import {
  applyListEvent,
  endRound,
  markGiven,
  blockOfRequest,
  type FloorListEvent,
  type FloorLists,
  type FloorTurnEvent,
} from './floor-list';
import { AUDIENCE, FLOOR, type Plan, type PlanTurn } from './plan';
import { assertNever, later, millis, type Instant, type Millis } from './units';

/** Which clock times a run keeps: the agenda's, or the plan anchored at the moment of Start. */
export type AnchorMode = 'scheduled' | 'now';

/** A turn added live: a follow-up, a reply, a speaker from the floor. */
export interface InsertedTurn {
  readonly id: string;
  readonly speakerId: string;
  readonly allotted: Millis;
}

/** What happened during a run, in the order it happened. The log of these is the run. */
export type RunEvent =
  | FloorListEvent
  | FloorTurnEvent
  | { readonly type: 'sessionStarted'; readonly at: Instant; readonly mode: AnchorMode }
  | { readonly type: 'turnAdvanced'; readonly at: Instant }
  | { readonly type: 'paused'; readonly at: Instant }
  | { readonly type: 'resumed'; readonly at: Instant }
  | { readonly type: 'interjectionStarted'; readonly at: Instant }
  | { readonly type: 'interjectionEnded'; readonly at: Instant }
  | { readonly type: 'timeAdjusted'; readonly at: Instant; readonly by: Millis }
  | { readonly type: 'turnSkipped'; readonly at: Instant; readonly turnId: string }
  | { readonly type: 'turnMoved'; readonly at: Instant; readonly turnId: string; readonly toPosition: number }
  | { readonly type: 'turnInserted'; readonly at: Instant; readonly turn: InsertedTurn; readonly when: 'now' | 'next' }
  | { readonly type: 'sessionEnded'; readonly at: Instant }
  /** A message from the moderator to the speaker, shown on the stage view until cleared. */
  | { readonly type: 'messageSent'; readonly at: Instant; readonly text: string }
  | { readonly type: 'messageCleared'; readonly at: Instant }
  /** Accepted rebalance: new allotments for turns to come, new budgets for blocks not yet begun. */
  | {
      readonly type: 'planRebalanced';
      readonly at: Instant;
      readonly turns: Readonly<Record<string, Millis>>;
      readonly blocks: Readonly<Record<string, Millis>>;
    };

export type Activity = 'speaking' | 'interjecting' | 'paused';

/** A stretch of a turn: the speaker speaking, the moderator interjecting, or the clocks stopped. */
export interface Span {
  readonly kind: Activity;
  readonly from: Instant;
  /** null while it lasts. */
  readonly to: Instant | null;
}

export interface TurnRecord {
  readonly turnId: string;
  readonly startedAt: Instant;
  readonly endedAt: Instant | null;
  readonly spans: readonly Span[];
}

/** A turn of the run: planned, inserted, or the floor taken back after an insertion. */
export interface RunTurn {
  readonly id: string;
  readonly segmentId: string;
  readonly speakerId: string;
  /** The allotment before any time added live. */
  readonly allotted: Millis;
  readonly inserted: boolean;
  /** A speaker from the floor given the floor from the list of speakers: the request, and its question round. */
  readonly requestId?: string;
  readonly round?: number;
  /** A panelist answering the questions of this round. */
  readonly answersRound?: number;
}

export interface RunState {
  readonly status: 'ready' | 'running' | 'ended';
  readonly mode: AnchorMode | null;
  readonly startedAt: Instant | null;
  readonly endedAt: Instant | null;
  /** The instant the plan's offsets count from. */
  readonly anchor: Instant | null;
  readonly hardEnd: Instant | null;
  /** Turn ids in running order; skipped turns are gone from it. */
  readonly order: readonly string[];
  /** Index in `order` of the turn holding the floor; -1 before the start, order.length after the last. */
  readonly current: number;
  readonly turns: Readonly<Record<string, RunTurn>>;
  readonly added: Readonly<Record<string, Millis>>;
  /** Budgets of fixed-length blocks as changed by a rebalance, by segment id. */
  readonly blockBudgets: Readonly<Record<string, Millis>>;
  readonly records: Readonly<Record<string, TurnRecord>>;
  readonly activity: Activity;
  readonly skipped: readonly string[];
  /** The message shown to the speaker, or null. */
  readonly message: string | null;
  /** The lists of speakers of the open blocks, by segment id. */
  readonly floor: FloorLists;
}

/** Longest message to the speaker, in characters: it must fit a confidence monitor. */
export const MAX_MESSAGE_LENGTH = 140;

/**
 * While `foldRun` folds a whole log, the tables of the intermediate runs belong to it alone, so
 * they are updated in place instead of copied for every event (a 2,000-event log would
 * otherwise copy every table 2,000 times). Outside a fold every update copies.
 */
let folding = false;

function writable<T>(table: Readonly<Record<string, T>>): Record<string, T> {
  return folding ? (table as Record<string, T>) : Object.assign(Object.create(null) as Record<string, T>, table);
}

function toRunTurn(turn: PlanTurn): RunTurn {
  return { id: turn.id, segmentId: turn.segmentId, speakerId: turn.speakerId, allotted: turn.allotted, inserted: false };
}

/** The run before anything has happened. */
export function initialRun(plan: Plan): RunState {
  const turns = Object.create(null) as Record<string, RunTurn>;
  for (const turn of plan.turns) turns[turn.id] = toRunTurn(turn);
  return {
    status: 'ready',
    mode: null,
    startedAt: null,
    endedAt: null,
    anchor: null,
    hardEnd: null,
    order: plan.turns.map((t) => t.id),
    current: -1,
    turns,
    added: Object.create(null) as Record<string, Millis>,
    blockBudgets: Object.create(null) as Record<string, Millis>,
    records: Object.create(null) as Record<string, TurnRecord>,
    activity: 'speaking',
    skipped: [],
    message: null,
    floor: {},
  };
}

/** The id of the turn holding the floor, or null. */
export function currentTurnId(run: RunState): string | null {
  return run.status === 'running' ? (run.order[run.current] ?? null) : null;
}

function withRecord(run: RunState, turnId: string, update: (record: TurnRecord) => TurnRecord): Readonly<Record<string, TurnRecord>> {
  const record = run.records[turnId];
  if (!record) return run.records;
  const records = writable(run.records);
  records[turnId] = update(record);
  return records;
}

function closeSpans(record: TurnRecord, at: Instant): TurnRecord {
  const last = record.spans.at(-1);
  if (!last || last.to !== null) return record;
  return { ...record, spans: [...record.spans.slice(0, -1), { ...last, to: at }] };
}

function switchActivity(run: RunState, activity: Activity, at: Instant): RunState {
  const id = currentTurnId(run);
  if (!id) return run;
  const records = withRecord(run, id, (record) => {
    const closed = closeSpans(record, at);
    return { ...closed, spans: [...closed.spans, { kind: activity, from: at, to: null }] };
  });
  return { ...run, records, activity };
}

function endCurrent(run: RunState, at: Instant): RunState {
  const id = currentTurnId(run);
  if (!id) return run;
  return { ...run, records: withRecord(run, id, (record) => ({ ...closeSpans(record, at), endedAt: at })) };
}

function beginAt(run: RunState, index: number, at: Instant): RunState {
  const id = run.order[index];
  if (id === undefined) return { ...run, current: run.order.length, status: 'ended', endedAt: at };
  const records = writable(run.records);
  records[id] = { turnId: id, startedAt: at, endedAt: null, spans: [{ kind: 'speaking', from: at, to: null }] };
  return { ...run, current: index, records, activity: 'speaking' };
}

/** A turn to insert: an id not yet in the run, a speaker, an allotment, and what it answers to. */
type NewTurn = Omit<RunTurn, 'segmentId' | 'inserted'>;

/**
 * Inserts turns right after the one holding the floor, in the segment under way (or the next);
 * with `now` the first begins at once. In an open block the floor comes back after them. Null
 * when they cannot be inserted (the run is over, an id is taken, an allotment is not a time).
 */
function insertTurns(plan: Plan, run: RunState, newTurns: readonly NewTurn[], at: Instant, now: boolean): RunState | null {
  // Endless time cannot be stored: JSON writes Infinity as null and the reloaded log would be refused.
  const ids = new Set(newTurns.map((t) => t.id));
  if (
    run.status === 'ended' ||
    ids.size !== newTurns.length ||
    newTurns.some((t) => typeof t.id !== 'string' || run.turns[t.id] || !(Number.isFinite(t.allotted) && t.allotted > 0))
  )
    return null;
  const heldId = currentTurnId(run);
  const held = heldId ? run.turns[heldId] : undefined;
  const nextId = run.order[run.current + 1];
  const segmentId = held?.segmentId ?? (nextId ? run.turns[nextId]?.segmentId : undefined) ?? plan.segments.at(-1)?.id;
  if (segmentId === undefined) return null;
  const turns = writable(run.turns);
  const added: string[] = [];
  for (const turn of newTurns) {
    turns[turn.id] = { ...turn, segmentId, inserted: true };
    added.push(turn.id);
  }
  // In an open block the floor comes back after each speaker it was given to.
  if (held && held.speakerId === FLOOR) {
    const floorId = `${added.at(-1)}:floor`;
    // An id already taken (only a hand-made log could do it) is refused rather than overwritten.
    if (run.turns[floorId] || ids.has(floorId)) return null;
    turns[floorId] = { id: floorId, segmentId, speakerId: FLOOR, allotted: held.allotted, inserted: true };
    added.push(floorId);
  }
  const order = [...run.order.slice(0, run.current + 1), ...added, ...run.order.slice(run.current + 1)];
  const next: RunState = { ...run, turns, order };
  return now && run.status === 'running' ? beginAt(endCurrent(next, at), run.current + 1, at) : next;
}

/** The plan's open blocks: the segments that have a list of speakers. */
const openBlockSets = new WeakMap<Plan, ReadonlySet<string>>();
function openBlocks(plan: Plan): ReadonlySet<string> {
  let set = openBlockSets.get(plan);
  if (!set) openBlockSets.set(plan, (set = new Set(plan.segments.filter((s) => s.open).map((s) => s.id))));
  return set;
}

/** Whether an event can follow the run as it stands. */
export function canApply(plan: Plan, run: RunState, event: RunEvent): boolean {
  return applyEvent(plan, run, event) !== run;
}

/**
 * Folds one event into the run. Returns the same object when the event does not apply
 * (a Next after the end, a resume while speaking), so callers can refuse it.
 */
export function applyEvent(plan: Plan, run: RunState, event: RunEvent): RunState {
  const running = run.status === 'running';
  switch (event.type) {
    case 'sessionStarted': {
      if (run.status !== 'ready') return run;
      const scheduled = event.mode === 'scheduled';
      const started: RunState = {
        ...run,
        status: 'running',
        mode: event.mode,
        startedAt: event.at,
        anchor: scheduled ? plan.scheduledStart : event.at,
        hardEnd: scheduled ? plan.scheduledEnd : later(event.at, plan.slot),
      };
      return beginAt(started, 0, event.at);
    }
    case 'turnAdvanced':
      if (!running) return run;
      return beginAt(endCurrent(run, event.at), run.current + 1, event.at);
    case 'paused':
      return running && run.activity !== 'paused' ? switchActivity(run, 'paused', event.at) : run;
    case 'resumed':
      return running && run.activity === 'paused' ? switchActivity(run, 'speaking', event.at) : run;
    case 'interjectionStarted':
      return running && run.activity === 'speaking' ? switchActivity(run, 'interjecting', event.at) : run;
    case 'interjectionEnded':
      return running && run.activity === 'interjecting' ? switchActivity(run, 'speaking', event.at) : run;
    case 'timeAdjusted': {
      const id = currentTurnId(run);
      const turn = id ? run.turns[id] : undefined;
      if (!id || !turn || event.by === 0 || !Number.isFinite(event.by)) return run;
      const total = (run.added[id] ?? 0) + event.by;
      if (turn.speakerId !== FLOOR && turn.allotted + total < 0) return run;
      const added = writable(run.added);
      added[id] = millis(total);
      return { ...run, added };
    }
    case 'turnSkipped': {
      const index = run.order.indexOf(event.turnId);
      if (run.status === 'ended' || index <= run.current) return run;
      return { ...run, order: run.order.filter((id) => id !== event.turnId), skipped: [...run.skipped, event.turnId] };
    }
    case 'turnMoved': {
      const index = run.order.indexOf(event.turnId);
      if (run.status === 'ended' || index <= run.current) return run;
      const queue = run.order.slice(run.current + 1).filter((id) => id !== event.turnId);
      const position = Math.max(0, Math.min(queue.length, Math.trunc(event.toPosition)));
      if (position === index - run.current - 1) return run;
      queue.splice(position, 0, event.turnId);
      return { ...run, order: [...run.order.slice(0, run.current + 1), ...queue] };
    }
    case 'turnInserted': {
      const turn = event.turn;
      return (
        insertTurns(plan, run, [{ id: turn.id, speakerId: turn.speakerId, allotted: turn.allotted }], event.at, event.when === 'now') ?? run
      );
    }
    case 'floorRequested':
    case 'floorRequestMoved':
    case 'floorRequestWithdrawn':
    case 'floorRequestRemoved':
    case 'floorListOrdered':
    case 'floorListClosed': {
      if (run.status === 'ended') return run;
      const floor = applyListEvent(run.floor, event, openBlocks(plan));
      return floor === run.floor ? run : { ...run, floor };
    }
    case 'floorGiven': {
      // Given during the block, to someone still waiting on its list.
      const segmentId = blockOfRequest(run.floor, event.requestId);
      const heldId = currentTurnId(run);
      if (!running || segmentId === null || !heldId || run.turns[heldId]!.segmentId !== segmentId) return run;
      const block = run.floor[segmentId]!;
      if (block.entries[event.requestId]!.status !== 'waiting') return run;
      const turn = { id: event.turnId, speakerId: AUDIENCE, allotted: event.allotted, requestId: event.requestId, round: block.round };
      const next = insertTurns(plan, run, [turn], event.at, true);
      return next ? { ...next, floor: markGiven(run.floor, event.requestId, event.turnId) } : run;
    }
    case 'answersGiven': {
      const heldId = currentTurnId(run);
      if (
        !running ||
        !heldId ||
        run.turns[heldId]!.segmentId !== event.segmentId ||
        !Array.isArray(event.answers) ||
        event.answers.length === 0
      )
        return run;
      const round = (run.floor[event.segmentId] ?? { round: 1 }).round;
      if (!event.answers.every((a) => typeof a?.turnId === 'string' && plan.personById[a.speakerId])) return run;
      const turns = event.answers.map((a) => ({ id: a.turnId, speakerId: a.speakerId, allotted: event.allotted, answersRound: round }));
      const next = insertTurns(plan, run, turns, event.at, true);
      return next ? { ...next, floor: endRound(run.floor, event.segmentId) } : run;
    }
    case 'messageSent': {
      const text = typeof event.text === 'string' ? event.text.trim() : '';
      if (run.status === 'ended' || text === '' || text.length > MAX_MESSAGE_LENGTH || text === run.message) return run;
      return { ...run, message: text };
    }
    case 'messageCleared':
      return run.message === null ? run : { ...run, message: null };
    case 'planRebalanced': {
      if (run.status === 'ended') return run;
      const queued = new Set(run.order.slice(run.current + 1));
      const begun = new Set<string>();
      for (const id of Object.keys(run.records)) {
        const t = run.turns[id];
        if (t) begun.add(t.segmentId);
      }
      const turnIds = Object.keys(event.turns);
      const blockIds = Object.keys(event.blocks);
      // The turn that is running, and any block already begun, never change length.
      if (!turnIds.every((id) => queued.has(id) && event.turns[id]! > 0)) return run;
      if (!blockIds.every((id) => plan.segmentById[id]?.fixedBudget != null && !begun.has(id) && event.blocks[id]! > 0)) return run;
      if (turnIds.length === 0 && blockIds.length === 0) return run;
      const turns = writable(run.turns);
      for (const id of turnIds) turns[id] = { ...turns[id]!, allotted: event.turns[id]! };
      const blockBudgets = Object.assign(Object.create(null) as Record<string, Millis>, run.blockBudgets, event.blocks);
      return { ...run, turns, blockBudgets };
    }
    case 'sessionEnded':
      if (!running) return run;
      return { ...endCurrent(run, event.at), status: 'ended', endedAt: event.at, current: run.order.length };
    default:
      return assertNever(event);
  }
}

/** The run after every event of the log; events that do not apply are passed over. */
export function foldRun(plan: Plan, log: readonly RunEvent[]): RunState {
  let run = initialRun(plan);
  folding = true;
  try {
    for (const event of log) run = applyEvent(plan, run, event);
  } finally {
    folding = false;
  }
  return run;
}
