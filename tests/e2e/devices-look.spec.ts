import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { generate } from 'lean-qr';
import { copyFileSync, mkdirSync } from 'node:fs';
import { ARUNATILAKA, DIOP, repoPath, SALAMA, SEED_START } from './console-page';
import { expectNoSeriousAxeViolations } from './support/axe';
import {
  advanceAll,
  connectDevices,
  type Device,
  lostConsole,
  openDevice,
  speakerRegion,
  startTestServer,
  type TestServer,
  trueTime,
  turnTime,
} from './support/devices';
import { networkLink, via, type NetworkLink } from './support/net-proxy';

/*
 * What people see of the devices, at the sizes they use: the Connect devices dialog on a laptop
 * and a large screen, the console with devices connected, a console that comes back to find a
 * co-moderator in control, and a speaker view and a record on a phone and a tablet when something
 * is wrong. Each state is asserted (names, alerts, sizes, no sideways scroll) and saved as a
 * screenshot to look at; two of them go to docs/ for the README.
 */

interface Size {
  readonly width: number;
  readonly height: number;
}
const LAPTOP: Size = { width: 1366, height: 768 };
const FULL_HD: Size = { width: 1920, height: 1080 };
const PHONE: Size = { width: 390, height: 844 };
const TABLET: Size = { width: 820, height: 1180 };

mkdirSync(repoPath('test-results/screenshots'), { recursive: true });
const shot = (name: string) => repoPath(`test-results/screenshots/devices-look-${name}.png`);

let server: TestServer;
test.beforeAll(async () => {
  server = await startTestServer();
});
test.afterAll(async () => {
  await server?.close();
});

const networks: NetworkLink[] = [];
const opened: Device[] = [];
test.afterEach(async () => {
  for (const device of opened.splice(0)) await device.context.close();
  for (const network of networks.splice(0)) await network.close();
});

async function open(browser: Browser, url: string, at: Date, size: Size = LAPTOP, skew = 0): Promise<Device> {
  const device = await openDevice(browser, url, at, skew, size);
  opened.push(device);
  return device;
}

/** A network of its own for one device, which the test can cut. */
async function ownNetwork(): Promise<NetworkLink> {
  const network = await networkLink(server.url);
  networks.push(network);
  return network;
}

const devicesRegion = (page: Page) => page.getByRole('region', { name: 'Devices' });

/** Seconds of an `m:ss` countdown. */
const secondsOf = (text: string | null) => {
  const [m, s] = (text ?? '').split(':').map(Number);
  return (m ?? Number.NaN) * 60 + (s ?? Number.NaN);
};

/**
 * The phone's turn time is the console's, give or take the second being crossed. Here each
 * page's clock is held still while the server's runs, so the real time a busy machine takes
 * between the two devices' clock checks enters their offsets; that the devices agree to the
 * second is shown in devices-sync.spec.ts. This test is about what the phone says, not its precision.
 */
async function expectSameTimeAsConsole(phone: Page, console: Page): Promise<void> {
  const reference = secondsOf(await turnTime(console).textContent());
  await expect.poll(async () => Math.abs(secondsOf(await turnTime(phone).textContent()) - reference)).toBeLessThanOrEqual(1);
}

/** A console on a network of its own that made a room; its links lead straight to the server. */
async function consoleWithRoom(browser: Browser, size: Size = LAPTOP) {
  const network = await ownNetwork();
  const console = await open(browser, `${network.url}/`, SEED_START, size);
  await expect(turnTime(console.page)).toHaveText('5:00');
  const made = await connectDevices(console.page);
  const links = {
    speaker: via(made.speaker, server.url),
    record: via(made.record, server.url),
    moderator: via(made.moderator, server.url),
  };
  return { console, links, network };
}

/** The page's size as laid out: nothing may scroll sideways, and where said, nothing down either. */
async function expectNoScroll(page: Page, where: string, { down = true } = {}): Promise<void> {
  const layout = await page.evaluate(() => ({
    innerWidth,
    innerHeight,
    scrollWidth: document.documentElement.scrollWidth,
    scrollHeight: document.documentElement.scrollHeight,
  }));
  expect(layout.scrollWidth, `${where}: no sideways scroll`).toBeLessThanOrEqual(layout.innerWidth);
  if (down) expect(layout.scrollHeight, `${where}: no scroll down`).toBeLessThanOrEqual(layout.innerHeight);
}

/** `inner` lies whole inside the window. */
async function expectInWindow(page: Page, inner: Locator, what: string): Promise<void> {
  const box = (await inner.boundingBox())!;
  const size = page.viewportSize()!;
  expect(box, `${what} is shown`).not.toBeNull();
  expect(box.x, `${what}: left edge in the window`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what}: top edge in the window`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge in the window`).toBeLessThanOrEqual(size.width + 0.5);
  expect(box.y + box.height, `${what}: bottom edge in the window`).toBeLessThanOrEqual(size.height + 0.5);
}

