import { expect, test } from '@playwright/test';
import { ARUNATILAKA, DIOP, SALAMA, SEED_START } from './console-page';
import {
  advanceAll,
  connectDevices,
  type Device,
  openDevice,
  speakerRegion,
  startTestServer,
  type TestServer,
  trueTime,
  turnTime,
} from './support/devices';

let server: TestServer;
test.beforeAll(async () => {
  server = await startTestServer();
});
test.afterAll(async () => {
  await server?.close();
});

/** Both devices show the same Turn time (and it is `expected` when given). */
async function expectSame(console: Device, other: Device, expected?: string) {
  const shown = expected ?? (await turnTime(console.page).textContent())!;
  await expect(turnTime(console.page)).toHaveText(shown);
  await expect(turnTime(other.page)).toHaveText(shown);
}

test('a speaker view on a phone whose clock runs 90 s fast shows the console’s Turn time and speaker at every step', async ({
  browser,
}) => {
  const console = await openDevice(browser, `${server.url}/`, SEED_START);
  await expect(turnTime(console.page)).toHaveText('5:00');
  const links = await connectDevices(console.page);
  expect(links.speaker).toContain('role=speaker');
  await console.page.keyboard.press('Escape');

  const speaker = await openDevice(browser, links.speaker, await trueTime(console), 90_000, { width: 390, height: 844 });
  await expect(speakerRegion(speaker.page)).toContainText(SALAMA);
  await expectSame(console, speaker, '5:00');

  await console.page.keyboard.press('Space');
  await expectSame(console, speaker, '5:00');
  await advanceAll([console, speaker], 61_000);
  await expectSame(console, speaker, '3:59');

  await console.page.keyboard.press('n');
  await expect(speakerRegion(speaker.page)).toContainText(ARUNATILAKA);
  await expectSame(console, speaker, '6:00');
  await advanceAll([console, speaker], 12_500);
  await expectSame(console, speaker, '5:48');

  await console.page.keyboard.press('Space');
  await expect(speaker.page.getByRole('status').filter({ hasText: 'Paused' })).toBeVisible();
  await advanceAll([console, speaker], 20_000);
  await expectSame(console, speaker, '5:48');

  await console.page.keyboard.press('+');
  await expectSame(console, speaker, '6:18');

  await console.page.keyboard.press('z');
  await expectSame(console, speaker, '5:48');
  await console.page.keyboard.press('z');
  await expect(speaker.page.getByRole('status').filter({ hasText: 'Paused' })).toHaveCount(0);
  await advanceAll([console, speaker], 3_000);
  await expectSame(console, speaker);
  await console.context.close();
  await speaker.context.close();
});

test('served as a plain static page (vite preview), the console says there is no sync server and runs as before', async ({ page }) => {
  await page.clock.install({ time: new Date(SEED_START.getTime() - 60_000) });
  await page.clock.pauseAt(SEED_START);
  await page.goto('/');
  await page.getByRole('button', { name: 'Connect devices' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('not opened from Run of Show’s own server');
  await expect(dialog.getByRole('textbox', { name: 'Speaker view link' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.keyboard.press('Space');
  await page.clock.runFor(2_000);
  await expect(turnTime(page)).toHaveText('4:58');
});

test('the console that made the room reloads: it comes back to the room, still in control, with the same links', async ({ browser }) => {
  const console = await openDevice(browser, `${server.url}/`, SEED_START);
  const links = await connectDevices(console.page);
  await console.page.keyboard.press('Escape');
  const speaker = await openDevice(browser, links.speaker, await trueTime(console));
  await console.page.keyboard.press('Space');
  await advanceAll([console, speaker], 3_000);
  await console.page.keyboard.press('n');
  await expect(speakerRegion(speaker.page)).toContainText(ARUNATILAKA);

  // The page's address now carries the room, so a reload (or a crashed tab) comes back to it.
  expect(console.page.url()).toContain('role=moderator');
  await console.page.reload();
  await expect(speakerRegion(console.page)).toContainText(ARUNATILAKA);
  await expect(console.page.getByRole('button', { name: 'Take over' })).toHaveCount(0);
  expect(await connectDevices(console.page)).toEqual(links);
  await console.page.keyboard.press('Escape');
  await console.page.keyboard.press('n');
  await expect(speakerRegion(speaker.page)).toContainText(DIOP);
  await console.context.close();
  await speaker.context.close();
});
