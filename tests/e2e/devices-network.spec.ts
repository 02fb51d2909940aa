import { expect, test, type Browser } from '@playwright/test';
import { ARUNATILAKA, DIOP, SALAMA, SEED_START } from './console-page';
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
  turnsOf,
  turnTime,
} from './support/devices';
import { networkLink, via, type NetworkLink } from './support/net-proxy';
import { LogPage } from './log-page';

let server: TestServer;
test.beforeAll(async () => {
  server = await startTestServer();
});
test.afterAll(async () => {
  await server?.close();
});

const networks: NetworkLink[] = [];
test.afterEach(async () => {
  for (const network of networks.splice(0)) await network.close();
});

/** A console on a network of its own (which the test can cut) that made a room; its links lead straight to the server. */
async function consoleWithRoom(browser: Browser) {
  const network = await networkLink(server.url);
  networks.push(network);
  const console = await openDevice(browser, `${network.url}/`, SEED_START);
  await expect(turnTime(console.page)).toHaveText('5:00');
  const made = await connectDevices(console.page);
  await console.page.keyboard.press('Escape');
  const links = {
    speaker: via(made.speaker, server.url),
    record: via(made.record, server.url),
    moderator: via(made.moderator, server.url),
  };
  return { console, links, network };
}

test('the console’s network is cut for 10 s while the moderator presses Next twice: both reach the other devices, once each, in order', async ({
  browser,
}) => {
  const { console, links, network } = await consoleWithRoom(browser);
  const speaker = await openDevice(browser, links.speaker, await trueTime(console), 0, { width: 820, height: 1180 });
  const record = await openDevice(browser, links.record, await trueTime(console), -42_000);
  const all: Device[] = [console, speaker, record];
  await expect(speakerRegion(speaker.page)).toContainText(SALAMA);

  await console.page.keyboard.press('Space');
  await advanceAll(all, 10_000);
  await expect(turnTime(speaker.page)).toHaveText('4:50');

  network.cut();
  await console.page.keyboard.press('n');
  await advanceAll(all, 5_000);
  await console.page.keyboard.press('n');
  await advanceAll(all, 5_000);
  // The console never stops: it runs on its own copy.
  await expect(speakerRegion(console.page)).toContainText(DIOP);
  await expect(turnTime(console.page)).toHaveText('5:55');
  // The speaker view never showed a speaker the console did not give the floor to.
  await expect(speakerRegion(speaker.page)).not.toContainText(DIOP);

  network.restore();
  await advanceAll(all, 5_000);
  await expect(speakerRegion(speaker.page)).toContainText(DIOP);
  await expect(turnTime(speaker.page)).toHaveText((await turnTime(console.page).textContent())!);
  await expect(lostConsole(speaker.page)).toHaveCount(0);

  // The rapporteur's record lists every turn once, in order.
  for (const name of [SALAMA, ARUNATILAKA, DIOP]) await expect(turnsOf(record.page, name)).toHaveText('1');
  const rows = (await new LogPage(record.page).turnRows()).map((cells) => cells.join(' '));
  expect(rows.slice(0, 3).map((row) => [SALAMA, ARUNATILAKA, DIOP].find((name) => row.includes(name)))).toEqual([
    SALAMA,
    ARUNATILAKA,
    DIOP,
  ]);
  for (const device of all) await device.context.close();
});

test('a co-moderator takes over while the first console is offline; that console comes back as a follower and shows what it did not apply', async ({
  browser,
}) => {
  const { console: first, links, network } = await consoleWithRoom(browser);
  const second = await openDevice(browser, links.moderator, await trueTime(first), 7_000);
  const speaker = await openDevice(browser, links.speaker, await trueTime(first));
  const all = [first, second, speaker];
  await expect(speakerRegion(second.page)).toContainText(SALAMA);
  // The co-moderator's console follows until it takes over.
  const takeOver = second.page.getByRole('button', { name: 'Take over' });
  await expect(takeOver).toBeVisible();

  await first.page.keyboard.press('Space');
  await advanceAll(all, 30_000);
  await expect(turnTime(second.page)).toHaveText('4:30');

  network.cut();
  await advanceAll(all, 5_000);
  await expect(lostConsole(speaker.page)).toBeVisible();
  // The first moderator, unaware, moves on twice.
  await first.page.keyboard.press('n');
  await first.page.keyboard.press('n');
  await expect(speakerRegion(first.page)).toContainText(DIOP);

  await takeOver.click();
  await expect(takeOver).toHaveCount(0);
  await second.page.keyboard.press('n');
  await expect(speakerRegion(speaker.page)).toContainText(ARUNATILAKA);
  await expect(lostConsole(speaker.page)).toHaveCount(0);

  network.restore();
  await advanceAll(all, 5_000);
  // Back online, the first console follows the co-moderator's run and says what it kept aside.
  await expect(first.page.getByRole('button', { name: 'Take over' })).toBeVisible();
  await expect(speakerRegion(first.page)).toContainText(ARUNATILAKA);
  await expect(first.page.getByRole('alert').filter({ hasText: /2 events/ })).toBeVisible();
  await expect(speakerRegion(speaker.page)).toContainText(ARUNATILAKA);
  await expect(turnTime(first.page)).toHaveText((await turnTime(second.page).textContent())!);
  for (const device of all) await device.context.close();
});

test('a remote speaker view says Lost the console within 5 s of the console’s tab closing and of its network dropping', async ({
  browser,
}) => {
  const { console, links, network } = await consoleWithRoom(browser);
  const speakerNetwork = await networkLink(server.url);
  networks.push(speakerNetwork);
  const speaker = await openDevice(browser, via(links.speaker, speakerNetwork.url), await trueTime(console));
  await console.page.keyboard.press('Space');
  await advanceAll([console, speaker], 2_000);
  await expect(turnTime(speaker.page)).toHaveText('4:58');
  await expect(lostConsole(speaker.page)).toHaveCount(0);

  // The network drops: the server misses its pings and tells the room.
  network.cut();
  await advanceAll([console, speaker], 5_000);
  await expect(lostConsole(speaker.page)).toBeVisible();
  await expect(turnTime(speaker.page)).toHaveCount(0);
  await expect(speaker.page.getByText('This device is offline')).toHaveCount(0);

  network.restore();
  await advanceAll([console, speaker], 5_000);
  await expect(lostConsole(speaker.page)).toHaveCount(0);
  await expect(turnTime(speaker.page)).toHaveText((await turnTime(console.page).textContent())!);

  // The tab closes.
  await console.page.close();
  await advanceAll([speaker], 5_000);
  await expect(lostConsole(speaker.page)).toBeVisible();

  // The speaker view's own network drops: it says so, apart from the console.
  speakerNetwork.cut();
  await advanceAll([speaker], 10_000);
  await expect(speaker.page.getByText('This device is offline')).toBeVisible();
  // Still not back after 5 s more: an alert says the server does not answer.
  await advanceAll([speaker], 5_000);
  await expect(speaker.page.getByRole('alert')).toContainText('does not answer');
  await console.context.close();
  await speaker.context.close();
});
