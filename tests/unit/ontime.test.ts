import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ownAgenda from '../../public/agendas/wps-mine-ban-panel-2025.json';
import { clockText, isOntimeProject, ontimeToGrid } from '../../src/features/plan/import/ontime';
import v3Fixture from '../fixtures/ontime-project.json';
import v4Fixture from '../fixtures/ontime-project-v4.json';

const FIVE_PM = 17 * 3_600_000;
const MIN = 60_000;

/** An Ontime v3 event with the defaults Ontime gives a new one, and `overrides` on top. */
function event(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'event',
    id: 'e',
    cue: '',
    title: 'Talk',
    note: '',
    endAction: 'none',
    timerType: 'count-down',
    countToEnd: false,
    linkStart: null,
    timeStrategy: 'lock-duration',
    timeStart: FIVE_PM,
    timeEnd: FIVE_PM + 5 * MIN,
    duration: 5 * MIN,
    isPublic: false,
    skip: false,
    colour: '',
    revision: 0,
    timeWarning: 120000,
    timeDanger: 60000,
    custom: {},
    ...overrides,
  };
}

/** An Ontime v3 project holding `rundown`, with empty project data unless given. */
function v3Project(rundown: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    rundown,
    project: { title: '', description: '', publicUrl: '', publicInfo: '', backstageUrl: '', backstageInfo: '' },
    settings: { app: 'ontime', version: '3.6.2' },
    customFields: {},
    ...extra,
  };
}

function convert(data: unknown) {
  const result = ontimeToGrid(data);
  if (!result) throw new Error('not read as an Ontime project');
  const headerAt = result.grid.findIndex((row) => row[0] === '#');
  return { ...result, header: result.grid[headerAt] ?? [], rows: result.grid.slice(headerAt + 1) };
}

/** The named column of each row. */
function column(data: unknown, name: string): string[] {
  const { header, rows } = convert(data);
  const at = header.indexOf(name);
  return rows.map((row) => row[at] ?? '<missing>');
}

function settingsNames(data: unknown): readonly string[] {
  const settings = convert(data).leftOut.find((entry) => entry.code === 'settings');
  return settings && settings.code === 'settings' ? settings.names : [];
}

function expectWellFormed(result: ReturnType<typeof ontimeToGrid>): void {
  if (!result) return;
  const headerAt = result.grid.findIndex((row) => row[0] === '#');
  expect(headerAt).toBeGreaterThanOrEqual(1);
  const header = result.grid[headerAt] ?? [];
  for (const row of result.grid.slice(headerAt + 1)) {
    expect(row).toHaveLength(header.length);
    for (const value of row) expect(typeof value).toBe('string');
  }
}

