import { isSyncStatus } from './frames.mjs';

/**
 * @typedef {import('@hocuspocus/server').Document} Document
 * @typedef {import('@hocuspocus/server').Connection} Connection
 * @typedef {{ changes: number, stored: number, waiting: Array<{ upTo: number, send: () => void }> }} Progress
 */

/**
 * Hocuspocus acknowledges a client's change (a `SyncStatus` frame) as soon as it is applied in
 * memory, before the store has written it. This holds each acknowledgement back until a store has
 * written a state that includes the change, so "acknowledged" means "on disk" and survives a kill -9.
 *
 * Changes are counted as they are applied (those from this server's own connections: a change that
 * came through Redis is stored by the server that received it); the store reports which count the
 * state it wrote covers.
 */
export function durableAcks() {
  /** @type {WeakMap<Document, Progress>} */
  const progress = new WeakMap();
  /** @type {WeakSet<Connection>} */
  const held = new WeakSet();

  /** @param {Document} document */
  const progressOf = (document) => {
    let known = progress.get(document);
    if (!known) {
      known = { changes: 0, stored: 0, waiting: [] };
      progress.set(document, known);
    }
    return known;
  };

  return {
    /** @type {import('@hocuspocus/server').Extension} */
    extension: {
      extensionName: 'durable-acks',
      // Registered after the document is loaded from disk, before any connection can change it.
      async afterLoadDocument({ document }) {
        const known = progressOf(document);
        document.on('update', (/** @type {Uint8Array} */ _update, /** @type {unknown} */ origin) => {
          // A connection's change is an object origin; one from another server through Redis has a
          // string origin (that server stores it), and the load from disk happened before this.
          if (typeof origin === 'object' && origin !== null) known.changes += 1;
        });
      },
      // Every frame a connection handles passes here first: the place to wrap its `send` once.
      async beforeHandleMessage({ connection, document }) {
        if (held.has(connection)) return;
        held.add(connection);
        const send = connection.send.bind(connection);
        connection.send = (/** @type {Uint8Array} */ frame) => {
          const known = progressOf(document);
          if (known.stored >= known.changes || !isSyncStatus(frame)) return send(frame);
          known.waiting.push({ upTo: known.changes, send: () => send(frame) });
        };
      },
    },

    /**
     * How many changes the state about to be written holds. Call it when the state is taken.
     * @param {Document} document
     */
    covered: (document) => progressOf(document).changes,

    /**
     * Whether a state holding the first `upTo` changes is already on disk.
     * @param {Document} document
     * @param {number} upTo
     */
    isStored: (document, upTo) => progressOf(document).stored >= upTo,

    /**
     * A state holding the first `upTo` changes is on disk: send the acknowledgements it covers.
     * @param {Document} document
     * @param {number} upTo
     */
    stored(document, upTo) {
      const known = progressOf(document);
      known.stored = Math.max(known.stored, upTo);
      const ready = known.waiting.filter((wait) => wait.upTo <= known.stored);
      known.waiting = known.waiting.filter((wait) => wait.upTo > known.stored);
      for (const wait of ready) wait.send();
    },
  };
}
