import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { presence } from '../../server/presence.mjs';
import { type Client, type Room, authOutcome, createRoom, joinRoom, startTestServer, waitFor } from './helpers';

let server: Awaited<ReturnType<typeof startTestServer>>;
const clients: Client[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});
afterAll(() => server.stop());

type Device = { role: string; device: string | null };

async function join(room: Room, role: 'moderator' | 'record' | 'speaker', kind: 'run' | 'record' = 'run') {
  const client = joinRoom(server.wsUrl, room, role, kind);
  clients.push(client);
  await authOutcome(client);
  return client;
}

function hello(client: Client, device: string) {
  client.provider.sendStateless(JSON.stringify({ type: 'hello', device }));
}

/** The devices of the last presence message a client received, sorted so lists compare. */
function lastPresence(client: Client): Device[] | undefined {
  const last = client.stateless.filter((m) => m.type === 'presence').at(-1);
  const devices = last?.devices as Device[] | undefined;
  return devices && [...devices].sort((a, b) => `${a.role}${a.device}`.localeCompare(`${b.role}${b.device}`));
}

async function presenceBecomes(client: Client, expected: Device[], timeout?: number) {
  const want = JSON.stringify(expected);
  await waitFor(`presence ${want}`, () => JSON.stringify(lastPresence(client)) === want, timeout);
}

describe('presence', () => {
  it('counts the connections of the run by role, with the device a moderator announces', async () => {
    const room = await createRoom(server.url);
    const moderator = await join(room, 'moderator');
    hello(moderator, 'console-1');
    const record = await join(room, 'record');
    const speaker = await join(room, 'speaker');
    await presenceBecomes(speaker, [
      { role: 'moderator', device: 'console-1' },
      { role: 'record', device: null },
      { role: 'speaker', device: null },
    ]);
    await presenceBecomes(moderator, lastPresence(speaker) ?? []);
    await presenceBecomes(record, lastPresence(speaker) ?? []);
  });

  it("keeps a read-only connection's hello out of what everyone receives", async () => {
    const room = await createRoom(server.url);
    const speaker = await join(room, 'speaker');
    const record = await join(room, 'record');
    const moderator = await join(room, 'moderator');
    hello(speaker, 'fake-console');
    hello(record, 'fake-console');
    hello(moderator, 'not a device id!');
    moderator.provider.sendStateless('{not json');
    // The hellos are handled in the order each socket sent them; a valid one after them shows they were passed over.
    hello(moderator, 'console-2');
    await presenceBecomes(speaker, [
      { role: 'moderator', device: 'console-2' },
      { role: 'record', device: null },
      { role: 'speaker', device: null },
    ]);
    expect(JSON.stringify(speaker.stateless)).not.toContain('fake-console');
  });

  it('does not count the record document', async () => {
    const room = await createRoom(server.url);
    const notes = await join(room, 'record', 'record');
    const reader = await join(room, 'moderator', 'record');
    hello(reader, 'console-3');
    const speaker = await join(room, 'speaker');
    await presenceBecomes(speaker, [{ role: 'speaker', device: null }]);
    expect(notes.stateless.filter((m) => m.type === 'presence')).toEqual([]);
    expect(reader.stateless.filter((m) => m.type === 'presence')).toEqual([]);
  });

  it('notices a device that leaves', async () => {
    const room = await createRoom(server.url);
    const moderator = await join(room, 'moderator');
    hello(moderator, 'console-4');
    const speaker = await join(room, 'speaker');
    const other = await join(room, 'speaker');
    await presenceBecomes(speaker, [
      { role: 'moderator', device: 'console-4' },
      { role: 'speaker', device: null },
      { role: 'speaker', device: null },
    ]);
    moderator.close();
    await presenceBecomes(speaker, [
      { role: 'speaker', device: null },
      { role: 'speaker', device: null },
    ]);
    other.close();
    await presenceBecomes(speaker, [{ role: 'speaker', device: null }]);
  });

  it('notices within 5 s a device whose network went silent', async () => {
    const room = await createRoom(server.url);
    const moderator = await join(room, 'moderator');
    hello(moderator, 'console-5');
    const speaker = await join(room, 'speaker');
    await presenceBecomes(speaker, [
      { role: 'moderator', device: 'console-5' },
      { role: 'speaker', device: null },
    ]);
    // The moderator's socket stops reading: no pong, no close, as when a laptop's network drops.
    (moderator.socket.webSocket as unknown as WebSocket).pause();
    await presenceBecomes(speaker, [{ role: 'speaker', device: null }], 5000);
  });
});

describe('the presence hooks', () => {
  /** The hooks with stand-ins for Hocuspocus' document and connections, recording what each connection is sent. */
  function setup() {
    const hooks = presence() as Required<ReturnType<typeof presence>>;
    const sent: Record<string, string[]> = {};
    const connections: Array<{ socketId: string; sendStateless: (m: string) => void }> = [];
    const document = { name: `${'R'.repeat(22)}/run`, getConnections: () => connections };
    const add = async (socketId: string, role: string) => {
      const connection = { socketId, sendStateless: (message: string) => (sent[socketId] ??= []).push(message) };
      connections.push(connection);
      await hooks.connected({ documentName: document.name, socketId, context: { role }, connection: { document } } as never);
      return connection;
    };
    const say = (connection: { socketId: string }, payload: string) =>
      hooks.onStateless({ connection, documentName: document.name, document, payload } as never);
    return { hooks, sent, add, say };
  }

  it('announces nothing for a hello from a speaker or a record connection', async () => {
    const { sent, add, say } = setup();
    const speaker = await add('s1', 'speaker');
    const record = await add('r1', 'record');
    const before = JSON.stringify(sent);
    await say(speaker, JSON.stringify({ type: 'hello', device: 'fake' }));
    await say(record, JSON.stringify({ type: 'hello', device: 'fake' }));
    expect(JSON.stringify(sent)).toBe(before);
  });

  it("announces a moderator's device once, and ignores anything that is not a hello with a device id", async () => {
    const { sent, add, say } = setup();
    const moderator = await add('m1', 'moderator');
    const count = () => sent.m1?.length ?? 0;
    const before = count();
    for (const payload of [
      '{',
      '"hello"',
      JSON.stringify({ type: 'hello', device: 'a b' }),
      JSON.stringify({ type: 'hello', device: 'x'.repeat(65) }),
    ])
      await say(moderator, payload);
    expect(count()).toBe(before);
    await say(moderator, JSON.stringify({ type: 'hello', device: 'console-9' }));
    await say(moderator, JSON.stringify({ type: 'hello', device: 'console-9' }));
    expect(count()).toBe(before + 1);
    expect(JSON.parse(sent.m1?.at(-1) ?? '')).toEqual({ type: 'presence', devices: [{ role: 'moderator', device: 'console-9' }] });
  });
});
