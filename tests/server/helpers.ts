import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { FrameReader, MESSAGE } from '../../server/frames.mjs';
import { startServer } from '../../server/main.mjs';

export type Role = 'moderator' | 'record' | 'speaker';
export interface Room {
  readonly room: string;
  readonly keys: Readonly<Record<Role, string>>;
}

/**
 * Polls `check` every 10 ms until it returns something truthy (and returns that), or fails after
 * `timeout` ms with `what` in the message. Tests wait for conditions this way, never for a fixed time.
 */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeout = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 10));
  }
}

/** A temporary folder, removed by the returned function. */
export function tempDir(name: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `ros-${name}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A stand-in for the built app: an index page, one hashed asset, a manifest. */
export function fakeDist(root: string): string {
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Run of Show</title>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'export const app = 1;');
  writeFileSync(join(dist, 'assets', 'index-abc123.css'), 'body { margin: 0 }');
  writeFileSync(join(dist, 'manifest.webmanifest'), '{"name":"Run of Show"}');
  return dist;
}

type Started = Awaited<ReturnType<typeof startServer>>;

/** A server in this process on a free port, with its own data folder and a fake build. */
export async function startTestServer(options: Parameters<typeof startServer>[0] = {}) {
  const dir = tempDir('server');
  const server: Started = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: join(dir.path, 'data'),
    distDir: fakeDist(dir.path),
    quiet: true,
    ...options,
  });
  return {
    ...server,
    dir: dir.path,
    wsUrl: `${server.url.replace(/^http/, 'ws')}/sync`,
    async stop() {
      await server.close();
      dir.remove();
    },
  };
}

export async function createRoom(url: string): Promise<Room> {
  const response = await fetch(`${url}/api/rooms`, { method: 'POST' });
  if (response.status !== 201) throw new Error(`POST /api/rooms answered ${response.status}`);
  return (await response.json()) as Room;
}

export interface Client {
  readonly provider: HocuspocusProvider;
  readonly socket: HocuspocusProviderWebsocket;
  readonly doc: Y.Doc;
  readonly ops: Y.Array<unknown>;
  /** Set once the server answered the key check: the scope, or the refusal's reason. */
  readonly outcome: { scope?: string; refused?: string };
  /** Every stateless message received, parsed. */
  readonly stateless: Array<Record<string, unknown>>;
  /** How many of this client's writes the server refused (SyncStatus false). */
  readonly refusedWrites: { count: number };
  close: () => void;
}

/**
 * A Node client as a device would be: a provider on its own socket (or on `socket`, shared), with
 * a token `<role>.<key>` for `<room>/<doc>`.
 */
export function connect(
  wsUrl: string,
  name: string,
  token: string,
  { socket, doc = new Y.Doc() }: { socket?: HocuspocusProviderWebsocket; doc?: Y.Doc } = {},
): Client {
  const ownSocket = socket ?? new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket, maxDelay: 500 });
  const outcome: Client['outcome'] = {};
  const stateless: Client['stateless'] = [];
  const refusedWrites = { count: 0 };
  const provider = new HocuspocusProvider({
    websocketProvider: ownSocket,
    name,
    token,
    document: doc,
    onAuthenticated: ({ scope }) => (outcome.scope = scope),
    onAuthenticationFailed: ({ reason }) => (outcome.refused = reason),
    onStateless: ({ payload }) => stateless.push(JSON.parse(payload) as Record<string, unknown>),
  });
  provider.on('message', ({ message }: { message: { data: ArrayBuffer } }) => {
    // A SyncStatus frame: document name, type, then a varint 1 (applied) or 0 (refused).
    const reader = new FrameReader(new Uint8Array(message.data));
    reader.readVarString();
    if (reader.readVarUint() === MESSAGE.syncStatus && reader.readVarUint() === 0) refusedWrites.count += 1;
  });
  provider.attach();
  return {
    provider,
    socket: ownSocket,
    doc,
    ops: doc.getArray('ops'),
    outcome,
    stateless,
    refusedWrites,
    close() {
      provider.destroy();
      if (!socket) ownSocket.destroy();
    },
  };
}

/** A client of `room` in `role` for its `run` or `record` document, with the right key. */
export function joinRoom(wsUrl: string, room: Room, role: Role, kind: 'run' | 'record' = 'run'): Client {
  return connect(wsUrl, `${room.room}/${kind}`, `${role}.${room.keys[role]}`);
}

/** Waits until the client's key check is answered, and returns the scope or the refusal. */
export async function authOutcome(client: Client): Promise<{ scope?: string; refused?: string }> {
  await waitFor('the key check', () => client.outcome.scope ?? client.outcome.refused);
  return client.outcome;
}

/** Waits until the client is synced and has no change the server has not acknowledged. */
export async function settled(client: Client): Promise<void> {
  await waitFor(
    'the client to be synced with no unacknowledged change',
    () => client.provider.synced && !client.provider.hasUnsyncedChanges,
  );
}
