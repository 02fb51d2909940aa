import {
  activeTime,
  countdownSeconds,
  msUntilDisplayChanges,
  msUntilSecondChanges,
  project,
  remainingInSegment,
  remainingInTurn,
  segmentBudget,
  signalFor,
  spokenByPerson,
  suggestedAnchorMode,
} from '../../src/domain/projection';
import { FLOOR } from '../../src/domain/plan';
import { initialRun, type AnchorMode, type RunEvent } from '../../src/domain/run';
import { instant, type Instant } from '../../src/domain/units';
import { T0, at, ev, play, seedPlan, total } from './helpers';

const MIN = 60_000;

/** The seed panel, 17:00–18:00 on 19 June 2025 in Geneva (T0 is its scheduled start). */
function setup(events: readonly RunEvent[] = []) {
  const plan = seedPlan();
  const run = play(plan, events);
  const view = (now: Instant, mode: AnchorMode = 'now') => project(plan, run, now, mode);
  return { plan, run, view };
}

describe('countdownSeconds', () => {
  it('reads whole seconds the way a countdown does', () => {
    expect(countdownSeconds(60 * MIN)).toBe(3600);
    expect(countdownSeconds(4 * MIN + 4_001)).toBe(245);
    expect(countdownSeconds(1001)).toBe(2);
    expect(countdownSeconds(1000)).toBe(1);
  });

  it('shows 1 during the last second', () => {
    expect(countdownSeconds(999)).toBe(1);
    expect(countdownSeconds(1)).toBe(1);
  });

  it('shows 0 at the end and until a full second is over', () => {
    expect(countdownSeconds(0)).toBe(0);
    expect(countdownSeconds(-1)).toBe(0);
    expect(countdownSeconds(-999)).toBe(0);
  });

  it('shows -1 once a full second is over', () => {
    expect(countdownSeconds(-1000)).toBe(-1);
    expect(countdownSeconds(-1999)).toBe(-1);
    expect(countdownSeconds(-12_000)).toBe(-12);
  });
});

describe('msUntilSecondChanges', () => {
  it('is the time until the countdown shows another second', () => {
    for (const remaining of [60 * MIN, 1500, 1000, 999, 1, 0, -1, -500, -1000, -1001]) {
      const wait = msUntilSecondChanges(remaining);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(1000);
      expect(countdownSeconds(remaining - wait)).not.toBe(countdownSeconds(remaining));
      expect(countdownSeconds(remaining - wait + 1)).toBe(countdownSeconds(remaining));
    }
  });

  it('waits a whole second on a second boundary', () => {
    expect(msUntilSecondChanges(5000)).toBe(1000);
    expect(msUntilSecondChanges(0)).toBe(1000);
    expect(msUntilSecondChanges(-3000)).toBe(1000);
  });
});

describe('signalFor', () => {
  it('turns to wrap-up at a minute, final at 15 seconds and over below zero', () => {
    const plan = seedPlan();
    expect(signalFor(61, plan)).toBe('normal');
    expect(signalFor(60, plan)).toBe('wrapUp');
    expect(signalFor(16, plan)).toBe('wrapUp');
    expect(signalFor(15, plan)).toBe('final');
    expect(signalFor(0, plan)).toBe('final');
    expect(signalFor(-1, plan)).toBe('over');
  });
});

describe('suggestedAnchorMode', () => {
  it("is scheduled on the agenda's date within 30 minutes of the start", () => {
    const { plan } = setup();
    expect(suggestedAnchorMode(plan, T0)).toBe('scheduled');
    expect(suggestedAnchorMode(plan, at(-30))).toBe('scheduled');
    expect(suggestedAnchorMode(plan, at(30))).toBe('scheduled');
  });

  it('is now more than 30 minutes before or after the start', () => {
    const { plan } = setup();
    expect(suggestedAnchorMode(plan, at(-30, -1))).toBe('now');
    expect(suggestedAnchorMode(plan, at(30, 1))).toBe('now');
  });

  it('is now on any other day, at the same clock time too', () => {
    const { plan } = setup();
    expect(suggestedAnchorMode(plan, at(-24 * 60))).toBe('now');
    expect(suggestedAnchorMode(plan, instant(Date.UTC(2026, 5, 19, 15, 0)))).toBe('now');
  });

  it('is now when 30 minutes before the start falls on the day before', () => {
    const plan = seedPlan();
    const midnight = { ...plan, date: '2025-06-20', start: '00:10', scheduledStart: instant(Date.UTC(2025, 5, 19, 22, 10)) };
    expect(suggestedAnchorMode(midnight, instant(Date.UTC(2025, 5, 19, 21, 50)))).toBe('now');
    expect(suggestedAnchorMode(midnight, instant(Date.UTC(2025, 5, 19, 22, 20)))).toBe('scheduled');
  });
});

