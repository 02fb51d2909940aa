import { parseDocName } from './auth.mjs';

/** A device id a moderator may announce: what the app makes (a UUID or base64url), nothing longer. */
const DEVICE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * @typedef {import('./auth.mjs').Role} Role
 * @typedef {{ role: Role, device: string | null }} Present
 */

/**
 * Who is connected to each run document, as the server knows it: the role from the key each
 * connection passed, and the device id that moderator connections (and only they) announce with a
 * stateless `{"type":"hello","device":"<id>"}`. On every connect, hello and disconnect, every
 * connection to that run document gets `{"type":"presence","devices":[…]}`.
 *
 * Sent to this server's connections only (never through `broadcastStateless`, which the Redis
 * extension would relay to other servers, each with its own partial list). With several servers
 * (`shared`), each keeps its own list of a room in Redis (a key that expires unless refreshed, so
 * a server that dies drops out), says so on a channel, and announces the union to its connections.
 * @param {{ redis: import('ioredis').Redis, subscriber: import('ioredis').Redis, prefix: string, server: string } | null} [shared]
 * @returns {import('@hocuspocus/server').Extension & { stop(): void }}
 */
export function presence(shared = null) {
  /** @type {Map<string, Map<string, Present>>} document name → socket id → who */
  const rooms = new Map();
  /** @type {Map<string, import('@hocuspocus/server').Document>} the run documents this server has connections to */
  const documents = new Map();
  const channel = shared ? `${shared.prefix}presence` : '';
  const keyOf = (/** @type {string} */ name, /** @type {string} */ server) => `${shared?.prefix}presence:${name}:${server}`;
  const serversOf = (/** @type {string} */ name) => `${shared?.prefix}presence-servers:${name}`;
  const TTL_S = 8;

  /** @param {string} name */
  const everyone = async (name) => {
    const own = [...(rooms.get(name)?.values() ?? [])];
    if (!shared) return own;
    const servers = (await shared.redis.smembers(serversOf(name))).filter((id) => id !== shared.server);
    if (servers.length === 0) return own;
    const lists = await shared.redis.mget(...servers.map((id) => keyOf(name, id)));
    const others = lists.flatMap((list, i) => {
      if (list === null) {
        void shared.redis.srem(serversOf(name), servers[i] ?? '');
        return [];
      }
      try {
        return /** @type {Present[]} */ (JSON.parse(list));
      } catch {
        return [];
      }
    });
    return [...own, ...others];
  };

  /** @param {import('@hocuspocus/server').Document} document */
  const announce = async (document) => {
    const devices = await everyone(document.name).catch(() => [...(rooms.get(document.name)?.values() ?? [])]);
    const message = JSON.stringify({ type: 'presence', devices });
    for (const connection of document.getConnections()) connection.sendStateless(message);
  };

  /** This server's list of a room goes to Redis, and the other servers hear of it. @param {string} name */
  const share = async (name) => {
    if (!shared) return;
    const own = [...(rooms.get(name)?.values() ?? [])];
    if (own.length > 0) {
      await shared.redis
        .multi()
        .set(keyOf(name, shared.server), JSON.stringify(own), 'EX', TTL_S)
        .sadd(serversOf(name), shared.server)
        .expire(serversOf(name), 24 * 3600)
        .exec();
    } else await shared.redis.multi().del(keyOf(name, shared.server)).srem(serversOf(name), shared.server).exec();
    await shared.redis.publish(channel, name);
  };

  /** A change here: tell this server's connections and the other servers. @param {import('@hocuspocus/server').Document} document */
  const changed = (document) => {
    void announce(document);
    void share(document.name).catch(() => {});
  };

  let timer = null;
  if (shared) {
    void shared.subscriber.subscribe(channel).catch(() => {});
    shared.subscriber.on('message', (/** @type {string} */ from, /** @type {string} */ name) => {
      const document = from === channel ? documents.get(name) : undefined;
      if (document) void announce(document);
    });
    // Keeps this server's lists alive, and drops servers whose lists expired.
    timer = setInterval(() => {
      for (const [name, document] of documents) {
        void share(name).catch(() => {});
        void announce(document);
      }
    }, 3000);
    timer.unref?.();
  }

  /** @param {string} documentName */
  const isRun = (documentName) => parseDocName(documentName)?.kind === 'run';

  return {
    extensionName: 'presence',
    stop() {
      if (timer) clearInterval(timer);
    },

    async connected({ documentName, socketId, context, connection }) {
      if (!isRun(documentName)) return;
      let present = rooms.get(documentName);
      if (!present) rooms.set(documentName, (present = new Map()));
      present.set(socketId, { role: context.role, device: null });
      documents.set(documentName, connection.document);
      changed(connection.document);
    },

    async onStateless({ connection, documentName, document, payload }) {
      const present = rooms.get(documentName)?.get(connection.socketId);
      if (!present || present.role !== 'moderator') return;
      const device = helloDevice(payload);
      if (device === null || device === present.device) return;
      present.device = device;
      changed(document);
    },

    async onDisconnect({ documentName, socketId, document }) {
      const present = rooms.get(documentName);
      if (!present?.delete(socketId)) return;
      if (present.size === 0) {
        rooms.delete(documentName);
        documents.delete(documentName);
      }
      changed(document);
    },
  };
}

/**
 * The device id of a `hello`, or null for anything else.
 * @param {string} payload
 */
function helloDevice(payload) {
  try {
    const message = JSON.parse(payload);
    return message?.type === 'hello' && typeof message.device === 'string' && DEVICE_ID.test(message.device) ? message.device : null;
  } catch {
    return null;
  }
}
