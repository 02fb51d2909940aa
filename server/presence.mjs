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
 * extension would relay to other servers, each with its own partial list): with several servers,
 * presence is per server.
 * @returns {import('@hocuspocus/server').Extension}
 */
export function presence() {
  /** @type {Map<string, Map<string, Present>>} document name → socket id → who */
  const rooms = new Map();

  /** @param {import('@hocuspocus/server').Document} document */
  const announce = (document) => {
    const devices = [...(rooms.get(document.name)?.values() ?? [])];
    const message = JSON.stringify({ type: 'presence', devices });
    for (const connection of document.getConnections()) connection.sendStateless(message);
  };

  /** @param {string} documentName */
  const isRun = (documentName) => parseDocName(documentName)?.kind === 'run';

  return {
    extensionName: 'presence',

    async connected({ documentName, socketId, context, connection }) {
      if (!isRun(documentName)) return;
      let present = rooms.get(documentName);
      if (!present) rooms.set(documentName, (present = new Map()));
      present.set(socketId, { role: context.role, device: null });
      announce(connection.document);
    },

    async onStateless({ connection, documentName, document, payload }) {
      const present = rooms.get(documentName)?.get(connection.socketId);
      if (!present || present.role !== 'moderator') return;
      const device = helloDevice(payload);
      if (device === null || device === present.device) return;
      present.device = device;
      announce(document);
    },

    async onDisconnect({ documentName, socketId, document }) {
      const present = rooms.get(documentName);
      if (!present?.delete(socketId)) return;
      if (present.size === 0) rooms.delete(documentName);
      announce(document);
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
