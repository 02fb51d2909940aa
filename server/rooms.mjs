import { randomBytes } from 'node:crypto';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOM_ID } from './auth.mjs';

/**
 * The rooms this server (or this group of servers) made, so that a connection to a room nobody made
 * is told `unknown-room` rather than `wrong-key`. Rooms are never removed.
 * @typedef {{ create: () => Promise<string>, has: (room: string) => Promise<boolean> }} RoomRegistry
 */

/** A new room id: 16 random bytes as base64url (22 characters). */
function newRoomId() {
  return randomBytes(16).toString('base64url');
}

/**
 * One empty file per room in `<dataDir>/rooms/`.
 * @param {string} dataDir
 * @returns {Promise<RoomRegistry>}
 */
export async function fileRooms(dataDir) {
  const folder = join(dataDir, 'rooms');
  await mkdir(folder, { recursive: true, mode: 0o700 });
  /** Rooms are never removed, so a room once seen is known for good. */
  const known = new Set();
  return {
    async create() {
      const room = newRoomId();
      await writeFile(join(folder, room), '', { flag: 'wx', mode: 0o600 });
      known.add(room);
      return room;
    },
    async has(room) {
      if (!ROOM_ID.test(room)) return false;
      if (known.has(room)) return true;
      try {
        await access(join(folder, room));
      } catch {
        return false;
      }
      known.add(room);
      return true;
    },
  };
}

/**
 * One Redis key per room, shared by every server on that Redis.
 * @param {import('ioredis').Redis} redis a client in normal (not subscriber) mode
 * @param {string} prefix
 * @returns {RoomRegistry}
 */
export function redisRooms(redis, prefix) {
  const known = new Set();
  /** @param {string} room */
  const keyOf = (room) => `${prefix}:room:${room}`;
  return {
    async create() {
      const room = newRoomId();
      if ((await redis.set(keyOf(room), '1', 'NX')) !== 'OK') throw new Error('room id already taken');
      known.add(room);
      return room;
    },
    async has(room) {
      if (!ROOM_ID.test(room)) return false;
      if (known.has(room)) return true;
      if ((await redis.exists(keyOf(room))) === 0) return false;
      known.add(room);
      return true;
    },
  };
}
