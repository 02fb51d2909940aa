import { compilePlan } from '../../src/domain/plan';
import {
  MAX_AGENDA_BYTES,
  formatPath,
  parseAgendaText,
  utf8Length,
  validateAgenda,
  type AgendaIssue,
} from '../../src/domain/validate-agenda';
import { SEED_AGENDA, buildAgenda, withValue, without } from './helpers';

function errorsOf(data: unknown): readonly AgendaIssue[] {
  const result = validateAgenda(data);
  if (result.ok) throw new Error('expected the agenda to be refused');
  return result.errors;
}

function issue(errors: readonly AgendaIssue[], path: string): AgendaIssue | undefined {
  return errors.find((e) => formatPath(e.path) === path);
}

describe('validateAgenda', () => {
  it('accepts the seed agenda with no warnings', () => {
    const result = validateAgenda(structuredClone(SEED_AGENDA));
    expect(result).toEqual({ ok: true, value: { agenda: SEED_AGENDA, warnings: [] } });
  });

  it('accepts the small test agenda', () => {
    expect(validateAgenda(buildAgenda()).ok).toBe(true);
  });

  it('accepts the "$schema" key that editors use', () => {
    const result = validateAgenda({ ...buildAgenda(), $schema: '../agenda.schema.json' });
    expect(result.ok).toBe(true);
  });

  it('reports a "$schema" that is not text', () => {
    expect(errorsOf({ ...buildAgenda(), $schema: 5 })).toEqual([{ path: ['$schema'], code: 'notString' }]);
  });

  it("reports a turn given to an unknown person at the turn's speaker", () => {
    const errors = errorsOf(withValue(SEED_AGENDA, ['segments', 1, 'turns', 0, 'speaker'], 'nobody'));
    expect(errors).toEqual([{ path: ['segments', 1, 'turns', 0, 'speaker'], code: 'unknownPerson', detail: { id: 'nobody' } }]);
    expect(formatPath(errors[0]!.path)).toBe('segments[1].turns[0].speaker');
  });

  it('reports negative minutes of a turn as not positive', () => {
    const errors = errorsOf(withValue(buildAgenda(), ['segments', 1, 'turns', 1, 'minutes'], -3));
    expect(errors).toEqual([{ path: ['segments', 1, 'turns', 1, 'minutes'], code: 'notPositive', detail: { found: -3 } }]);
  });

  it('reports zero minutes of a segment as not positive', () => {
    const errors = errorsOf(withValue(buildAgenda(), ['segments', 2, 'minutes'], 0));
    expect(errors).toEqual([{ path: ['segments', 2, 'minutes'], code: 'notPositive', detail: { found: 0 } }]);
  });

  it('reports minutes given as text as not a number', () => {
    const errors = errorsOf(withValue(buildAgenda(), ['segments', 0, 'turns', 0, 'minutes'], '5'));
    expect(errors).toEqual([{ path: ['segments', 0, 'turns', 0, 'minutes'], code: 'notNumber', detail: { found: '"5"' } }]);
  });

  it('reports an end before the start at the end', () => {
    const errors = errorsOf(buildAgenda({ start: '18:00', end: '17:00' }));
    expect(errors).toEqual([{ path: ['end'], code: 'endNotAfterStart', detail: { start: '18:00', end: '17:00' } }]);
  });

  it('reports an end equal to the start as not after it', () => {
    expect(errorsOf(buildAgenda({ start: '17:00', end: '17:00' })).map((e) => e.code)).toEqual(['endNotAfterStart']);
  });

  it('reports a misspelled key as unknown and suggests the right one', () => {
    const turn = { speaker: 'mod', minuets: 5 };
    const errors = errorsOf(withValue(buildAgenda(), ['segments', 0, 'turns', 0], turn));
    expect(errors).toContainEqual({
      path: ['segments', 0, 'turns', 0, 'minuets'],
      code: 'unknownKey',
      detail: { key: 'minuets', suggestion: 'minutes' },
    });
    expect(errors).toContainEqual({ path: ['segments', 0, 'turns', 0], code: 'missing', detail: { key: 'minutes' } });
  });

  it('offers no suggestion for a key that is like none of the known ones', () => {
    const errors = errorsOf({ ...buildAgenda(), colourScheme: 'dark' });
    expect(errors).toEqual([{ path: ['colourScheme'], code: 'unknownKey', detail: { key: 'colourScheme', suggestion: '' } }]);
  });

  it('reports a missing required field at its parent', () => {
    const errors = errorsOf(without(buildAgenda(), ['people', 1, 'role']));
    expect(errors).toEqual([{ path: ['people', 1], code: 'missing', detail: { key: 'role' } }]);
  });

  it('reports a duplicate person id with where it first appeared', () => {
    const errors = errorsOf(withValue(buildAgenda(), ['people', 2, 'id'], 'ana'));
    expect(issue(errors, 'people[2].id')).toEqual({
      path: ['people', 2, 'id'],
      code: 'duplicateId',
      detail: { id: 'ana', first: 'people[1].id' },
    });
  });

  it('reports duplicate segment and question ids', () => {
    const agenda = buildAgenda();
    const data = {
      ...agenda,
      questions: [...agenda.questions!, { id: 'q1', text: 'Again?' }],
      segments: [...agenda.segments, { id: 'opening', minutes: 1 }],
    };
    const errors = errorsOf(data);
    expect(errors.map((e) => [formatPath(e.path), e.code])).toEqual([
      ['questions[1].id', 'duplicateId'],
      ['segments[4].id', 'duplicateId'],
    ]);
  });

  it('reports a segment about an unknown question', () => {
    const errors = errorsOf(withValue(buildAgenda(), ['segments', 1, 'question'], 'q9'));
    expect(errors).toEqual([{ path: ['segments', 1, 'question'], code: 'unknownQuestion', detail: { id: 'q9' } }]);
  });

  it('reports a time zone that does not exist', () => {
    const errors = errorsOf(buildAgenda({ timeZone: 'Europe/Atlantis' }));
    expect(errors).toEqual([{ path: ['timeZone'], code: 'badTimeZone', detail: { found: '"Europe/Atlantis"' } }]);
  });

  it("accepts the language of the agenda's own text as a BCP 47 tag and carries it into the plan", () => {
    for (const language of ['en', 'fr', 'es-419', 'ar', 'zh-Hant-TW']) expect(validateAgenda(buildAgenda({ language })).ok).toBe(true);
    expect(compilePlan(buildAgenda({ language: 'fr' }), 'UTC').language).toBe('fr');
    expect(compilePlan(buildAgenda(), 'UTC')).not.toHaveProperty('language');
  });

  it('reports a language that is not a BCP 47 tag, or not text', () => {
    expect(errorsOf(buildAgenda({ language: 'French!' }))).toEqual([
      { path: ['language'], code: 'badLanguage', detail: { found: '"French!"' } },
    ]);
    expect(errorsOf(buildAgenda({ language: 7 as unknown as string }))).toEqual([
      { path: ['language'], code: 'badLanguage', detail: { found: '7' } },
    ]);
  });

  it('reports a segment with neither turns nor minutes', () => {
    const errors = errorsOf(withValue(buildAgenda(), ['segments', 3], { id: 'closing' }));
    expect(errors).toEqual([{ path: ['segments', 3], code: 'segmentWithoutTime' }]);
  });

  it('reports a segment with an empty list of turns and no minutes', () => {
    const errors = errorsOf(withValue(buildAgenda(), ['segments', 3], { id: 'closing', turns: [] }));
    expect(errors).toEqual([{ path: ['segments', 3], code: 'segmentWithoutTime' }]);
  });

  it('accepts an open block with minutes and an empty list of turns', () => {
    expect(validateAgenda(withValue(buildAgenda(), ['segments', 2, 'turns'], [])).ok).toBe(true);
  });

  it("accepts an open block's list-of-speakers fields and carries them into the plan", () => {
    const floor = { id: 'floor', minutes: 15, questionMinutes: 1, answerMinutes: 2.5, roundSize: 3, askGender: true };
    const result = validateAgenda(withValue(buildAgenda(), ['segments', 2], floor));
    if (!result.ok) throw new Error('expected the agenda to load');
    expect(result.value.warnings).toEqual([]);
    expect(compilePlan(result.value.agenda, 'UTC').segmentById['floor']!.floor).toEqual({
      questionLimit: 60_000,
      answerLimit: 150_000,
      roundSize: 3,
      askGender: true,
    });
  });

  it('gives an open block without those fields the default rules, and other segments none', () => {
    const plan = compilePlan(buildAgenda(), 'UTC');
    expect(plan.segmentById['floor']!.floor).toEqual({ questionLimit: 90_000, answerLimit: 120_000, roundSize: 1, askGender: false });
    expect(plan.segmentById['round-1']!.floor).toBeNull();
  });

  it.each([
    ['questionMinutes', 0, 'notPositive', { found: 0 }],
    ['answerMinutes', -1, 'notPositive', { found: -1 }],
    ['questionMinutes', '2', 'notNumber', { found: '"2"' }],
    ['roundSize', 0, 'notPositive', { found: 0 }],
    ['roundSize', 2.5, 'notWholeNumber', { found: '2.5' }],
    ['askGender', 'yes', 'notBoolean', undefined],
  ])('reports %s of %j as %s', (key, value, code, detail) => {
    const errors = errorsOf(withValue(buildAgenda(), ['segments', 2, key], value));
    expect(errors).toEqual([{ path: ['segments', 2, key], code, ...(detail && { detail }) }]);
  });

  it('reports dates and times that are not on the calendar or the clock', () => {
    const errors = errorsOf(buildAgenda({ date: '2025-02-30', start: '24:00', end: '7:00' }));
    expect(errors.map((e) => [formatPath(e.path), e.code])).toEqual([
      ['date', 'badDate'],
      ['start', 'badTime'],
      ['end', 'badTime'],
    ]);
  });

  it('reports an unknown format', () => {
    const errors = errorsOf({ ...buildAgenda(), format: 'run-of-show/agenda@2' });
    expect(errors).toEqual([
      { path: ['format'], code: 'badFormat', detail: { found: '"run-of-show/agenda@2"', expected: 'run-of-show/agenda@1' } },
    ]);
  });

  it('reports a role that is not moderator, panelist or speaker', () => {
    const errors = errorsOf(withValue(buildAgenda(), ['people', 0, 'role'], 'chair'));
    expect(errors).toEqual([{ path: ['people', 0, 'role'], code: 'badRole', detail: { found: '"chair"' } }]);
  });

  it('reports a final signal that does not come before the wrap-up signal', () => {
    const errors = errorsOf(buildAgenda({ signals: { wrapUpSeconds: 10, finalSeconds: 15 } }));
    expect(errors).toEqual([{ path: ['signals', 'finalSeconds'], code: 'finalNotBeforeWrapUp', detail: { final: 15, wrapUp: 10 } }]);
  });

  it('reports blank text as empty', () => {
    expect(errorsOf(buildAgenda({ title: '   ' }))).toEqual([{ path: ['title'], code: 'emptyText' }]);
  });

  it('refuses a value that is not an object', () => {
    expect(errorsOf([buildAgenda()])).toEqual([{ path: [], code: 'notObject' }]);
    expect(errorsOf(null)).toEqual([{ path: [], code: 'notObject' }]);
  });

  it('reports "__proto__" and "constructor" keys as unknown and pollutes nothing', () => {
    const text = JSON.stringify(buildAgenda()).replace(
      '"title":',
      '"__proto__": { "polluted": true, "people": [] }, "constructor": { "prototype": { "polluted": true } }, "title":',
    );
    const personText = text.replace('"id":"mod"', '"__proto__": { "role": "speaker" }, "id":"mod"');
    const result = parseAgendaText(personText);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: ['__proto__'], code: 'unknownKey', detail: { key: '__proto__', suggestion: '' } },
      { path: ['constructor'], code: 'unknownKey', detail: { key: 'constructor', suggestion: '' } },
      { path: ['people', 0, '__proto__'], code: 'unknownKey', detail: { key: '__proto__', suggestion: '' } },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('role');
    expect(Object.prototype).not.toHaveProperty('people');
  });

  it('loads a plan that overruns the slot with an overSlot warning', () => {
    const agenda = buildAgenda({ end: '17:30' });
    const result = validateAgenda(agenda);
    expect(result).toEqual({
      ok: true,
      value: { agenda, warnings: [{ path: ['segments'], code: 'overSlot', detail: { planned: 45, slot: 30 } }] },
    });
  });

  it('warns when the turns of a segment add up to more than its minutes', () => {
    const agenda = withValue(buildAgenda(), ['segments', 1, 'minutes'], 15);
    const result = validateAgenda(agenda);
    expect(result.ok && result.value.warnings).toEqual([
      { path: ['segments', 1, 'turns'], code: 'turnsExceedSegment', detail: { turns: 20, minutes: 15 } },
    ]);
  });

  it('reports several errors at once', () => {
    let data = withValue(
      buildAgenda({ start: '18:00', end: '17:00', timeZone: 'Mars/Olympus' }),
      ['segments', 1, 'turns', 0, 'speaker'],
      'zed',
    );
    data = withValue(data, ['segments', 1, 'turns', 1, 'minutes'], -1);
    data = withValue(data, ['segments', 0, 'minuets'], 5);
    const errors = errorsOf(data);
    expect(errors.map((e) => [formatPath(e.path), e.code])).toEqual([
      ['end', 'endNotAfterStart'],
      ['timeZone', 'badTimeZone'],
      ['segments[0].minuets', 'unknownKey'],
      ['segments[1].turns[0].speaker', 'unknownPerson'],
      ['segments[1].turns[1].minutes', 'notPositive'],
    ]);
  });
});