describe('ontimeToGrid on an Ontime v3 project', () => {
  it('gives the title, an empty line, the header and one row per event played, in rundown order', () => {
    expect(convert(v3Fixture).grid).toEqual([
      ['Title', 'Strengthening synergies between the Mine Ban Convention and the WPS agenda'],
      [],
      ['#', 'Segment', 'Speaker', 'Minutes', 'Start', 'End', 'Cue', 'Notes', 'Organisation', 'Mic', 'Event title'],
      [
        '1',
        'Welcome and housekeeping',
        'Hana Salama',
        '2',
        '17:00',
        '17:02',
        '0',
        'Phones on silent Interpretation on channels 1 to 3',
        'UNIDIR',
        'Lapel 1',
        'Welcome and housekeeping',
      ],
      [
        '2',
        'Opening',
        'Hana Salama',
        '4',
        '17:02',
        '17:06',
        '1.1',
        'Introduce the panel and the three guiding questions',
        'UNIDIR',
        'Lapel 1',
        'Framing the discussion',
      ],
      ['2', 'Opening', 'Jean Munro', '6', '17:06', '17:12', '1.2', '', 'GICHD', 'Handheld 1', 'Where the Convention stands'],
      [
        '3',
        'Round 1',
        'H.E. Himalee Arunatilaka',
        '7',
        '17:12',
        '17:19',
        '2.1',
        'What concrete steps has your State taken?',
        'Sri Lanka',
        'Lapel 2',
        'Question 1: national steps',
      ],
      ['3', 'Round 1', 'H.E. Papa Maguèye Diop', '7', '17:19', '17:26', '2.2', '', 'Senegal', 'Lapel 3', 'Question 1: national steps'],
      [
        '4',
        'Questions from the floor',
        '',
        '28.5',
        '17:26',
        '17:54:30',
        '3.1',
        'Take questions in groups of three',
        '',
        'Roaming 1 and 2',
        'Questions from the floor',
      ],
      ['5', 'Open floor', 'Hana Salama', '5.5', '17:54:30', '18:00', '3.2', '', 'UNIDIR', 'Lapel 1', 'Closing remarks'],
    ]);
  });

  it('counts the delay and the skipped event, and names the project parts it does not map', () => {
    expect(convert(v3Fixture).leftOut).toEqual([
      { code: 'delays', count: 1 },
      { code: 'skipped', count: 1 },
      { code: 'settings', names: ['project description', 'project info', 'colours', 'public visibility'] },
    ]);
  });

  it('adds up to the 60 minutes of the panel', () => {
    expect(column(v3Fixture, 'Minutes').reduce((sum, minutes) => sum + Number(minutes), 0)).toBe(60);
  });

  it('puts every event after a block in it up to the next block, and numbers and names each event before the first block alone', () => {
    const data = v3Project([
      event({ title: 'A' }),
      event({ title: 'B' }),
      { type: 'block', id: 'b1', title: 'Round 1' },
      event({ title: 'C' }),
      { type: 'delay', id: 'd', duration: MIN },
      event({ title: 'D' }),
      { type: 'block', id: 'b2', title: '' },
      event({ title: 'E' }),
    ]);
    expect(convert(data).rows.map((row) => row.slice(0, 3))).toEqual([
      ['1', 'A', 'A'],
      ['2', 'B', 'B'],
      ['3', 'Round 1', 'C'],
      ['3', 'Round 1', 'D'],
      ['4', '', 'E'],
    ]);
  });

  it('gives no number to a block whose events are all skipped', () => {
    const data = v3Project([
      { type: 'block', id: 'b1', title: 'Video' },
      event({ title: 'Clip', skip: true }),
      { type: 'block', id: 'b2', title: 'Talks' },
      event({ title: 'Talk' }),
    ]);
    expect(convert(data).rows.map((row) => row.slice(0, 2))).toEqual([['1', 'Talks']]);
  });

  it('leaves out the title line of a project without a title', () => {
    expect(convert(v3Project([event()])).grid.slice(0, 2)).toEqual([
      [],
      ['#', 'Segment', 'Speaker', 'Minutes', 'Start', 'End', 'Cue', 'Notes'],
    ]);
  });

  it('reads an empty new project as a header and no rows', () => {
    expect(convert(v3Project([])).grid).toEqual([[], ['#', 'Segment', 'Speaker', 'Minutes', 'Start', 'End', 'Cue', 'Notes']]);
    expect(convert(v3Project([])).leftOut).toEqual([]);
  });
});

