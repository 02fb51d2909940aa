import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { ConsolePage, SEED_TITLE } from './console-page';
import { expectFiresideOnScreen, FIRESIDE, pauseClockAt, SOFIA } from './plan-journey';
import { PlanPage } from './plan-page';

// page.route cannot see requests a service worker answers; the offline worker is not under test here.
test.use({ serviceWorkers: 'block' });

/*
 * The fireside chat's file, as plan-build.spec.ts checks the download holds it (FIRESIDE), loaded
 * back into a plan view that keeps nothing, then given to the console by URL.
 */
test('the fireside chat file loads back into an empty plan field for field, and the console takes it from the URL', async ({
  page,
  context,
}, testInfo) => {
  const file = testInfo.outputPath('fireside-chat-mine-action-after-the-guns-fall-silent.json');
  const text = JSON.stringify(FIRESIDE, null, 2);
  writeFileSync(file, text);
  await pauseClockAt(page, '2025-09-01T09:00:00');

  // Loaded back into a fresh page with nothing kept: the same plan, field for field.
  const fresh = page;
  const again = new PlanPage(fresh);
  await again.open();
  await fresh.evaluate(() => localStorage.clear());
  await fresh.reload();
  await expect(again.session.getByLabel('Title', { exact: true })).toHaveValue(SEED_TITLE);
  await fresh.getByLabel('Load agenda').setInputFiles(file);
  await expect.poll(() => again.storedDraft()).toBe(JSON.stringify(JSON.parse(text)));
  await expectFiresideOnScreen(again);
  await expect(again.alert).toHaveCount(0);

  // And the console takes the file from the URL, with no complaint.
  const consoleWindow = await context.newPage();
  await consoleWindow.route(
    (url) => url.pathname === '/agendas/fireside.json',
    (route) => route.fulfill({ path: file, contentType: 'application/json' }),
  );
  const console = new ConsolePage(consoleWindow);
  await consoleWindow.goto('/?agenda=/agendas/fireside.json');
  await expect(console.title).toHaveText(FIRESIDE.title);
  await expect(console.speakerName).toHaveText(SOFIA);
  await expect(console.turnTime).toHaveText('3:00');
  await expect(console.sessionTime).toHaveText('30:00');
  await expect(console.alert).toHaveCount(0);
});