/**
 * The QR code's dark modules, read back from its SVG path (one `M x y h run` per horizontal run,
 * the quiet zone included), equal the code of `text`: what a phone scans is the link in the field.
 */
async function expectQrOf(qr: Locator, text: string): Promise<{ modules: number }> {
  const { d, side } = await qr.evaluate((svg) => ({
    d: svg.querySelector('path')?.getAttribute('d') ?? '',
    side: Number(svg.getAttribute('viewBox')?.split(' ')[2]),
  }));
  const code = generate(text);
  const quiet = (side - code.size) / 2;
  expect(quiet, 'a quiet zone of four modules').toBe(4);
  const dark = new Set<string>();
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let i = 0; i < Number(run); i++) dark.add(`${Number(x) + i - quiet},${Number(y) - quiet}`);
  }
  const expected = new Set<string>();
  for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.get(x, y)) expected.add(`${x},${y}`);
  expect(dark).toEqual(expected);
  return { modules: side };
}

test('the Connect devices dialog shows its three links, each with a Copy button and a QR code a phone can scan, whole on a laptop and a large screen', async ({
  browser,
}) => {
  const { console } = await consoleWithRoom(browser);
  const page = console.page;
  const dialog = page.getByRole('dialog', { name: 'Connect devices' });
  await expect(dialog.getByText('Connected:')).toContainText('0 speaker views, 0 records, 0 co-moderators');

  for (const size of [LAPTOP, FULL_HD]) {
    const where = `${size.width}×${size.height}`;
    await page.setViewportSize(size);
    await expectNoScroll(page, where);
    await expectInWindow(page, dialog, `${where}: the dialog`);
    // The dialog shows everything at once: no scroll inside it either.
    const inner = await dialog.evaluate((d) => ({ scroll: d.scrollHeight, client: d.clientHeight }));
    expect(inner.scroll, `${where}: nothing hidden below the dialog's fold`).toBeLessThanOrEqual(inner.client);

    const tops: number[] = [];
    for (const name of ['Speaker view link', 'Record link', 'Co-moderator link']) {
      const field = dialog.getByRole('textbox', { name });
      const link = await field.inputValue();
      expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/.*\?.*room=.+key=/);
      await expect(field).toHaveAttribute('readonly');
      await expect(dialog.getByRole('button', { name: `Copy the ${name}` })).toBeVisible();
      const qr = dialog.getByRole('img', { name: `QR code for the ${name}` });
      await expectInWindow(page, qr, `${where}: the ${name}'s QR code`);
      const { modules } = await expectQrOf(qr, link);
      const box = (await qr.boundingBox())!;
      // A phone held at arm's length reads modules of 4 px (about 1 mm on a laptop's screen) and more.
      expect(box.width / modules, `${where}: the ${name}'s QR code, px per module`).toBeGreaterThanOrEqual(4);
      expect(box.width, `${where}: the ${name}'s QR code is square`).toBeCloseTo(box.height, 0);
      // The link's text is as large as the console's footer, in a field wide enough to show its start.
      const text = await field.evaluate((input) => ({ fontSize: parseFloat(getComputedStyle(input).fontSize), width: input.clientWidth }));
      expect(text.fontSize, `${where}: the ${name} in readable letters`).toBeGreaterThanOrEqual(13);
      expect(text.width, `${where}: the ${name}'s field`).toBeGreaterThanOrEqual(200);
      tops.push(box.y);
    }
    // Side by side: the three codes level with each other.
    expect(Math.max(...tops) - Math.min(...tops), `${where}: the three QR codes side by side`).toBeLessThan(2);
    await page.screenshot({ path: shot(`connect-${size.width}`) });
    if (size === LAPTOP) copyFileSync(shot('connect-1366'), repoPath('docs/connect-devices.png'));
  }
  await expectNoSeriousAxeViolations(page, 'the Connect devices dialog');

  // Copy says so, beside the link it copied.
  await dialog.getByRole('button', { name: 'Copy the Record link' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: /Copied|Could not copy/ })).toHaveCount(1);
});

