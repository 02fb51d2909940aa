import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Client, type Room, authOutcome, connect, createRoom, joinRoom, settled, startTestServer, waitFor } from './helpers';

let server: Awaited<ReturnType<typeof startTestServer>>;
const clients: Client[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});
afterAll(() => server.stop());

function join(room: Room, role: 'moderator' | 'record' | 'speaker', kind: 'run' | 'record' = 'run') {
  const client = joinRoom(server.wsUrl, room, role, kind);
  clients.push(client);
  return client;
}

function connectWith(name: string, token: string) {
  const client = connect(server.wsUrl, name, token);
  clients.push(client);
  return client;
}

describe('rights', () => {
  it('lets the moderator write the run, and every role read it', async () => {
    const room = await createRoom(server.url);
    const moderator = join(room, 'moderator');
    const record = join(room, 'record');
    const speaker = join(room, 'speaker');
    expect(await authOutcome(moderator)).toEqual({ scope: 'read-write' });
    expect(await authOutcome(record)).toEqual({ scope: 'readonly' });
    expect(await authOutcome(speaker)).toEqual({ scope: 'readonly' });

    moderator.ops.push([{ id: 'a', kind: 'event' }]);
    await settled(moderator);
    await waitFor('the record and the speaker to see the op', () => record.ops.length === 1 && speaker.ops.length === 1);
    expect(speaker.ops.toJSON()).toEqual([{ id: 'a', kind: 'event' }]);
  });

  it('lets the record write the record document, the moderator read it, and refuses the speaker', async () => {
    const room = await createRoom(server.url);
    const record = join(room, 'record', 'record');
    const moderator = join(room, 'moderator', 'record');
    const speaker = join(room, 'speaker', 'record');
    expect(await authOutcome(record)).toEqual({ scope: 'read-write' });
    expect(await authOutcome(moderator)).toEqual({ scope: 'readonly' });
    expect(await authOutcome(speaker)).toEqual({ refused: 'forbidden' });

    record.ops.push([{ id: 'n1', runId: 'r', event: { type: 'note' } }]);
    await settled(record);
    await waitFor('the moderator to see the note', () => moderator.ops.length === 1);
  });

  it("refuses a speaker's write through the provider: nobody else sees it, not even a device that joins later", async () => {
    const room = await createRoom(server.url);
    const moderator = join(room, 'moderator');
    const watcher = join(room, 'record');
    const speaker = join(room, 'speaker');
    await Promise.all([moderator, watcher, speaker].map(authOutcome));
    moderator.ops.push([{ id: 'first' }]);
    await waitFor('everyone to see the first op', () => watcher.ops.length === 1 && speaker.ops.length === 1);

    // A crafted write on a read-only connection: the provider sends it as an update.
    speaker.ops.push([{ id: 'forged', kind: 'takeover' }]);
    await waitFor('the server to refuse the write', () => speaker.refusedWrites.count >= 1);
    expect(speaker.provider.hasUnsyncedChanges).toBe(true);

    // Anything the server accepted after the refusal reaches the others; the forged op never does.
    moderator.ops.push([{ id: 'second' }]);
    await waitFor('the watcher to see the second op', () => watcher.ops.length >= 2);
    expect(watcher.ops.toJSON()).toEqual([{ id: 'first' }, { id: 'second' }]);
    expect(moderator.ops.toJSON()).toEqual([{ id: 'first' }, { id: 'second' }]);

    const late = join(room, 'speaker');
    await waitFor('the late device to sync', () => late.provider.synced);
    expect(late.ops.toJSON()).toEqual([{ id: 'first' }, { id: 'second' }]);
  });

  it('refuses what a read-only device held before it connected (sent in its first sync)', async () => {
    const room = await createRoom(server.url);
    const moderator = join(room, 'moderator');
    moderator.ops.push([{ id: 'real' }]);
    await settled(moderator);

    const doc = new Y.Doc();
    doc.getArray('ops').push([{ id: 'forged-offline' }]);
    const speaker = connect(server.wsUrl, `${room.room}/run`, `speaker.${room.keys.speaker}`, { doc });
    clients.push(speaker);
    await waitFor('the speaker to get the real op', () => speaker.ops.toJSON().some((op) => (op as { id: string }).id === 'real'));
    await waitFor('the server to refuse the forged op', () => speaker.refusedWrites.count >= 1);

    const late = join(room, 'record');
    await waitFor('the late device to sync', () => late.provider.synced);
    expect(late.ops.toJSON()).toEqual([{ id: 'real' }]);
  });
});

describe('refusals', () => {
  it('says wrong-key for a key of another role or another room, and for a made-up key', async () => {
    const room = await createRoom(server.url);
    const other = await createRoom(server.url);
    const swapped = connectWith(`${room.room}/run`, `moderator.${room.keys.speaker}`);
    const foreign = connectWith(`${room.room}/run`, `moderator.${other.keys.moderator}`);
    const madeUp = connectWith(`${room.room}/run`, `moderator.${'A'.repeat(43)}`);
    expect(await authOutcome(swapped)).toEqual({ refused: 'wrong-key' });
    expect(await authOutcome(foreign)).toEqual({ refused: 'wrong-key' });
    expect(await authOutcome(madeUp)).toEqual({ refused: 'wrong-key' });
  });

  it('says unknown-room for a room this server never made', async () => {
    const room = await createRoom(server.url);
    const client = connectWith(`${'B'.repeat(22)}/run`, `moderator.${room.keys.moderator}`);
    expect(await authOutcome(client)).toEqual({ refused: 'unknown-room' });
  });

  it('says bad-document for any other document name', async () => {
    const room = await createRoom(server.url);
    for (const name of [`${room.room}/notes`, room.room, `${room.room}/run/x`, `../${room.room}/run`, '']) {
      const client = connectWith(name, `moderator.${room.keys.moderator}`);
      expect(await authOutcome(client), name).toEqual({ refused: 'bad-document' });
    }
  });

  it('says bad-token for a token that is not <role>.<key>', async () => {
    const room = await createRoom(server.url);
    for (const token of ['', room.keys.moderator, `admin.${room.keys.moderator}`, `moderator.${room.keys.moderator}x`, 'moderator.']) {
      const client = connectWith(`${room.room}/run`, token);
      expect(await authOutcome(client), token).toEqual({ refused: 'bad-token' });
    }
  });

  it('keeps the socket for the documents it may open when one is refused', async () => {
    const room = await createRoom(server.url);
    const run = join(room, 'speaker');
    const record = connect(server.wsUrl, `${room.room}/record`, `speaker.${room.keys.speaker}`, { socket: run.socket });
    clients.push(record);
    expect(await authOutcome(record)).toEqual({ refused: 'forbidden' });
    expect(await authOutcome(run)).toEqual({ scope: 'readonly' });
    const moderator = join(room, 'moderator');
    moderator.ops.push([{ id: 'after-refusal' }]);
    await waitFor('the speaker to keep following the run', () => run.ops.length === 1);
  });
});
