import * as Y from 'yjs';
import { FrameReader, MESSAGE } from './frames.mjs';

/** A frame over this closes its connection (ws answers 1009). */
export const MAX_FRAME_BYTES = 2 * 1024 * 1024;
/** Token bucket per connection: this many frames a second on average… */
const RATE_PER_SECOND = 100;
/** …and this many at once. */
const BURST = 300;
/** One socket carries a room's two documents; a few rooms at most. */
const MAX_DOCUMENTS_PER_SOCKET = 8;
/** Frames for a document whose key is still being checked (Hocuspocus queues them until then)… */
const MAX_FRAMES_BEFORE_AUTH = 100;
/** …and their bytes, over all such documents of a socket. */
const MAX_BYTES_BEFORE_AUTH = 4 * 1024 * 1024;
/** A peer that does not answer our close frame is cut off after this. */
const CLOSE_GRACE_MS = 2000;
/** A socket is pinged this often and cut off when the previous ping got no answer. */
export const PING_MS = 2000;

/** Close codes, as the WebSocket standard names them. */
const CLOSE = Object.freeze({ unsupportedData: 1003, invalidPayload: 1007, policy: 1008 });

const SUB_SYNC = Object.freeze({ step1: 0, step2: 1, update: 2 });
const AUTH_TOKEN = 0;

/**
 * @typedef {'pending' | 'open' | 'refused'} DocState
 * @typedef {{ settle: (documentName: string, open: boolean) => void }} SocketGuard
 * @typedef {(reason: string) => void} Report
 */

/** @type {WeakMap<import('node:http').IncomingMessage, SocketGuard>} */
const guards = new WeakMap();

/**
 * The guard of the socket a request upgraded, so that the key check can tell it how it went.
 * @param {import('node:http').IncomingMessage} request
 */
export function guardOf(request) {
  return guards.get(request);
}

/**
 * Checks every frame a client sends before Hocuspocus sees it, and closes the socket (never the
 * server, never the room) on:
 * - more than {@link RATE_PER_SECOND} frames a second beyond a burst of {@link BURST} (1008);
 * - a text frame (1003), or a frame Hocuspocus could not decode: a broken header, an unknown message
 *   type, a Yjs update, state vector or awareness update that does not parse (1007);
 * - a message type no client sends: `BroadcastStateless` would let any connection, read-only ones
 *   too, send a forged `presence` to everyone in the room; `SyncReply`, `SyncStatus` (1008);
 * - more than {@link MAX_DOCUMENTS_PER_SOCKET} documents, or more than {@link MAX_FRAMES_BEFORE_AUTH}
 *   frames (or {@link MAX_BYTES_BEFORE_AUTH} bytes) for documents whose key is not yet checked
 *   (1008): Hocuspocus keeps those in memory, for good when the key is then refused.
 * Frames for a document this socket was refused are dropped: Hocuspocus would queue them for good.
 *
 * It also cuts off a socket that did not answer the previous ping ({@link PING_MS}). Hocuspocus'
 * own ping (`timeout`) closes the documents of such a socket but leaves the socket itself open.
 *
 * It works by wrapping the socket's `emit`: a listener cannot stop the others from running.
 * Frames Hocuspocus re-emits itself (the ones it queued during the key check) pass unchecked.
 * @param {import('ws').WebSocket} ws
 * @param {import('node:http').IncomingMessage} request
 * @param {Report} report says why a socket was closed (never what it sent)
 */
