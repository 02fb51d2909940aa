import type { Document } from '@hocuspocus/server';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { durableAcks } from '../../server/durable-ack.mjs';
import { MESSAGE } from '../../server/frames.mjs';
import { startServer } from '../../server/main.mjs';
import { type Client, type Room, authOutcome, connect, createRoom, fakeDist, joinRoom, settled, tempDir, waitFor } from './helpers';
import { frame } from './raw-socket';

const MAIN = join(import.meta.dirname, '../../server/main.mjs');
const dir = tempDir('durability');
const dist = fakeDist(dir.path);
const clients: Client[] = [];
const children: ChildProcess[] = [];
/** Everything every child server printed, to look for keys in. */
let output = '';

afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  dir.remove();
});

/** `npm start` as a child process on a free port, over `dataDir`; resolves once it says where it listens. */
async function startChild(dataDir: string) {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DIST_DIR: dist, REDIS_URL: '', SYNC_SECRET: '' },
    stdio: ['ignore', 'pipe', 'pipe'] as const,
  });
  children.push(child);
  let mine = '';
  const collect = (chunk: Buffer) => {
    mine += chunk.toString();
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await waitFor('the child server to say where it listens', () => /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(mine)?.[1]);
  return {
    url,
    wsUrl: `${url.replace('http', 'ws')}/sync`,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

function follow(wsUrl: string, room: Room, role: 'moderator' | 'record' | 'speaker', kind: 'run' | 'record' = 'run') {
  const client = joinRoom(wsUrl, room, role, kind);
  clients.push(client);
  return client;
}

describe('persistence', () => {
  it('keeps every acknowledged change through a kill -9 and a restart', async () => {
    const dataDir = join(dir.path, 'kill');
    const first = await startChild(dataDir);
    const room = await createRoom(first.url);
    const moderator = follow(first.wsUrl, room, 'moderator');
    const record = follow(first.wsUrl, room, 'record', 'record');
    await Promise.all([authOutcome(moderator), authOutcome(record)]);

    // Writes as fast as a client can make them, each its own update, then the kill the moment the
    // last acknowledgement arrives.
    for (let i = 0; i < 40; i += 1) {
      moderator.ops.push([{ id: `op-${i}` }]);
      if (i % 4 === 0) record.ops.push([{ id: `note-${i}` }]);
      if (i % 10 === 0) await new Promise((done) => setImmediate(done));
    }
    await Promise.all([settled(moderator), settled(record)]);
    await first.kill();
    for (const client of clients.splice(0)) client.close();

    const second = await startChild(dataDir);
    const run = follow(second.wsUrl, room, 'speaker');
    const notes = follow(second.wsUrl, room, 'moderator', 'record');
    await waitFor('both documents to sync after the restart', () => run.provider.synced && notes.provider.synced);
    expect(run.ops.toJSON()).toEqual(Array.from({ length: 40 }, (_, i) => ({ id: `op-${i}` })));
    expect(notes.ops.toJSON()).toEqual(Array.from({ length: 10 }, (_, i) => ({ id: `note-${i * 4}` })));
    await second.kill();
  });

  it('lets devices catch up, offline writes included, when the server is closed and started again on its port', async () => {
    const dataDir = join(dir.path, 'restart');
    const options = { port: 0, host: '127.0.0.1', dataDir, distDir: dist, quiet: true };
    const first = await startServer(options);
    const wsUrl = `${first.url.replace('http', 'ws')}/sync`;
    const room = await createRoom(first.url);
    const moderator = follow(wsUrl, room, 'moderator');
    const speaker = follow(wsUrl, room, 'speaker');
    await Promise.all([authOutcome(moderator), authOutcome(speaker)]);
    moderator.ops.push([{ id: 'a' }, { id: 'b' }]);
    await settled(moderator);
    await first.close();

    moderator.ops.push([{ id: 'c' }]);
    moderator.ops.push([{ id: 'd' }]);
    const second = await startServer({ ...options, port: first.port });
    try {
      await waitFor('the speaker to catch up after the restart', () => speaker.ops.length === 4);
      await settled(moderator);
      expect(speaker.ops.toJSON()).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }]);
    } finally {
      await second.close();
    }
  });

  it('never prints a key or a token, whatever a client sends', async () => {
    const server = await startChild(join(dir.path, 'keys'));
    const room = await createRoom(server.url);
    const other = await createRoom(server.url);
    const keys = [...Object.values(room.keys), ...Object.values(other.keys)];

    // Refusals of every kind, with real keys in the wrong place.
    const attempts: Array<[string, string]> = [
      [`${room.room}/record`, `speaker.${room.keys.speaker}`],
      [`${room.room}/run`, `moderator.${other.keys.moderator}`],
      [`${room.room}/run`, `speaker.${room.keys.moderator}`],
      [`${room.room}/run`, `x.${room.keys.record}`],
      [`${room.room}/run`, room.keys.moderator],
      [`${other.room}/notes`, `moderator.${other.keys.moderator}`],
    ];
    const refused = attempts.map(([name, token]) => {
      const client = connect(server.wsUrl, name, token);
      clients.push(client);
      return client;
    });
    await Promise.all(refused.map(authOutcome));

    // Keys in a query string, on a page and on the sync endpoint; a garbage frame and an unknown room.
    await fetch(`${server.url}/stage?key=${room.keys.moderator}#${room.keys.speaker}`);
    await fetch(`${server.url}/api/nothing?key=${room.keys.record}`);
    const socket = new WebSocket(`${server.wsUrl}?token=moderator.${room.keys.moderator}`);
    await new Promise((done) => socket.once('open', done));
    socket.send(frame(`${'Z'.repeat(22)}/run`, MESSAGE.auth, 0, `moderator.${room.keys.moderator}`));
    socket.send(Buffer.from([0xff, 0xff, 0xff]));
    await new Promise((done) => socket.once('close', done));

    await waitFor('the refusals to reach the log', () => (output.match(/refused a connection/g) ?? []).length >= refused.length + 1);
    await server.kill();
    expect(output).toContain('refused a connection: wrong-key');
    for (const key of keys) expect(output).not.toContain(key);
  });
});

