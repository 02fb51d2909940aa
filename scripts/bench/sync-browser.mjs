// Devices figures in the browser, on the real sync server with real clocks (no page.clock):
// - key to other device: a key pressed on the console until the speaker view on another browser
//   context shows the change, median and p95;
// - catch-up: a speaker view opened late on a run of 2,000 events, from navigation start to the
//   final state on screen.
// Times are performance.timeOrigin + performance.now() in each page: both pages run on this
// machine, so their clocks are the same one.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { median, newContext } from './browser.mjs';
import { createRoom, deviceId, opMaker, openDevice, seedAgenda, sleep, summary, waitFor } from './sync-clients.mjs';

/**
 * In-page, before any script: stamps every keydown (capture phase on window: before the app's own
 * handler) and every change of the signal word or of the Turn time text (a MutationObserver: when
 * the DOM changed, before the frame is painted).
 */
function changeProbe() {
  const probe = { keys: [], changes: [] };
  Object.defineProperty(window, '__benchSync', { value: probe });
  const stamp = () => performance.timeOrigin + performance.now();
  addEventListener('keydown', () => probe.keys.push(stamp()), { capture: true });
  const turnTime = () => {
    for (const el of document.querySelectorAll('[role="timer"]')) if (el.getAttribute('aria-label') === 'Turn time') return el.textContent;
    return null;
  };
  let last = '';
  const look = () => {
    const word = (document.querySelector('.stage-word, .signal-word')?.textContent ?? '').trim();
    const turn = turnTime();
    const now = `${word}\u0000${turn}`;
    if (now === last) return;
    last = now;
    probe.changes.push({ at: stamp(), sinceNavigation: performance.now(), word, turn });
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true });
}

async function openPage(browser, url) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(changeProbe);
    await page.goto(url, { waitUntil: 'commit' });
    return { context, page };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Waits in the page until a change after the `from`-th one shows a word that `wanted` accepts; returns that change. */
async function changeAfter(page, from, wanted, timeout = 10_000) {
  const handle = await page.waitForFunction(
    ({ from, wanted }) => {
      const changes = window.__benchSync.changes;
      for (let i = from; i < changes.length; i++) {
        const paused = changes[i].word.includes('Paused');
        if ((wanted === 'paused') === paused && !changes[i].word.includes('Lost the console')) return changes[i];
      }
      return null;
    },
    { from, wanted },
    { timeout, polling: 'raf' },
  );
  return handle.jsonValue();
}

/** How many operations the run document's file holds (0 when it is not there yet). */
function storedOps(file) {
  let update;
  try {
    update = readFileSync(file);
  } catch {
    return 0;
  }
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getArray('ops').length;
}

const changeCount = (page) => page.evaluate(() => window.__benchSync.changes.length);

/**
 * A console makes a room through its Connect devices dialog and a speaker view opens its link on
 * another browser context; then the console's Space key pauses and resumes the run `presses` times.
 */
export async function measureKeyToDevice({ browser, origin, presses = 40 }) {
  const opened = [];
  try {
    const console = await openPage(browser, `${origin}/`);
    opened.push(console.context);
    const { page } = console;
    await page.getByRole('timer', { name: 'Turn time' }).waitFor({ timeout: 20_000 });
    const scriptsBefore = new Set();
    const scriptsAfter = new Set();
    let connecting = false;
    let lastRequest = performance.now();
    page.on('request', () => {
      lastRequest = performance.now();
    });
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') (connecting ? scriptsAfter : scriptsBefore).add(new URL(response.url()).pathname);
    });
    const quiet = () => waitFor('the console to fetch nothing for 500 ms', () => performance.now() - lastRequest > 500);
    // A first key loads what the page defers to its first use (src/app/wiring/first-use.ts): not the room's doing.
    await page.keyboard.press('Shift');
    await quiet();
    connecting = true;
    await page.getByRole('button', { name: 'Connect devices' }).click();
    const speakerField = page.getByRole('dialog').getByRole('textbox', { name: 'Speaker view link' });
    await waitFor('the speaker view link', async () => /#\/stage\?/.test(await speakerField.inputValue()));
    const speakerLink = await speakerField.inputValue();
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());

    const speaker = await openPage(browser, speakerLink);
    opened.push(speaker.context);
    await waitFor('the speaker view to wait for the start', async () => {
      const changes = await speaker.page.evaluate(() => window.__benchSync.changes);
      return changes.at(-1)?.word.includes('Waiting for the start');
    });
    await quiet();

    // Space starts the run (not counted); then each press pauses or resumes it.
    let from = await changeCount(speaker.page);
    await page.keyboard.press('Space');
    await changeAfter(speaker.page, from, 'running');
    const toDevice = [];
    const onConsole = [];
    for (let i = 0; i < presses; i++) {
      // A random gap, so that presses do not fall at the same point of the one-second tick.
      await sleep(150 + Math.random() * 250);
      const wanted = i % 2 === 0 ? 'paused' : 'running';
      from = await changeCount(speaker.page);
      const fromHere = await changeCount(page);
      await page.keyboard.press('Space');
      const [seen, here] = await Promise.all([changeAfter(speaker.page, from, wanted), changeAfter(page, fromHere, wanted)]);
      const pressedAt = await page.evaluate(() => window.__benchSync.keys.at(-1));
      toDevice.push(seen.at - pressedAt);
      onConsole.push(here.at - pressedAt);
    }
    return {
      presses,
      keyToDevice: summary(toDevice),
      keyToConsole: summary(onConsole),
      samplesMs: toDevice.map((v) => Math.round(v * 10) / 10),
      consoleScriptsForRoom: [...scriptsAfter].filter((path) => !scriptsBefore.has(path)).map((path) => path.replace(/^\//, '')),
    };
  } finally {
    for (const context of opened.reverse()) await context.close().catch(() => {});
  }
}

