/**
 * The list of speakers of an open block (questions from the floor): requests to speak as hands go
 * up, in the order the moderator keeps, rounds of questions and the panel's answers. Pure: the run
 * folds these events (see run.ts) like any other, so undo, reload and other devices follow.
 */
import type { Plan } from './plan';
import type { RunState } from './run';
import type { Instant, Millis } from './units';

/** Self-described, and asked only where the agenda asks for it. */
export type Gender = 'woman' | 'man' | 'another' | 'notRecorded';
export const GENDERS: readonly Gender[] = ['woman', 'man', 'another', 'notRecorded'];

/** Longest name or delegation kept, in characters. */
export const MAX_REQUEST_TEXT = 120;

export interface FloorRequest {
  readonly id: string;
  readonly name: string;
  /** Delegation or organisation. */
  readonly delegation?: string;
  readonly gender?: Gender;
}

export type RequestStatus = 'waiting' | 'given' | 'withdrawn';

export interface FloorEntry extends FloorRequest {
  readonly addedAt: Instant;
  readonly status: RequestStatus;
  /** The question round it was given the floor in. */
  readonly round: number | null;
  /** The turn it was given, once given. */
  readonly turnId: string | null;
}

/** One open block's list. */
export interface FloorBlock {
  readonly entries: Readonly<Record<string, FloorEntry>>;
  /** Every entry, in the order the moderator keeps (withdrawn and given ones stay where they were). */
  readonly order: readonly string[];
  /** Those who have not spoken yet come before those who have. */
  readonly firstTimersFirst: boolean;
  /** When the list was closed to new requests; null while open. */
  readonly closedAt: Instant | null;
  /** How many were waiting when it closed. */
  readonly waitingAtClose: number | null;
  /** The question round under way, from 1; the panel's answers end it. */
  readonly round: number;
}

/** What the list events are; the run folds them with the others. */
export type FloorListEvent =
  | { readonly type: 'floorRequested'; readonly at: Instant; readonly segmentId: string; readonly request: FloorRequest }
  | { readonly type: 'floorRequestMoved'; readonly at: Instant; readonly requestId: string; readonly toPosition: number }
  | { readonly type: 'floorRequestWithdrawn'; readonly at: Instant; readonly requestId: string }
  | { readonly type: 'floorRequestRemoved'; readonly at: Instant; readonly requestId: string }
  | { readonly type: 'floorListOrdered'; readonly at: Instant; readonly segmentId: string; readonly firstTimersFirst: boolean }
  | { readonly type: 'floorListClosed'; readonly at: Instant; readonly segmentId: string };

/** Giving the floor and the panel's answers insert turns: the run handles them. */
export type FloorTurnEvent =
  | { readonly type: 'floorGiven'; readonly at: Instant; readonly requestId: string; readonly turnId: string; readonly allotted: Millis }
  | {
      readonly type: 'answersGiven';
      readonly at: Instant;
      readonly segmentId: string;
      /** One turn per panelist answering, in order: the first begins at once. */
      readonly answers: readonly { readonly turnId: string; readonly speakerId: string }[];
      readonly allotted: Millis;
    };

export type FloorLists = Readonly<Record<string, FloorBlock>>;

export function emptyBlock(): FloorBlock {
  return { entries: {}, order: [], firstTimersFirst: false, closedAt: null, waitingAtClose: null, round: 1 };
}

const clean = (text: unknown): string => (typeof text === 'string' ? text.trim().slice(0, MAX_REQUEST_TEXT) : '');

/** The block holding a request, by the request's id. */
export function blockOfRequest(lists: FloorLists, requestId: string): string | null {
  for (const [segmentId, block] of Object.entries(lists)) if (block.entries[requestId]) return segmentId;
  return null;
}

/** The request a turn was given for, if it was: it stands on the list of the turn's block. */
export function requestOfTurn(
  lists: FloorLists,
  turn: { readonly segmentId: string; readonly requestId?: string } | undefined,
): FloorEntry | undefined {
  return turn?.requestId === undefined ? undefined : lists[turn.segmentId]?.entries[turn.requestId];
}

/** A name as compared: same name, same person, whatever the case or spacing. */
export const sameName = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * Who waits, in the order they will be called: the list's order; with `firstTimersFirst`, those
 * who have not had the floor yet in this run come first, each group keeping the list's order.
 * `spoke`: names (as `sameName`) that have had the floor.
 */
export function waitingOrder(block: FloorBlock, spoke: ReadonlySet<string> = spokenNames(block)): readonly FloorEntry[] {
  const waiting = block.order.map((id) => block.entries[id]!).filter((e) => e.status === 'waiting');
  if (!block.firstTimersFirst) return waiting;
  const fresh = waiting.filter((e) => !spoke.has(sameName(e.name)));
  const again = waiting.filter((e) => spoke.has(sameName(e.name)));
  return [...fresh, ...again];
}

/** The names given the floor in this block so far. */
export function spokenNames(block: FloorBlock): ReadonlySet<string> {
  return new Set(Object.values(block.entries).flatMap((e) => (e.status === 'given' ? [sameName(e.name)] : [])));
}

/** The next to be given the floor, or null. */
export function nextOnList(block: FloorBlock | undefined): FloorEntry | null {
  return block ? (waitingOrder(block)[0] ?? null) : null;
}

