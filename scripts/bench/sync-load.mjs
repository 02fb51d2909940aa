// Devices figure: one sync server (`node server/main.mjs` in a child process, so that its CPU and
// memory are its own) holding `rooms` rooms of `devicesPerRoom` Node devices each: one moderator
// appending an event a second, the others read-only speaker views. Each device has its own socket
// and behaves as the app's room client does (a sync request every second as its heartbeat). Latency
// is from a moderator's append to each follower seeing it, in this one process (performance.now()).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createRoom, deviceId, opMaker, openDevice, seedAgenda, sleep, summary, waitFor, withTimeout } from './sync-clients.mjs';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on every Linux build that matters). */
const TICKS_PER_SECOND = 100;
/** Devices that connect at once during the ramp-up. */
const BATCH = 100;

/** CPU time (user + system) of a process in ms, from /proc. */
function cpuMsOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces), which ends at the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1000;
}

/** Resident memory now and at its peak, in bytes, from /proc. */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kbOf = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kbOf('VmRSS'), peakRss: kbOf('VmHWM') };
}

function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(path) : statSync(path).size;
  }
  return total;
}

/** Preloaded in the server's process: it stops when its stdin closes, so a bench killed outright leaves no server behind. */
const EXIT_WITH_PARENT = `data:text/javascript,${encodeURIComponent("process.stdin.on('end', () => process.exit(0)).resume();")}`;

