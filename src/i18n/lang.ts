/**
 * The language of this screen. Each view chooses its own (the speaker view can be French while the
 * console stays English): `?lang=` in the address, else the choice remembered for this view on
 * this device, else the browser's preferred languages, else English. The chosen language's words
 * load before the first render and are written into the English objects, which stay the source
 * and the type; English loads nothing more.
 */
import type { Catalogue } from './words';

/** Each language by its own name, in its own script. */
export const LANGUAGES = { en: 'English', fr: 'Français', es: 'Español', ar: 'العربية' } as const;
export type Lang = keyof typeof LANGUAGES;

const isLang = (tag: unknown): tag is Lang => typeof tag === 'string' && Object.hasOwn(LANGUAGES, tag);

/** The first of `?lang=`, the saved choice and the preferred languages (`fr-CH` counts as `fr`) that the app speaks. */
export function pickLanguage(asked: string | null, saved: string | null, preferred: readonly string[]): Lang {
  if (isLang(asked)) return asked;
  if (isLang(saved)) return saved;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}

/** `?lang=` in the address, before the route or in the route's own query (`#/stage?lang=fr&room=…`). */
export function askedLanguage(search: string, hash: string): string | null {
  return new URLSearchParams(search).get('lang') ?? /[?&]lang=([\w-]+)/.exec(hash)?.[1] ?? null;
}

/** Where a view's choice is kept: the rehearsal's views share their live views' choice. */
export function languageKey(view: string): string {
  return `run-of-show:lang:${view.replace('-rehearsal', '').replace('rehearse', 'console')}`;
}

let chosen: Lang = 'en';
/** Where this view keeps its choice (`languageKey`). */
let savedAs = languageKey('console');
let words: Partial<Catalogue> = {};
const targets: Array<[object, keyof Catalogue]> = [];

/** This screen's language. */
export const language = (): Lang => chosen;

/** The locale `Intl` formats with: English as written at the UN (day before month), Arabic with Western digits, as conference clocks have them. */
export const locale = (): string => (chosen === 'ar' ? 'ar-u-nu-latn' : chosen === 'en' ? 'en-GB' : chosen);

/** Writes the chosen language's words for `part` into the English object `target`, now or once they load. */
export function localize(target: object, part: keyof Catalogue): void {
  targets.push([target, part]);
  if (words[part]) merge(target as Record<string, unknown>, words[part]);
}

/** Writes `source`'s words into `target`, part by part (also for word modules loaded with their view: `import-words.ts`). */
export function merge(target: Record<string, unknown>, source: object): void {
  for (const [key, value] of Object.entries(source)) {
    const into = target[key];
    if (value && typeof value === 'object' && !Array.isArray(value) && into && typeof into === 'object')
      merge(into as Record<string, unknown>, value);
    else target[key] = value;
  }
}

const catalogues: Record<Exclude<Lang, 'en'>, () => Promise<{ words: Catalogue }>> = {
  fr: () => import('./fr'),
  es: () => import('./es'),
  ar: () => import('./ar'),
};

/** Sets the page's language and direction and loads the language's words (English: nothing to load). `key`: where the view keeps its choice. */
export async function setLanguage(lang: Lang, key: string): Promise<void> {
  chosen = lang;
  savedAs = key;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  if (lang === 'en') return;
  words = (await catalogues[lang]()).words;
  for (const [target, part] of targets) if (words[part]) merge(target as Record<string, unknown>, words[part]);
}

/** Keeps `lang` as this view's language and reloads the page in it (the run survives a reload). */
export function chooseLanguage(lang: Lang, storage: Storage | undefined): void {
  const url = new URL(location.href);
  // The address no longer overrides the choice; it carries it only where storage is blocked.
  url.searchParams.delete('lang');
  url.hash = url.hash.replace(/([?&])lang=[\w-]+&?/, '$1').replace(/[?&]$/, '');
  try {
    storage!.setItem(savedAs, lang);
  } catch {
    url.searchParams.set('lang', lang);
  }
  history.replaceState(history.state, '', url);
  location.reload();
}