describe('project', () => {
  it('shows the whole slot before the start in now mode, though the agenda is dated 2025', () => {
    const { plan, view } = setup();
    const today = instant(Date.UTC(2026, 2, 3, 9, 41, 17));
    const p = view(today, 'now');
    expect(p).toMatchObject({
      status: 'ready',
      mode: 'now',
      turnId: 'opening#0',
      speakerId: 'salama',
      segmentId: 'opening',
      questionId: null,
    });
    expect(p.sessionRemaining).toBe(60 * MIN);
    expect(countdownSeconds(p.sessionRemaining)).toBe(3600);
    expect(p.turnRemaining).toBe(5 * MIN);
    expect(p.hardEnd).toBe(today + plan.slot);
    expect(p.endDelta).toBe(0);
    expect(p.scheduleOffset).toBe(0);
    expect(p.ticking).toEqual({ turn: false, segment: false, session: false });
  });

  it('counts down to the scheduled end before a scheduled start', () => {
    const { plan, view } = setup();
    const p = view(at(-10), 'scheduled');
    expect(p.sessionRemaining).toBe(70 * MIN);
    expect(p.hardEnd).toBe(plan.scheduledEnd);
    expect(p.projectedEnd).toBe(plan.scheduledEnd);
    expect(p.scheduleOffset).toBe(0);
    expect(p.ticking.session).toBe(true);
  });

  it('shows the lateness of a scheduled start that has not happened yet', () => {
    const { view } = setup();
    const p = view(at(4), 'scheduled');
    expect(p.scheduleOffset).toBe(4 * MIN);
    expect(p.endDelta).toBe(4 * MIN);
  });

  it('keeps the hard end on a late start in scheduled mode', () => {
    const { plan, view } = setup([ev.started(at(10), 'scheduled')]);
    const p = view(at(10));
    expect(p.mode).toBe('scheduled');
    expect(p.hardEnd).toBe(plan.scheduledEnd);
    expect(p.sessionRemaining).toBe(50 * MIN);
    expect(p.turnRemaining).toBe(5 * MIN);
    expect(p.scheduleOffset).toBe(10 * MIN);
    expect(p.projectedEnd).toBe(at(70));
    expect(p.endDelta).toBe(10 * MIN);
  });

  it('anchors at the moment of Start in now mode', () => {
    const start = at(3 * 24 * 60 + 17);
    const { view } = setup([ev.started(start, 'now')]);
    const p = view(later(start, 30_500));
    expect(p.hardEnd).toBe(start + 60 * MIN);
    expect(p.sessionRemaining).toBe(60 * MIN - 30_500);
    expect(p.turnRemaining).toBe(5 * MIN - 30_500);
    expect(p.scheduleOffset).toBe(0);
    expect(p.endDelta).toBe(0);
  });

  it('is behind schedule by the overrun and projects the end that late', () => {
    const { view } = setup([ev.started(T0, 'scheduled')]);
    const p = view(at(7));
    expect(p.turnRemaining).toBe(-2 * MIN);
    expect(countdownSeconds(p.turnRemaining)).toBe(-120);
    expect(p.scheduleOffset).toBe(2 * MIN);
    expect(p.projectedEnd).toBe(at(62));
    expect(p.endDelta).toBe(2 * MIN);
  });

  it('carries an overrun into the next segment', () => {
    const { view } = setup([ev.started(T0), ev.next(at(7))]);
    const p = view(at(8));
    expect(p).toMatchObject({ turnId: 'round-1#0', speakerId: 'arunatilaka', questionId: 'q1' });
    expect(p.segmentRemaining).toBe(11 * MIN);
    expect(p.scheduleOffset).toBe(2 * MIN);
    expect(p.endDelta).toBe(2 * MIN);
  });

  it('is ahead of schedule when a turn ends early', () => {
    const { view } = setup([ev.started(T0), ev.next(at(3))]);
    const p = view(at(3));
    expect(p.scheduleOffset).toBe(-2 * MIN);
    expect(p.endDelta).toBe(-2 * MIN);
  });

  it('shows time added as time the plan no longer has', () => {
    const { view } = setup([ev.started(T0), ev.adjusted(at(1), 30)]);
    const p = view(at(1));
    expect(p.turnRemaining).toBe(4 * MIN + 30_000);
    expect(p.endDelta).toBe(30_000);
    expect(p.scheduleOffset).toBe(30_000);
  });

  it('stops the turn and segment clocks while paused but not the session', () => {
    const { view } = setup([ev.started(T0), ev.paused(at(1))]);
    const p = view(at(4));
    expect(p.activity).toBe('paused');
    expect(p.turnRemaining).toBe(4 * MIN);
    expect(p.segmentRemaining).toBe(4 * MIN);
    expect(p.sessionRemaining).toBe(56 * MIN);
    expect(p.ticking).toEqual({ turn: false, segment: false, session: true });
  });

  it("stops the speaker's clock during an interjection but not the segment's", () => {
    const { view } = setup([ev.started(T0), ev.next(at(5)), ev.interjecting(at(6))]);
    const p = view(at(7));
    expect(p.turnRemaining).toBe(5 * MIN);
    expect(p.segmentRemaining).toBe(10 * MIN);
    expect(p.ticking).toEqual({ turn: false, segment: true, session: true });
  });

  it('lists the turns still to come with their allotments', () => {
    const { view } = setup([
      ev.started(T0),
      ev.skipped(at(1), 'round-1#1'),
      ev.inserted(at(1), { id: 'x', speakerId: 'munro', minutes: 2 }, 'next'),
    ]);
    const upcoming = view(at(1)).upcoming;
    expect(upcoming.slice(0, 3).map((u) => [u.turnId, u.speakerId, u.allotted / MIN, u.inserted])).toEqual([
      ['x', 'munro', 2, true],
      ['round-1#0', 'arunatilaka', 6, false],
      ['round-2#0', 'diop', 4, false],
    ]);
  });

  it("shares the open block's budget between the floor and the turns given from it", () => {
    const toFloor = [
      ev.started(T0),
      ev.next(at(5)),
      ev.next(at(11)),
      ev.next(at(17)),
      ev.next(at(21)),
      ev.next(at(25)),
      ev.next(at(29)),
      ev.next(at(34)),
      ev.next(at(38)),
      ev.next(at(42)),
    ];
    const { view } = setup([...toFloor, ev.inserted(at(44), { id: 'q', speakerId: '@audience', minutes: 2 }, 'now')]);
    const p = view(at(45));
    expect(p).toMatchObject({ turnId: 'q', segmentId: 'floor', turnRemaining: MIN, segmentRemaining: 12 * MIN });
    expect(p.upcoming[0]).toMatchObject({ turnId: 'q:floor', speakerId: FLOOR, allotted: 12 * MIN });
    expect(p.projectedEnd).toBe(at(60));
    expect(p.scheduleOffset).toBe(0);
  });

  it('ends the projection at the end of the session', () => {
    const { view } = setup([ev.started(T0, 'scheduled'), ev.ended(at(58))]);
    const p = view(at(61));
    expect(p).toMatchObject({ status: 'ended', turnId: null, projectedEnd: at(58), scheduleOffset: -2 * MIN, endDelta: -2 * MIN });
    // The session clock stops where the session ended: two minutes before the hard end.
    expect(p.sessionRemaining).toBe(2 * MIN);
  });
});

