import { enImport } from './en-import';
import { language, merge, type Lang } from './lang';

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<{ importWords: object }>> = {
  fr: () => import('./fr/import'),
  es: () => import('./es/import'),
  ar: () => import('./ar/import'),
};

/**
 * The importer's words in this screen's language. They load with the plan view, not in each
 * language's catalogue, which every screen in that language loads at its start (the console
 * would carry 3 to 4 kB gzip of words it never shows).
 */
export async function loadImportWords(): Promise<void> {
  const lang = language();
  if (lang !== 'en') merge(enImport as unknown as Record<string, unknown>, (await loaders[lang]()).importWords);
}
