import { floorOutlook } from '../../src/domain/floor-outlook';
import { AUDIENCE, DEFAULT_FLOOR_RULES, FLOOR, compilePlan } from '../../src/domain/plan';
import { currentTurnId, foldRun, type RunEvent } from '../../src/domain/run';
import type { Clock, Instant } from '../../src/domain/units';
import { minutesToMillis } from '../../src/domain/units';
import { validateAgenda } from '../../src/domain/validate-agenda';
import { floorActions } from '../../src/store/floor-actions';
import { createShowStore } from '../../src/store/show-store';
import persistedV1 from './fixtures/persisted-v1.json';
import persistedV2 from './fixtures/persisted-v2.json';
import { SEED_AGENDA, T0, at, ev } from './helpers';

class FakeClock implements Clock {
  constructor(public time: Instant = T0) {}
  now(): Instant {
    return this.time;
  }
  set(to: Instant): void {
    this.time = to;
  }
}

function setup() {
  const clock = new FakeClock();
  const store = createShowStore({ clock, agenda: SEED_AGENDA, deviceTimeZone: 'UTC' });
  // The store's own actions, and the list's (src/store/floor-actions.ts), which go through its `apply`.
  const actions = () => ({ ...store.getState().actions, ...floorActions(store.getState) });
  return { store, actions, clock };
}

/** The seed's turns before its open block: opening, two rounds of two and three, a round of three. */
const BEFORE_FLOOR = 9;

/** Starts the seed panel and presses Next until the floor holds the open block, at 17:45. */
function toTheFloor(s: ReturnType<typeof setup>) {
  s.actions().start();
  for (let i = 1; i <= BEFORE_FLOOR; i++) {
    s.clock.set(at(i * 5));
    s.actions().next();
  }
  const { run } = s.store.getState();
  expect(run.turns[currentTurnId(run)!]).toMatchObject({ segmentId: 'floor', speakerId: FLOOR });
}

describe("the store's list of speakers", () => {
  it('takes requests during the open block, gives the floor to the next, lets the panel answer, and undoes each step', () => {
    const s = setup();
    toTheFloor(s);
    s.clock.set(at(45, 10));
    expect(s.actions().requestFloor({ name: ' Amina Diallo ', delegation: 'Senegal' })).toBe(true);
    expect(s.actions().requestFloor({ name: 'Kofi', gender: 'man' })).toBe(true);
    expect(s.actions().requestFloor({ name: '   ' })).toBe(false);
    const listed = s.store.getState();
    const block = listed.run.floor['floor']!;
    expect(block.order.map((id) => block.entries[id]!.name)).toEqual(['Amina Diallo', 'Kofi']);
    expect(block.entries[block.order[0]!]).toMatchObject({ delegation: 'Senegal', status: 'waiting' });
    expect(block.entries[block.order[1]!]).toMatchObject({ gender: 'man' });
    expect(floorOutlook(listed.plan, listed.run, listed.now)).toMatchObject({ underWay: true, next: { name: 'Amina Diallo' } });

    s.clock.set(at(46));
    s.actions().giveFloorToNext();
    const given = s.store.getState();
    const questionId = currentTurnId(given.run)!;
    expect(given.run.turns[questionId]).toMatchObject({
      speakerId: AUDIENCE,
      requestId: block.order[0],
      round: 1,
      allotted: minutesToMillis(DEFAULT_FLOOR_RULES.questionMinutes),
    });
    expect(given.log.at(-1)).toMatchObject({ type: 'floorGiven', at: at(46) });

    s.clock.set(at(47, 30));
    s.actions().panelAnswers();
    const answered = s.store.getState();
    const answerIds = answered.run.order.slice(answered.run.current, answered.run.current + 3);
    expect(answerIds.map((id) => answered.run.turns[id]!.speakerId)).toEqual(['munro', 'arunatilaka', 'diop']);
    expect(answerIds.map((id) => answered.run.turns[id]!.answersRound)).toEqual([1, 1, 1]);
    expect(answered.run.floor['floor']!.round).toBe(2);
    expect(answered.run).toEqual(foldRun(answered.plan, answered.log));

    // Undo, step by step, gives back each state exactly.
    s.actions().undo();
    expect(s.store.getState().run).toEqual(given.run);
    s.actions().undo();
    expect(s.store.getState().run).toEqual(listed.run);
    s.actions().undo();
    s.actions().undo();
    expect(s.store.getState().run.floor).toEqual({});
  });

  it('moves, withdraws, removes, orders and closes through the store, each one event', () => {
    const s = setup();
    toTheFloor(s);
    for (const name of ['A', 'B', 'C', 'D']) s.actions().requestFloor({ name });
    const ids = () => s.store.getState().run.floor['floor']!.order;
    const [a, b, c, d] = ids();
    s.actions().moveRequest(d!, 0);
    expect(ids()).toEqual([d, a, b, c]);
    s.actions().withdrawRequest(b!);
    s.actions().removeRequest(c!);
    s.actions().setFirstTimersFirst(true);
    s.clock.set(at(57));
    s.actions().closeList();
    const { run, log } = s.store.getState();
    expect(log.slice(-5).map((e) => e.type)).toEqual([
      'floorRequestMoved',
      'floorRequestWithdrawn',
      'floorRequestRemoved',
      'floorListOrdered',
      'floorListClosed',
    ]);
    expect(run.floor['floor']).toMatchObject({ order: [d, a, b], firstTimersFirst: true, closedAt: at(57), waitingAtClose: 2 });
    expect(s.actions().requestFloor({ name: 'Late' })).toBe(false);
  });

  it('logs nothing when there is no one to give the floor to, or the block does not hold it', () => {
    const s = setup();
    s.actions().start();
    s.actions().requestFloor({ name: 'Early' });
    const before = s.store.getState().log.length;
    s.actions().giveFloorToNext();
    s.actions().panelAnswers();
    expect(s.store.getState().log.length).toBe(before);
    const t = setup();
    toTheFloor(t);
    const length = t.store.getState().log.length;
    t.actions().giveFloorToNext();
    expect(t.store.getState().log.length).toBe(length);
  });
});