describe('remainingInTurn', () => {
  it("gives the floor's turn what is left of its block", () => {
    const plan = seedPlan();
    const toFloor = [ev.started(T0), ...[5, 11, 17, 21, 25, 29, 34, 38, 42].map((m) => ev.next(at(m)))];
    const run = play(plan, [...toFloor, ev.interjecting(at(43)), ev.interjected(at(44))]);
    expect(remainingInTurn(plan, run, 'floor#floor', at(45))).toBe(12 * MIN);
    expect(remainingInSegment(plan, run, 'floor', at(45))).toBe(12 * MIN);
  });

  it('is zero for a turn that does not exist', () => {
    const plan = seedPlan();
    expect(remainingInTurn(plan, initialRun(plan), 'nope', T0)).toBe(0);
  });
});

describe('segmentBudget', () => {
  it('is the sum of the turns left in a segment without fixed minutes', () => {
    const plan = seedPlan();
    const run = play(plan, [
      ev.started(T0),
      ev.skipped(at(1), 'round-2#2'),
      ev.inserted(at(1), { id: 'x', speakerId: 'munro', minutes: 1 }, 'next'),
    ]);
    expect(segmentBudget(plan, run, 'round-2')).toBe(8 * MIN);
    expect(segmentBudget(plan, run, 'opening')).toBe(6 * MIN);
    expect(segmentBudget(plan, run, 'floor')).toBe(15 * MIN);
  });
});

describe('spokenByPerson', () => {
  it('counts speaking to the speaker, interjections to the moderator and the open floor to FLOOR', () => {
    const plan = seedPlan();
    const toFloor = [ev.started(T0), ...[5, 11, 17, 21, 25, 29, 34, 38, 42].map((m) => ev.next(at(m)))];
    const run = play(plan, [
      ...toFloor,
      ev.interjecting(at(43)),
      ev.interjected(at(44)),
      ev.paused(at(45)),
      ev.resumed(at(47)),
      ev.inserted(at(48), { id: 'q', speakerId: '@audience', minutes: 2 }, 'now'),
    ]);
    const spoken = spokenByPerson(run, at(50), 'salama');
    expect(spoken).toEqual({
      salama: 6 * MIN,
      arunatilaka: 14 * MIN,
      diop: 14 * MIN,
      munro: 9 * MIN,
      [FLOOR]: 3 * MIN,
      '@audience': 2 * MIN,
    });
    expect(total(spoken)).toBe(48 * MIN);
    expect(activeTime(run, at(50))).toBe(48 * MIN);
  });
});

describe('msUntilDisplayChanges', () => {
  it('waits for the next change of the clock or of a ticking countdown', () => {
    const { view } = setup([ev.started(instant(T0 + 250))]);
    const now = instant(T0 + 1000);
    expect(msUntilDisplayChanges(view(now), now)).toBe(250);
  });

  it('waits for the next second of the time of day when nothing ticks', () => {
    const { view } = setup();
    const now = instant(T0 + 400);
    expect(msUntilDisplayChanges(view(now, 'now'), now)).toBe(600);
  });
});

function later(from: Instant, ms: number): Instant {
  return instant(from + ms);
}
