// Node devices for the sync figures: one Hocuspocus provider on a socket of its own, set up as the
// app's room client is (src/platform/sync-client.ts), with no IndexedDB copy. Also rooms, the seed
// agenda and the operations of docs/devices-protocol.md.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Count, median, p95, p99, min and max of samples in ms (percentiles by nearest rank). */
export function summary(values) {
  const sorted = Float64Array.from(values).sort();
  const rank = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN);
  return { n: sorted.length, medianMs: rank(50), p95Ms: rank(95), p99Ms: rank(99), minMs: rank(0), maxMs: rank(100) };
}

/** Polls `check` every `every` ms until it returns something truthy (returned), or fails after `timeout` ms naming `what`. */
export async function waitFor(what, check, { timeout = 20_000, every = 20 } = {}) {
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(every);
  }
}

/** A promise that fails after `ms` with a message naming `what`. */
export function withTimeout(what, ms, promise) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** The seed panel's agenda, as the console puts it in a room's first operation. */
export function seedAgenda(projectRoot) {
  return JSON.parse(readFileSync(resolve(projectRoot, 'src/app/seed-agenda.json'), 'utf8'));
}

/** POST /api/rooms: `{ room, keys: { moderator, record, speaker } }`. */
export async function createRoom(origin) {
  const response = await fetch(`${origin}/api/rooms`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  if (response.status !== 201) throw new Error(`POST /api/rooms answered ${response.status}`);
  return response.json();
}

/** A device id as the app makes them (base64url of random bytes). */
export const deviceId = () => randomBytes(12).toString('base64url');

/** Makes the operations of one device, numbered on from 1 (src/domain/replica.ts). */
export function opMaker(by) {
  let seq = 0;
  const next = () => {
    seq += 1;
    return { id: `${by}:${seq}:${randomBytes(9).toString('base64url')}`, by, epoch: 0, seq };
  };
  return {
    reset: (agenda) => ({ ...next(), kind: 'reset', agenda }),
    event: (event) => ({ ...next(), kind: 'event', event }),
  };
}

/**
 * One device on `<room>/run` with the `role`'s key, on a socket of its own. A moderator says hello
 * with `device` once online, as the console does, so that speaker views do not say they lost it.
 * `onItems(items)` gets the items each remote change appended.
 */
export function openDevice({ wsUrl, room, role, key, device = null, onItems = null }) {
  const socket = new HocuspocusProviderWebsocket({
    url: wsUrl,
    WebSocketPolyfill: WebSocket,
    // As the app's room client: a dead link noticed after 8 s of silence, reconnecting within 5 s.
    messageReconnectTimeout: 8000,
    delay: 500,
    initialDelay: 0,
    factor: 2,
    minDelay: 500,
    maxDelay: 5000,
    maxAttempts: 0,
    jitter: false,
  });
  const doc = new Y.Doc();
  const ops = doc.getArray('ops');
  const state = { scope: null, refused: null };
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: `${room}/run`,
    document: doc,
    token: `${role}.${key}`,
    // The app asks the server every second: its answer is the heartbeat that shows the link is alive.
    forceSyncInterval: 1000,
    onAuthenticated: ({ scope }) => {
      state.scope = scope;
    },
    onAuthenticationFailed: ({ reason }) => {
      state.refused = reason;
    },
  });
  if (device)
    socket.on('status', ({ status }) => status === 'connected' && provider.sendStateless(JSON.stringify({ type: 'hello', device })));
  if (onItems)
    ops.observe((event) => {
      if (event.transaction.local) return;
      for (const change of event.changes.delta) if (change.insert) onItems(change.insert);
    });
  provider.attach();
  return {
    provider,
    socket,
    ops,
    state,
    /** Synced with the server, and everything written stored on its disk. */
    settled: () => provider.isSynced && !provider.hasUnsyncedChanges,
    append: (items) => ops.push(items),
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}
