import fc from 'fast-check';
import { formatMinutesCell, parseClock, parseDate, parseDuration } from '../../src/features/plan/import/parse-time';
import { wallClock, zonedDate } from '../../src/domain/time-zone';
import { instant } from '../../src/domain/units';

const GENEVA = { timeZone: 'Europe/Zurich', date: '2025-06-19' };
const two = (n: number) => String(n).padStart(2, '0');

describe('parseDuration', () => {
  it.each<[string, number]>([
    ['5', 5],
    ['2.5', 2.5],
    ['2,5', 2.5],
    ['.5', 0.5],
    ['0', 0],
    ['  5  ', 5],
    ['5 min', 5],
    ['5min', 5],
    ['5 MIN', 5],
    ['5 mins', 5],
    ['5 minutes', 5],
    ['5 minutos', 5],
    ['5 mn', 5],
    ["5'", 5],
    ['5 m', 5],
    ['5 min.', 5],
    ['2,5 min', 2.5],
    ['90 s', 1.5],
    ['90s', 1.5],
    ['90 sec', 1.5],
    ['90 secondes', 1.5],
    ['90 segundos', 1.5],
    ['90"', 1.5],
    ['1h 15', 75],
    ['1h15', 75],
    ['1 h 15 min', 75],
    ['1 h, 15 min', 75],
    ['1h', 60],
    ['1 hour', 60],
    ['1 heure', 60],
    ['1 hora', 60],
    ['1,5 h', 90],
    ['1 hora y 15 minutos', 75],
    ['1 hour and 15 minutes', 75],
    ['1 h 15 m 30 s', 75.5],
    ["5'30", 5.5],
    ['5\'30"', 5.5],
    ['1:30', 1.5],
    ['60:00', 60],
    ['0:05:00', 5],
    ['1:02:30', 62.5],
    ['1:30 h', 90],
    ['PT5M', 5],
    ['PT1H15M', 75],
    ['pt90s', 1.5],
    ['PT1.5M', 1.5],
    ['٥', 5],
    ['۲٫۵', 2.5],
    ['١:٣٠', 1.5],
    ['٥ دقائق', 5],
    ['90 ثانية', 1.5],
    ['1.0001', 1.0001], // a number of minutes is kept as written
    ['1.33333333333333', 4 / 3], // a whole second kept to 15 digits by a spreadsheet reads as that second
  ])('reads %j as %d minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each([
    '',
    ' ',
    'abc',
    'five',
    '-5',
    '-5 min',
    '−5',
    '1e3',
    'NaN',
    'Infinity',
    '1:3',
    '1:60',
    '1:02:60',
    '1:02:30 min',
    '1:30 s',
    'PT',
    'P',
    'P1Y',
    'P1M',
    'P1W',
    '-PT5M',
    '5 apples',
    '5 ms',
    '5 min 3 h',
    '2 h 3 h',
    '15 1h',
    '30 s 5',
    '1,2,3',
    '5 min,',
    '9'.repeat(400),
  ])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('formatMinutesCell', () => {
  it('writes a plain decimal of minutes', () => {
    expect(formatMinutesCell(5)).toBe('5');
    expect(formatMinutesCell(2.5)).toBe('2.5');
    expect(formatMinutesCell(4 / 3)).toBe('1.3333333333333333');
    expect(formatMinutesCell(0)).toBe('0');
  });

  it('keeps a number that is not a whole second, and evens out a whole second kept to 15 digits', () => {
    expect(formatMinutesCell(1 + 1 / 600)).toBe(String(1 + 1 / 600));
    expect(formatMinutesCell(1.33333333333333)).toBe(String(4 / 3));
  });

  it('refuses what is not a duration', () => {
    expect(() => formatMinutesCell(-1)).toThrow(RangeError);
    expect(() => formatMinutesCell(Number.NaN)).toThrow(RangeError);
  });

  it('is read back by parseDuration as the same number, for every whole number of seconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (seconds) => {
        const minutes = seconds / 60;
        expect(parseDuration(formatMinutesCell(minutes))).toBe(minutes);
      }),
      { numRuns: 2000 },
    );
  });

  it('is read back the same after a spreadsheet keeps only 15 significant digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (seconds) => {
        const minutes = seconds / 60;
        expect(parseDuration(Number(formatMinutesCell(minutes)).toPrecision(15))).toBe(minutes);
      }),
    );
  });
});

