import type { RunEvent } from './run';
import { isRunEvent } from './run-log';

/**
 * A run shared between devices: an append-only list of operations that every device folds the
 * same way. Nothing is ever removed from the list: an undo is an operation, a new run is an
 * operation, and so is taking control. See docs/devices-protocol.md.
 */

/** Which operation of which device: its author, the control epoch it wrote in, and its own count. */
export interface OpRef {
  readonly by: string;
  readonly epoch: number;
  readonly seq: number;
}

interface OpBase extends OpRef {
  readonly id: string;
}

export type ReplicaOp =
  /** A new run on this agenda: the events before it no longer count. */
  | (OpBase & { readonly kind: 'reset'; readonly agenda: unknown })
  | (OpBase & { readonly kind: 'event'; readonly event: RunEvent })
  /** Takes back the event operation `target`. */
  | (OpBase & { readonly kind: 'undo'; readonly target: string })
  /** `by` controls the run from `epoch` on, having seen the previous controller's operations up to `after`. */
  | (OpBase & { readonly kind: 'takeover'; readonly after: OpRef | null });

/** Everything the list says, folded. */
export interface Replica {
  /** The agenda of the latest run, or null before any. */
  readonly agenda: unknown;
  /** How many runs the list has held: changes when a new run begins. */
  readonly runs: number;
  /** The run's events in force, in order, and the ids of their operations. */
  readonly log: readonly RunEvent[];
  readonly ids: readonly string[];
  readonly epoch: number;
  /** The device in control, or null while the list is empty. */
  readonly controller: string | null;
  /** The last operation that counts: what a device taking over has seen. */
  readonly last: OpRef | null;
  /** Operations kept in the list but not applied: written by a controller after it had been replaced. */
  readonly flagged: readonly ReplicaOp[];
  /** The highest `seq` of each device, so a device's next operation counts on from there. */
  readonly seqOf: Readonly<Record<string, number>>;
}

const authority = (epoch: number, by: string) => `${epoch}\u0000${by}`;

/**
 * Which authorities count, and up to which of their own operations: the winning takeover (the
 * highest epoch, ties to the greater device id) and, through each takeover's `after`, the
 * controllers it replaced, each cut off at the last operation its successor had seen.
 */
function chainOf(ops: readonly ReplicaOp[]): Map<string, number> {
  const cutoffs = new Map<string, number>();
  const takeovers = new Map<string, ReplicaOp & { kind: 'takeover' }>();
  let winner: (ReplicaOp & { kind: 'takeover' }) | null = null;
  for (const op of ops) {
    if (op.kind !== 'takeover') continue;
    takeovers.set(authority(op.epoch, op.by), op);
    if (!winner || op.epoch > winner.epoch || (op.epoch === winner.epoch && op.by > winner.by)) winner = op;
  }
  if (!winner) {
    const first = ops[0];
    if (first) cutoffs.set(authority(first.epoch, first.by), Infinity);
    return cutoffs;
  }
  let current: (ReplicaOp & { kind: 'takeover' }) | undefined = winner;
  let cutoff = Infinity;
  while (current) {
    const key = authority(current.epoch, current.by);
    if (cutoffs.has(key)) break;
    cutoffs.set(key, cutoff);
    const after: OpRef | null = current.after;
    if (!after || after.epoch >= current.epoch) break;
    cutoff = after.seq;
    const previous = takeovers.get(authority(after.epoch, after.by));
    if (previous) current = previous;
    else {
      // The first controller: it never took over, it made the room.
      cutoffs.set(authority(after.epoch, after.by), cutoff);
      break;
    }
  }
  return cutoffs;
}

/** Folds the shared list. Operations that are malformed are passed over, as a damaged log's are. */
export function foldReplica(items: readonly unknown[]): Replica {
  const ops = items.filter(isReplicaOp);
  const cutoffs = chainOf(ops);
  const seqOf = Object.create(null) as Record<string, number>;
  let agenda: unknown = null;
  let runs = 0;
  let log: RunEvent[] = [];
  let ids: string[] = [];
  let epoch = 0;
  let controller: string | null = null;
  let last: OpRef | null = null;
  const flagged: ReplicaOp[] = [];
  for (const op of ops) {
    seqOf[op.by] = Math.max(seqOf[op.by] ?? 0, op.seq);
    const cutoff = cutoffs.get(authority(op.epoch, op.by));
    if (cutoff === undefined || op.seq > cutoff) {
      flagged.push(op);
      continue;
    }
    last = { by: op.by, epoch: op.epoch, seq: op.seq };
    if (op.epoch >= epoch) {
      epoch = op.epoch;
      controller = op.by;
    }
    switch (op.kind) {
      case 'reset':
        agenda = op.agenda;
        runs += 1;
        log = [];
        ids = [];
        break;
      case 'event':
        log.push(op.event);
        ids.push(op.id);
        break;
      case 'undo': {
        const index = ids.lastIndexOf(op.target);
        if (index >= 0) {
          log.splice(index, 1);
          ids.splice(index, 1);
        }
        break;
      }
      case 'takeover':
        break;
    }
  }
  return { agenda, runs, log, ids, epoch, controller, last, flagged, seqOf };
}

/** Whether a value from the shared list is a well-formed operation. */
function isReplicaOp(value: unknown): value is ReplicaOp {
  if (typeof value !== 'object' || value === null) return false;
  const op = value as Record<string, unknown>;
  if (typeof op.id !== 'string' || typeof op.by !== 'string' || !isCount(op.epoch) || !isCount(op.seq)) return false;
  switch (op.kind) {
    case 'reset':
      return typeof op.agenda === 'object' && op.agenda !== null;
    case 'event':
      return isRunEvent(op.event);
    case 'undo':
      return typeof op.target === 'string';
    case 'takeover':
      return op.after === null || isOpRef(op.after);
    default:
      return false;
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isOpRef(value: unknown): value is OpRef {
  if (typeof value !== 'object' || value === null) return false;
  const ref = value as Record<string, unknown>;
  return typeof ref.by === 'string' && isCount(ref.epoch) && isCount(ref.seq);
}

/**
 * What a controller appends so the list says what its own run says: undo operations for events
 * the list has and the run no longer does (taken back from the end), then the run's new events.
 * Returns null when the run is not a continuation of the list's (a new run: reset instead).
 */
export function opsToMatch(
  replica: Pick<Replica, 'log' | 'ids'>,
  log: readonly RunEvent[],
  same: (a: RunEvent, b: RunEvent) => boolean = sameEvent,
): { readonly undo: readonly string[]; readonly events: readonly RunEvent[] } {
  let common = 0;
  while (common < replica.log.length && common < log.length && same(replica.log[common]!, log[common]!)) common++;
  return { undo: replica.ids.slice(common).reverse(), events: log.slice(common) };
}

/** Two events are the same when they say the same: events cross the network as JSON. */
function sameEvent(a: RunEvent, b: RunEvent): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
