import { wallClock, zonedDate, zonedInstant, zoneOffset } from '../../src/domain/time-zone';
import { instant } from '../../src/domain/units';

const HOUR = 3_600_000;

describe('zonedInstant', () => {
  it('reads 17:00 in Geneva in summer as 15:00 UTC', () => {
    expect(zonedInstant('2025-06-19', '17:00', 'Europe/Zurich')).toBe(Date.UTC(2025, 5, 19, 15, 0));
  });

  it('reads 17:00 in Geneva in winter as 16:00 UTC', () => {
    expect(zonedInstant('2025-01-15', '17:00', 'Europe/Zurich')).toBe(Date.UTC(2025, 0, 15, 16, 0));
  });

  it('uses the offset in force on each side of the spring change', () => {
    // Clocks in Geneva go from 02:00 CET to 03:00 CEST on 30 March 2025 (01:00 UTC).
    expect(zonedInstant('2025-03-30', '01:30', 'Europe/Zurich')).toBe(Date.UTC(2025, 2, 30, 0, 30));
    expect(zonedInstant('2025-03-30', '03:30', 'Europe/Zurich')).toBe(Date.UTC(2025, 2, 30, 1, 30));
    expect(zonedInstant('2025-03-30', '17:00', 'Europe/Zurich')).toBe(Date.UTC(2025, 2, 30, 15, 0));
    expect(zonedInstant('2025-03-29', '17:00', 'Europe/Zurich')).toBe(Date.UTC(2025, 2, 29, 16, 0));
  });

  it('uses the offset in force on each side of the autumn change', () => {
    // Clocks in New York go from 02:00 EDT back to 01:00 EST on 2 November 2025 (06:00 UTC).
    expect(zonedInstant('2025-11-02', '00:30', 'America/New_York')).toBe(Date.UTC(2025, 10, 2, 4, 30));
    expect(zonedInstant('2025-11-02', '03:00', 'America/New_York')).toBe(Date.UTC(2025, 10, 2, 8, 0));
    expect(zonedInstant('2025-11-01', '17:00', 'America/New_York')).toBe(Date.UTC(2025, 10, 1, 21, 0));
    expect(zonedInstant('2025-11-03', '17:00', 'America/New_York')).toBe(Date.UTC(2025, 10, 3, 22, 0));
  });

  it('gives an instant that reads the asked wall-clock time even when the hour repeats', () => {
    const repeated = zonedInstant('2025-10-26', '02:30', 'Europe/Zurich');
    expect(wallClock(repeated, 'Europe/Zurich')).toMatchObject({ year: 2025, month: 10, day: 26, hour: 2, minute: 30 });
  });

  it('handles a zone half an hour off the hour', () => {
    expect(zonedInstant('2025-06-19', '17:00', 'Asia/Kolkata')).toBe(Date.UTC(2025, 5, 19, 11, 30));
    expect(zonedInstant('2025-06-19', '00:15', 'Asia/Kolkata')).toBe(Date.UTC(2025, 5, 18, 18, 45));
  });

  it('handles a half-hour zone across its daylight-saving change', () => {
    // Adelaide is UTC+10:30 in summer and UTC+9:30 from 6 April 2025.
    expect(zonedInstant('2025-04-05', '17:00', 'Australia/Adelaide')).toBe(Date.UTC(2025, 3, 5, 6, 30));
    expect(zonedInstant('2025-04-06', '17:00', 'Australia/Adelaide')).toBe(Date.UTC(2025, 3, 6, 7, 30));
  });

  it('handles a zone ahead of UTC by a quarter past', () => {
    expect(zonedInstant('2025-06-19', '17:00', 'Asia/Kathmandu')).toBe(Date.UTC(2025, 5, 19, 11, 15));
  });

  it('reads UTC as itself', () => {
    expect(zonedInstant('2024-02-29', '23:59', 'UTC')).toBe(Date.UTC(2024, 1, 29, 23, 59));
  });
});

describe('zoneOffset', () => {
  it("is how far the zone's wall clock runs ahead of UTC", () => {
    expect(zoneOffset(instant(Date.UTC(2025, 5, 19, 15, 0)), 'Europe/Zurich')).toBe(2 * HOUR);
    expect(zoneOffset(instant(Date.UTC(2025, 0, 19, 15, 0)), 'Europe/Zurich')).toBe(1 * HOUR);
    expect(zoneOffset(instant(Date.UTC(2025, 5, 19, 15, 0)), 'America/New_York')).toBe(-4 * HOUR);
    expect(zoneOffset(instant(Date.UTC(2025, 5, 19, 15, 0, 0, 999)), 'Asia/Kolkata')).toBe(5.5 * HOUR);
  });
});

describe('zonedDate', () => {
  it('gives the calendar date at the venue, not in UTC', () => {
    expect(zonedDate(instant(Date.UTC(2025, 5, 19, 22, 30)), 'Europe/Zurich')).toBe('2025-06-20');
    expect(zonedDate(instant(Date.UTC(2025, 5, 19, 21, 30)), 'Europe/Zurich')).toBe('2025-06-19');
    expect(zonedDate(instant(Date.UTC(2025, 5, 19, 2, 0)), 'America/Los_Angeles')).toBe('2025-06-18');
  });
});

describe('wallClock', () => {
  it('reads midnight as hour 0', () => {
    expect(wallClock(instant(Date.UTC(2025, 5, 18, 22, 0, 5)), 'Europe/Zurich')).toEqual({
      year: 2025,
      month: 6,
      day: 19,
      hour: 0,
      minute: 0,
      second: 5,
    });
  });
});