test('the console with a speaker view and a record connected: the timers and the speaker dominate, the devices’ status reads in one line', async ({
  browser,
}) => {
  const { console, links } = await consoleWithRoom(browser);
  await console.page.keyboard.press('Escape');
  const speaker = await open(browser, links.speaker, await trueTime(console), { width: 1280, height: 720 });
  const record = await open(browser, links.record, await trueTime(console), LAPTOP, -42_000);
  const all = [console, speaker, record];
  await expect(speakerRegion(speaker.page)).toContainText(SALAMA);
  await console.page.keyboard.press('Space');
  await advanceAll(all, 94_500);
  await expect(turnTime(speaker.page)).toHaveText('3:26');
  const page = console.page;
  const status = devicesRegion(page);
  await expect(status).toContainText('Online');
  await expect(status).toContainText('Connected: 1 speaker view, 1 record, 0 co-moderators');
  await expect(status).toContainText('Everything sent');
  await expect(status.getByRole('alert')).toHaveCount(0);

  // Focus came back to Connect devices when the dialog closed: off it, for a picture without a focus ring.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (const size of [LAPTOP, FULL_HD]) {
    const where = `${size.width}×${size.height}`;
    await page.setViewportSize(size);
    await expectNoScroll(page, where);
    await expect(turnTime(page)).toHaveText('3:26');
    await expectInWindow(page, status, `${where}: the devices' status`);
    const timer = (await turnTime(page).boundingBox())!;
    const speakerBox = (await speakerRegion(page).boundingBox())!;
    const statusBox = (await status.boundingBox())!;
    // The status keeps to one line, far smaller than the digits, below the speaker's box.
    const sizes = await page.evaluate(() => ({
      digits: parseFloat(getComputedStyle(document.querySelector('.timer-huge .timer-digits')!).fontSize),
      status: parseFloat(getComputedStyle(document.querySelector('.device-status')!).fontSize),
      line: parseFloat(getComputedStyle(document.querySelector('.device-status')!).lineHeight) || 0,
    }));
    expect(sizes.digits / sizes.status, `${where}: digits over status letters`).toBeGreaterThan(6);
    expect(statusBox.height, `${where}: the status in one line`).toBeLessThan(sizes.status * 2.2);
    expect(statusBox.y, `${where}: the status below the current speaker`).toBeGreaterThanOrEqual(speakerBox.y + speakerBox.height);
    // The current speaker's box keeps most of the window's height.
    expect(speakerBox.height / size.height, `${where}: the current speaker's share of the height`).toBeGreaterThan(0.55);
    expect(timer.height / size.height, `${where}: the turn time's share of the height`).toBeGreaterThan(0.2);
    await page.screenshot({ path: shot(`console-${size.width}`) });
    if (size === LAPTOP) copyFileSync(shot('console-1366'), repoPath('docs/console-devices.png'));
  }
});

test('a console back online after a co-moderator took over says so, with Take over, and lists the events it kept but did not apply', async ({
  browser,
}) => {
  const { console: first, links, network } = await consoleWithRoom(browser);
  await first.page.keyboard.press('Escape');
  const second = await open(browser, links.moderator, await trueTime(first), LAPTOP, 7_000);
  const speaker = await open(browser, links.speaker, await trueTime(first), { width: 1280, height: 720 });
  const all = [first, second, speaker];
  await expect(speakerRegion(second.page)).toContainText(SALAMA);
  const takeOver = second.page.getByRole('button', { name: 'Take over' });
  await expect(takeOver).toBeVisible();
  // Before it takes over, the co-moderator's console says who is in control: another device, not another window.
  await expect(second.page.getByRole('status').filter({ hasText: 'Take over' })).toContainText('Another device');

  await first.page.keyboard.press('Space');
  await advanceAll(all, 30_000);
  network.cut();
  await advanceAll(all, 5_000);
  await expect(lostConsole(speaker.page)).toBeVisible();
  // The first moderator, unaware, moves on twice and adds time.
  await first.page.keyboard.press('n');
  await first.page.keyboard.press('n');
  await first.page.keyboard.press('+');
  await expect(speakerRegion(first.page)).toContainText(DIOP);
  await expect(devicesRegion(first.page)).toContainText('Offline');

  await takeOver.click();
  await expect(takeOver).toHaveCount(0);
  await second.page.keyboard.press('n');
  await expect(speakerRegion(speaker.page)).toContainText(ARUNATILAKA);

  network.restore();
  await advanceAll(all, 5_000);
  const page = first.page;
  const notice = page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Take over' }) });
  await expect(notice).toContainText('Another device');
  await expect(notice).toContainText('co-moderator');
  await expect(notice).not.toContainText('window');
  const unapplied = page.getByRole('alert').filter({ hasText: /3 events/ });
  await expect(unapplied).toContainText('kept but not applied: redo by hand those that still matter');
  await expect(unapplied.getByRole('listitem')).toHaveText([/Next turn/, /Next turn/, /Added 30 seconds/]);
  await expect(speakerRegion(page)).toContainText(ARUNATILAKA);
  await expect(devicesRegion(page)).toContainText('Connected: 1 speaker view, 0 records, 1 co-moderator');

  // The rebalance on offer is shown to the follower, but only the console in control may accept it.
  await expect(page.getByRole('button', { name: /Accept rebalance/ })).toBeDisabled();
  await page.screenshot({ path: shot('follower-1366') });
  await expectNoScroll(page, 'the follower console');
  await expectInWindow(page, notice, 'the follower notice');
  await expectInWindow(page, unapplied, 'the unapplied events');
  await expectInWindow(page, turnTime(page), 'the turn time');
  const speakerBox = (await speakerRegion(page).boundingBox())!;
  // Four rows of footer (the notice, the buttons, the status, the events) while the moderator reads them: the turn time still leads.
  expect(speakerBox.height / LAPTOP.height, 'the current speaker keeps its room').toBeGreaterThan(0.4);
  expect((await turnTime(page).boundingBox())!.height / LAPTOP.height, 'the turn time keeps its size').toBeGreaterThan(0.2);
  await expectNoSeriousAxeViolations(page, 'the follower console');

  // Dismiss gives the console its room back.
  await unapplied.getByRole('button', { name: 'Dismiss' }).click();
  await expect(unapplied).toHaveCount(0);
});

