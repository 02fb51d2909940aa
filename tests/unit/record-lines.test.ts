import { describe, expect, it } from 'vitest';
import { foldRecord } from '../../src/domain/record';
import { buildReport } from '../../src/domain/report';
import type { RunEvent } from '../../src/domain/run';
import { balanceLine, reportMarkdown, turnDifference, turnRows } from '../../src/features/log/report-files';
import { at, ev, play, seedPlan, T0 } from './helpers';

function setup(log: RunEvent[], now = at(60)) {
  const plan = seedPlan();
  const report = buildReport(plan, play(plan, log), log, foldRecord([]), now, 'salama');
  return { plan, report };
}

describe('turnDifference', () => {
  it('shows nothing for the turn still under way while it is within its time', () => {
    // Arunatilaka's 6 minutes began at 5:00; at 5:32 she is 5:28 from her end, not 5:28 under.
    const { report } = setup([ev.started(T0), ev.next(at(5))], at(5, 32));
    const running = report.turns.find((t) => t.status === 'running')!;
    expect(running.difference).toBe(-(5 * 60 + 28) * 1000);
    expect(turnDifference(running)).toBe('');
  });

  it('shows the time over once the running turn overruns, and under for a turn that is done', () => {
    const { report } = setup([ev.started(T0), ev.next(at(3)), ev.next(at(9, 40))], at(9, 40));
    const [opening, first] = report.turns;
    expect(turnDifference(opening!)).toBe('−2:00');
    expect(turnDifference(first!)).toBe('+0:40');
    const { report: later } = setup([ev.started(T0), ev.next(at(5))], at(11, 30));
    expect(turnDifference(later.turns.find((t) => t.status === 'running')!)).toBe('+0:30');
  });

  it('leaves the running turn blank in the CSV and the Markdown too', () => {
    const { plan, report } = setup([ev.started(T0), ev.next(at(5))], at(5, 32));
    const [header, , running] = turnRows(plan, report);
    expect(running![header!.indexOf('Status')]).toBe('speaking now');
    expect(running![header!.indexOf('Over / under')]).toBe('');
    expect(reportMarkdown(plan, report)).not.toContain('−5:28');
  });
});

describe('balanceLine', () => {
  it('names every panelist who has not had the floor, in one list', () => {
    // Only the moderator and Arunatilaka have spoken; the others are named in the agenda's order.
    const { plan, report } = setup([ev.started(T0), ev.next(at(5))], at(8));
    expect(balanceLine(plan, report)).toBe('Jean Munro and H.E. Papa Maguèye Diop have not had the floor yet.');
  });

  it('names one panelist alone with a singular verb', () => {
    const { plan, report } = setup([ev.started(T0), ev.next(at(5)), ev.next(at(11))], at(12));
    expect(balanceLine(plan, report)).toBe('Jean Munro has not had the floor yet.');
  });
});
