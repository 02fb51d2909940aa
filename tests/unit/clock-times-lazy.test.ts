import { vi } from 'vitest';
import { compilePlan } from '../../src/domain/plan';
import { project, suggestedAnchorMode } from '../../src/domain/projection';
import { initialRun } from '../../src/domain/run';
import { instant } from '../../src/domain/units';
import { buildAgenda } from './helpers';

const HOUR = 3_600_000;

describe('the clock times of a plan', () => {
  it('are not worked out until asked, so a run anchored now starts without the time zone rules', () => {
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    try {
      const plan = compilePlan(buildAgenda({ timeZone: 'Asia/Kathmandu' }), 'UTC');
      const now = instant(Date.UTC(2026, 10, 27, 9, 0));
      expect(suggestedAnchorMode(plan, now)).toBe('now');
      expect(project(plan, initialRun(plan), now, 'now').sessionRemaining).toBe(60 * 60_000);
      expect(spy).not.toHaveBeenCalled();
      // Asked for, they are right: 17:00 in Kathmandu is 11:15 UTC.
      expect(plan.scheduledStart).toBe(Date.UTC(2025, 5, 19, 11, 15));
      expect(plan.scheduledEnd).toBe(Date.UTC(2025, 5, 19, 12, 15));
    } finally {
      spy.mockRestore();
    }
  });
});

describe('suggestedAnchorMode at the edges of the zones', () => {
  it.each([
    ['Pacific/Kiritimati', Date.UTC(2025, 5, 19, 3, 0)],
    ['Pacific/Pago_Pago', Date.UTC(2025, 5, 20, 4, 0)],
    ['Europe/Zurich', Date.UTC(2025, 5, 19, 15, 0)],
  ])('keeps the scheduled times in %s within 30 minutes of the start', (timeZone, start) => {
    const plan = compilePlan(buildAgenda({ timeZone }), 'UTC');
    expect(plan.scheduledStart).toBe(start);
    for (const offset of [-30 * 60_000, -1, 0, 29 * 60_000, 30 * 60_000])
      expect(suggestedAnchorMode(plan, instant(start + offset))).toBe('scheduled');
    for (const offset of [-30 * 60_000 - 1, 30 * 60_000 + 1, -15 * HOUR, 13 * HOUR])
      expect(suggestedAnchorMode(plan, instant(start + offset))).toBe('now');
  });
});