test('a speaker view on a phone says when it lost the console and when it is itself offline; a record link with a wrong key says so on a tablet', async ({
  browser,
}) => {
  const { console, links, network } = await consoleWithRoom(browser);
  await console.page.keyboard.press('Escape');
  const phoneNetwork = await ownNetwork();
  const phone = await open(browser, via(links.speaker, phoneNetwork.url), await trueTime(console), PHONE);
  await console.page.keyboard.press('Space');
  // Half a second past the boundary: a device whose tick is due a millisecond after it would otherwise still show 4:41.
  await advanceAll([console, phone], 19_500);
  await expect(turnTime(console.page)).toHaveText('4:41');
  await expectSameTimeAsConsole(phone.page, console.page);
  await expect(speakerRegion(phone.page)).toContainText(SALAMA);
  await phone.page.screenshot({ path: shot('phone-running') });

  // The console's network drops: the phone hides the time and says why.
  network.cut();
  await advanceAll([console, phone], 5_000);
  await expect(lostConsole(phone.page)).toBeVisible();
  await expect(phone.page.getByText('The time is hidden until the console is back.')).toBeVisible();
  await expect(turnTime(phone.page)).toHaveCount(0);
  await expect(phone.page.getByText('This device is offline')).toHaveCount(0);
  await expectNoScroll(phone.page, 'the phone, console lost');
  await expectInWindow(phone.page, lostConsole(phone.page), 'Lost the console');
  await phone.page.screenshot({ path: shot('phone-lost') });

  // The console is back; then the phone's own network drops: it says so, apart from the console.
  network.restore();
  await advanceAll([console, phone], 5_000);
  await expect(lostConsole(phone.page)).toHaveCount(0);
  await expectSameTimeAsConsole(phone.page, console.page);
  phoneNetwork.cut();
  await advanceAll([console, phone], 10_000);
  const offline = phone.page.getByRole('status').filter({ hasText: 'This device is offline' });
  await expect(offline).toContainText('catches up once the network is back');
  // It cannot know whether the console is there: it goes on from its own copy, and says it is offline.
  await expect(lostConsole(phone.page)).toHaveCount(0);
  await expectSameTimeAsConsole(phone.page, console.page);
  await expectNoScroll(phone.page, 'the phone, offline');
  await expectInWindow(phone.page, offline, 'This device is offline');
  await expectInWindow(phone.page, speakerRegion(phone.page), 'the current speaker');
  await phone.page.screenshot({ path: shot('phone-offline') });
  phoneNetwork.restore();

  // A record link whose key was mistyped: refused, in an alert, on a tablet.
  const key = new URLSearchParams(new URL(links.record).hash.split('?')[1]).get('key')!;
  const wrong = links.record.replace(key, `${key.slice(0, -4)}${key.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`);
  const tablet = await open(browser, wrong, await trueTime(console), TABLET);
  const alert = tablet.page.getByRole('alert').filter({ hasText: 'its key is wrong' });
  await expect(alert).toContainText('Ask for a new link');
  // The page below shows this device's own copy, not the room's run: the alert says so.
  await expect(alert).toContainText('nothing on this page comes from the console');
  await expectNoScroll(tablet.page, 'the refused record', { down: false });
  await expectInWindow(tablet.page, alert, 'the refusal');
  await tablet.page.screenshot({ path: shot('record-wrong-key') });
  await expectNoSeriousAxeViolations(tablet.page, 'the refused record');
});