/** How many in the current round have had the floor (for "take N questions, then the panel answers"). */
export function askedInRound(block: FloorBlock): number {
  return Object.values(block.entries).filter((e) => e.status === 'given' && e.round === block.round).length;
}

function withBlock(lists: FloorLists, segmentId: string, block: FloorBlock): FloorLists {
  return { ...lists, [segmentId]: block };
}

function withEntry(block: FloorBlock, entry: FloorEntry): FloorBlock {
  return { ...block, entries: { ...block.entries, [entry.id]: entry } };
}

/**
 * Folds one list event. Returns `lists` itself when the event does not apply (an unknown block or
 * request, a closed list, an empty name), so the run can refuse it. `openBlocks`: the plan's open
 * blocks, the only ones with a list.
 */
export function applyListEvent(lists: FloorLists, event: FloorListEvent, openBlocks: ReadonlySet<string>): FloorLists {
  switch (event.type) {
    case 'floorRequested': {
      if (!openBlocks.has(event.segmentId)) return lists;
      const block = lists[event.segmentId] ?? emptyBlock();
      const request = event.request as Partial<FloorRequest> | undefined;
      const id = typeof request?.id === 'string' ? request.id : '';
      const name = clean(request?.name);
      if (block.closedAt !== null || id === '' || name === '' || blockOfRequest(lists, id) !== null) return lists;
      const delegation = clean(request?.delegation);
      const gender = GENDERS.includes(request?.gender as Gender) ? (request!.gender as Gender) : undefined;
      const entry: FloorEntry = {
        id,
        name,
        ...(delegation && { delegation }),
        ...(gender && { gender }),
        addedAt: event.at,
        status: 'waiting',
        round: null,
        turnId: null,
      };
      return withBlock(lists, event.segmentId, { ...withEntry(block, entry), order: [...block.order, id] });
    }
    case 'floorRequestMoved': {
      const segmentId = blockOfRequest(lists, event.requestId);
      if (segmentId === null || !Number.isFinite(event.toPosition)) return lists;
      const block = lists[segmentId]!;
      if (block.entries[event.requestId]!.status !== 'waiting') return lists;
      // Positions count among those waiting, in the order they will be called.
      const waiting = waitingOrder(block).map((e) => e.id);
      const from = waiting.indexOf(event.requestId);
      const to = Math.max(0, Math.min(waiting.length - 1, Math.trunc(event.toPosition)));
      if (from === to) return lists;
      const moved = waiting.filter((id) => id !== event.requestId);
      moved.splice(to, 0, event.requestId);
      // The others keep their places; the waiting take the new order, and the order becomes the moderator's own.
      let next = 0;
      const order = block.order.map((id) => (block.entries[id]!.status === 'waiting' ? moved[next++]! : id));
      return withBlock(lists, segmentId, { ...block, order, firstTimersFirst: false });
    }
    case 'floorRequestWithdrawn': {
      const segmentId = blockOfRequest(lists, event.requestId);
      if (segmentId === null) return lists;
      const block = lists[segmentId]!;
      const entry = block.entries[event.requestId]!;
      if (entry.status !== 'waiting') return lists;
      return withBlock(lists, segmentId, withEntry(block, { ...entry, status: 'withdrawn' }));
    }
    case 'floorRequestRemoved': {
      const segmentId = blockOfRequest(lists, event.requestId);
      if (segmentId === null) return lists;
      const block = lists[segmentId]!;
      if (block.entries[event.requestId]!.status === 'given') return lists;
      const entries = { ...block.entries };
      delete entries[event.requestId];
      return withBlock(lists, segmentId, { ...block, entries, order: block.order.filter((id) => id !== event.requestId) });
    }
    case 'floorListOrdered': {
      if (!openBlocks.has(event.segmentId)) return lists;
      const block = lists[event.segmentId] ?? emptyBlock();
      if (block.firstTimersFirst === event.firstTimersFirst) return lists;
      return withBlock(lists, event.segmentId, { ...block, firstTimersFirst: event.firstTimersFirst === true });
    }
    case 'floorListClosed': {
      if (!openBlocks.has(event.segmentId)) return lists;
      const block = lists[event.segmentId] ?? emptyBlock();
      if (block.closedAt !== null) return lists;
      return withBlock(lists, event.segmentId, { ...block, closedAt: event.at, waitingAtClose: waitingOrder(block).length });
    }
  }
}

/** The list after a request was given the floor in turn `turnId`. */
export function markGiven(lists: FloorLists, requestId: string, turnId: string): FloorLists {
  const segmentId = blockOfRequest(lists, requestId);
  if (segmentId === null) return lists;
  const block = lists[segmentId]!;
  return withBlock(lists, segmentId, withEntry(block, { ...block.entries[requestId]!, status: 'given', round: block.round, turnId }));
}

/** The list after the panel answered the round: the next round begins. */
export function endRound(lists: FloorLists, segmentId: string): FloorLists {
  const block = lists[segmentId] ?? emptyBlock();
  return withBlock(lists, segmentId, { ...block, round: block.round + 1 });
}

/** The open block whose list the console shows: the one under way, else the next to come; null when none is left. */
export function listBlockId(plan: Plan, run: RunState): string | null {
  if (run.status === 'ended') return null;
  for (let i = Math.max(0, run.current); i < run.order.length; i++) {
    const segmentId = run.turns[run.order[i]!]?.segmentId;
    if (segmentId !== undefined && plan.segmentById[segmentId]?.open) return segmentId;
  }
  return null;
}