describe('parseAgendaText', () => {
  it('parses and validates the text of the seed agenda', () => {
    const result = parseAgendaText(JSON.stringify(SEED_AGENDA, null, 2));
    expect(result.ok && result.value.agenda).toEqual(SEED_AGENDA);
  });

  it('reports text that is not JSON', () => {
    const result = parseAgendaText('{ "format": "run-of-show/agenda@1", ');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ path: [], code: 'notJson' });
  });

  it('refuses more than 1 MB before parsing it', () => {
    // Not JSON at all: a parser that ran first would say notJson.
    const result = parseAgendaText('x'.repeat(MAX_AGENDA_BYTES + 1));
    expect(result).toEqual({
      ok: false,
      errors: [{ path: [], code: 'tooLarge', detail: { bytes: MAX_AGENDA_BYTES + 1, limit: MAX_AGENDA_BYTES } }],
    });
  });

  it('counts the size in UTF-8 bytes, not characters', () => {
    const text = 'è'.repeat(600_000);
    expect(text.length).toBeLessThan(MAX_AGENDA_BYTES);
    const result = parseAgendaText(text);
    expect(result.ok || result.errors[0]!.code).toBe('tooLarge');
  });

  it('accepts exactly 1 MB', () => {
    const json = JSON.stringify(buildAgenda());
    const padded = json + ' '.repeat(MAX_AGENDA_BYTES - json.length);
    expect(parseAgendaText(padded).ok).toBe(true);
  });
});

describe('utf8Length', () => {
  it('counts one to four bytes per character as UTF-8 does', () => {
    for (const text of ['', 'abc', 'Maguèye', '€', '👩🏽‍⚖️ panel', 'ａｂｃ']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});

describe('formatPath', () => {
  it('writes a path as it reads in a message', () => {
    expect(formatPath(['segments', 2, 'turns', 0, 'speaker'])).toBe('segments[2].turns[0].speaker');
    expect(formatPath(['end'])).toBe('end');
    expect(formatPath([])).toBe('');
  });
});
