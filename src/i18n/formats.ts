import { locale } from './lang';

/** Dates and numbers in the screen's language, through Intl (times and countdowns are `src/platform/format.ts`: the same in every language). */
/** The agenda's `YYYY-MM-DD` as the screen's language writes a date: `1 December 2026`, `1 décembre 2026`. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** A share of 0–1 as the screen's language writes a percentage: `25%`, `25 %`. */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A number with one decimal, as the screen's language writes it: `1.5`, `1,5`. */
export function formatDecimal(x: number): string {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
}