describe('ontimeToGrid on an Ontime v4 project', () => {
  it('numbers each group once and each event outside a group alone, named by its title', () => {
    expect(convert(v4Fixture).grid).toEqual([
      ['Title', 'Mine Ban Convention and WPS: side event'],
      [],
      ['#', 'Segment', 'Speaker', 'Minutes', 'Start', 'End', 'Cue', 'Notes', 'Organisation', 'Event title'],
      [
        '1',
        'Opening',
        'Hana Salama',
        '6',
        '17:00',
        '17:06',
        '1',
        'Introduce the panel and the three guiding questions',
        'UNIDIR',
        'Framing the discussion',
      ],
      ['2', 'Round 1', 'H.E. Himalee Arunatilaka', '7', '17:06', '17:13', '2.1', '', 'Sri Lanka', 'Question 1: national steps'],
      ['2', 'Round 1', 'H.E. Papa Maguèye Diop', '7', '17:13', '17:20', '2.2', '', 'Senegal', 'Question 1: national steps'],
      ['3', 'Questions from the floor', '', '35', '17:20', '17:55', '3', '', '', 'Questions from the floor'],
      ['4', 'Closing remarks', 'Hana Salama', '5', '17:55', '18:00', '4', '', 'UNIDIR', 'Closing remarks'],
    ]);
  });

  it('counts delays, milestones (at the top and inside groups) and skipped events', () => {
    expect(convert(v4Fixture).leftOut).toEqual([
      { code: 'delays', count: 1 },
      { code: 'milestones', count: 2 },
      { code: 'skipped', count: 1 },
      { code: 'settings', names: ['colours'] },
    ]);
  });

  it('reads the first rundown of several and names the others as left out', () => {
    const rundowns = { first: v4Fixture.rundowns.default, second: { ...v4Fixture.rundowns.default, id: 'second' } };
    const data = { ...v4Fixture, rundowns };
    expect(convert(data).rows).toEqual(convert(v4Fixture).rows);
    expect(settingsNames(data)).toContain('other rundowns');
  });

  it('falls back on the flat order and each entry’s parent when the top-level order is missing', () => {
    const data = { ...v4Fixture, rundowns: { default: { ...v4Fixture.rundowns.default, order: undefined } } };
    expect(convert(data).rows).toEqual(convert(v4Fixture).rows);
  });

  it('reads groups typed `block` as early v4 files have them', () => {
    const entries = {
      b: { type: 'block', id: 'b', title: 'Lunch break', entries: ['x'], colour: '' },
      x: { ...event({ id: 'x', title: 'Lunch' }), parent: 'b' },
    };
    const data = { rundowns: { demo: { id: 'demo', order: ['b'], flatOrder: ['b', 'x'], entries } }, settings: {} };
    expect(convert(data).rows.map((row) => row.slice(0, 3))).toEqual([['1', 'Lunch break', 'Lunch']]);
  });

  it('plays an entry listed twice once, and does not descend into a group inside a group', () => {
    const entries = {
      g: { type: 'group', id: 'g', title: 'G', entries: ['a', 'h', 'a'] },
      h: { type: 'group', id: 'h', title: 'H', entries: ['b'] },
      a: event({ id: 'a', title: 'A' }),
      b: event({ id: 'b', title: 'B' }),
    };
    const data = { rundowns: { r: { order: ['g', 'a', 'b'], entries } }, project: {} };
    expect(convert(data).rows.map((row) => row.slice(0, 3))).toEqual([
      ['1', 'G', 'A'],
      ['2', 'B', 'B'],
    ]);
  });
});

