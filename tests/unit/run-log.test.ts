import { isRunEvent } from '../../src/domain/run-log';
import { T0, at, ev } from './helpers';

/** Every kind of event as the app writes it, after a trip through JSON (storage). */
const wellFormed = [
  ev.started(T0, 'scheduled'),
  ev.started(T0, 'now'),
  ev.next(at(1)),
  ev.paused(at(1)),
  ev.resumed(at(1)),
  ev.interjecting(at(1)),
  ev.interjected(at(1)),
  ev.adjusted(at(1), -30),
  ev.skipped(at(1), 'round-1#0'),
  ev.moved(at(1), 'round-1#0', 2),
  ev.inserted(at(1), { id: 'inserted-3-1', speakerId: '@audience', minutes: 2 }, 'now'),
  ev.ended(at(2)),
].map((event) => JSON.parse(JSON.stringify(event)) as unknown);

function broken(event: unknown, change: Record<string, unknown>): unknown {
  return { ...(event as Record<string, unknown>), ...change };
}

describe('isRunEvent', () => {
  it('accepts every kind of event the app writes', () => {
    for (const event of wellFormed) expect(isRunEvent(event)).toBe(true);
  });

  it('refuses values that are not events', () => {
    for (const value of [
      null,
      42,
      'turnAdvanced',
      [],
      {},
      { type: 'turnAdvanced' },
      { type: 'teleported', at: T0 },
      { type: 'paused', at: '17:00' },
    ]) {
      expect(isRunEvent(value)).toBe(false);
    }
  });

  it('refuses an event without one of its fields', () => {
    expect(isRunEvent({ type: 'timeAdjusted', at: T0 })).toBe(false);
    expect(isRunEvent({ type: 'turnMoved', at: T0, turnId: 'x' })).toBe(false);
  });

  it('refuses fields of the wrong type, which would corrupt the run', () => {
    const [started, , , , , , , adjusted, skipped, moved, inserted] = wellFormed;
    const insertedTurn = (inserted as { turn: Record<string, unknown> }).turn;
    for (const event of [
      broken(started, { mode: 'whenever' }),
      broken(adjusted, { by: '30000' }),
      broken(adjusted, { by: null }),
      broken(skipped, { turnId: 3 }),
      broken(moved, { toPosition: '2' }),
      broken(inserted, { when: 'soon' }),
      broken(inserted, { turn: { ...insertedTurn, allotted: null } }),
      broken(inserted, { turn: { ...insertedTurn, allotted: '120000' } }),
      broken(inserted, { turn: { ...insertedTurn, allotted: Infinity } }),
    ]) {
      expect(isRunEvent(event)).toBe(false);
    }
  });

  it('checks that a rebalance gives every turn and block a number of milliseconds', () => {
    expect(isRunEvent({ type: 'planRebalanced', at: T0, turns: { 'round-2#0': 180_000 }, blocks: { floor: 600_000 } })).toBe(true);
    expect(isRunEvent({ type: 'planRebalanced', at: T0, turns: { 'round-2#0': '180000' }, blocks: {} })).toBe(false);
    expect(isRunEvent({ type: 'planRebalanced', at: T0, turns: {}, blocks: null })).toBe(false);
    expect(isRunEvent({ type: 'planRebalanced', at: T0, turns: [], blocks: {} })).toBe(false);
  });
});
