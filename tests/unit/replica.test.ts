import fc from 'fast-check';
import { foldReplica, opsToMatch, type OpRef, type ReplicaOp } from '../../src/domain/replica';
import type { RunEvent } from '../../src/domain/run';
import { instant } from '../../src/domain/units';
import { T0, buildAgenda } from './helpers';

const agenda = buildAgenda();
const next = (s: number): RunEvent => ({ type: 'turnAdvanced', at: instant(T0 + s * 1000) });

/** A device writing to the shared list: counts its own operations and knows its epoch. */
function device(by: string, epoch = 0) {
  let seq = 0;
  const self = {
    epoch,
    op<K extends ReplicaOp['kind']>(kind: K, fields: Omit<Extract<ReplicaOp, { kind: K }>, 'id' | 'by' | 'epoch' | 'seq' | 'kind'>) {
      seq += 1;
      return { id: `${by}-${seq}`, by, epoch: self.epoch, seq, kind, ...fields } as unknown as ReplicaOp;
    },
    reset: () => self.op('reset', { agenda }),
    event: (s: number) => self.op('event', { event: next(s) }),
    undo: (target: string) => self.op('undo', { target }),
    takeover(after: OpRef | null) {
      self.epoch += 1;
      return self.op('takeover', { after });
    },
  };
  return self;
}

const ref = (op: ReplicaOp): OpRef => ({ by: op.by, epoch: op.epoch, seq: op.seq });

describe('the shared run list', () => {
  it('folds a single controller’s events, undo and new runs', () => {
    const a = device('a');
    const ops = [a.reset(), a.event(1), a.event(2), a.event(3)];
    ops.push(a.undo(ops[3]!.id));
    let replica = foldReplica(ops);
    expect(replica.log).toEqual([next(1), next(2)]);
    expect(replica.controller).toBe('a');
    expect(replica.agenda).toBe(agenda);
    expect(replica.runs).toBe(1);
    ops.push(a.reset(), a.event(10));
    replica = foldReplica(ops);
    expect(replica.log).toEqual([next(10)]);
    expect(replica.runs).toBe(2);
    expect(replica.seqOf.a).toBe(7);
  });

  it('keeps a replaced controller’s later events, flagged and not applied, wherever they land in the list', () => {
    const a = device('a');
    const b = device('b');
    const seen = [a.reset(), a.event(1), a.event(2)];
    const take = b.takeover(ref(seen.at(-1)!));
    const bLater = [take, b.event(3)];
    const aOffline = [a.event(4), a.event(5)];
    // The network may order the offline device's operations before, among or after the new controller's.
    for (const list of [
      [...seen, ...aOffline, ...bLater],
      [...seen, ...bLater, ...aOffline],
      [...seen, take, aOffline[0]!, bLater[1]!, aOffline[1]!],
    ]) {
      const replica = foldReplica(list);
      expect(replica.log).toEqual([next(1), next(2), next(3)]);
      expect(replica.controller).toBe('b');
      expect(replica.epoch).toBe(1);
      expect(replica.flagged.map((op) => op.id)).toEqual(aOffline.map((op) => op.id));
    }
  });

  it('follows a chain of takeovers back to the room’s first controller', () => {
    const a = device('a');
    const b = device('b');
    const list: ReplicaOp[] = [a.reset(), a.event(1)];
    list.push(b.takeover(ref(list.at(-1)!)), b.event(2));
    const lateB = b.event(3); // made after a took control back, unseen by a
    a.epoch = 1;
    list.push(a.takeover(ref(list.at(-1)!)), a.event(4), lateB);
    const replica = foldReplica(list);
    expect(replica.log).toEqual([next(1), next(2), next(4)]);
    expect(replica.controller).toBe('a');
    expect(replica.epoch).toBe(2);
    expect(replica.flagged.map((op) => op.id)).toEqual([lateB.id]);
  });

  it('settles two takeovers at the same epoch the same way on every device', () => {
    const a = device('a');
    const b = device('b');
    const c = device('c');
    const base = [a.reset(), a.event(1)];
    const fromB = [b.takeover(ref(base[1]!)), b.event(2)];
    const fromC = [c.takeover(ref(base[1]!)), c.event(3)];
    const one = foldReplica([...base, ...fromB, ...fromC]);
    const other = foldReplica([...base, ...fromC, ...fromB]);
    expect(one.controller).toBe('c');
    expect(other.controller).toBe('c');
    expect(one.log).toEqual([next(1), next(3)]);
    expect(other.log).toEqual(one.log);
    expect(one.flagged.map((op) => op.id)).toEqual(fromB.map((op) => op.id));
  });

  it('passes over malformed items', () => {
    const a = device('a');
    const replica = foldReplica([null, 3, { kind: 'event' }, a.reset(), { ...a.event(1), event: { type: 'nope', at: 1 } }, a.event(2)]);
    expect(replica.log).toEqual([next(2)]);
  });

  it('says what to append to match a run: undo from the end, then the new events', () => {
    const a = device('a');
    const ops = [a.reset(), a.event(1), a.event(2), a.event(3)];
    const replica = foldReplica(ops);
    expect(opsToMatch(replica, [next(1), next(2), next(3)])).toEqual({ undo: [], events: [] });
    expect(opsToMatch(replica, [next(1), next(7), next(8)])).toEqual({ undo: [ops[3]!.id, ops[2]!.id], events: [next(7), next(8)] });
  });

  it('property: any order of the list that keeps each device’s own order folds to the same run', () => {
    fc.assert(
      fc.property(fc.nat(6), fc.nat(4), fc.nat(4), fc.array(fc.boolean(), { maxLength: 16 }), (before, afterB, offlineA, coin) => {
        const a = device('a');
        const b = device('b');
        const seen: ReplicaOp[] = [a.reset(), ...Array.from({ length: before }, (_, i) => a.event(i))];
        const bOps = [b.takeover(ref(seen.at(-1)!)), ...Array.from({ length: afterB }, (_, i) => b.event(100 + i))];
        const aOps = Array.from({ length: offlineA }, (_, i) => a.event(200 + i));
        // Interleave the two concurrent tails, each in its own order.
        const merged: ReplicaOp[] = [...seen];
        let i = 0;
        let j = 0;
        for (const pick of coin) {
          if (pick && i < aOps.length) merged.push(aOps[i++]!);
          else if (j < bOps.length) merged.push(bOps[j++]!);
        }
        merged.push(...aOps.slice(i), ...bOps.slice(j));
        const replica = foldReplica(merged);
        expect(replica.log).toEqual([
          ...Array.from({ length: before }, (_, k) => next(k)),
          ...Array.from({ length: afterB }, (_, k) => next(100 + k)),
        ]);
        expect(replica.controller).toBe('b');
        expect(replica.flagged).toHaveLength(offlineA);
      }),
      { numRuns: 300 },
    );
  });
});
