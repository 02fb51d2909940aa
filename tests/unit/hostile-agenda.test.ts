import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seed from '../../src/app/seed-agenda.json';
import { parseAgendaText, validateAgenda } from '../../src/domain/validate-agenda';
import { compilePlan } from '../../src/domain/plan';

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'minuets', ''];

/** A JSON-ish value with the keys an attacker or a typo would use. */
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, -1, 1e308, -0, 2.5, '', '<script>alert(1)</script>', '\u202Eevil', 'Maguèye', '🙂'.repeat(50)),
    fc.string(),
    fc.double(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Takes the seed agenda and breaks it at one random place. */
const mangledSeed = fc
  .tuple(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.nat({ max: 12 })), { minLength: 1, maxLength: 4 }), hostileValue)
  .map(([path, value]) => {
    const copy = JSON.parse(JSON.stringify(seed)) as Record<string, unknown>;
    let target: unknown = copy;
    for (const part of path.slice(0, -1)) {
      if (typeof target !== 'object' || target === null) break;
      const next = (target as Record<string, unknown>)[String(part)];
      if (typeof next !== 'object' || next === null) break;
      target = next;
    }
    if (typeof target === 'object' && target !== null) (target as Record<string, unknown>)[String(path.at(-1))] = value;
    return JSON.stringify(copy);
  });

/** Cuts, duplicates or corrupts characters of the seed's text. */
const mangledText = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 20 })).map(([at, cut, insert]) => {
  const text = JSON.stringify(seed);
  const i = at % text.length;
  return text.slice(0, i) + insert + text.slice(i + cut);
});

function checkOutcome(text: string) {
  const result = parseAgendaText(text);
  if (result.ok) {
    // What loads must compile into a plan without throwing.
    expect(() => compilePlan(result.value.agenda, 'Europe/Zurich')).not.toThrow();
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const issue of result.errors) expect(Array.isArray(issue.path)).toBe(true);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('minutes');
}

describe('parseAgendaText', () => {
  it('never throws on a thousand mangled agendas: it loads them or reports errors', () => {
    fc.assert(
      fc.property(fc.oneof(mangledSeed, mangledText), (text) => checkOutcome(text)),
      { numRuns: 1200 },
    );
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        expect(() => validateAgenda(value)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('lets no "__proto__" or "constructor" key pollute anything', () => {
    const text = JSON.stringify(seed).replace(
      '"format"',
      '"__proto__":{"polluted":true,"minutes":1},"constructor":{"prototype":{"polluted":true}},"format"',
    );
    const result = parseAgendaText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.detail?.key)).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('finishes quickly on a deeply nested file instead of hanging', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const result = parseAgendaText(deep);
    expect(result.ok).toBe(false);
  });

  it('loads hostile text as plain data: script tags, right-to-left overrides, a 10,000-character name, emoji, combining marks', () => {
    const agenda = JSON.parse(JSON.stringify(seed));
    agenda.people[1].name = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    agenda.people[2].name = '\u202Egnol ylsuoidua\u202C ' + 'x'.repeat(10_000);
    agenda.people[3].name = 'Ma\u0301gue\u0300ye 🇸🇳👩🏾‍⚖️ Z̷̢̛a̴l̷g̸o̵';
    const result = validateAgenda(agenda);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.agenda.people[1]!.name).toContain('<script>');
  });
});