describe('durableAcks', () => {
  /** A loaded document, a connection on it, and the frames the connection really sent. */
  async function setup() {
    const acks = durableAcks();
    const doc = new Y.Doc();
    const document = doc as unknown as Document;
    await acks.extension.afterLoadDocument?.({ document } as never);
    const sent: string[] = [];
    const connection = { send: (frame: Uint8Array) => sent.push(Buffer.from(frame).toString('hex')) };
    await acks.extension.beforeHandleMessage?.({ connection, document } as never);
    // A change from a connection, as Hocuspocus applies one (the connection is the origin).
    const change = () => doc.transact(() => doc.getArray('ops').push([1]), connection);
    const ack = frame('room/run', MESSAGE.syncStatus, 1);
    return { acks, document, connection, sent, change, ack: ack.toString('hex') };
  }

  it('holds an acknowledgement back until a state holding the change is written', async () => {
    const { acks, document, connection, sent, change, ack } = await setup();
    change();
    const upTo = acks.covered(document);
    connection.send(Buffer.from(ack, 'hex'));
    connection.send(frame('room/run', MESSAGE.awareness, new Uint8Array([0])));
    expect(sent).toHaveLength(1);
    expect(sent).not.toContain(ack);
    acks.stored(document, upTo);
    expect(sent.at(-1)).toBe(ack);
  });

  it('sends an acknowledgement at once when everything is written, and not for a write of an older state', async () => {
    const { acks, document, connection, sent, change, ack } = await setup();
    connection.send(Buffer.from(ack, 'hex'));
    expect(sent).toEqual([ack]);
    const before = acks.covered(document);
    change();
    connection.send(Buffer.from(ack, 'hex'));
    acks.stored(document, before);
    expect(sent).toEqual([ack]);
    acks.stored(document, acks.covered(document));
    expect(sent).toEqual([ack, ack]);
  });

  it('tells a store it may skip a state an earlier write already held', async () => {
    const { acks, document, change } = await setup();
    change();
    change();
    const upTo = acks.covered(document);
    expect(acks.isStored(document, upTo)).toBe(false);
    acks.stored(document, upTo);
    expect(acks.isStored(document, upTo)).toBe(true);
    change();
    expect(acks.isStored(document, acks.covered(document))).toBe(false);
  });
});