describe('parseClock', () => {
  it.each<[string, string]>([
    ['17:00', '17:00'],
    ['17:00:00', '17:00'],
    ['17:00:59', '17:00'],
    ['5:00 PM', '17:00'],
    ['5 pm', '17:00'],
    ['5pm', '17:00'],
    ['5 PM', '17:00'],
    ['5:00 p.m.', '17:00'],
    ['5:00 p. m.', '17:00'],
    ['5.00pm', '17:00'],
    ['5:00:00 PM', '17:00'],
    ['9:30 am', '09:30'],
    ['12 am', '00:00'],
    ['12:30 am', '00:30'],
    ['12 pm', '12:00'],
    ['17h00', '17:00'],
    ['17h', '17:00'],
    ['17 h 00', '17:00'],
    ['17 h', '17:00'],
    ['17H00', '17:00'],
    ['17.00', '17:00'],
    ['9:05', '09:05'],
    ['09:05', '09:05'],
    ['0:00', '00:00'],
    ['23:59', '23:59'],
    [' 17:00 ', '17:00'],
    ['١٧:٠٠', '17:00'],
  ])('reads %j as %s', (text, time) => {
    expect(parseClock(text, GENEVA)).toEqual({ time });
  });

  it.each([
    '',
    '17',
    '0900',
    '1700',
    '24:00',
    '25:00',
    '17:60',
    '17:00:60',
    '9:5',
    '13 pm',
    '0 am',
    '13:00 pm',
    '17h pm',
    '5 p',
    'noon',
    '17:00 Uhr',
    '5 min',
    '2025-06-19',
    '2025-06-12',
    '31/06/2025 17:00',
    '2025-06-19 24:00',
    '17:00+15:00',
  ])('refuses %j', (text) => {
    expect(parseClock(text, GENEVA)).toBeNull();
  });

  it.each<[string, { date: string; time: string }]>([
    ['2025-06-19 17:00', { date: '2025-06-19', time: '17:00' }],
    ['2025-06-19T17:00', { date: '2025-06-19', time: '17:00' }],
    ['2025-06-19T17:00:00', { date: '2025-06-19', time: '17:00' }],
    ['19/06/2025 17:00', { date: '2025-06-19', time: '17:00' }],
    ['19.06.2025 17h', { date: '2025-06-19', time: '17:00' }],
    ['jeudi 19 juin 2025 à 17h', { date: '2025-06-19', time: '17:00' }],
    ['June 19, 2025 at 5 pm', { date: '2025-06-19', time: '17:00' }],
    ['Thursday, 19 June 2025, 5:00 PM', { date: '2025-06-19', time: '17:00' }],
    ['19 de junio de 2025 a las 17:00', { date: '2025-06-19', time: '17:00' }],
    // As written, though the venue's date is another: the cell names the day.
    ['2025-06-20 09:00', { date: '2025-06-20', time: '09:00' }],
  ])('reads the venue-local date-time %j as written', (text, expected) => {
    expect(parseClock(text, GENEVA)).toEqual(expected);
    expect(parseClock(text, { timeZone: 'Asia/Tokyo' })).toEqual(expected);
  });
});

