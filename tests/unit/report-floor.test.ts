import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Gender } from '../../src/domain/floor-list';
import { foldRecord } from '../../src/domain/record';
import { buildReport } from '../../src/domain/report';
import type { RunEvent } from '../../src/domain/run';
import type { Instant } from '../../src/domain/units';
import { floorEv, floorLog } from './floor-fixture';
import { at, buildPlan, ev, play, T0 } from './helpers';

const MIN = 60_000;
const SEC = 1000;

function report(log: RunEvent[], now: Instant = at(50)) {
  const plan = buildPlan();
  return buildReport(plan, play(plan, log), log, foldRecord([]), now, 'mod');
}

describe('buildReport: questions from the floor', () => {
  it("names each floor speaker's turn and marks each answer with the round it answered", () => {
    const turns = report(floorLog()).turns;
    const turn = (id: string) => turns.find((t) => t.turnId === id)!;
    expect(turn('f1')).toMatchObject({
      speakerId: '@audience',
      requestId: 'r1',
      round: 1,
      answersRound: null,
      floorSpeaker: { name: 'Alice Aro', delegation: 'Chile' },
      actual: 90 * SEC,
    });
    expect(turn('a2')).toMatchObject({ speakerId: 'ben', requestId: null, round: null, answersRound: 1, floorSpeaker: null });
    expect(turn('opening#0')).toMatchObject({ requestId: null, round: null, answersRound: null, floorSpeaker: null });
  });

  it('lists the floor speakers in the order they spoke, and the answers with panelist and round', () => {
    const [block] = report(floorLog()).floor!;
    expect(block!.speakers).toEqual([
      expect.objectContaining({ turnId: 'f1', name: 'Alice Aro', delegation: 'Chile', gender: 'woman', round: 1, actual: 90 * SEC }),
      expect.objectContaining({ turnId: 'f2', name: 'Bob Bay', delegation: 'Kenya', gender: 'man', round: 1, actual: MIN }),
    ]);
    expect(block!.answers.map((a) => [a.speakerId, a.round, a.actual])).toEqual([
      ['ana', 1, 2 * MIN],
      ['ben', 1, 90 * SEC],
    ]);
  });

  it("totals the block: questions asked, time for questions against answers, the floor's own time, left waiting, withdrawn", () => {
    const r = report(floorLog());
    const block = r.floor![0]!;
    expect(block).toMatchObject({
      segmentId: 'floor',
      questionsAsked: 2,
      rounds: 1,
      questionsTime: 150 * SEC,
      answersTime: 210 * SEC,
      // 17:25–17:26, 17:27:30–17:28, 17:29–17:29:30 and 17:33–17:40 less the 30 s interjection.
      floorTime: 8.5 * MIN,
      otherTime: 0,
      interjections: 30 * SEC,
      used: 15 * MIN,
      over: true,
      waiting: [{ name: 'Dana Dee', delegation: null }],
      closedAt: at(34),
      waitingAtClose: 1,
      withdrawn: 1,
    });
    // The block's time used is the sum of its turns, and the segment's total.
    expect(block.questionsTime + block.answersTime + block.floorTime + block.otherTime + block.interjections).toBe(block.used);
    expect(r.segments.find((s) => s.id === 'floor')!.actual).toBe(block.used);
  });

  it('counts speakers and speaking time by gender where a gender was recorded', () => {
    const block = report(floorLog()).floor![0]!;
    expect(block.genders).toEqual([
      { gender: 'woman', requests: 2, speakers: 1, actual: 90 * SEC, share: 0.6 },
      { gender: 'man', requests: 1, speakers: 1, actual: MIN, share: 0.4 },
      { gender: 'another', requests: 0, speakers: 0, actual: 0, share: 0 },
      { gender: 'notRecorded', requests: 1, speakers: 0, actual: 0, share: 0 },
    ]);
  });

  it('has no gender table when no gender was recorded', () => {
    const log = floorLog().map((e) => (e.type === 'floorRequested' ? { ...e, request: { id: e.request.id, name: e.request.name } } : e));
    expect(report(log).floor![0]!.genders).toBeNull();
  });

  it('counts those waiting now while the block is under way, and the list still open', () => {
    const log = floorLog().filter((e) => e.at <= at(31));
    const block = report(log, at(31)).floor![0]!;
    expect(block).toMatchObject({ over: false, closedAt: null, waitingAtClose: null, withdrawn: 0, questionsAsked: 2 });
    expect(block.waiting.map((w) => w.name)).toEqual(['Chen Cho', 'Dana Dee']);
    // The first answer is under way: 1:30 of it so far.
    expect(block.answers.map((a) => [a.status, a.actual])).toEqual([
      ['running', 90 * SEC],
      ['notReached', 0],
    ]);
  });

  it('is null when the run has no list of speakers', () => {
    const log = [ev.started(T0), ev.next(at(5)), ev.next(at(15)), ev.next(at(25)), ev.ended(at(40))];
    expect(report(log).floor).toBeNull();
  });

  it('adds up whatever happens in the block: used is questions, answers, floor, other and interjections; genders sum to the questions', () => {
    const genders = fc.constantFrom<Gender | undefined>('woman', 'man', 'another', 'notRecorded', undefined);
    const step = fc.oneof(
      fc.record({ kind: fc.constant('request' as const), gender: genders }),
      fc.constant({ kind: 'give' as const }),
      fc.constant({ kind: 'answers' as const }),
      fc.constant({ kind: 'next' as const }),
      fc.constant({ kind: 'withdraw' as const }),
      fc.constant({ kind: 'interject' as const }),
      fc.constant({ kind: 'pause' as const }),
      fc.constant({ kind: 'close' as const }),
      fc.constant({ kind: 'insert' as const }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(step, fc.integer({ min: 1, max: 90 })), { maxLength: 30 }), fc.boolean(), (steps, end) => {
        const log: RunEvent[] = [ev.started(T0), ev.next(at(5)), ev.next(at(15)), ev.next(at(25))];
        let t = 25 * 60;
        let n = 0;
        const pending: string[] = [];
        for (const [s, gap] of steps) {
          t += gap;
          const when = at(0, t);
          n++;
          switch (s.kind) {
            case 'request':
              log.push(floorEv.requested(when, `r${n}`, `Person ${n}`, n % 2 ? 'Delegation' : undefined, s.gender));
              pending.push(`r${n}`);
              break;
            case 'give':
              if (pending.length) log.push(floorEv.given(when, pending.shift()!, `f${n}`));
              break;
            case 'answers':
              log.push(
                floorEv.answers(when, [
                  { turnId: `a${n}`, speakerId: 'ana' },
                  { turnId: `b${n}`, speakerId: 'ben' },
                ]),
              );
              break;
            case 'next':
              log.push(ev.next(when));
              break;
            case 'withdraw':
              if (pending.length) log.push(floorEv.withdrawn(when, pending.pop()!));
              break;
            case 'interject':
              log.push(ev.interjecting(when), ev.interjected(at(0, t + 10)));
              t += 10;
              break;
            case 'pause':
              log.push(ev.paused(when), ev.resumed(at(0, t + 10)));
              t += 10;
              break;
            case 'close':
              log.push(floorEv.closed(when));
              break;
            case 'insert':
              log.push(ev.inserted(when, { id: `i${n}`, speakerId: '@audience', minutes: 1 }, 'now'));
              break;
          }
        }
        if (end) log.push(ev.ended(at(0, t + 5)));
        const r = report(log, at(0, t + 30));
        const blocks = r.floor;
        if (!blocks) return;
        const block = blocks[0]!;
        expect(block.questionsTime + block.answersTime + block.floorTime + block.otherTime + block.interjections).toBe(block.used);
        expect(r.segments.find((x) => x.id === 'floor')!.actual).toBe(block.used);
        expect(block.speakers.reduce((a, x) => a + x.actual, 0)).toBe(block.questionsTime);
        expect(block.answers.reduce((a, x) => a + x.actual, 0)).toBe(block.answersTime);
        if (block.genders) {
          expect(block.genders.reduce((a, g) => a + g.actual, 0)).toBe(block.questionsTime);
          expect(block.genders.reduce((a, g) => a + g.speakers, 0)).toBe(block.questionsAsked);
        }
        const run = play(buildPlan(), log);
        const entries = Object.values(run.floor.floor?.entries ?? {});
        expect(block.waiting).toHaveLength(entries.filter((e) => e.status === 'waiting').length);
        expect(block.withdrawn).toBe(entries.filter((e) => e.status === 'withdrawn').length);
        expect(block.speakers).toHaveLength(entries.filter((e) => e.status === 'given').length);
      }),
    );
  });
});
