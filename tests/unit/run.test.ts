import { FLOOR } from '../../src/domain/plan';
import { remainingInTurn, spokenByPerson, spokenInTurn } from '../../src/domain/projection';
import { applyEvent, canApply, currentTurnId, foldRun, initialRun, type RunEvent } from '../../src/domain/run';
import type { Millis } from '../../src/domain/units';
import { T0, at, buildPlan, ev, play, seedPlan } from './helpers';

const MIN = 60_000;

function setup(events: readonly RunEvent[] = [ev.started(T0)]) {
  const plan = buildPlan();
  const run = play(plan, events);
  return { plan, run, events };
}

describe('initialRun', () => {
  it('is ready, with every planned turn in order and nobody holding the floor', () => {
    const plan = buildPlan();
    const run = initialRun(plan);
    expect(run).toMatchObject({
      status: 'ready',
      mode: null,
      startedAt: null,
      anchor: null,
      hardEnd: null,
      current: -1,
      activity: 'speaking',
      skipped: [],
    });
    expect(run.order).toEqual(['opening#0', 'round-1#0', 'round-1#1', 'floor#floor', 'closing#0']);
    expect(currentTurnId(run)).toBeNull();
  });
});

describe('applyEvent', () => {
  it('starts the session on the first turn, anchored at the moment of Start in now mode', () => {
    const start = at(60 * 24);
    const { run } = setup([ev.started(start, 'now')]);
    expect(run).toMatchObject({ status: 'running', mode: 'now', startedAt: start, anchor: start, hardEnd: start + 60 * MIN, current: 0 });
    expect(currentTurnId(run)).toBe('opening#0');
    expect(run.records['opening#0']).toEqual({
      turnId: 'opening#0',
      startedAt: start,
      endedAt: null,
      spans: [{ kind: 'speaking', from: start, to: null }],
    });
  });

  it("keeps the agenda's clock times in scheduled mode, even when started late", () => {
    const { plan, run } = setup([ev.started(at(10), 'scheduled')]);
    expect(run).toMatchObject({ mode: 'scheduled', startedAt: at(10), anchor: plan.scheduledStart, hardEnd: plan.scheduledEnd });
  });

  it('refuses a second start', () => {
    const { plan, run } = setup();
    expect(applyEvent(plan, run, ev.started(at(1)))).toBe(run);
  });

  it('refuses everything but start and insert before the start', () => {
    const plan = buildPlan();
    const run = initialRun(plan);
    for (const event of [ev.next(T0), ev.paused(T0), ev.resumed(T0), ev.interjecting(T0), ev.adjusted(T0, 30), ev.ended(T0)]) {
      expect(canApply(plan, run, event)).toBe(false);
    }
    expect(canApply(plan, run, ev.started(T0))).toBe(true);
  });

  it('gives the floor to the next turn and closes the one before', () => {
    const { run } = setup([ev.started(T0), ev.next(at(5, 12))]);
    expect(currentTurnId(run)).toBe('round-1#0');
    expect(run.records['opening#0']).toMatchObject({ endedAt: at(5, 12), spans: [{ kind: 'speaking', from: T0, to: at(5, 12) }] });
    expect(run.records['round-1#0']).toMatchObject({ startedAt: at(5, 12), endedAt: null });
  });

  it('ends the session when Next is pressed on the last turn', () => {
    const { plan, run } = setup([ev.started(T0), ev.next(at(5)), ev.next(at(15)), ev.next(at(25)), ev.next(at(40)), ev.next(at(45))]);
    expect(run).toMatchObject({ status: 'ended', endedAt: at(45), current: 5 });
    expect(run.records['closing#0']!.endedAt).toBe(at(45));
    expect(applyEvent(plan, run, ev.next(at(46)))).toBe(run);
  });

  it('stops the turn clock while paused and starts it again on resume', () => {
    const { plan, run } = setup([ev.started(T0), ev.paused(at(1)), ev.resumed(at(3))]);
    expect(run.activity).toBe('speaking');
    expect(spokenInTurn(run, 'opening#0', at(4))).toBe(2 * MIN);
    expect(remainingInTurn(plan, run, 'opening#0', at(4))).toBe(3 * MIN);
  });

  it('refuses a resume while speaking and a pause while paused', () => {
    const { plan, run } = setup();
    expect(applyEvent(plan, run, ev.resumed(at(1)))).toBe(run);
    const paused = applyEvent(plan, run, ev.paused(at(1)));
    expect(paused.activity).toBe('paused');
    expect(applyEvent(plan, paused, ev.paused(at(2)))).toBe(paused);
  });

  it("stops the speaker's clock during an interjection and counts it to the moderator", () => {
    const { plan, run } = setup([ev.started(T0), ev.next(at(5)), ev.interjecting(at(7)), ev.interjected(at(8))]);
    expect(currentTurnId(run)).toBe('round-1#0');
    expect(remainingInTurn(plan, run, 'round-1#0', at(10))).toBe(6 * MIN);
    expect(spokenByPerson(run, at(10), 'mod')).toEqual({ mod: 6 * MIN, ana: 4 * MIN });
  });

  it('refuses an interjection while paused', () => {
    const { plan, run } = setup([ev.started(T0), ev.paused(at(1))]);
    expect(applyEvent(plan, run, ev.interjecting(at(2)))).toBe(run);
  });

  it('resumes speaking when the next turn starts during a pause', () => {
    const { run } = setup([ev.started(T0), ev.paused(at(4)), ev.next(at(6))]);
    expect(run.activity).toBe('speaking');
    expect(run.records['opening#0']!.spans.at(-1)).toEqual({ kind: 'paused', from: at(4), to: at(6) });
  });

  it('adds and takes away 30 seconds on the turn holding the floor', () => {
    const { plan, run } = setup([ev.started(T0), ev.adjusted(at(1), 30), ev.adjusted(at(1), 30), ev.adjusted(at(2), -30)]);
    expect(run.added['opening#0']).toBe(30_000);
    expect(remainingInTurn(plan, run, 'opening#0', at(2))).toBe(3 * MIN + 30_000);
  });

  it('refuses to take away more time than the turn has been allotted', () => {
    const { plan, run } = setup();
    expect(applyEvent(plan, run, ev.adjusted(at(1), -301))).toBe(run);
    expect(applyEvent(plan, run, ev.adjusted(at(1), -300)).added['opening#0']).toBe(-5 * MIN);
    expect(applyEvent(plan, run, ev.adjusted(at(1), 0))).toBe(run);
  });

  it('refuses an adjustment that is not a finite number of milliseconds', () => {
    const { plan, run } = setup();
    for (const by of [Infinity, -Infinity, NaN]) {
      expect(applyEvent(plan, run, { type: 'timeAdjusted', at: at(1), by: by as Millis })).toBe(run);
    }
  });

  it('skips a turn still to come and refuses to skip the current one', () => {
    const { plan, run } = setup([ev.started(T0), ev.skipped(at(1), 'round-1#1')]);
    expect(run.order).toEqual(['opening#0', 'round-1#0', 'floor#floor', 'closing#0']);
    expect(run.skipped).toEqual(['round-1#1']);
    expect(applyEvent(plan, run, ev.skipped(at(1), 'opening#0'))).toBe(run);
    expect(applyEvent(plan, run, ev.skipped(at(1), 'no-such-turn'))).toBe(run);
    const later = play(plan, [ev.started(T0), ev.skipped(at(1), 'round-1#1'), ev.next(at(5)), ev.next(at(15))]);
    expect(currentTurnId(later)).toBe('floor#floor');
  });

  it('moves a turn still to come to a place in the queue', () => {
    const { plan, run } = setup([ev.started(T0), ev.moved(at(1), 'round-1#1', 0)]);
    expect(run.order).toEqual(['opening#0', 'round-1#1', 'round-1#0', 'floor#floor', 'closing#0']);
    expect(currentTurnId(play(plan, [...[ev.started(T0), ev.moved(at(1), 'round-1#1', 0)], ev.next(at(5))]))).toBe('round-1#1');
    const toEnd = applyEvent(plan, run, ev.moved(at(2), 'round-1#1', 99));
    expect(toEnd.order).toEqual(['opening#0', 'round-1#0', 'floor#floor', 'closing#0', 'round-1#1']);
  });

  it('refuses to move the current turn or a turn to where it already is', () => {
    const { plan, run } = setup();
    expect(applyEvent(plan, run, ev.moved(at(1), 'opening#0', 2))).toBe(run);
    expect(applyEvent(plan, run, ev.moved(at(1), 'round-1#0', 0))).toBe(run);
  });

  it('inserts a turn that takes the floor now', () => {
    const { run } = setup([ev.started(T0), ev.inserted(at(2), { id: 'x', speakerId: 'ben', minutes: 1 }, 'now')]);
    expect(currentTurnId(run)).toBe('x');
    expect(run.turns.x).toEqual({ id: 'x', segmentId: 'opening', speakerId: 'ben', allotted: MIN, inserted: true });
    expect(run.records['opening#0']!.endedAt).toBe(at(2));
    expect(run.order).toEqual(['opening#0', 'x', 'round-1#0', 'round-1#1', 'floor#floor', 'closing#0']);
  });

  it('inserts a turn that comes next', () => {
    const { run } = setup([ev.started(T0), ev.inserted(at(2), { id: 'x', speakerId: 'ben', minutes: 1 }, 'next')]);
    expect(currentTurnId(run)).toBe('opening#0');
    expect(run.order.slice(0, 3)).toEqual(['opening#0', 'x', 'round-1#0']);
  });

  it('brings the floor back after a turn inserted during the open block', () => {
    const toFloor = [ev.started(T0), ev.next(at(5)), ev.next(at(15)), ev.next(at(25))];
    const { run } = setup([...toFloor, ev.inserted(at(27), { id: 'q', speakerId: '@audience', minutes: 2 }, 'now')]);
    expect(currentTurnId(run)).toBe('q');
    expect(run.turns.q!.segmentId).toBe('floor');
    expect(run.order.slice(3, 6)).toEqual(['floor#floor', 'q', 'q:floor']);
    expect(run.turns['q:floor']).toMatchObject({ segmentId: 'floor', speakerId: FLOOR, inserted: true });
    const { run: after } = setup([
      ...toFloor,
      ev.inserted(at(27), { id: 'q', speakerId: '@audience', minutes: 2 }, 'now'),
      ev.next(at(29)),
    ]);
    expect(currentTurnId(after)).toBe('q:floor');
  });

  it('brings the floor back after a turn inserted next during the open block', () => {
    const toFloor = [ev.started(T0), ev.next(at(5)), ev.next(at(15)), ev.next(at(25))];
    const { run } = setup([...toFloor, ev.inserted(at(27), { id: 'q', speakerId: 'ana', minutes: 2 }, 'next'), ev.next(at(28))]);
    expect(currentTurnId(run)).toBe('q');
    expect(run.order.slice(3)).toEqual(['floor#floor', 'q', 'q:floor', 'closing#0']);
  });

  it('refuses an inserted turn with an id already taken, no time or endless time', () => {
    const { plan, run } = setup();
    expect(applyEvent(plan, run, ev.inserted(at(1), { id: 'round-1#0', speakerId: 'ben', minutes: 1 }, 'next'))).toBe(run);
    expect(applyEvent(plan, run, ev.inserted(at(1), { id: 'y', speakerId: 'ben', minutes: 0 }, 'next'))).toBe(run);
    expect(applyEvent(plan, run, ev.inserted(at(1), { id: 'y', speakerId: 'ben', minutes: Infinity }, 'next'))).toBe(run);
    expect(applyEvent(plan, run, ev.inserted(at(1), { id: 'y', speakerId: 'ben', minutes: NaN }, 'now'))).toBe(run);
  });

  it('inserts before the first turn when the session has not started', () => {
    const plan = buildPlan();
    const run = applyEvent(plan, initialRun(plan), ev.inserted(T0, { id: 'x', speakerId: 'ana', minutes: 1 }, 'now'));
    expect(run.status).toBe('ready');
    expect(run.order[0]).toBe('x');
    expect(run.turns.x!.segmentId).toBe('opening');
  });

  it('ends the session, closes the turn and refuses what follows', () => {
    const { plan, run } = setup([ev.started(T0), ev.paused(at(2)), ev.ended(at(3))]);
    expect(run).toMatchObject({ status: 'ended', endedAt: at(3), current: run.order.length });
    expect(run.records['opening#0']).toMatchObject({ endedAt: at(3) });
    expect(run.records['opening#0']!.spans.at(-1)!.to).toBe(at(3));
    expect(currentTurnId(run)).toBeNull();
    for (const event of [
      ev.next(at(4)),
      ev.resumed(at(4)),
      ev.adjusted(at(4), 30),
      ev.ended(at(4)),
      ev.skipped(at(4), 'closing#0'),
      ev.inserted(at(4), { id: 'z', speakerId: 'ana', minutes: 1 }, 'next'),
    ]) {
      expect(applyEvent(plan, run, event)).toBe(run);
    }
  });
});

describe('foldRun', () => {
  it('undoes the last event when folded over the log without it', () => {
    const plan = seedPlan();
    const log = [
      ev.started(T0),
      ev.next(at(5)),
      ev.interjecting(at(6)),
      ev.interjected(at(7)),
      ev.adjusted(at(8), 30),
      ev.inserted(at(9), { id: 'x', speakerId: 'munro', minutes: 1 }, 'next'),
      ev.next(at(12)),
    ];
    let before = initialRun(plan);
    for (const event of log.slice(0, -1)) before = applyEvent(plan, before, event);
    expect(foldRun(plan, log.slice(0, -1))).toEqual(before);
    expect(foldRun(plan, log)).not.toEqual(before);
    expect(currentTurnId(foldRun(plan, log))).toBe('x');
    expect(currentTurnId(foldRun(plan, log.slice(0, -1)))).toBe('round-1#0');
  });

  it('passes over events that do not apply', () => {
    const plan = seedPlan();
    const clean = [ev.started(T0), ev.next(at(5))];
    expect(foldRun(plan, [ev.next(T0), ev.started(T0), ev.resumed(at(1)), ev.next(at(5))])).toEqual(foldRun(plan, clean));
  });
});