describe('an agenda without the new fields', () => {
  /** A run of the seed panel with no list events: inserts, pauses, time added, the floor's block and the end. */
  const log: RunEvent[] = [
    ev.started(T0, 'scheduled'),
    ev.next(at(5, 20)),
    ev.interjecting(at(7)),
    ev.interjected(at(7, 30)),
    ev.adjusted(at(8), 30),
    ev.inserted(at(9), { id: 'x1', speakerId: 'munro', minutes: 1 }, 'next'),
    ...Array.from({ length: 9 }, (_, i) => ev.next(at(12 + i * 4))),
    ev.paused(at(47)),
    ev.resumed(at(48)),
    ev.inserted(at(49), { id: 'x2', speakerId: AUDIENCE, minutes: 2 }, 'now'),
    ev.next(at(51)),
    ev.next(at(58)),
    ev.ended(at(60)),
  ];

  it('has no floor fields in the seed, and gets the default rules for its open block', () => {
    for (const segment of SEED_AGENDA.segments) {
      for (const key of ['questionMinutes', 'answerMinutes', 'roundSize', 'askGender']) expect(segment).not.toHaveProperty(key);
    }
    const plan = compilePlan(SEED_AGENDA, 'UTC');
    expect(plan.segmentById['floor']!.floor).toEqual({ questionLimit: 90_000, answerLimit: 120_000, roundSize: 1, askGender: false });
    expect(plan.segments.filter((s) => s.floor !== null).map((s) => s.id)).toEqual(['floor']);
  });

  it('folds the same log to the same run, with an empty list of speakers, whether or not it went through the validator', () => {
    const loaded = validateAgenda(structuredClone(SEED_AGENDA));
    if (!loaded.ok) throw new Error('the seed agenda must load');
    const direct = foldRun(compilePlan(SEED_AGENDA, 'UTC'), log);
    const validated = foldRun(compilePlan(loaded.value.agenda, 'UTC'), log);
    expect(validated).toEqual(direct);
    expect(direct.floor).toEqual({});
    expect(direct.status).toBe('ended');
    // Nothing of the list on the turns: no request, round or answers.
    for (const turn of Object.values(direct.turns)) {
      expect(turn).not.toHaveProperty('requestId');
      expect(turn).not.toHaveProperty('round');
      expect(turn).not.toHaveProperty('answersRound');
    }
    // The floor's inserted speaker still gets the floor back after them.
    expect(direct.order.slice(direct.order.indexOf('x2'))).toEqual(['x2', 'x2:floor', 'closing#0']);
  });

  it.each([
    ['version 1', persistedV1],
    ['version 2', persistedV2],
  ])('folds a log stored before the list of speakers (%s) as it did', (_, stored) => {
    const agenda = stored.state.agenda as unknown;
    const loaded = validateAgenda(agenda);
    if (!loaded.ok) throw new Error('the stored agenda must load');
    const plan = compilePlan(loaded.value.agenda, 'UTC');
    const run = foldRun(plan, stored.state.log as unknown as RunEvent[]);
    // Every stored event applies, as it always did.
    expect(stored.state.log).toHaveLength(7);
    let applied = 0;
    let state = foldRun(plan, []);
    for (const event of stored.state.log as unknown as RunEvent[]) {
      const next = foldRun(plan, [...(stored.state.log as unknown as RunEvent[]).slice(0, applied), event]);
      expect(next).not.toEqual(state);
      state = next;
      applied += 1;
    }
    expect(run).toEqual(state);
    expect(run.floor).toEqual({});
    expect(run).toMatchObject({ status: 'running', activity: 'paused', current: 1, mode: 'scheduled' });
    expect(run.order.slice(0, 4)).toEqual(['opening#0', 'round-1#0', 'inserted-5-1', 'round-1#1']);
    expect(run.added).toEqual({ 'round-1#0': 30_000 });
    expect(run.records['round-1#0']!.spans.map((span) => span.kind)).toEqual(['speaking', 'interjecting', 'speaking', 'paused']);
  });
});
