import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Room, authOutcome, createRoom, joinRoom, settled, startTestServer, waitFor } from './helpers';
import { startRedis } from './redis-server';

let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
let first: Awaited<ReturnType<typeof startTestServer>>;
let second: Awaited<ReturnType<typeof startTestServer>>;
const clients: Client[] = [];

beforeAll(async () => {
  redis = await startRedis();
  const redisUrl = redis.url;
  // Servers that share rooms share the secret; each keeps its own data folder.
  const secret = randomBytes(32).toString('base64url');
  first = await startTestServer({ redisUrl, secret });
  second = await startTestServer({ redisUrl, secret });
});

afterAll(async () => {
  for (const client of clients.splice(0)) client.close();
  await Promise.all([first?.stop(), second?.stop()]);
  redis?.stop();
});

function join(server: typeof first, room: Room, role: 'moderator' | 'record' | 'speaker', kind: 'run' | 'record' = 'run') {
  const client = joinRoom(server.wsUrl, room, role, kind);
  clients.push(client);
  return client;
}

describe('two servers joined by Redis', () => {
  it('knows a room made on the other server, and still refuses a wrong key', async () => {
    const room = await createRoom(first.url);
    expect(await authOutcome(join(second, room, 'speaker'))).toEqual({ scope: 'readonly' });
    expect(await authOutcome(join(second, { ...room, keys: { ...room.keys, speaker: room.keys.record } }, 'speaker'))).toEqual({
      refused: 'wrong-key',
    });
    expect(await authOutcome(join(second, { ...room, room: 'C'.repeat(22) }, 'speaker'))).toEqual({ refused: 'unknown-room' });
  });

  it('shows a device on each server the writes made on the other', async () => {
    const room = await createRoom(second.url);
    const moderator = join(first, room, 'moderator');
    const speaker = join(second, room, 'speaker');
    const record = join(second, room, 'record', 'record');
    const notesReader = join(first, room, 'moderator', 'record');
    await Promise.all([moderator, speaker, record, notesReader].map(authOutcome));

    for (let i = 0; i < 5; i += 1) moderator.ops.push([{ id: `op-${i}` }]);
    record.ops.push([{ id: 'note-1' }]);
    await Promise.all([settled(moderator), settled(record)]);
    await waitFor('the speaker on the second server to see the run', () => speaker.ops.length === 5);
    await waitFor('the moderator on the first server to see the note', () => notesReader.ops.length === 1);
    expect(speaker.ops.toJSON()).toEqual(moderator.ops.toJSON());

    const late = join(second, room, 'record');
    await waitFor('a late device on the second server to sync', () => late.provider.synced && late.ops.length === 5);
    expect(late.ops.toJSON()).toEqual(moderator.ops.toJSON());
  });
});
