import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { expect, test, type Browser } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { ARUNATILAKA, DIOP, SALAMA, SEED_START } from './console-page';
import {
  advanceAll,
  connectDevices,
  openDevice,
  speakerRegion,
  startTestServer,
  type TestServer,
  trueTime,
  turnsOf,
  turnTime,
} from './support/devices';
import { via } from './support/net-proxy';
import { LogPage } from './log-page';
import { startRedis } from '../server/redis-server';

async function consoleWithRoom(browser: Browser, server: TestServer) {
  const console = await openDevice(browser, `${server.url}/`, SEED_START);
  await expect(turnTime(console.page)).toHaveText('5:00');
  const links = await connectDevices(console.page);
  await console.page.keyboard.press('Escape');
  return { console, links };
}

test('the server is killed and restarted mid-run: the console never stops, the others catch up within 5 s, the record lists every turn once', async ({
  browser,
}) => {
  let server = await startTestServer();
  const { console, links } = await consoleWithRoom(browser, server);
  const speaker = await openDevice(browser, links.speaker, await trueTime(console), 90_000);
  const record = await openDevice(browser, links.record, await trueTime(console), -30_000);
  await expect(new LogPage(record.page).heading).toBeVisible();
  const all = [console, speaker, record];
  await console.page.keyboard.press('Space');
  await advanceAll(all, 20_000);
  await console.page.keyboard.press('n');
  await expect(speakerRegion(speaker.page)).toContainText(ARUNATILAKA);

  const { port, dataDir } = server;
  await server.close({ keepData: true });
  // While the server is away the console goes on: two more turns.
  await advanceAll(all, 10_000);
  await console.page.keyboard.press('n');
  await expect(speakerRegion(console.page)).toContainText(DIOP);
  await advanceAll(all, 10_000);
  await console.page.keyboard.press('n');
  // Diop again, for the second question.
  await expect(turnTime(console.page)).toHaveText('4:00');
  await expect(speakerRegion(speaker.page)).toContainText(ARUNATILAKA);

  server = await startTestServer({ port, dataDir });
  try {
    await advanceAll(all, 5_000);
    await expect(speakerRegion(speaker.page)).toContainText(DIOP);
    await expect(turnTime(speaker.page)).toHaveText((await turnTime(console.page).textContent())!);
    for (const name of [SALAMA, ARUNATILAKA]) await expect(turnsOf(record.page, name)).toHaveText('1');
    await expect(turnsOf(record.page, DIOP)).toHaveText('2');
  } finally {
    for (const device of all) await device.context.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a speaker-view link that writes is refused: no other device sees it; a wrong key is refused with a message', async ({ browser }) => {
  const server = await startTestServer();
  const { console, links } = await consoleWithRoom(browser, server);
  const speaker = await openDevice(browser, links.speaker, await trueTime(console));
  await console.page.keyboard.press('Space');
  await advanceAll([console, speaker], 3_000);
  await expect(turnTime(speaker.page)).toHaveText('4:57');

  // A crafted update through the provider with the speaker view's key: it copies the console's last
  // operation and appends a Next in its name.
  const fragment = new URLSearchParams(new URL(links.speaker).hash.split('?')[1]);
  const room = fragment.get('room')!;
  const socket = new HocuspocusProviderWebsocket({ url: `${server.url.replace('http', 'ws')}/sync`, WebSocketPolyfill: WebSocket });
  const doc = new Y.Doc();
  let scope: string | undefined;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: `${room}/run`,
    document: doc,
    token: `speaker.${fragment.get('key')}`,
    onAuthenticated: ({ scope: granted }) => (scope = granted),
  });
  provider.attach();
  try {
    await expect.poll(() => provider.isSynced && doc.getArray('ops').length > 0).toBe(true);
    expect(scope).toBe('readonly');
    const ops = doc.getArray<Record<string, unknown>>('ops');
    const last = ops.get(ops.length - 1);
    const at = (await trueTime(console)).getTime();
    ops.push([{ ...last, id: 'forged', seq: Number(last.seq) + 1, kind: 'event', event: { type: 'turnAdvanced', at } }]);
    expect(provider.hasUnsyncedChanges).toBe(true);

    // A later change from the console arrives; the forged one never does, on any device, nor on one that joins now.
    await console.page.keyboard.press('Space');
    await expect(speaker.page.getByRole('status').filter({ hasText: 'Paused' })).toBeVisible();
    await expect(speakerRegion(speaker.page)).toContainText(SALAMA);
    await expect(speakerRegion(console.page)).toContainText(SALAMA);
    const late = await openDevice(browser, links.speaker, await trueTime(console));
    await expect(late.page.getByRole('status').filter({ hasText: 'Paused' })).toBeVisible();
    await expect(speakerRegion(late.page)).toContainText(SALAMA);
    expect(provider.hasUnsyncedChanges).toBe(true);
    await late.context.close();

    // The same link with a wrong key (same length, other characters).
    const key = fragment.get('key')!;
    const wrong = links.speaker.replace(key, `${key.slice(0, -4)}${key.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`);
    const refused = await openDevice(browser, wrong, await trueTime(console));
    await expect(refused.page.getByRole('alert')).toContainText('its key is wrong');
    await refused.context.close();
    // A room nobody made.
    const unknown = await openDevice(browser, links.speaker.replace(room, randomBytes(16).toString('base64url')), await trueTime(console));
    await expect(unknown.page.getByRole('alert')).toContainText('does not know this room');
    await unknown.context.close();
  } finally {
    provider.destroy();
    socket.destroy();
    await console.context.close();
    await speaker.context.close();
    await server.close();
  }
});

test('two servers joined by Redis: a device on each follows the same run', async ({ browser }) => {
  const redis = await startRedis();
  const secret = randomBytes(32).toString('base64url');
  const first = await startTestServer({ redisUrl: redis.url, secret });
  const second = await startTestServer({ redisUrl: redis.url, secret });
  try {
    const { console, links } = await consoleWithRoom(browser, first);
    const speaker = await openDevice(browser, via(links.speaker, second.url), await trueTime(console), 30_000);
    const record = await openDevice(browser, via(links.record, second.url), await trueTime(console));
    const all = [console, speaker, record];
    await expect(speakerRegion(speaker.page)).toContainText(SALAMA);
    await console.page.keyboard.press('Space');
    await advanceAll(all, 4_000);
    await expect(turnTime(speaker.page)).toHaveText('4:56');
    await console.page.keyboard.press('n');
    await expect(speakerRegion(speaker.page)).toContainText(ARUNATILAKA);
    await expect(turnTime(speaker.page)).toHaveText('6:00');
    for (const name of [SALAMA, ARUNATILAKA]) await expect(turnsOf(record.page, name)).toHaveText('1');
    for (const device of all) await device.context.close();
  } finally {
    await Promise.all([first.close(), second.close()]);
    redis.stop();
  }
});
