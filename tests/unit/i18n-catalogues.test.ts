import { en } from '../../src/i18n/en';
import { enAlerts } from '../../src/i18n/en-alerts';
import { enDevices } from '../../src/i18n/en-devices';
import { enFloor } from '../../src/i18n/en-floor';
import { enHelp } from '../../src/i18n/en-help';
import { enImport } from '../../src/i18n/en-import';
import { enIssues } from '../../src/i18n/en-issues';
import { enLog } from '../../src/i18n/en-log';
import { enPlan } from '../../src/i18n/en-plan';
import { enRebalance } from '../../src/i18n/en-rebalance';
import { askedLanguage, languageKey, pickLanguage } from '../../src/i18n/lang';
import type { Catalogue } from '../../src/i18n/words';
import { words as ar } from '../../src/i18n/ar';
import { words as es } from '../../src/i18n/es';
import { words as fr } from '../../src/i18n/fr';
import { importWords as arImport } from '../../src/i18n/ar/import';
import { importWords as esImport } from '../../src/i18n/es/import';
import { importWords as frImport } from '../../src/i18n/fr/import';
import type { Words } from '../../src/i18n/words';

/** The catalogue, and the importer's words, which load with the plan view (`import-words.ts`). */
type Parts = Catalogue & { readonly import: Words<typeof enImport> };

const english: Parts = {
  main: en,
  log: enLog,
  plan: enPlan,
  help: enHelp,
  issues: enIssues,
  rebalance: enRebalance,
  devices: enDevices,
  floor: enFloor,
  alerts: enAlerts,
  import: enImport,
};
const languages = { fr: { ...fr, import: frImport }, es: { ...es, import: esImport }, ar: { ...ar, import: arImport } } as const;

/** Arguments tried on a function of words: each takes one of these (numbers, text, a list of names, an issue's details). */
const SAMPLES: readonly (readonly unknown[])[] = [
  [2],
  ['X', 'Y', 'Z'],
  [3, 4],
  [['X', 'Y']],
  ['p: ', { found: 'x', key: 'k', id: 'i', start: '17:00', end: '16:00', bytes: 2048, limit: 1024 }],
];
/** The sample arguments in what a function says, so that only its own words are compared. */
const ARGUMENTS = /\b[XYZ]\b|\d+|p: /g;
type Said = (...args: unknown[]) => unknown;

/** The first sample English says something sensible for: the arguments a function of words takes. */
function sampleFor(english: Said): readonly unknown[] | undefined {
  return SAMPLES.find((args) => {
    try {
      const said = english(...args);
      return typeof said === 'string' && !/undefined|NaN|\[object/.test(said);
    } catch {
      return false;
    }
  });
}

/** Every leaf of a word object: its path, and what it says (a function: what it says for the arguments English takes). */
function leaves(words: unknown, like: unknown = words, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof words === 'string') out.set(path, words);
  else if (typeof words === 'function') {
    const args = typeof like === 'function' ? sampleFor(like as Said) : undefined;
    if (args) {
      try {
        const said = (words as Said)(...args);
        if (typeof said === 'string') out.set(path, said.replace(ARGUMENTS, '…'));
      } catch {
        // Left out: the test of the function's text says so.
      }
    }
  } else if (words && typeof words === 'object') {
    for (const [key, value] of Object.entries(words))
      for (const [p, s] of leaves(value, (like as Record<string, unknown> | undefined)?.[key], `${path}.${key}`)) out.set(p, s);
  }
  return out;
}

/** The shape of a word object: keys, and whether each leaf is text or a function. */
function shape(words: unknown): unknown {
  if (typeof words === 'string') return 'text';
  if (typeof words === 'function') return 'function';
  if (Array.isArray(words)) return words.map(shape);
  return Object.fromEntries(Object.entries(words as object).map(([k, v]) => [k, shape(v)]));
}

/**
 * Words a language may leave as in English: names and symbols, and words the languages share.
 * Anything else identical to English is a word left untranslated.
 */
const SAME_AS_ENGLISH: Record<keyof typeof languages, readonly string[]> = {
  // The product's name; French words spelt as in English.
  fr: [
    'Run of Show',
    'Console',
    'Date',
    'Message',
    'Messages',
    'Message…',
    'Minutes',
    'Note',
    'Organisation',
    'Pause',
    'Plan',
    'Question',
    'question …',
    'Total',
  ],
  // The product's name, the key's name on the keyboard, Spanish words spelt as in English.
  es: ['Run of Show', 'Esc', 'Plan', 'Total', 'Error:'],
  ar: ['Run of Show'],
};

describe('the catalogues', () => {
  for (const [lang, words] of Object.entries(languages)) {
    it(`${lang} has every word English has, with the same shape (the type check says the same at build time)`, () => {
      for (const part of Object.keys(english) as (keyof Parts)[]) expect(shape(words[part]), part).toEqual(shape(english[part]));
    });

    it(`${lang} leaves nothing identical to English but the allowed names and symbols`, () => {
      const same: string[] = [];
      for (const part of Object.keys(english) as (keyof Parts)[]) {
        const theirs = leaves(words[part], english[part]);
        for (const [path, said] of leaves(english[part])) if (theirs.get(path) === said && /\p{L}{2}/u.test(said)) same.push(said);
      }
      expect([...new Set(same)].sort()).toEqual([...SAME_AS_ENGLISH[lang as keyof typeof languages]].sort());
    });

    it(`${lang} functions give text for the arguments English gives text for`, () => {
      for (const part of Object.keys(english) as (keyof Parts)[]) {
        const theirs = leaves(words[part], english[part]);
        for (const path of leaves(english[part]).keys()) expect(theirs.get(path) ?? '', `${part}${path}`).toMatch(/\S/);
      }
    });
  }
});

describe('which language a screen speaks', () => {
  it('takes ?lang= first, then the saved choice, then the browser’s languages, then English', () => {
    expect(pickLanguage('fr', 'es', ['ar'])).toBe('fr');
    expect(pickLanguage(null, 'es', ['ar'])).toBe('es');
    expect(pickLanguage(null, null, ['de-CH', 'ar-EG', 'fr'])).toBe('ar');
    expect(pickLanguage(null, null, ['de', 'it'])).toBe('en');
    expect(pickLanguage(null, null, [])).toBe('en');
  });

  it('ignores what it does not speak', () => {
    expect(pickLanguage('de', 'xx', ['FR-ca'])).toBe('fr');
    expect(pickLanguage('toString', '__proto__', [])).toBe('en');
  });

  it('reads ?lang= before the route or in the route’s own query', () => {
    expect(askedLanguage('?lang=fr', '#/stage')).toBe('fr');
    expect(askedLanguage('?agenda=x.json', '#/stage?room=r1&role=speaker&key=k&lang=ar')).toBe('ar');
    expect(askedLanguage('', '#/log')).toBeNull();
  });

  it('keeps one choice per view, the rehearsal’s views sharing their live views’ choice', () => {
    expect(languageKey('stage-rehearsal')).toBe(languageKey('stage'));
    expect(languageKey('rehearse')).toBe(languageKey('console'));
    expect(languageKey('log-rehearsal')).toBe(languageKey('log'));
    expect(new Set(['console', 'stage', 'log', 'plan', 'sheet'].map(languageKey)).size).toBe(5);
  });
});
