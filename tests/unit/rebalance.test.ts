import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REBALANCE, floorOf, proposeRebalance, type RebalanceItem, type RebalanceProposal } from '../../src/domain/rebalance';
import { millis } from '../../src/domain/units';

const item = fc
  .record({
    id: fc.uuid(),
    kind: fc.constantFrom('turn' as const, 'block' as const),
    original: fc.integer({ min: 30, max: 20 * 60 }).map((s) => s * 1000),
    shrunk: fc.double({ min: 0.4, max: 1, noNaN: true }),
    flex: fc.boolean(),
  })
  .map(({ id, kind, original, shrunk, flex }): RebalanceItem => ({
    id,
    kind,
    flex,
    original: millis(original),
    allotted: millis(Math.round(original * shrunk)),
  }));
const items = fc.uniqueArray(item, { selector: (i) => i.id, minLength: 1, maxLength: 20 });
const delta = fc.integer({ min: -15 * 60_000, max: 15 * 60_000 });

function apply(list: readonly RebalanceItem[], proposal: RebalanceProposal | null): RebalanceItem[] {
  const to = new Map(proposal?.changes.map((c) => [c.id, c.to]));
  return list.map((i) => ({ ...i, allotted: to.get(i.id) ?? i.allotted }));
}
const total = (list: readonly RebalanceItem[]) => list.reduce((s, i) => s + i.allotted, 0);

describe('proposeRebalance', () => {
  it('ends at or before the hard end after accepting, whenever the floors allow it', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 15 * 60_000 }), (list, over) => {
        const proposal = proposeRebalance(list, over)!;
        const after = apply(list, proposal);
        const floors = list.reduce((s, i) => s + floorOf(i), 0);
        const newDelta = over + total(after) - total(list);
        if (floors <= total(list) - over) {
          expect(newDelta).toBeLessThanOrEqual(0);
          expect(proposal.unresolved).toBe(0);
          expect(proposal.dropSuggestion).toBeNull();
        } else {
          expect(proposal.unresolved).toBe(newDelta);
          // A turn to drop is suggested whenever there is a turn at all (blocks are not dropped).
          expect(proposal.dropSuggestion !== null).toBe(list.some((i) => i.kind === 'turn'));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never shortens anything below its floor', () => {
    fc.assert(
      fc.property(items, delta, (list, d) => {
        const after = apply(list, proposeRebalance(list, d));
        after.forEach((i, n) => expect(i.allotted).toBeGreaterThanOrEqual(Math.min(list[n]!.allotted, floorOf(list[n]!))));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the proportions between the turns it shortens', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 15 * 60_000 }), (list, over) => {
        const proposal = proposeRebalance(list, over)!;
        const shortened = proposal.changes
          .map((c) => ({ c, item: list.find((i) => i.id === c.id)! }))
          .filter(({ c, item }) => !item.flex && c.to > floorOf(item));
        // The same factor for all, up to the rounding to whole milliseconds of each.
        for (const a of shortened) {
          for (const b of shortened) {
            const gap = Math.abs(a.c.to / a.item.allotted - b.c.to / b.item.allotted);
            expect(gap).toBeLessThanOrEqual(1 / a.item.allotted + 1 / b.item.allotted + 1e-12);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('changes nothing when applied a second time', () => {
    fc.assert(
      fc.property(items, delta, (list, d) => {
        const first = proposeRebalance(list, d);
        const after = apply(list, first);
        const second = proposeRebalance(after, d + total(after) - total(list));
        expect(second?.changes ?? []).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('gives back no more than the original allotments unless only flexible blocks grow', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 60_000, max: 15 * 60_000 }), (list, spare) => {
        const proposal = proposeRebalance(list, -spare);
        for (const change of proposal?.changes ?? []) {
          const source = list.find((i) => i.id === change.id)!;
          expect(change.to).toBeGreaterThan(change.from);
          if (!source.flex) expect(change.to).toBeLessThanOrEqual(source.original);
          if (list.some((i) => i.flex)) expect(source.flex).toBe(true);
        }
        if (proposal) expect(total(apply(list, proposal)) - total(list)).toBeLessThanOrEqual(spare);
      }),
      { numRuns: 500 },
    );
  });

  it('takes from the flexible blocks first', () => {
    const list: RebalanceItem[] = [
      { id: 'a', kind: 'turn', flex: false, original: millis(300_000), allotted: millis(300_000) },
      { id: 'qa', kind: 'block', flex: true, original: millis(900_000), allotted: millis(900_000) },
    ];
    const proposal = proposeRebalance(list, 120_000)!;
    expect(proposal.changes).toEqual([{ id: 'qa', kind: 'block', from: 900_000, to: 780_000 }]);
  });

  it('offers nothing when the plan fits or less than a minute is spare', () => {
    const list: RebalanceItem[] = [{ id: 'a', kind: 'turn', flex: false, original: millis(300_000), allotted: millis(300_000) }];
    expect(proposeRebalance(list, 0)).toBeNull();
    expect(proposeRebalance(list, -DEFAULT_REBALANCE.spareThreshold + 1)).toBeNull();
  });

  it('suggests the smallest turn whose removal makes it fit when the floors do not allow it', () => {
    const list: RebalanceItem[] = [
      { id: 'long', kind: 'turn', flex: false, original: millis(600_000), allotted: millis(600_000) },
      { id: 'short', kind: 'turn', flex: false, original: millis(240_000), allotted: millis(240_000) },
    ];
    const proposal = proposeRebalance(list, 10 * 60_000)!;
    expect(proposal.changes).toEqual([
      { id: 'long', kind: 'turn', from: 600_000, to: 300_000 },
      { id: 'short', kind: 'turn', from: 240_000, to: 120_000 },
    ]);
    expect(proposal.unresolved).toBe(180_000);
    expect(proposal.dropSuggestion).toBe('long');
  });
});
