import { test } from '@playwright/test';
test('explore', async ({ page }) => {
  await page.clock.install({ time: new Date('2025-06-19T16:59:00+02:00') });
  await page.clock.pauseAt(new Date('2025-06-19T16:59:30+02:00'));
  await page.goto('/');
  await page.clock.runFor(30_000);
  console.log(await page.locator('body').ariaSnapshot());
  await page.getByRole('button', { name: /^Start/ }).click();
  await page.clock.runFor(62_000);
  console.log(await page.locator('body').ariaSnapshot());
});
