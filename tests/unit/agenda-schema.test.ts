import Ajv from 'ajv';
import { AGENDA_KEYS, validateAgenda } from '../../src/domain/validate-agenda';
import schema from '../../public/agenda.schema.json';
import { SEED_AGENDA, buildAgenda, withValue, without } from './helpers';

type Kind = keyof typeof AGENDA_KEYS;
interface ObjectSchema {
  type?: string;
  additionalProperties?: boolean;
  properties?: Record<string, unknown>;
  required?: string[];
}

let compiled: ReturnType<Ajv['compile']> | null = null;

function setup() {
  // Strict in everything but strictRequired, which would forbid the usual `anyOf: [{ required: [...] }]`
  // that says a segment needs minutes or turns.
  const check = (compiled ??= new Ajv({ strict: true, strictRequired: false, allErrors: true }).compile(schema));
  const schemaValid = (data: unknown) => check(data) === true;
  const validatorValid = (data: unknown) => validateAgenda(data).ok;
  const schemaFor = (kind: Kind) =>
    (kind === 'agenda' ? schema : (schema.definitions as Record<string, unknown>)[kind]) as ObjectSchema | undefined;
  return { schemaValid, validatorValid, schemaFor };
}

const base = buildAgenda();

/** Agendas both must accept. */
const valid: [string, unknown][] = [
  ['the seed agenda', SEED_AGENDA],
  ['the small test agenda', base],
  ['a plan over the slot (a warning, not an error)', buildAgenda({ end: '17:30' })],
  ['an open block with an empty list of turns', withValue(base, ['segments', 2, 'turns'], [])],
  ['a segment with both minutes and turns', withValue(base, ['segments', 1, 'minutes'], 25)],
  ['fractional minutes', withValue(base, ['segments', 0, 'turns', 0, 'minutes'], 2.5)],
  [
    'only the required fields',
    {
      format: base.format,
      title: 'T',
      date: '2025-01-01',
      start: '09:00',
      end: '10:00',
      people: [{ id: 'a', name: 'A', role: 'speaker' }],
      segments: [{ id: 's', minutes: 5 }],
    },
  ],
  ['a "$schema" path for editors', withValue(base, ['$schema'], '../agenda.schema.json')],
  ['signals of zero and some', buildAgenda({ signals: { wrapUpSeconds: 30, finalSeconds: 0 } })],
  ['empty signals', buildAgenda({ signals: {} as never })],
  [
    "an open block's list-of-speakers fields",
    withValue(base, ['segments', 2], { id: 'floor', minutes: 15, questionMinutes: 1.5, answerMinutes: 2, roundSize: 3, askGender: true }),
  ],
];