describe('ontimeToGrid, the speaker column', () => {
  const withField = (label: string, value: string) =>
    v3Project([event({ title: 'Keynote', custom: { who: value } })], { customFields: { who: { type: 'string', colour: '', label } } });

  it.each([
    'Speaker',
    'speakers',
    'Speaker(s)',
    'PRESENTER',
    'Modérateur',
    'Conférencier',
    'Panéliste',
    'Intervenante',
    'Ponente',
    'Nombre',
    'Nom',
    'Host:',
  ])('takes the speaker from a custom field labelled %j', (label) => {
    expect(convert(withField(label, 'Jean Munro')).header).toEqual([
      '#',
      'Segment',
      'Speaker',
      'Minutes',
      'Start',
      'End',
      'Cue',
      'Notes',
      'Event title',
    ]);
    expect(column(withField(label, 'Jean Munro'), 'Speaker')).toEqual(['Jean Munro']);
    expect(column(withField(label, 'Jean Munro'), 'Event title')).toEqual(['Keynote']);
  });

  it('makes an event with nobody in the speaker field a segment of its own, named by its title, with no speaker', () => {
    expect(convert(withField('Speaker', '  ')).rows).toEqual([['1', 'Keynote', '', '5', '17:00', '17:05', '', '', 'Keynote']]);
  });

  it('numbers an event of a block with nobody in the speaker field alone, and the next event of that block anew', () => {
    const data = v3Project(
      [
        { type: 'block', id: 'b', title: 'Round 1' },
        event({ title: 'Q1', custom: { who: 'Ann' } }),
        event({ title: 'Q1', custom: { who: 'Bo' } }),
        event({ title: 'Floor', custom: { who: '' } }),
        event({ title: 'Break', custom: {} }),
        event({ title: 'Q2', custom: { who: 'Ann' } }),
      ],
      { customFields: { who: { type: 'string', colour: '', label: 'Speaker' } } },
    );
    expect(convert(data).rows.map((row) => [...row.slice(0, 3), row[8]])).toEqual([
      ['1', 'Round 1', 'Ann', 'Q1'],
      ['1', 'Round 1', 'Bo', 'Q1'],
      ['2', 'Floor', '', 'Floor'],
      ['3', 'Break', '', 'Break'],
      ['4', 'Round 1', 'Ann', 'Q2'],
    ]);
  });

  it('with no speaker field, keeps an event of a block in it and takes its title as the speaker, even an empty one', () => {
    const data = v3Project([
      { type: 'block', id: 'b', title: 'Round 1' },
      event({ title: 'Q1' }),
      event({ title: '' }),
      event({ title: 'Q2' }),
    ]);
    expect(convert(data).rows.map((row) => row.slice(0, 3))).toEqual([
      ['1', 'Round 1', 'Q1'],
      ['1', 'Round 1', ''],
      ['1', 'Round 1', 'Q2'],
    ]);
  });

  it('keeps a field that is not a speaker as its own column, with the title as the speaker', () => {
    const data = withField('Speaker notes', 'Slow down');
    expect(convert(data).header).toEqual(['#', 'Segment', 'Speaker', 'Minutes', 'Start', 'End', 'Cue', 'Notes', 'Speaker notes']);
    expect(convert(data).rows[0]?.slice(2)).toEqual(['Keynote', '5', '17:00', '17:05', '', '', 'Slow down']);
  });

  it('uses the first speaker-like field only; a second one is a column of its own', () => {
    const data = v3Project([event({ custom: { host: 'Hana Salama', guest: 'Jean Munro' } })], {
      customFields: { host: { label: 'Host' }, guest: { label: 'Guest' } },
    });
    expect(convert(data).header.slice(8)).toEqual(['Guest', 'Event title']);
    expect(convert(data).rows[0]?.slice(2, 3)).toEqual(['Hana Salama']);
  });
});

describe('ontimeToGrid, cells', () => {
  const one = (overrides: Record<string, unknown>) => v3Project([event(overrides)]);

  it('takes minutes from the duration, else from end minus start, with at most three decimals', () => {
    expect(column(one({ duration: 15_000 }), 'Minutes')).toEqual(['0.25']);
    expect(column(one({ duration: 20_000 }), 'Minutes')).toEqual(['0.333']);
    expect(column(one({ duration: 0, timeStart: FIVE_PM, timeEnd: FIVE_PM + 90_000 }), 'Minutes')).toEqual(['1.5']);
    expect(column(one({ duration: undefined, timeStart: 23.5 * 3_600_000, timeEnd: 0.5 * 3_600_000 }), 'Minutes')).toEqual(['60']);
  });

  it('keeps an event with no length, its minutes empty, and counts it', () => {
    const data = v3Project([event({ duration: 0, timeEnd: FIVE_PM }), event({ duration: null, timeStart: null, timeEnd: null })]);
    expect(column(data, 'Minutes')).toEqual(['', '']);
    expect(convert(data).leftOut).toEqual([{ code: 'noDuration', count: 2 }]);
  });

  it('writes clock times as HH:MM, with seconds only when there are some, wrapped to one day', () => {
    expect(column(one({ timeStart: 9 * 3_600_000 + 5_000 }), 'Start')).toEqual(['09:00:05']);
    expect(column(one({ timeEnd: 25 * 3_600_000 }), 'End')).toEqual(['01:00']);
    expect(column(one({ timeStart: 'noon', timeEnd: undefined }), 'Start')).toEqual(['']);
    expect(clockText(0)).toBe('00:00');
    expect(clockText(-MIN)).toBe('23:59');
    expect(clockText(86_399_999)).toBe('23:59:59');
  });

  it('puts notes on one line and trims every cell', () => {
    expect(column(one({ note: '  First line\r\n\n  second line \n' }), 'Notes')).toEqual(['First line second line']);
    expect(column(one({ title: '  Keynote\n' }), 'Speaker')).toEqual(['Keynote']);
    expect(column(one({ cue: 7 }), 'Cue')).toEqual(['7']);
  });

  it('reads custom values as v3 betas stored them and under a key that differs only in case', () => {
    const data = v3Project([event({ custom: { song: { value: 'Sekret' } } })], { customFields: { Song: { label: 'Song', type: 'text' } } });
    expect(column(data, 'Song')).toEqual(['Sekret']);
  });

  it('tells apart a custom field named like one of our columns', () => {
    const data = v3Project([event({ custom: { notes: 'Mic 2', x: 'Y' } })], {
      customFields: { notes: { label: 'Notes' }, x: { label: '' } },
    });
    expect(convert(data).header.slice(7)).toEqual(['Notes', 'Notes (Ontime 2)', 'x']);
    expect(convert(data).rows[0]?.slice(7)).toEqual(['', 'Mic 2', 'Y']);
  });
});

