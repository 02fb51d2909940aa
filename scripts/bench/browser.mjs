// Headless Chromium for the browser figures: Debian's build, never a download.
import { chromium } from 'playwright';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

/** A fresh context (empty cache and storage) set up like the e2e tests. */
export function newContext(browser) {
  return browser.newContext({
    viewport: { width: 1366, height: 768 },
    timezoneId: 'Europe/Zurich',
    locale: 'en-GB',
    serviceWorkers: 'allow',
  });
}

/** In-page: the text of the timer with this accessible name, or null. */
export function timerText(name) {
  for (const el of document.querySelectorAll('[role="timer"]')) {
    const label =
      el.getAttribute('aria-label') ??
      (el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    if (label === name) return el.textContent;
  }
  return null;
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return n === 0 ? NaN : n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
};
