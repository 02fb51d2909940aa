import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE } from '../../server/frames.mjs';
import { type Client, type Room, authOutcome, createRoom, joinRoom, settled, startTestServer, waitFor } from './helpers';
import { frame, rawSocket } from './raw-socket';

let server: Awaited<ReturnType<typeof startTestServer>>;
const clients: Client[] = [];
const sockets: Array<Awaited<ReturnType<typeof rawSocket>>> = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => {
  for (const client of clients.splice(0)) client.close();
  for (const socket of sockets.splice(0)) socket.ws.terminate();
});
afterAll(() => server.stop());

/** A room with a moderator and a speaker following it, both past the key check. */
async function busyRoom() {
  const room = await createRoom(server.url);
  const moderator = joinRoom(server.wsUrl, room, 'moderator');
  const speaker = joinRoom(server.wsUrl, room, 'speaker');
  clients.push(moderator, speaker);
  await Promise.all([authOutcome(moderator), authOutcome(speaker)]);
  moderator.ops.push([{ id: 'before' }]);
  await waitFor('the speaker to see the first op', () => speaker.ops.length === 1);
  return { room, moderator, speaker };
}

/** The room still works: a new op reaches the speaker, and the server answers health. */
async function stillSyncing({ moderator, speaker }: { moderator: Client; speaker: Client }) {
  const id = `after-${moderator.ops.length}`;
  moderator.ops.push([{ id }]);
  await settled(moderator);
  await waitFor('the speaker to see an op made after the bad socket closed', () =>
    speaker.ops.toJSON().some((op) => (op as { id: string }).id === id),
  );
  expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
}

async function socket() {
  const raw = await rawSocket(server.wsUrl);
  sockets.push(raw);
  return raw;
}

async function moderatorSocket(room: Room) {
  const raw = await socket();
  expect(await raw.authenticate(`${room.room}/run`, `moderator.${room.keys.moderator}`)).toBe('read-write');
  return raw;
}

describe('frames a client may not send', () => {
  it('closes a socket that sends bytes that are no Hocuspocus frame (1007), and only that socket', async () => {
    const room = await busyRoom();
    const raw = await socket();
    raw.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
    await waitFor('the socket to close', () => raw.closed);
    expect(raw.closed).toEqual({ code: 1007, reason: 'malformed frame' });
    await stillSyncing(room);
  });

  it('closes a writer that sends an update Yjs cannot decode, and the document stays whole', async () => {
    const room = await busyRoom();
    const raw = await moderatorSocket(room.room);
    raw.send(frame(`${room.room.room}/run`, MESSAGE.sync, 2, new Uint8Array([9, 200, 1, 7, 7, 7, 0xff, 0xff])));
    await waitFor('the socket to close', () => raw.closed);
    expect(raw.closed?.code).toBe(1007);
    await stillSyncing(room);
    expect(room.speaker.ops.toJSON()).toEqual(room.moderator.ops.toJSON());
  });

  it('closes a socket that sends a text frame (1003), or a frame with bytes after the message (1007)', async () => {
    const room = await busyRoom();
    const text = await socket();
    text.send('hello');
    const trailing = await socket();
    trailing.send(frame(`${room.room.room}/run`, MESSAGE.queryAwareness, { raw: new Uint8Array([1, 2, 3]) }));
    await waitFor('both sockets to close', () => text.closed && trailing.closed);
    expect(text.closed?.code).toBe(1003);
    expect(trailing.closed?.code).toBe(1007);
    await stillSyncing(room);
  });

  it('closes a socket that sends a frame over 2 MiB (1009)', async () => {
    const room = await busyRoom();
    const raw = await moderatorSocket(room.room);
    raw.send(frame(`${room.room.room}/run`, MESSAGE.sync, 2, new Uint8Array(3 * 1024 * 1024)));
    await waitFor('the socket to close', () => raw.closed);
    expect(raw.closed?.code).toBe(1009);
    await stillSyncing(room);
  });

  it('closes a read-only socket that tries to broadcast a forged presence, and nobody receives it', async () => {
    const room = await busyRoom();
    const raw = await socket();
    expect(await raw.authenticate(`${room.room.room}/run`, `speaker.${room.room.keys.speaker}`)).toBe('readonly');
    const presences = () => room.moderator.stateless.filter((m) => m.type === 'presence').length;
    await waitFor('the moderator to hear of the raw socket', () => presences() >= 1);
    const heard = presences();
    const forged = JSON.stringify({ type: 'presence', devices: [{ role: 'moderator', device: 'forged' }] });
    raw.send(frame(`${room.room.room}/run`, MESSAGE.broadcastStateless, forged));
    await waitFor('the socket to close', () => raw.closed);
    expect(raw.closed).toEqual({ code: 1008, reason: 'message type not allowed' });
    // The server's own presence for the departure comes after the forged frame would have.
    await waitFor('the presence after the raw socket left', () => presences() > heard);
    expect(JSON.stringify(room.moderator.stateless)).not.toContain('forged');
    expect(JSON.stringify(room.speaker.stateless)).not.toContain('forged');
    await stillSyncing(room);
  });
});

describe('the rate limit', () => {
  it('closes a socket that floods the server (1008) and leaves the room in step', async () => {
    const room = await busyRoom();
    const raw = await moderatorSocket(room.room);
    const query = frame(`${room.room.room}/run`, MESSAGE.queryAwareness);
    for (let i = 0; i < 1000; i += 1) raw.send(query);
    await waitFor('the flooding socket to close', () => raw.closed);
    expect(raw.closed).toEqual({ code: 1008, reason: 'rate limit' });
    await stillSyncing(room);
  });

  it('lets a burst of 200 writes through', async () => {
    const room = await busyRoom();
    for (let i = 0; i < 200; i += 1) room.moderator.ops.push([{ id: `burst-${i}` }]);
    await settled(room.moderator);
    await waitFor('the speaker to see the burst', () => room.speaker.ops.length === 201);
    expect(room.moderator.provider.isSynced).toBe(true);
  });

  it('closes a socket that piles up frames for a document before its key check', async () => {
    const room = await busyRoom();
    const raw = await socket();
    const query = frame(`${room.room.room}/run`, MESSAGE.queryAwareness);
    for (let i = 0; i < 150; i += 1) raw.send(query);
    await waitFor('the socket to close', () => raw.closed);
    expect(raw.closed).toEqual({ code: 1008, reason: 'too many frames before the key check' });
    await stillSyncing(room);
  });

  it('closes a socket that sends megabytes for a document before its key check', async () => {
    const room = await busyRoom();
    const raw = await socket();
    const big = frame(`${room.room.room}/run`, MESSAGE.stateless, 'x'.repeat(1_900_000));
    for (let i = 0; i < 3; i += 1) raw.send(big);
    await waitFor('the socket to close', () => raw.closed);
    expect(raw.closed).toEqual({ code: 1008, reason: 'too many frames before the key check' });
    await stillSyncing(room);
  });
});