describe('ontimeToGrid, settings left out', () => {
  it('names only the parts that differ from what Ontime starts with', () => {
    const data = v3Project(
      [
        event({ timerType: 'count-up', endAction: 'load-next', timeWarning: 300_000, colour: '#fff' }),
        event({ flag: true, triggers: [{ id: 't' }], isPublic: true }),
        event({ skip: true, timerType: 'clock' }),
      ],
      {
        project: { title: 'T', logo: 'logo.png', url: 'https://example.org', description: '', info: '', custom: [] },
        customFields: { slide: { label: 'Slide', type: 'image' } },
      },
    );
    expect(settingsNames(data)).toEqual([
      'project logo',
      'links',
      'timer types',
      'end actions',
      'warning times',
      'colours',
      'public visibility',
      'flags',
      'custom field types',
      'automations',
    ]);
  });

  it('names nothing for a project at Ontime’s defaults', () => {
    expect(convert(v3Project([event()])).leftOut).toEqual([]);
  });
});

describe('isOntimeProject and ontimeToGrid on other files', () => {
  it.each([
    ['our own agenda format', ownAgenda],
    ['an empty object', {}],
    ['an empty array', []],
    ['an array of events', [event()]],
    ['a string', 'rundown'],
    ['a number', 42],
    ['null', null],
    ['a rundown that is not a list', { rundown: 'x', settings: {} }],
    ['a bare list with nothing of Ontime in it', { rundown: [{ title: 'x' }] }],
    ['a map of rundowns with no entries', { rundowns: { a: { title: 'x' } } }],
  ])('gives null for %s', (_name, data) => {
    expect(isOntimeProject(data)).toBe(false);
    expect(ontimeToGrid(data)).toBeNull();
  });

  it('recognises both fixtures, and a bare rundown whose entries are typed', () => {
    expect(isOntimeProject(v3Fixture)).toBe(true);
    expect(isOntimeProject(v4Fixture)).toBe(true);
    expect(isOntimeProject({ rundown: [{ type: 'delay', id: 'd', duration: 1 }] })).toBe(true);
  });
});

describe('ontimeToGrid on malformed files', () => {
  it('passes over entries of the wrong shape without throwing', () => {
    const data = v3Project([
      null,
      7,
      'event',
      [],
      { type: 'event' },
      { type: 'event', title: { a: 1 }, custom: 'x', timeStart: '9', duration: -5, skip: 'yes' },
      { type: 'block', title: 3 },
      { type: 'unknown' },
      event({ custom: null }),
    ]);
    expect(() => ontimeToGrid(data)).not.toThrow();
    expect(convert(data).rows.map((row) => row.slice(0, 4))).toEqual([
      ['1', '', '', ''],
      ['2', '', '', ''],
      ['3', '3', 'Talk', '5'],
    ]);
    expectWellFormed(ontimeToGrid(data));
  });

  it('survives wrong types in the project parts and the v4 rundown map', () => {
    const samples: unknown[] = [
      { rundowns: { a: { entries: { e: event() }, order: 'e' } }, customFields: [], project: 'x', automation: 3 },
      { rundowns: { a: null, b: { entries: [], flatOrder: [1, null, 'zz'] } }, settings: {} },
      {
        rundowns: { a: { entries: { ['__proto__']: event(), toString: event() }, order: ['__proto__', 'constructor', 'toString'] } },
        settings: {},
      },
      { rundown: [event()], customFields: { a: null, b: 'x', c: { label: ['no'] } } },
    ];
    for (const data of samples) {
      expect(() => ontimeToGrid(data)).not.toThrow();
      expectWellFormed(ontimeToGrid(data));
    }
  });
});

