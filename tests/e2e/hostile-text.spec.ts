import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const seed = JSON.parse(readFileSync('src/app/seed-agenda.json', 'utf8'));

test('hostile text in an agenda shows as text and the console layout holds', async ({ page }) => {
  const agenda = structuredClone(seed);
  agenda.title = '<b>Bold?</b> ' + 'A very long title '.repeat(40);
  agenda.people[0].name = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>Hana';
  agenda.people[0].position = '\u202Eevil override\u202C ' + 'position '.repeat(200);
  agenda.people[2].name = 'x'.repeat(10_000);
  agenda.people[1].name = 'Ma\u0301gue\u0300ye 🇸🇳👩🏾‍⚖️ Z̷̢̛a̴l̷g̸o̵ عربي';
  agenda.questions[0].text = 'javascript:alert(1) ' + 'why '.repeat(300);
  await page.route(
    (url) => url.pathname === '/agendas/hostile.json',
    (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(agenda) }),
  );
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.install({ time: new Date('2026-11-27T09:59:00+01:00') });
  await page.clock.pauseAt(new Date('2026-11-27T10:00:00+01:00'));

  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.goto('/?agenda=/agendas/hostile.json');
    const speaker = page.getByRole('region', { name: 'Current speaker' });
    await expect(speaker).toContainText('<script>window.__xss=2</script>Hana');
    await page.keyboard.press('Space');
    await page.keyboard.press('n');
    await expect(speaker).toContainText('xxxxxxxxxx');
    await page.screenshot({ path: `test-results/screenshots/hostile-${size.width}.png` });
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('script:not([src])').count()).toBe(0);
    // Nothing scrolls the page, and the timers stay on screen.
    const overflow = await page.evaluate(() => ({
      vertical: document.documentElement.scrollHeight - innerHeight,
      horizontal: document.documentElement.scrollWidth - innerWidth,
    }));
    expect(overflow).toEqual({ vertical: 0, horizontal: 0 });
    for (const name of ['Turn time', 'Segment time', 'Session time']) {
      const timer = page.getByRole('timer', { name });
      await expect(timer).toBeInViewport({ ratio: 1 });
      expect(await timer.evaluate(clippedPixels), `${name} is cut off`).toBe(0);
    }
    await page.evaluate(() => localStorage.clear());
  }
  expect(errors).toEqual([]);
});

/** How many pixels of the element an overflow-clipping ancestor hides. */
function clippedPixels(element: Element): number {
  const box = element.getBoundingClientRect();
  let hidden = 0;
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const style = getComputedStyle(parent);
    if (style.overflow === 'visible' && style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = parent.getBoundingClientRect();
    hidden +=
      Math.max(0, clip.top - box.top) +
      Math.max(0, box.bottom - clip.bottom) +
      Math.max(0, clip.left - box.left) +
      Math.max(0, box.right - clip.right);
  }
  return Math.round(hidden);
}
