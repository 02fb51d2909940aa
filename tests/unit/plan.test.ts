import { compilePlan, FLOOR, recordOf } from '../../src/domain/plan';
import type { Agenda } from '../../src/domain/agenda';
import { buildAgenda, buildPlan, seedPlan, SEED_AGENDA, without } from './helpers';

const MIN = 60_000;

describe('compilePlan', () => {
  it('places every turn of the seed panel at its planned offset', () => {
    const plan = seedPlan();
    expect(plan.turns.map((t) => [t.id, t.speakerId, t.plannedOffset / MIN, t.allotted / MIN])).toEqual([
      ['opening#0', 'salama', 0, 5],
      ['round-1#0', 'arunatilaka', 5, 6],
      ['round-1#1', 'diop', 11, 6],
      ['round-2#0', 'diop', 17, 4],
      ['round-2#1', 'arunatilaka', 21, 4],
      ['round-2#2', 'munro', 25, 4],
      ['round-3#0', 'munro', 29, 5],
      ['round-3#1', 'arunatilaka', 34, 4],
      ['round-3#2', 'diop', 38, 4],
      ['floor#floor', FLOOR, 42, 15],
      ['closing#0', 'salama', 57, 3],
    ]);
  });

  it('places every segment at the end of the one before', () => {
    const plan = seedPlan();
    expect(plan.segments.map((s) => [s.id, s.plannedOffset / MIN, s.budget / MIN])).toEqual([
      ['opening', 0, 5],
      ['round-1', 5, 12],
      ['round-2', 17, 12],
      ['round-3', 29, 13],
      ['floor', 42, 15],
      ['closing', 57, 3],
    ]);
  });

  it('makes an open block one turn held by the floor with the whole budget', () => {
    const plan = buildPlan();
    const floor = plan.segmentById.floor!;
    expect(floor).toMatchObject({ open: true, flex: true, fixedBudget: 15 * MIN, budget: 15 * MIN, turnIds: ['floor#floor'] });
    expect(plan.turnById['floor#floor']).toEqual({
      id: 'floor#floor',
      segmentId: 'floor',
      speakerId: FLOOR,
      allotted: 15 * MIN,
      plannedOffset: 25 * MIN,
    });
  });

  it('treats an empty list of turns with minutes as an open block', () => {
    const agenda = buildAgenda();
    const plan = compilePlan({ ...agenda, segments: [{ id: 'qa', minutes: 10, turns: [] }] }, 'UTC');
    expect(plan.turns).toEqual([{ id: 'qa#floor', segmentId: 'qa', speakerId: FLOOR, allotted: 10 * MIN, plannedOffset: 0 }]);
  });

  it('sums the turns when a segment gives no minutes', () => {
    const round = buildPlan().segmentById['round-1']!;
    expect(round).toMatchObject({ fixedBudget: null, budget: 20 * MIN, open: false, flex: false, questionId: 'q1' });
  });

  it('keeps fixed minutes as the budget even when the turns add up to less', () => {
    const agenda = buildAgenda();
    const plan = compilePlan(
      {
        ...agenda,
        segments: [
          {
            id: 'round',
            minutes: 12,
            turns: [
              { speaker: 'ana', minutes: 4 },
              { speaker: 'ben', minutes: 4 },
            ],
          },
          { id: 'closing', turns: [{ speaker: 'mod', minutes: 2.5 }] },
        ],
      },
      'UTC',
    );
    expect(plan.segmentById.round).toMatchObject({ fixedBudget: 12 * MIN, budget: 12 * MIN, open: false, flex: false });
    expect(plan.turns.map((t) => t.plannedOffset / MIN)).toEqual([0, 4, 12]);
    expect(plan.turnById['closing#0']!.allotted).toBe(150_000);
    expect(plan.plannedTotal).toBe(14.5 * MIN);
  });

  it('adds up the budgets into the planned total', () => {
    expect(buildPlan().plannedTotal).toBe(45 * MIN);
    expect(buildPlan().slot).toBe(60 * MIN);
  });

  it('schedules 17:00 on 19 June 2025 in Geneva at 15:00 UTC', () => {
    const plan = seedPlan();
    expect(plan.scheduledStart).toBe(Date.UTC(2025, 5, 19, 15, 0));
    expect(plan.scheduledEnd).toBe(Date.UTC(2025, 5, 19, 16, 0));
    expect(plan.timeZone).toBe('Europe/Zurich');
  });

  it("uses the device's time zone when the agenda names none", () => {
    const plan = compilePlan(without(buildAgenda(), ['timeZone']) as Agenda, 'America/New_York');
    expect(plan.timeZone).toBe('America/New_York');
    expect(plan.scheduledStart).toBe(Date.UTC(2025, 5, 19, 21, 0));
  });

  it('takes the signals from the agenda, with defaults for those left out', () => {
    expect(buildPlan()).toMatchObject({ wrapUp: 60_000, final: 15_000 });
    expect(buildPlan({ signals: { wrapUpSeconds: 120, finalSeconds: 30 } })).toMatchObject({ wrapUp: 120_000, final: 30_000 });
  });

  it('finds people, questions and turns by id', () => {
    const plan = seedPlan();
    expect(plan.personById.diop!.name).toBe('Papa Maguèye Diop');
    expect(plan.questionById.q3!.text).toBe(SEED_AGENDA.questions![2]!.text);
    expect(plan.turnById['round-3#0']!.speakerId).toBe('munro');
  });
});

describe('recordOf', () => {
  it('finds nothing for ids that name Object.prototype members', () => {
    const record = recordOf([['a', 1]]);
    expect(record.constructor).toBeUndefined();
    expect(record.toString).toBeUndefined();
    expect(record.a).toBe(1);
  });

  it('keeps an id "__proto__" as an ordinary entry', () => {
    const record = recordOf([['__proto__', 7]]);
    expect(Object.keys(record)).toEqual(['__proto__']);
    expect(record['__proto__']).toBe(7);
    expect(Object.getPrototypeOf(record)).toBeNull();
  });
});