export function guardSocket(ws, request, report) {
  /** @type {Map<string, DocState>} */
  const docs = new Map();
  /** @type {Map<string, number>} */
  const waiting = new Map();
  let waitingBytes = 0;
  /** @type {WeakSet<object>} */
  const checked = new WeakSet();
  let tokens = BURST;
  let lastRefill = performance.now();
  let closing = false;

  /** @param {number} code @param {string} reason */
  const shut = (code, reason) => {
    closing = true;
    report(reason);
    ws.close(code, reason);
    setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref();
    return false;
  };

  const take = () => {
    const now = performance.now();
    tokens = Math.min(BURST, tokens + ((now - lastRefill) / 1000) * RATE_PER_SECOND);
    lastRefill = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };

  /**
   * @param {Uint8Array} frame
   * @returns {'pass' | 'drop' | { code: number, reason: string }}
   */
  const judge = (frame) => {
    /** @type {{ name: string, type: number }} */
    let head;
    try {
      head = readWellFormed(frame);
    } catch {
      return { code: CLOSE.invalidPayload, reason: 'malformed frame' };
    }
    if (!CLIENT_TYPES.has(head.type)) return { code: CLOSE.policy, reason: 'message type not allowed' };
    const state = docs.get(head.name);
    if (state === undefined && docs.size >= MAX_DOCUMENTS_PER_SOCKET) return { code: CLOSE.policy, reason: 'too many documents' };
    if (state === 'refused') return 'drop';
    if (state === 'open') {
      // The client closed its document: it may open it again on this socket, with a new key check.
      if (head.type === MESSAGE.close) docs.delete(head.name);
      return 'pass';
    }
    docs.set(head.name, 'pending');
    const count = (waiting.get(head.name) ?? 0) + 1;
    waiting.set(head.name, count);
    waitingBytes += frame.length;
    return count > MAX_FRAMES_BEFORE_AUTH || waitingBytes > MAX_BYTES_BEFORE_AUTH
      ? { code: CLOSE.policy, reason: 'too many frames before the key check' }
      : 'pass';
  };

  const emit = ws.emit.bind(ws);
  ws.emit = (/** @type {string | symbol} */ event, /** @type {any[]} */ ...args) => {
    if (event !== 'message') return emit(event, ...args);
    const [frame, isBinary] = args;
    if (checked.has(frame)) return emit(event, ...args);
    if (closing) return false;
    if (!take()) return shut(CLOSE.policy, 'rate limit');
    if (!isBinary || !(frame instanceof Uint8Array)) return shut(CLOSE.unsupportedData, 'binary frames only');
    const verdict = judge(frame);
    if (verdict === 'drop') return false;
    if (verdict !== 'pass') return shut(verdict.code, verdict.reason);
    checked.add(frame);
    return emit(event, ...args);
  };

  let answered = true;
  ws.on('pong', () => (answered = true));
  const heartbeat = setInterval(() => {
    if (!answered) return ws.terminate();
    answered = false;
    ws.ping();
  }, PING_MS);
  ws.once('close', () => clearInterval(heartbeat));

  guards.set(request, {
    settle(documentName, open) {
      docs.set(documentName, open ? 'open' : 'refused');
      waiting.delete(documentName);
    },
  });
}

/** @type {ReadonlySet<number>} */
const CLIENT_TYPES = new Set([MESSAGE.sync, MESSAGE.awareness, MESSAGE.auth, MESSAGE.queryAwareness, MESSAGE.stateless, MESSAGE.close]);

/**
 * The document name and message type of a frame, once the whole frame is known to decode: throws
 * otherwise. The Yjs payloads are decoded too, since Hocuspocus answers a bad one by closing the
 * document but leaving the socket open.
 * @param {Uint8Array} frame
 */
function readWellFormed(frame) {
  const reader = new FrameReader(frame);
  const name = reader.readVarString();
  const type = reader.readVarUint();
  switch (type) {
    case MESSAGE.sync: {
      const step = reader.readVarUint();
      const payload = reader.readVarUint8Array();
      if (step === SUB_SYNC.step1) Y.decodeStateVector(payload);
      else if (step === SUB_SYNC.step2 || step === SUB_SYNC.update) Y.decodeUpdate(payload);
      else throw new RangeError('unknown sync step');
      break;
    }
    case MESSAGE.awareness:
      readAwarenessUpdate(reader.readVarUint8Array());
      break;
    case MESSAGE.auth:
      if (reader.readVarUint() !== AUTH_TOKEN) throw new RangeError('not a token');
      reader.readVarString();
      break;
    case MESSAGE.stateless:
      reader.readVarString();
      break;
    default:
      // queryAwareness and close carry nothing; other types are refused by the caller.
      break;
  }
  if (CLIENT_TYPES.has(type) && !reader.done) throw new RangeError('bytes after the message');
  return { name, type };
}

/**
 * y-protocols' awareness update: a count, then per client its id, clock and state as JSON.
 * @param {Uint8Array} update
 */
function readAwarenessUpdate(update) {
  const reader = new FrameReader(update);
  const count = reader.readVarUint();
  for (let i = 0; i < count; i += 1) {
    reader.readVarUint();
    reader.readVarUint();
    JSON.parse(reader.readVarString());
  }
  if (!reader.done) throw new RangeError('bytes after the awareness update');
}