/** Starts `node server/main.mjs` on a free loopback port; resolves once it says it is ready. */
async function spawnServer({ projectRoot, appDir, dataDir }) {
  const child = spawn(process.execPath, ['--import', EXIT_WITH_PARENT, resolve(projectRoot, 'server/main.mjs')], {
    cwd: projectRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DIST_DIR: appDir, REDIS_URL: '', NODE_ENV: 'production' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((ok) => child.once('exit', ok));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const origin = await withTimeout(
      'the sync server to start',
      20_000,
      new Promise((ok, fail) => {
        const read = (data) => {
          output = (output + data).slice(-4000);
          const ready = /ready\. Open it on this computer at (http:\/\/\S+?)\/?(\s|$)/.exec(output);
          if (ready) ok(ready[1]);
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.once('error', fail);
        child.once('exit', (code) => fail(new Error(`the sync server exited with ${code}: ${output.slice(-1000)}`)));
      }),
    );
    return { child, origin, stop, output: () => output };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Runs `fn` over `items` with at most `limit` at once. */
async function inPool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * @param {{ projectRoot: string, appDir: string, rooms?: number, devicesPerRoom?: number, seconds?: number,
 *   onCleanup?: (undo: () => Promise<void>) => void }} options onCleanup: also called by the bench on a signal.
 */
export async function measureServerLoad({ projectRoot, appDir, rooms = 200, devicesPerRoom = 10, seconds = 30, onCleanup }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ros-bench-load-'));
  const devices = [];
  let server = null;
  /** The moderators' timers: clearTimeout clears an interval too. */
  const writers = [];
  const undo = async () => {
    for (const timer of writers.splice(0)) clearTimeout(timer);
    for (const device of devices.splice(0)) device.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  onCleanup?.(undo);
  try {
    server = await spawnServer({ projectRoot, appDir, dataDir });
    const wsUrl = `${server.origin.replace(/^http/, 'ws')}/sync`;
    const agenda = seedAgenda(projectRoot);
    const t0 = performance.now();
    const made = await inPool(Array.from({ length: rooms }), 16, () => createRoom(server.origin));

    // Timestamps of the appends being measured, by operation id; and what followers saw of them.
    const sentAt = new Map();
    const latencies = [];
    let delivered = 0;
    let counting = false;
    const onItems = (items) => {
      const now = performance.now();
      for (const item of items) {
        const at = sentAt.get(item?.id);
        if (at === undefined) continue;
        delivered += 1;
        latencies.push(now - at);
      }
    };
    let disconnects = 0;
    const open = (options) => {
      const device = openDevice(options);
      device.socket.on('status', ({ status }) => {
        if (status === 'disconnected' && counting) disconnects += 1;
      });
      devices.push(device);
      return device;
    };

    // Ramp-up: the moderators first (each puts a run on the seed agenda in its room), then the
    // followers, a batch at a time, each batch synced before the next.
    const moderators = made.map(({ room, keys }) => {
      const by = deviceId();
      return { room, keys, by, ops: opMaker(by), device: null, paused: false };
    });
    const connectBatch = async (batch, what) =>
      waitFor(what, () => batch.every((d) => d.provider.isSynced), { timeout: 60_000, every: 50 });
    for (let i = 0; i < moderators.length; i += BATCH) {
      const batch = moderators.slice(i, i + BATCH);
      for (const m of batch) m.device = open({ wsUrl, room: m.room, role: 'moderator', key: m.keys.moderator, device: m.by });
      await connectBatch(
        batch.map((m) => m.device),
        `moderators ${i + 1}–${i + batch.length} to sync`,
      );
    }
    const start = Date.now();
    for (const m of moderators) m.device.append([m.ops.reset(agenda), m.ops.event({ type: 'sessionStarted', at: start, mode: 'now' })]);
    const followers = moderators.flatMap((m) => Array.from({ length: devicesPerRoom - 1 }, () => m));
    for (let i = 0; i < followers.length; i += BATCH) {
      const batch = followers.slice(i, i + BATCH).map((m) => open({ wsUrl, room: m.room, role: 'speaker', key: m.keys.speaker, onItems }));
      await connectBatch(batch, `followers ${i + 1}–${i + batch.length} to sync`);
    }
    await waitFor('every run to be stored', () => moderators.every((m) => m.device.settled()), { timeout: 60_000, every: 50 });
    const rampMs = performance.now() - t0;

    // Steady load: each moderator appends an event a second, at its own moment in the second.
    const append = (m) => {
      m.paused = !m.paused;
      const op = m.ops.event({ type: m.paused ? 'paused' : 'resumed', at: Date.now() });
      if (counting) sentAt.set(op.id, performance.now());
      m.device.append([op]);
    };
    for (const m of moderators) writers.push(setTimeout(() => writers.push(setInterval(() => append(m), 1000)), Math.random() * 1000));
    // Two seconds to settle into the rhythm, then the sample.
    await sleep(2000);
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const serverCpu0 = cpuMsOf(server.child.pid);
    const benchCpu0 = process.cpuUsage();
    const wall0 = performance.now();
    counting = true;
    await sleep(seconds * 1000);
    counting = false;
    const wallMs = performance.now() - wall0;
    const serverCpuMs = cpuMsOf(server.child.pid) - serverCpu0;
    const benchCpu = process.cpuUsage(benchCpu0);
    loopDelay.disable();
    for (const timer of writers.splice(0)) clearTimeout(timer);
    const sent = sentAt.size;
    const expected = sent * (devicesPerRoom - 1);
    // The last appends still on their way.
    await waitFor('the last appends to arrive', () => delivered >= expected, { timeout: 5000, every: 50 }).catch(() => null);
    const serverMemory = memoryOf(server.child.pid);
    const benchMemory = process.memoryUsage();
    return {
      rooms,
      devicesPerRoom,
      devices: devices.length,
      seconds,
      rampMs,
      sent,
      expected,
      delivered,
      missing: expected - delivered,
      disconnects,
      // Other work on the machine takes the cores from the server and the devices alike.
      machine: { load1: loadavg()[0], cores: availableParallelism() },
      latency: summary(latencies),
      server: {
        cpuMs: serverCpuMs,
        cpuPercentOfCore: (serverCpuMs / wallMs) * 100,
        rssBytes: serverMemory.rss,
        peakRssBytes: serverMemory.peakRss,
        dataBytes: bytesUnder(dataDir),
      },
      clients: {
        cpuPercentOfCore: ((benchCpu.user + benchCpu.system) / 1000 / wallMs) * 100,
        rssBytes: benchMemory.rss,
        eventLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
      },
    };
  } catch (error) {
    const tail = server?.output().trim().split('\n').slice(-5).join(' | ');
    if (tail) error.message += ` (server said: ${tail})`;
    throw error;
  } finally {
    await undo();
  }
}
