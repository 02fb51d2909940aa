import { randomUUID } from 'node:crypto';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus } from '@hocuspocus/server';
import { Redis as IORedis } from 'ioredis';
import { WebSocketServer } from 'ws';
import { checkAccess } from './auth.mjs';
import { durableAcks } from './durable-ack.mjs';
import { MAX_FRAME_BYTES, PING_MS, guardOf, guardSocket } from './limits.mjs';
import { presence } from './presence.mjs';
import { fileRooms, redisRooms } from './rooms.mjs';
import { fileStore } from './store-file.mjs';

/** How long closing waits for documents to be written and unloaded. */
const CLOSE_WAIT_MS = 5000;
/** Namespace of our keys and channels in Redis. */
const REDIS_PREFIX = 'run-of-show';

/**
 * Hocuspocus' Redis extension without its store lock. The lock keeps servers from writing one shared
 * database at once; our stores are files written whole and renamed (and merged with the disk when
 * servers share a folder), so the lock would only add two Redis round trips to every change and log
 * an error whenever two servers store the same document at once.
 */
class RedisRelay extends Redis {
  async onStoreDocument() {}
  async afterStoreDocument() {}
}

/**
 * The sync endpoint: Hocuspocus with our key check, rights, limits, file store and presence, and the
 * room registry (in Redis when there is one, so that every server knows every room).
 * @param {{ secret: Buffer, dataDir: string, redisUrl: string | undefined, log: (line: string) => void }} options
 */
export async function createSync({ secret, dataDir, redisUrl, log }) {
  const acks = durableAcks();
  const files = await fileStore(dataDir, { mergeWithDisk: Boolean(redisUrl) });
  const database = new Database({
    fetch: files.fetch,
    async store({ documentName, document, state }) {
      const upTo = acks.covered(document);
      // With debounce 0, a burst of changes queues one store each; the first to run writes them all.
      if (acks.isStored(document, upTo)) return;
      await files.store(documentName, state);
      acks.stored(document, upTo);
    },
  });
  const relay = redisUrl ? new RedisRelay({ createClient: () => new IORedis(redisUrl), prefix: REDIS_PREFIX }) : null;
  const rooms = relay ? redisRooms(/** @type {IORedis} */ (relay.pub), REDIS_PREFIX) : await fileRooms(dataDir);
  // Presence across servers: our own subscriber (the relay's belongs to Hocuspocus' extension).
  const subscriber = redisUrl ? new IORedis(redisUrl) : null;
  const present = presence(
    relay && subscriber ? { redis: /** @type {IORedis} */ (relay.pub), subscriber, prefix: REDIS_PREFIX, server: randomUUID() } : null,
  );

  const hocuspocus = new Hocuspocus({
    name: 'run-of-show',
    quiet: true,
    // Pings every 2 s and closes the documents of a socket that did not answer (the guard then cuts
    // the socket itself off): a silent drop is noticed, and announced in presence, in 2 to 4 s.
    timeout: PING_MS,
    // Every change is written before the next one, and acknowledged once written (durable-ack.mjs).
    debounce: 0,
    maxDebounce: 0,
    extensions: [acks.extension, present, database, ...(relay ? [relay] : [])],
    async onAuthenticate({ documentName, token, connectionConfig, request }) {
      const guard = guardOf(request);
      try {
        const { role, readOnly } = await checkAccess({ secret, hasRoom: rooms.has }, documentName, token);
        connectionConfig.readOnly = readOnly;
        guard?.settle(documentName, true);
        return { role };
      } catch (error) {
        guard?.settle(documentName, false);
        // Hocuspocus prints the message of a refusal as it is; an empty one it leaves to us, so that
        // `quiet` holds and the line has our form. The client gets the reason either way.
        const reason = /** @type {{ reason?: string }} */ (error).reason;
        log(reason ? `refused a connection: ${reason}` : `could not check a key: ${/** @type {Error} */ (error).message}`);
        throw Object.assign(new Error(''), { reason: reason ?? 'server-error' });
      }
    },
  });

  if (relay) {
    for (const client of [relay.pub, relay.sub]) client.on('error', (/** @type {Error} */ error) => log(`Redis: ${error.message}`));
    // A client that connects before the subscriber is ready breaks the relay for good (devices-plan.md).
    try {
      await Promise.all([relay.pub, relay.sub, ...(subscriber ? [subscriber] : [])].map(ready));
    } catch (error) {
      relay.pub.disconnect();
      relay.sub.disconnect();
      subscriber?.disconnect();
      throw error;
    }
  }

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });

  return {
    rooms,

    /**
     * @param {import('node:http').IncomingMessage} request
     * @param {import('node:stream').Duplex} socket
     * @param {Buffer} head
     */
    upgrade(request, socket, head) {
      let pathname = '';
      try {
        pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
      } catch {
        // an unparsable target is refused below
      }
      if (pathname !== '/sync') {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      sockets.handleUpgrade(request, socket, head, (ws) => {
        // ws closes the socket itself on an oversized frame (1009) or a broken one (1002), then emits
        // `error`: without a listener that would throw and stop the server.
        ws.on('error', (error) => log(`closed a connection: ${error.message}`));
        guardSocket(ws, request, (reason) => log(`closed a connection: ${reason}`));
        hocuspocus.handleConnection(ws, request);
      });
    },

    /** Cuts every connection, waits for the writes in flight, and lets go of Redis. */
    async close() {
      present.stop();
      for (const client of sockets.clients) client.terminate();
      const deadline = Date.now() + CLOSE_WAIT_MS;
      while (hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 20));
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      await new Promise((done) => sockets.close(() => done(undefined)));
      subscriber?.disconnect();
    },
  };
}

/**
 * Resolves when an ioredis client is ready; fails after 10 s (ioredis itself retries for ever).
 * @param {IORedis | import('ioredis').Cluster} client
 */
function ready(client) {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error('Redis (REDIS_URL) did not answer within 10 s')), 10_000);
    client.once('ready', () => {
      clearTimeout(timer);
      done(undefined);
    });
  });
}