describe('ontimeToGrid properties', () => {
  it('never throws on any JSON value, and every row has the header’s length', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(ontimeToGrid(value));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on projects of Ontime’s shape whose entries hold any values', () => {
    const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.integer(), fc.constantFrom('a', 'x', 'g', 'Speaker'));
    const entry = fc.record(
      {
        type: fc.constantFrom('event', 'delay', 'block', 'group', 'milestone', 'other'),
        id: fc.constantFrom('a', 'x', 'g'),
        title: anyValue,
        timeStart: anyValue,
        timeEnd: anyValue,
        duration: anyValue,
        skip: fc.oneof(fc.boolean(), anyValue),
        custom: fc.oneof(fc.dictionary(fc.constantFrom('Speaker', 'speaker', 'a'), anyValue), anyValue),
        entries: fc.oneof(fc.array(anyValue, { maxLength: 4 }), anyValue),
        parent: anyValue,
      },
      { requiredKeys: ['type'] },
    );
    const customFields = fc.dictionary(
      fc.constantFrom('Speaker', 'a', 'Notes'),
      fc.oneof(fc.record({ label: anyValue, type: anyValue }), anyValue),
    );
    const v3 = fc.record({ rundown: fc.array(fc.oneof(entry, anyValue), { maxLength: 12 }), customFields, settings: fc.constant({}) });
    const v4 = fc.record({
      rundowns: fc.dictionary(
        fc.constantFrom('default', 'b'),
        fc.record({
          order: fc.oneof(fc.array(anyValue), anyValue),
          flatOrder: anyValue,
          entries: fc.dictionary(fc.constantFrom('a', 'x', 'g'), fc.oneof(entry, anyValue)),
        }),
      ),
      customFields,
      project: fc.dictionary(fc.constantFrom('title', 'logo', 'description', 'custom'), anyValue),
    });
    fc.assert(
      fc.property(fc.oneof(v3, v4), (data) => {
        const result = ontimeToGrid(data);
        expect(result).not.toBeNull();
        expectWellFormed(result);
      }),
      { numRuns: 500 },
    );
  });

  /** Every place in a JSON value, as the container and the key to set or delete. */
  function places(root: unknown): [Record<string, unknown> | unknown[], string | number][] {
    const found: [Record<string, unknown> | unknown[], string | number][] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) {
        value.forEach((item, index) => {
          found.push([value, index]);
          walk(item);
        });
      } else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) {
          found.push([value as Record<string, unknown>, key]);
          walk(item);
        }
      }
    };
    walk(root);
    return found;
  }

  const DELETE = Symbol('delete');
  const mutations = fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constant(DELETE), fc.jsonValue({ maxDepth: 3 }))), {
    minLength: 1,
    maxLength: 8,
  });

  it.each([
    ['v3', v3Fixture],
    ['v4', v4Fixture],
  ])('never throws on the %s fixture with values replaced or removed anywhere', (_name, fixture) => {
    fc.assert(
      fc.property(mutations, (changes) => {
        const data: unknown = structuredClone(fixture);
        for (const [pick, value] of changes) {
          const all = places(data);
          const place = all[pick % all.length];
          if (!place) continue;
          const [container, key] = place;
          if (value === DELETE) {
            if (Array.isArray(container)) container.splice(key as number, 1);
            else delete container[key as string];
          } else (container as Record<string | number, unknown>)[key] = value;
        }
        expectWellFormed(ontimeToGrid(data));
      }),
      { numRuns: 300 },
    );
  });
});