/**
 * A Node moderator writes a run of `events` events into a new room (a reset on the seed agenda, the
 * start, then pauses and resumes) and stays connected, as a console would. Resolves once the whole
 * run is in the room's file on the server's disk.
 */
async function prepareRun({ origin, wsUrl, dataDir, projectRoot, events }) {
  const { room, keys } = await createRoom(origin);
  const device = deviceId();
  const moderator = openDevice({ wsUrl, room, role: 'moderator', key: keys.moderator, device });
  try {
    await waitFor('the moderator to sync', () => moderator.provider.isSynced);
    // Each stretch of speaking lasts `step`; a run of 2,000 events ends paused after 1,000 stretches.
    const step = 30;
    const make = opMaker(device);
    const t0 = Date.now() - events * step - 1000;
    const ops = [make.reset(seedAgenda(projectRoot)), make.event({ type: 'sessionStarted', at: t0, mode: 'now' })];
    for (let i = 1; i < events; i++) ops.push(make.event({ type: i % 2 ? 'paused' : 'resumed', at: t0 + i * step }));
    const spokenMs = Math.ceil((events - 1) / 2) * step;
    const firstTurnMs = seedAgenda(projectRoot).segments[0].turns[0].minutes * 60_000;
    // Rounded as a countdown reads: 0:01 during the last second.
    const left = Math.ceil((firstTurnMs - spokenMs) / 1000);
    const expectedTurn = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    // Ten operations a frame: the server takes 100 frames a second after a burst of 300 from one socket.
    const written = performance.now();
    for (let i = 0; i < ops.length; i += 10) moderator.append(ops.slice(i, i + 10));
    await waitFor('the run to be stored on the server', () => moderator.settled(), { timeout: 60_000 });
    // The provider's count of unacknowledged changes starts again at a reconnection: read the file itself.
    const file = join(dataDir, 'docs', `${encodeURIComponent(`${room}/run`)}.bin`);
    await waitFor('every operation in the file on disk', () => storedOps(file) === ops.length, { timeout: 30_000, every: 50 });
    return {
      events,
      link: `${origin}/#/stage?${new URLSearchParams({ room, role: 'speaker', key: keys.speaker })}`,
      expectedTurn,
      finalWord: events % 2 === 0 ? 'paused' : 'running',
      writeMs: performance.now() - written,
      docBytes: statSync(file).size,
      close: () => moderator.close(),
    };
  } catch (error) {
    moderator.close();
    throw error;
  }
}

/** Opens the run's speaker link on a fresh browser context (no cache, no copy of its own); ms from navigation start. */
async function loadLate(browser, run) {
  const speaker = await openPage(browser, run.link);
  try {
    const final = await changeAfter(speaker.page, 0, run.finalWord, 30_000);
    await waitFor('the final Turn time', async () => {
      const changes = await speaker.page.evaluate(() => window.__benchSync.changes);
      return changes.some((c) => c.turn === run.expectedTurn);
    });
    const changes = await speaker.page.evaluate(() => window.__benchSync.changes);
    const shown = changes.find((c) => c.turn !== null);
    const done = changes.find((c) => c.turn === run.expectedTurn && c.word.includes(final.word));
    return { firstShownMs: shown?.sinceNavigation ?? null, finalStateMs: (done ?? final).sinceNavigation };
  } finally {
    await speaker.context.close();
  }
}

/**
 * A speaker view opened late on a run of `events` events, from navigation start to the run's
 * final state on screen, `loads` times; each load right next to one on a run of `baseline` events
 * (what the page and the link cost without the long run), alternating which goes first.
 */
export async function measureCatchUp({ browser, origin, wsUrl, dataDir, projectRoot, events = 2000, baseline = 2, loads = 5 }) {
  const runs = [];
  try {
    const long = await prepareRun({ origin, wsUrl, dataDir, projectRoot, events });
    runs.push(long);
    const short = await prepareRun({ origin, wsUrl, dataDir, projectRoot, events: baseline });
    runs.push(short);
    // One load unmeasured: the browser's compilers and the server's files warm up for both alike.
    await loadLate(browser, short);
    const samples = { long: [], short: [] };
    for (let i = 0; i < loads; i++) {
      const order = i % 2 ? ['short', 'long'] : ['long', 'short'];
      for (const which of order) samples[which].push(await loadLate(browser, which === 'long' ? long : short));
    }
    const final = (list) => list.map((s) => s.finalStateMs);
    return {
      events,
      loads,
      docBytes: long.docBytes,
      writeMs: long.writeMs,
      expectedTurn: long.expectedTurn,
      medianFinalStateMs: median(final(samples.long)),
      maxFinalStateMs: Math.max(...final(samples.long)),
      medianFirstShownMs: median(samples.long.map((s) => s.firstShownMs).filter((v) => v != null)),
      // Each load on the long run ran right next to one on the short run: the median of those pairs' differences.
      medianPairDifferenceMs: median(samples.long.map((s, i) => s.finalStateMs - samples.short[i].finalStateMs)),
      small: { events: baseline, medianFinalStateMs: median(final(samples.short)), docBytes: short.docBytes },
      samples,
    };
  } finally {
    for (const run of runs) run.close();
  }
}