/** Structurally broken agendas both must refuse. */
const broken: [string, unknown][] = [
  ['a title that is a number', withValue(base, ['title'], 42)],
  ['a blank title', withValue(base, ['title'], '   ')],
  ['another format', withValue(base, ['format'], 'run-of-show/agenda@2')],
  ['no format', without(base, ['format'])],
  ['no people', without(base, ['people'])],
  ['people that are not a list', withValue(base, ['people'], { mod: { name: 'M' } })],
  ['an empty list of people', withValue(base, ['people'], [])],
  ['a person without a name', without(base, ['people', 1, 'name'])],
  ['a role outside the list', withValue(base, ['people', 0, 'role'], 'chair')],
  ['an empty honorific', withValue(base, ['people', 1, 'honorific'], '')],
  ['a question without text', without(base, ['questions', 0, 'text'])],
  ['a date written the other way round', withValue(base, ['date'], '19/06/2025')],
  ['a thirteenth month', withValue(base, ['date'], '2025-13-01')],
  ['a start in 12-hour time', withValue(base, ['start'], '5pm')],
  ['an end at 24:00', withValue(base, ['end'], '24:00')],
  ['a start without the leading zero', withValue(base, ['start'], '9:00')],
  ['a time zone that is a number', withValue(base, ['timeZone'], 1)],
  ['a misspelled key "minuets" in a turn', withValue(base, ['segments', 0, 'turns', 0], { speaker: 'mod', minutes: 5, minuets: 5 })],
  ['a misspelled key in place of minutes', withValue(base, ['segments', 0, 'turns', 0], { speaker: 'mod', minuets: 5 })],
  ['an unknown key at the top', withValue(base, ['colour'], 'blue')],
  ['an unknown key in the signals', withValue(base, ['signals'], { wrapup: 60 })],
  ['negative minutes in a turn', withValue(base, ['segments', 1, 'turns', 0, 'minutes'], -5)],
  ['zero minutes in a segment', withValue(base, ['segments', 2, 'minutes'], 0)],
  ['minutes as text', withValue(base, ['segments', 1, 'turns', 0, 'minutes'], '5')],
  ['a turn without a speaker', without(base, ['segments', 1, 'turns', 0, 'speaker'])],
  ['a speaker id that is a number', withValue(base, ['segments', 1, 'turns', 0, 'speaker'], 7)],
  ['a segment without turns or minutes', withValue(base, ['segments', 3], { id: 'closing' })],
  ['a segment with no turns and no minutes', withValue(base, ['segments', 3], { id: 'closing', turns: [] })],
  ['a segment without an id', without(base, ['segments', 0, 'id'])],
  ['turns that are not a list', withValue(base, ['segments', 0, 'turns'], { speaker: 'mod', minutes: 5 })],
  ['flex that is not true or false', withValue(base, ['segments', 2, 'flex'], 'yes')],
  ['a negative signal', withValue(base, ['signals'], { wrapUpSeconds: -1 })],
  ['an empty list of segments', withValue(base, ['segments'], [])],
  ['a "$schema" that is not text', withValue(base, ['$schema'], 5)],
  ['a list instead of an agenda', [base]],
  ['a question limit of zero', withValue(base, ['segments', 2, 'questionMinutes'], 0)],
  ['a negative answer limit', withValue(base, ['segments', 2, 'answerMinutes'], -2)],
  ['a round of no questions', withValue(base, ['segments', 2, 'roundSize'], 0)],
  ['a round of two and a half questions', withValue(base, ['segments', 2, 'roundSize'], 2.5)],
  ['askGender that is not true or false', withValue(base, ['segments', 2, 'askGender'], 'yes')],
  ['a "__proto__" key', JSON.parse(JSON.stringify(base).replace('{', '{"__proto__":{"x":1},'))],
];

describe('agenda.schema.json', () => {
  it('compiles in strict mode', () => {
    expect(() => setup()).not.toThrow();
  });

  it.each(Object.keys(AGENDA_KEYS) as Kind[])('lists the same keys as the validator for %s', (kind) => {
    const { schemaFor } = setup();
    const rules: Record<string, 'required' | 'optional'> = AGENDA_KEYS[kind];
    const objectSchema = schemaFor(kind);
    expect(objectSchema).toMatchObject({ type: 'object', additionalProperties: false });
    expect(Object.keys(objectSchema!.properties!).sort()).toEqual(Object.keys(rules).sort());
    expect([...objectSchema!.required!].sort()).toEqual(
      Object.keys(rules)
        .filter((key) => rules[key] === 'required')
        .sort(),
    );
  });

  it.each(valid)('accepts %s, as the validator does', (_, data) => {
    const { schemaValid, validatorValid } = setup();
    expect(validatorValid(data)).toBe(true);
    expect(schemaValid(data)).toBe(true);
  });

  it.each(broken)('refuses %s, as the validator does', (_, data) => {
    const { schemaValid, validatorValid } = setup();
    expect(validatorValid(data)).toBe(false);
    expect(schemaValid(data)).toBe(false);
  });

  // JSON Schema sees one value at a time: it cannot check that ids are unique, that a turn's speaker
  // or a segment's question exists, that the end comes after the start, that a date is on the
  // calendar, that a time zone exists, or that finalSeconds is below wrapUpSeconds. Those agendas are
  // kept out of the agreement lists above; the validator alone refuses them.
  it.each([
    ['an unknown speaker', withValue(base, ['segments', 1, 'turns', 0, 'speaker'], 'nobody')],
    ['an unknown question', withValue(base, ['segments', 1, 'question'], 'q9')],
    ['a duplicate person id', withValue(base, ['people', 2, 'id'], 'ana')],
    ['an end before the start', buildAgenda({ start: '18:00', end: '17:00' })],
    ['30 February', buildAgenda({ date: '2025-02-30' })],
    ['a time zone that does not exist', buildAgenda({ timeZone: 'Europe/Atlantis' })],
    ['a final signal after the wrap-up signal', buildAgenda({ signals: { wrapUpSeconds: 10, finalSeconds: 20 } })],
  ])('leaves %s to the validator', (_, data) => {
    const { schemaValid, validatorValid } = setup();
    expect(schemaValid(data)).toBe(true);
    expect(validatorValid(data)).toBe(false);
  });
});
