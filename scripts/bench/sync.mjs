// Figure 8, devices (issue 11, "Load and scale, measured"): the JavaScript the sync adds, a key on
// the console to the digits on another device, a late device catching up on a 2,000-event run, and
// one server holding many rooms of devices. Run by scripts/bench.mjs on its build and browser.
// The load step's size: BENCH_SYNC_ROOMS (200; 50 with --quick), BENCH_SYNC_DEVICES (10 per room),
// BENCH_SYNC_SECONDS (30 s of steady load; 10 with --quick).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measureCatchUp, measureKeyToDevice } from './sync-browser.mjs';
import { measureSyncJs } from './sync-js.mjs';
import { measureServerLoad } from './sync-load.mjs';

const count = (name, fallback) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/** The sync server in this process on a free loopback port, serving the bench's build, with a data folder of its own. */
async function startInProcess({ projectRoot, appDir }) {
  const { startServer } = await import(resolve(projectRoot, 'server/main.mjs'));
  const dataDir = mkdtempSync(join(tmpdir(), 'ros-bench-sync-'));
  try {
    const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, distDir: appDir, quiet: true });
    let closed;
    return {
      origin: server.url,
      wsUrl: `${server.url.replace(/^http/, 'ws')}/sync`,
      dataDir,
      close: () => (closed ??= server.close().finally(() => rmSync(dataDir, { recursive: true, force: true }))),
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * @param {{ figure: (name: string, fn: () => Promise<unknown>) => Promise<any>, browser: import('playwright').Browser,
 *   projectRoot: string, appDir: string, startupFiles: string[] | null, quick: boolean,
 *   onCleanup: (undo: () => Promise<void>) => void }} options figure: the bench's runner (logs, records a crash as the
 *   figure's error); startupFiles: what figure 1 saw fetched at startup; onCleanup: undone on a signal or the watchdog too.
 */
export async function measureDevices({ figure, browser, projectRoot, appDir, startupFiles, quick, onCleanup }) {
  const load = {
    rooms: count('BENCH_SYNC_ROOMS', quick ? 50 : 200),
    devicesPerRoom: Math.max(2, count('BENCH_SYNC_DEVICES', 10)),
    seconds: count('BENCH_SYNC_SECONDS', quick ? 10 : 30),
  };
  const presses = quick ? 20 : 40;
  const js = await figure('devices: the JavaScript the sync adds', async () => measureSyncJs({ appDir, startupFiles }));

  const server = await figure('devices: the sync server in this process', () => startInProcess({ projectRoot, appDir }));
  let keyToDevice = server;
  let catchUp = server;
  if (!server.error) {
    onCleanup(server.close);
    keyToDevice = await figure(`devices: key on the console to another device (${presses} presses)`, () =>
      measureKeyToDevice({ browser, origin: server.origin, presses }),
    );
    catchUp = await figure('devices: a late device on a 2,000-event run (and on a 2-event one)', () =>
      measureCatchUp({ browser, origin: server.origin, wsUrl: server.wsUrl, dataDir: server.dataDir, projectRoot, loads: quick ? 3 : 5 }),
    );
    await server.close().catch((error) => console.error(`bench: closing the sync server: ${error.message}`));
  }
  const loadResult = await figure(
    `devices: one server, ${load.rooms} rooms of ${load.devicesPerRoom} devices, ${load.seconds} s of steady load`,
    () => measureServerLoad({ projectRoot, appDir, ...load, onCleanup }),
  );
  return { js, keyToDevice, catchUp, load: loadResult };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value) => (value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`);
const signedMs = (value) => (value < 0 ? `−${ms(-value)}` : ms(value));
const short = (file) => file.replace(/^assets\//, '');

/** Rows of the bench's table: [figure, measured, goal, ratio, result]. */
export function devicesRows({ js, keyToDevice, catchUp, load }) {
  const rows = [];
  const error = (name, result) => rows.push([name, `error: ${result.error}`, '(info)', '', 'ERROR']);
  if (keyToDevice.error) error('8 Devices: key on the console → other device', keyToDevice);
  else {
    const k = keyToDevice.keyToDevice;
    rows.push([
      '8 Devices: key on the console → other device',
      `median ${ms(k.medianMs)}, p95 ${ms(k.p95Ms)} (${k.n} presses; on the console itself ${ms(keyToDevice.keyToConsole.medianMs)})`,
      '(info)',
      '',
      '',
    ]);
  }
  if (catchUp.error) error('  Devices: late device, 2,000-event run', catchUp);
  else
    rows.push([
      `  Devices: late device, ${catchUp.events.toLocaleString('en')}-event run`,
      `final state ${ms(catchUp.medianFinalStateMs)} after navigation (${ms(catchUp.small.medianFinalStateMs)} on ${catchUp.small.events} events); document ${kb(catchUp.docBytes)} on disk`,
      '(info)',
      '',
      '',
    ]);
  if (js.error) error('  Devices: sync JS, gzip', js);
  else {
    rows.push([
      '  Devices: sync JS, gzip, loaded when a room is used',
      `${kb(js.syncGzip)} (${js.syncFiles.map((f) => short(f.file)).join(', ')})`,
      '(info)',
      '',
      '',
    ]);
    const fetched =
      js.fetchedAtStartup === null
        ? 'startup fetches not measured'
        : `fetched at startup: ${js.fetchedAtStartup.length ? js.fetchedAtStartup.map(short).join(', ') : 'none'}`;
    rows.push([
      '  Devices: first page without Yjs and Hocuspocus',
      `first page ${kb(js.firstPageGzip)} (${js.growthSinceBeforeDevices >= 0 ? '+' : '−'}${kb(Math.abs(js.growthSinceBeforeDevices))} since ${js.before.commit}); ${fetched}`,
      'none of it',
      '',
      verdictOf(js.firstPageFreeOfSync && (js.fetchedAtStartup?.length ?? 0) === 0),
    ]);
  }
  if (load.error) error('  Devices: one server under load', load);
  else {
    const l = load.latency;
    rows.push([
      `  Devices: ${load.rooms} rooms × ${load.devicesPerRoom} devices, 1 event/s/room`,
      `append → follower median ${ms(l.medianMs)}, p95 ${ms(l.p95Ms)} (${l.n.toLocaleString('en')} deliveries, ${load.missing} missing)`,
      '(info)',
      '',
      '',
    ]);
    rows.push([
      '    server CPU and memory',
      `${load.server.cpuPercentOfCore.toFixed(0)} % of a core, RSS ${mb(load.server.rssBytes)} (peak ${mb(load.server.peakRssBytes)})`,
      '(info)',
      '',
      '',
    ]);
    rows.push([
      '    the Node devices, same machine',
      `${load.clients.cpuPercentOfCore.toFixed(0)} % of a core, event-loop delay p99 ${ms(load.clients.eventLoopDelayP99Ms)}`,
      '(info)',
      '',
      '',
    ]);
  }
  return rows;
}

const verdictOf = (pass) => (pass ? 'PASS' : 'MISS');

/** The devices block printed under the table: every figure with what it means. */
export function devicesBlock({ js, keyToDevice, catchUp, load }) {
  const lines = ['Devices (sync server on loopback, real clocks):'];
  const failed = (what, result) => lines.push(`  ${what}: error: ${result.error}`);
  if (keyToDevice.error) failed('key to device', keyToDevice);
  else {
    const k = keyToDevice.keyToDevice;
    const c = keyToDevice.keyToConsole;
    lines.push(
      `  Key on the console to the speaker view on another browser context (Space, pause and resume, ${k.n} presses):`,
      `    median ${ms(k.medianMs)}, p95 ${ms(k.p95Ms)}, min ${ms(k.minMs)}, max ${ms(k.maxMs)} (keydown in the console page to the DOM change in the speaker page)`,
      `    the console's own DOM: median ${ms(c.medianMs)}, p95 ${ms(c.p95Ms)}`,
    );
    if (keyToDevice.consoleScriptsForRoom.length)
      lines.push(`    scripts the console fetched for Connect devices: ${keyToDevice.consoleScriptsForRoom.map(short).join(', ')}`);
  }
  if (catchUp.error) failed('late device', catchUp);
  else
    lines.push(
      `  A speaker view opened late on a run of ${catchUp.events.toLocaleString('en')} events (fresh browser context each, ${catchUp.loads} loads):`,
      `    final state (Paused, Turn time ${catchUp.expectedTurn}) ${ms(catchUp.medianFinalStateMs)} after navigation start (median; max ${ms(catchUp.maxFinalStateMs)}); the view's first Turn time at ${ms(catchUp.medianFirstShownMs)}${catchUp.medianFirstShownMs === catchUp.medianFinalStateMs ? ' (already the final state)' : ''}`,
      `    on a run of ${catchUp.small.events} events, loaded alternately with it: ${ms(catchUp.small.medianFinalStateMs)}; the ${catchUp.events.toLocaleString('en')} events cost ${signedMs(catchUp.medianPairDifferenceMs)} (median of the pairs' differences)`,
      `    the run's document on the server's disk: ${kb(catchUp.docBytes)} (${kb(catchUp.small.docBytes)} with ${catchUp.small.events} events); written by a Node moderator and stored in ${ms(catchUp.writeMs)}`,
    );
  if (js.error) failed('sync JavaScript', js);
  else {
    lines.push(
      `  JavaScript the sync adds, loaded only when a room is used: ${kb(js.syncGzip)} gzip (${kb(js.syncRaw)} raw): ${js.syncFiles.map((f) => `${short(f.file)} ${kb(f.gzip)}`).join(', ')}`,
      `    first page ${kb(js.firstPageGzip)} gzip; before the devices work (${js.before.commit}) ${kb(js.before.firstPageGzip)}`,
      `    Yjs and Hocuspocus markers on the first page: ${
        js.markers
          .filter((m) => m.inFirstPage)
          .map((m) => m.marker)
          .join(', ') || 'none'
      } (of ${js.markers.length}, each found in the sync code: ${js.markers.every((m) => m.inSyncCode) ? 'yes' : 'no'})`,
    );
  }
  if (load.error) failed('load', load);
  else {
    const l = load.latency;
    lines.push(
      `  One server process, ${load.rooms} rooms × ${load.devicesPerRoom} devices = ${load.devices.toLocaleString('en')} sockets (1 moderator, ${load.devicesPerRoom - 1} speaker views each; a sync request a second per device as the app's heartbeat), ${load.seconds} s of one event a second per room after a ramp-up of ${ms(load.rampMs)}:`,
      `    append → follower: median ${ms(l.medianMs)}, p95 ${ms(l.p95Ms)}, p99 ${ms(l.p99Ms)}, max ${ms(l.maxMs)}; ${l.n.toLocaleString('en')} of ${load.expected.toLocaleString('en')} deliveries (${load.sent.toLocaleString('en')} appends), ${load.disconnects} disconnects`,
      `    server: ${load.server.cpuPercentOfCore.toFixed(0)} % of a core (${(load.server.cpuMs / 1000).toFixed(1)} s CPU), RSS ${mb(load.server.rssBytes)}, peak ${mb(load.server.peakRssBytes)}, ${kb(load.server.dataBytes)} on disk`,
      `    the ${load.devices.toLocaleString('en')} Node devices run in the bench's own process on the same cores: ${load.clients.cpuPercentOfCore.toFixed(0)} % of a core, RSS ${mb(load.clients.rssBytes)}, event-loop delay p99 ${ms(load.clients.eventLoopDelayP99Ms)}; their delay is part of the latency above`,
      `    machine: 1-minute load average ${load.machine.load1.toFixed(1)} on ${load.machine.cores} cores at the end of the sample`,
    );
  }
  return lines.join('\n');
}
