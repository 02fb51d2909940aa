import fc from 'fast-check';
import { builtInLook, lookOfFormat, numberText, serialText } from '../../src/features/plan/import/excel-number';

describe('lookOfFormat', () => {
  it.each([
    ['General', 'number'],
    ['0.00', 'number'],
    ['#,##0.00 [$€-40C]', 'number'],
    ['0.0E+00', 'number'],
    ['"Minutes: "0', 'number'],
    ['0" min"', 'number'],
    ['[Red]0;[Blue]-0', 'number'],
    ['@', 'number'],
    ['h:mm', 'time'],
    ['hh:mm:ss', 'time'],
    ['h:mm AM/PM', 'time'],
    ['mm:ss', 'time'],
    ['[$-F400]h:mm:ss\\ AM/PM', 'time'],
    ['yyyy-mm-dd', 'date'],
    ['d mmmm yyyy', 'date'],
    ['mmm-yy', 'date'],
    ['[$-40C]dddd d mmmm yyyy', 'date'],
    ['dd/mm/yyyy hh:mm', 'dateTime'],
    ['yyyy\\-mm\\-dd h:mm', 'dateTime'],
    ['[h]:mm:ss', 'duration'],
    ['[mm]:ss', 'duration'],
    ['[hh]:mm', 'duration'],
    ['[ss]', 'duration'],
  ] as const)('reads %s as a %s', (code, look) => {
    expect(lookOfFormat(code)).toBe(look);
  });

  it('knows the built-in formats by id', () => {
    expect([0, 1, 2, 9, 14, 18, 20, 21, 22, 45, 46, 47, 49].map(builtInLook)).toEqual([
      'number',
      'number',
      'number',
      'number',
      'date',
      'time',
      'time',
      'time',
      'dateTime',
      'time',
      'duration',
      'time',
      'number',
    ]);
  });
});

describe('numberText', () => {
  it('writes plain decimals, at most six, without float noise', () => {
    expect([5, 2.5, 5.000000001, 0.1 + 0.2, -0.0000001, 1234567.1234567, 1e20, -3].map(numberText)).toEqual([
      '5',
      '2.5',
      '5',
      '0.3',
      '0',
      '1234567.123457',
      '100000000000000000000',
      '-3',
    ]);
  });

  it('never writes an exponent nor more than six decimals below 1e21', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e20, max: 1e20, noNaN: true }), (n) => {
        expect(numberText(n)).toMatch(/^-?\d+(\.\d{1,6})?$/);
      }),
    );
  });
});

describe('serialText', () => {
  it('shows times of day with their seconds, so a duration formatted as a time is not read as minutes and seconds', () => {
    expect(serialText(17 / 24, 'time', false)).toBe('17:00:00');
    expect(serialText(0.708333333333333, 'time', false)).toBe('17:00:00');
    expect(serialText((17 * 3600 + 4 * 60 + 30) / 86_400, 'time', false)).toBe('17:04:30');
    expect(serialText(0, 'time', false)).toBe('00:00:00');
    expect(serialText(45_827 + 0.25, 'time', false)).toBe('06:00:00');
    expect(serialText(5 / 1440, 'time', false)).toBe('00:05:00');
  });

  it('shows dates and date-times from the serial alone, in any time zone', () => {
    expect(serialText(45_827, 'date', false)).toBe('2025-06-19');
    expect(serialText(45_827.708333333, 'dateTime', false)).toBe('2025-06-19 17:00');
    expect(serialText(45_827.99998, 'dateTime', false)).toBe('2025-06-19 23:59:58');
    expect(serialText(45_827.9999999, 'dateTime', false)).toBe('2025-06-20 00:00');
    expect(serialText(1, 'date', false)).toBe('1900-01-01');
    expect(serialText(59, 'date', false)).toBe('1900-02-28');
    expect(serialText(61, 'date', false)).toBe('1900-03-01');
    expect(serialText(2_958_465, 'date', false)).toBe('9999-12-31');
    expect(serialText(44_365, 'date', true)).toBe('2025-06-19');
  });

  it('leaves as numbers the serials no date can show', () => {
    expect(serialText(-1, 'date', false)).toBe('-1');
    expect(serialText(3e6, 'dateTime', false)).toBe('3000000');
  });

  it('shows durations as hours, minutes and seconds, past 24 hours', () => {
    expect(serialText(5 / 1440, 'duration', false)).toBe('0:05:00');
    expect(serialText(1.5, 'duration', false)).toBe('36:00:00');
    expect(serialText(-90 / 86_400, 'duration', false)).toBe('-0:01:30');
  });

  it('gives back the second a time was typed as', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_399 }), (seconds) => {
        const [h, m, s = 0] = serialText(seconds / 86_400, 'time', false)
          .split(':')
          .map(Number);
        expect(h! * 3600 + m! * 60 + s).toBe(seconds);
      }),
    );
  });
});
