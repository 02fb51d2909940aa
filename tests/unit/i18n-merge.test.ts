// @vitest-environment jsdom
import { en } from '../../src/i18n/en';
import { language, locale, setLanguage } from '../../src/i18n/lang';
import { formatDate, formatDecimal, formatPercent } from '../../src/i18n/formats';
import { words as fr } from '../../src/i18n/fr';

describe('a screen in French', () => {
  it('starts in English with nothing loaded', () => {
    expect(language()).toBe('en');
    expect(en.buttons.next).toBe('Next');
    expect(formatDate('2026-12-01')).toBe('1 December 2026');
  });

  it('writes the French words into the English objects, sets <html lang dir>, and formats in French', async () => {
    await setLanguage('fr', 'run-of-show:lang:console');
    expect(en.buttons.next).toBe(fr.main.buttons.next);
    expect(en.timers.turn).toBe(fr.main.timers.turn);
    expect(en.queueMore(3)).toBe(fr.main.queueMore(3));
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
    expect(formatDate('2026-12-01')).toBe('1 décembre 2026');
    expect(formatPercent(0.25)).toBe('25\u00a0%');
    expect(formatDecimal(1.5)).toBe('1,5');
  });

  it('writes them into a word module that loads later, with its view', async () => {
    const { enLog } = await import('../../src/i18n/en-log');
    expect(enLog.heading).toBe(fr.log.heading);
    expect(enLog.columns.speaker).toBe(fr.log.columns.speaker);
  });

  it('in Arabic: right to left, with Western digits', async () => {
    await setLanguage('ar', 'run-of-show:lang:stage');
    expect(document.documentElement.dir).toBe('rtl');
    expect(locale()).toBe('ar-u-nu-latn');
    expect(formatPercent(0.25)).toMatch(/25/);
    expect(formatDate('2026-12-01')).toMatch(/2026/);
  });
});