describe('parseClock with an offset', () => {
  it.each<[string, string, { date: string; time: string }]>([
    // Geneva in summer (CEST, UTC+2) and in winter (CET, UTC+1).
    ['2025-06-19T15:00:00Z', 'Europe/Zurich', { date: '2025-06-19', time: '17:00' }],
    ['2025-06-19T17:00:00+02:00', 'Europe/Zurich', { date: '2025-06-19', time: '17:00' }],
    ['2025-06-19T15:00:00.000Z', 'Europe/Zurich', { date: '2025-06-19', time: '17:00' }],
    ['2025-01-15T16:00:00Z', 'Europe/Zurich', { date: '2025-01-15', time: '17:00' }],
    ['2025-01-15T17:00:00+01:00', 'Europe/Zurich', { date: '2025-01-15', time: '17:00' }],
    // On each side of Geneva's spring change (01:00 UTC on 30 March 2025).
    ['2025-03-30T00:59:00Z', 'Europe/Zurich', { date: '2025-03-30', time: '01:59' }],
    ['2025-03-30T01:00:00Z', 'Europe/Zurich', { date: '2025-03-30', time: '03:00' }],
    // New York in summer (EDT, UTC−4): a time written in Geneva's offset.
    ['2025-06-19T17:00:00+02:00', 'America/New_York', { date: '2025-06-19', time: '11:00' }],
    ['2025-06-19T21:00:00Z', 'America/New_York', { date: '2025-06-19', time: '17:00' }],
    ['2025-01-15T22:00:00Z', 'America/New_York', { date: '2025-01-15', time: '17:00' }],
    // The venue's date differs from the UTC date: later in Tokyo, earlier in New York.
    ['2025-06-19T15:00:00Z', 'Asia/Tokyo', { date: '2025-06-20', time: '00:00' }],
    ['2025-06-19T23:30:00Z', 'Asia/Tokyo', { date: '2025-06-20', time: '08:30' }],
    ['2025-06-19T02:00:00Z', 'America/New_York', { date: '2025-06-18', time: '22:00' }],
    ['2025-06-19T23:30:00Z', 'Europe/Zurich', { date: '2025-06-20', time: '01:30' }],
    // Other ways of writing the offset.
    ['2025-06-19 15:00 UTC', 'Europe/Zurich', { date: '2025-06-19', time: '17:00' }],
    ['2025-06-19 15:00 GMT', 'Europe/Zurich', { date: '2025-06-19', time: '17:00' }],
    ['2025-06-19 17:00 +0200', 'Europe/Zurich', { date: '2025-06-19', time: '17:00' }],
    ['2025-06-19 17:00 UTC+2', 'Europe/Zurich', { date: '2025-06-19', time: '17:00' }],
    ['19/06/2025 3:00 PM Z', 'Europe/Zurich', { date: '2025-06-19', time: '17:00' }],
    ['2025-06-19T20:45:00+05:45', 'Europe/Zurich', { date: '2025-06-19', time: '17:00' }],
  ])('reads %j in %s', (text, timeZone, expected) => {
    expect(parseClock(text, { timeZone })).toEqual(expected);
  });

  it("reads a time with an offset but no date on the venue's date", () => {
    expect(parseClock('15:00Z', GENEVA)).toEqual({ date: '2025-06-19', time: '17:00' });
    expect(parseClock('23:30 UTC', GENEVA)).toEqual({ date: '2025-06-20', time: '01:30' });
    expect(parseClock('15:00Z', { timeZone: 'Europe/Zurich', date: '2025-01-15' })).toEqual({ date: '2025-01-15', time: '16:00' });
  });

  it('refuses a time with an offset when neither the cell nor the venue gives a date', () => {
    expect(parseClock('15:00Z', { timeZone: 'Europe/Zurich' })).toBeNull();
  });

  it('moves every instant to the same wall clock as the Intl formatters of the rest of the app', () => {
    const zones = ['Europe/Zurich', 'America/New_York', 'Asia/Tokyo', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'UTC'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => Math.floor(ms / 1000) * 1000),
        fc.constantFrom(...zones),
        (ms, timeZone) => {
          const text = new Date(ms).toISOString();
          const w = wallClock(instant(ms), timeZone);
          expect(parseClock(text, { timeZone })).toEqual({
            date: zonedDate(instant(ms), timeZone),
            time: `${two(w.hour)}:${two(w.minute)}`,
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('parseClock on a device in another zone', () => {
  function onDeviceIn<T>(timeZone: string, body: () => T): T {
    const saved = process.env.TZ;
    process.env.TZ = timeZone; // Node reads TZ again when it changes
    try {
      return body();
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  }

  it("gives a venue wall time that the device's zone skips (dayjs#2675)", () => {
    onDeviceIn('Europe/Zurich', () => {
      expect(new Date(Date.UTC(2025, 5, 19)).getTimezoneOffset()).toBe(-120);
      // 02:00–03:00 on 30 March 2025 never happened in Geneva; it did in Tokyo and New York.
      expect(parseClock('2025-03-29T17:30:00Z', { timeZone: 'Asia/Tokyo' })).toEqual({ date: '2025-03-30', time: '02:30' });
      expect(parseClock('2025-03-30T06:30:00Z', { timeZone: 'America/New_York' })).toEqual({ date: '2025-03-30', time: '02:30' });
    });
  });

  it("reads a day that the device's zone skipped", () => {
    onDeviceIn('Pacific/Apia', () => {
      expect(new Date(Date.UTC(2025, 5, 19)).getTimezoneOffset()).toBe(-780);
      expect(parseDate('30/12/2011')).toBe('2011-12-30');
    });
  });
});

describe('parseClock properties', () => {
  it('reads any 24-hour HH:MM as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const time = `${two(h)}:${two(m)}`;
        expect(parseClock(time, GENEVA)).toEqual({ time });
      }),
      { numRuns: 1440 },
    );
  });

  it('reads h:mm AM/PM, however written, as its 24-hour time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom('am', 'pm'),
        fc.constantFrom(' AM', 'AM', ' am', ' a.m.', ' a. m.', 'a.m.'),
        (h, m, meridiem, spelling) => {
          const written = `${h}:${two(m)}${spelling.replace(/a/i, (a) => (meridiem === 'pm' ? (a === 'A' ? 'P' : 'p') : a))}`;
          const hour24 = (h % 12) + (meridiem === 'pm' ? 12 : 0);
          expect(parseClock(written, GENEVA)).toEqual({ time: `${two(hour24)}:${two(m)}` });
        },
      ),
    );
  });
});

describe('parseDate', () => {
  it.each<[string, string]>([
    ['2025-06-19', '2025-06-19'],
    ['2025/06/19', '2025-06-19'],
    ['2025-6-9', '2025-06-09'],
    ['19/06/2025', '2025-06-19'],
    ['19.06.2025', '2025-06-19'],
    ['19-06-2025', '2025-06-19'],
    ['19/6/25', '2025-06-19'],
    ['01/02/2025', '2025-02-01'], // day first: 1 February
    ['06/19/2025', '2025-06-19'], // 19 cannot be a month
    ['19 June 2025', '2025-06-19'],
    ['19 Jun 2025', '2025-06-19'],
    ['19 jun. 2025', '2025-06-19'],
    ['19th June 2025', '2025-06-19'],
    ['June 19, 2025', '2025-06-19'],
    ['June 19 2025', '2025-06-19'],
    ['Jun 19th, 2025', '2025-06-19'],
    ['19 juin 2025', '2025-06-19'],
    ['19 JUIN 2025', '2025-06-19'],
    ['1er août 2025', '2025-08-01'],
    ['1 aout 2025', '2025-08-01'],
    ['3 février 2026', '2026-02-03'],
    ['3 fevrier 2026', '2026-02-03'],
    ['19 de junio de 2025', '2025-06-19'],
    ['18 de septiembre del 2025', '2025-09-18'],
    ['jeudi 19 juin 2025', '2025-06-19'],
    ['Thursday, 19 June 2025', '2025-06-19'],
    ['miércoles, 18 de junio de 2025', '2025-06-18'],
    ['19-Jun-25', '2025-06-19'],
    ['29/02/2024', '2024-02-29'],
    ['٢٠٢٥-٠٦-١٩', '2025-06-19'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([
    '',
    'tomorrow',
    '2025-06-31',
    '31/06/2025',
    '31 June 2025',
    '29/02/2025',
    '2025-13-01',
    '2025-00-10',
    '13/13/2025',
    '00/06/2025',
    '19/06',
    '19 June',
    'June 2025',
    '19/06-2025',
    '19/06/025',
    '2025-06-19 17:00',
    '19 Juno 2025',
    '20250619',
  ])('refuses %j', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('reads back any ISO date from 1990 to 2100, and the same day written day first', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }), (d) => {
        const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const iso = `${y}-${two(m)}-${two(day)}`;
        expect(parseDate(iso)).toBe(iso);
        expect(parseDate(`${two(day)}/${two(m)}/${y}`)).toBe(iso);
        expect(parseDate(`${day}.${m}.${y}`)).toBe(iso);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the parsers on any text', () => {
  it('answer a value or null, and never throw', () => {
    const near = fc.string({ unit: fc.constantFrom(...'0123456789٠٥۹:.,-+/ hHmsMpPaATZz\'"juinde'.split('')), maxLength: 24 });
    fc.assert(
      fc.property(fc.oneof(near, fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        const minutes = parseDuration(text);
        expect(minutes === null || (Number.isFinite(minutes) && minutes >= 0)).toBe(true);
        const clock = parseClock(text, GENEVA);
        expect(clock === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(clock.time)).toBe(true);
        const date = parseDate(text);
        expect(date === null || /^\d{4}-\d{2}-\d{2}$/.test(date)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
