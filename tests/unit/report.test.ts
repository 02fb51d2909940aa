import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldRecord, type RecordEvent } from '../../src/domain/record';
import { buildReport } from '../../src/domain/report';
import type { RunEvent } from '../../src/domain/run';
import { instant } from '../../src/domain/units';
import { at, ev, play, seedPlan, T0 } from './helpers';

const MIN = 60_000;
const message = (when: number, text: string): RunEvent => ({ type: 'messageSent', at: instant(when), text });

/** Salama opens 5:00; Arunatilaka 7:30 with a 30 s interjection and a 1:00 pause; Diop overruns to 7:30; Diop again 1:00; ended. */
function setup(record: RecordEvent[] = []) {
  const plan = seedPlan();
  const log: RunEvent[] = [
    ev.started(T0),
    ev.next(at(5)),
    ev.interjecting(at(7)),
    ev.interjected(at(7, 30)),
    ev.paused(at(8)),
    ev.resumed(at(9)),
    ev.next(at(12, 30)),
    ev.next(at(20)),
    message(at(20, 30), 'One minute'),
    ev.ended(at(21)),
  ];
  const run = play(plan, log);
  return buildReport(plan, run, log, foldRecord(record), at(30), 'salama');
}

describe('buildReport', () => {
  it('lists every turn with planned and actual time, pauses and interjections excluded', () => {
    const report = setup();
    const [opening, first, second, third] = report.turns;
    expect(opening).toMatchObject({
      index: 1,
      speakerId: 'salama',
      status: 'held',
      planned: 5 * MIN,
      actual: 5 * MIN,
      difference: 0,
      startedAt: T0,
      endedAt: at(5),
    });
    expect(first).toMatchObject({
      speakerId: 'arunatilaka',
      questionId: 'q1',
      actual: 6 * MIN,
      difference: 0,
      interjections: 30_000,
      paused: MIN,
      startedAt: at(5),
      endedAt: at(12, 30),
    });
    expect(second).toMatchObject({ speakerId: 'diop', actual: 7.5 * MIN, difference: 1.5 * MIN });
    expect(third).toMatchObject({
      speakerId: 'diop',
      segmentId: 'round-2',
      actual: MIN,
      difference: -3 * MIN,
      messages: [{ at: at(20, 30), text: 'One minute' }],
    });
    expect(report.turns[4]).toMatchObject({ status: 'notReached', actual: 0, difference: 0, startedAt: null });
    expect(report).toMatchObject({ startedAt: T0, endedAt: at(21) });
  });

  it('totals each segment and question, planned against the time used', () => {
    const report = setup();
    expect(report.segments.find((s) => s.id === 'opening')).toEqual({ id: 'opening', planned: 5 * MIN, actual: 5 * MIN });
    expect(report.segments.find((s) => s.id === 'round-1')).toEqual({ id: 'round-1', planned: 12 * MIN, actual: 14 * MIN });
    expect(report.questions.find((q) => q.id === 'q1')).toEqual({ id: 'q1', planned: 12 * MIN, actual: 14 * MIN });
    expect(report.questions.find((q) => q.id === 'q2')).toEqual({ id: 'q2', planned: 12 * MIN, actual: MIN });
  });

  it("counts each person's time, the moderator's interjections as hers, and the panelists' shares", () => {
    const report = setup();
    const person = (id: string) => report.people.find((p) => p.personId === id)!;
    expect(person('salama')).toMatchObject({ turns: 1, actual: 5.5 * MIN, share: null });
    expect(person('arunatilaka')).toMatchObject({ turns: 1, actual: 6 * MIN, share: 6 / 14.5 });
    expect(person('diop')).toMatchObject({ turns: 2, actual: 8.5 * MIN, share: 8.5 / 14.5 });
    expect(person('munro')).toMatchObject({ turns: 0, actual: 0, share: 0 });
    expect(report.balance).toEqual({ longestId: 'diop', shortestId: 'munro', ratio: null, equalShare: 1 / 3 });
  });

  it('gives the ratio of the longest to the shortest panelist when all spoke', () => {
    const plan = seedPlan();
    const log = [
      ev.started(T0),
      ev.next(at(5)),
      ev.next(at(11)),
      ev.next(at(17)),
      ev.next(at(21)),
      ev.next(at(25)),
      ev.next(at(27, 30)),
      ev.ended(at(28)),
    ];
    const report = buildReport(plan, play(plan, log), log, foldRecord([]), at(30), 'salama');
    // Arunatilaka 6 + 4 = 10 min, Diop 6 + 4 = 10 min, Munro 2:30 + 0:30 = 3 min.
    expect(report.balance).toMatchObject({ longestId: 'arunatilaka', shortestId: 'munro' });
    expect(report.balance!.ratio).toBeCloseTo(10 / 3, 10);
  });

  it('applies a correction: Next pressed 40 seconds late moves the time to the next speaker', () => {
    const report = setup([{ type: 'boundaryCorrected', at: at(25), turnId: 'round-1#0', edge: 'end', to: at(11, 50) }]);
    const [, first, second] = report.turns;
    expect(first).toMatchObject({ actual: 5 * MIN + 20_000, endedAt: at(11, 50), corrected: { start: false, end: true } });
    expect(second).toMatchObject({ actual: 8 * MIN + 10_000, startedAt: at(11, 50), corrected: { start: false, end: false } });
    expect(report.people.find((p) => p.personId === 'diop')!.actual).toBe(9 * MIN + 10_000);
    expect(report.segments.find((s) => s.id === 'round-1')!.actual).toBe(14 * MIN);
  });

  it('lengthens the first turn when its start is corrected earlier, and clears a correction', () => {
    const corrected = setup([{ type: 'boundaryCorrected', at: at(25), turnId: 'opening#0', edge: 'start', to: at(-1) }]);
    expect(corrected.turns[0]).toMatchObject({ actual: 6 * MIN, startedAt: at(-1), corrected: { start: true, end: false } });
    const cleared = setup([
      { type: 'boundaryCorrected', at: at(25), turnId: 'opening#0', edge: 'start', to: at(-1) },
      { type: 'correctionCleared', at: at(26), turnId: 'opening#0', edge: 'start' },
    ]);
    expect(cleared.turns[0]).toMatchObject({ actual: 5 * MIN, startedAt: T0, corrected: { start: false } });
  });

  it('keeps the last note on a turn and drops an empty one', () => {
    const report = setup([
      { type: 'noteSet', at: at(13), turnId: 'round-1#1', text: 'Cites the 2024 Siem Reap–Angkor action plan' },
      { type: 'noteSet', at: at(14), turnId: 'opening#0', text: 'Late mic' },
      { type: 'noteSet', at: at(15), turnId: 'opening#0', text: '   ' },
    ]);
    expect(report.turns[2]!.note).toBe('Cites the 2024 Siem Reap–Angkor action plan');
    expect(report.turns[0]!.note).toBeNull();
  });

  it("adds up: every speaker's time and the interjections make the time used", () => {
    const report = setup();
    const spoken = report.people.reduce((a, p) => a + p.actual, 0);
    const used = report.segments.reduce((a, s) => a + s.actual, 0);
    expect(spoken).toBe(used);
  });

  it('shows the times the durations come from, whatever the corrections: turns follow one another, and each lasts from its start to its end', () => {
    const plan = seedPlan();
    const log = [
      ev.started(T0),
      ev.next(at(5)),
      ev.interjecting(at(6)),
      ev.interjected(at(6, 30)),
      ev.paused(at(8)),
      ev.resumed(at(9)),
      ev.next(at(11)),
      ev.next(at(17)),
      ev.ended(at(21)),
    ];
    const run = play(plan, log);
    const held = ['opening#0', 'round-1#0', 'round-1#1', 'round-2#0'];
    const correction = fc
      .record({
        turnId: fc.constantFrom(...held),
        edge: fc.constantFrom('start' as const, 'end' as const),
        to: fc.integer({ min: -10 * 60, max: 40 * 60 }).map((s) => at(0, s)),
      })
      .map((c): RecordEvent => ({ type: 'boundaryCorrected', at: at(30), ...c }));
    fc.assert(
      fc.property(fc.array(correction, { maxLength: 5 }), (corrections) => {
        const report = buildReport(plan, run, log, foldRecord(corrections), at(30), 'salama');
        const turns = report.turns.filter((t) => t.startedAt !== null);
        expect(turns.map((t) => t.turnId)).toEqual(held);
        turns.forEach((t, i) => {
          expect(t.endedAt).not.toBeNull();
          expect(t.actual + t.interjections + t.paused).toBe(t.endedAt! - t.startedAt!);
          if (i > 0) expect(t.startedAt).toBe(turns[i - 1]!.endedAt);
        });
      }),
    );
  });

  it('holds a correction past the next turn at it: the turn in between is left with no time, shown as such', () => {
    const plan = seedPlan();
    const log = [ev.started(T0), ev.next(at(5)), ev.next(at(11)), ev.next(at(17)), ev.ended(at(21))];
    const report = buildReport(
      plan,
      play(plan, log),
      log,
      foldRecord([{ type: 'boundaryCorrected', at: at(30), turnId: 'round-1#0', edge: 'end', to: at(19) }]),
      at(30),
      'salama',
    );
    const [, first, second, third] = report.turns;
    expect(first).toMatchObject({ startedAt: at(5), endedAt: at(19), actual: 14 * MIN, corrected: { end: true } });
    expect(second).toMatchObject({ startedAt: at(19), endedAt: at(19), actual: 0 });
    expect(third).toMatchObject({ startedAt: at(19), endedAt: at(21), actual: 2 * MIN });
  });
});
