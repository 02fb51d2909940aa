import { expect, test } from '@playwright/test';

test('after one visit the app starts and runs a turn with no network', async ({ page, context }) => {
  await page.clock.install({ time: new Date('2026-11-27T09:59:00+01:00') });
  await page.clock.pauseAt(new Date('2026-11-27T10:00:00+01:00'));
  await page.goto('/');
  await expect(page.getByRole('timer', { name: 'Turn time' })).toHaveText('5:00');
  // The offline worker installs and takes control of the page on the first visit.
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active !== null && navigator.serviceWorker.controller !== null;
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Current speaker' })).toContainText('Hana Salama');
  await page.keyboard.press('Space');
  await page.clock.runFor(61_000);
  await expect(page.getByRole('timer', { name: 'Turn time' })).toHaveText('3:59');
  await page.keyboard.press('n');
  await expect(page.getByRole('region', { name: 'Current speaker' })).toContainText('H.E. Himalee Arunatilaka');
});

test('the built page carries a Content-Security-Policy with no inline script, and nothing breaks it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.clock.install({ time: new Date('2026-11-27T09:59:00+01:00') });
  await page.clock.pauseAt(new Date('2026-11-27T10:00:00+01:00'));
  await page.goto('/');
  await expect(page.getByRole('timer', { name: 'Session time' })).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(violations).toEqual([]);
});
