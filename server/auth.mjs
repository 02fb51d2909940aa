import { createHmac, timingSafeEqual } from 'node:crypto';

/** @typedef {'moderator' | 'record' | 'speaker'} Role */
/** @typedef {'run' | 'record'} DocKind */
/** @typedef {'bad-document' | 'bad-token' | 'unknown-room' | 'wrong-key' | 'forbidden'} Refusal */

/** @type {readonly Role[]} */
export const ROLES = ['moderator', 'record', 'speaker'];

/** A room id: 16 random bytes as base64url, 22 characters. */
export const ROOM_ID = /^[A-Za-z0-9_-]{22}$/;
const DOC_NAME = /^([A-Za-z0-9_-]{22})\/(run|record)$/;
/** `<role>.<key>`, the key being an HMAC-SHA256 (32 bytes) as base64url: 43 characters. */
const TOKEN = /^(moderator|record|speaker)\.([A-Za-z0-9_-]{43})$/;

/**
 * What each role may do with each document: `rw`, `ro`, or absent (refused).
 * @type {Readonly<Record<DocKind, Partial<Record<Role, 'rw' | 'ro'>>>>}
 */
const RIGHTS = {
  run: { moderator: 'rw', record: 'ro', speaker: 'ro' },
  record: { record: 'rw', moderator: 'ro' },
};

/**
 * The room and the kind of document a document name stands for, or null when it is not one of ours.
 * @param {string} name
 * @returns {{ room: string, kind: DocKind } | null}
 */
export function parseDocName(name) {
  const match = DOC_NAME.exec(name);
  return match ? { room: /** @type {string} */ (match[1]), kind: /** @type {DocKind} */ (match[2]) } : null;
}

/**
 * The key of one role in one room: base64url(HMAC-SHA256(secret, room + ':' + role)).
 * @param {Buffer} secret
 * @param {string} room
 * @param {Role} role
 */
export function keyFor(secret, room, role) {
  return createHmac('sha256', secret).update(`${room}:${role}`).digest('base64url');
}

/**
 * A refusal the client receives as `onAuthenticationFailed({ reason })`. Hocuspocus prints the message
 * of every refusal, so the message is the reason word and nothing else: never a key or a token.
 * @param {Refusal} reason
 */
function refusal(reason) {
  return Object.assign(new Error(reason), { reason });
}

/**
 * Checks a connection's document name and token; throws a refusal or tells the role and whether it
 * may write. Order matters: an unknown room is told apart from a wrong key, and a right key for a
 * document the role may not open is `forbidden`.
 * @param {{ secret: Buffer, hasRoom: (room: string) => Promise<boolean> }} deps
 * @param {string} documentName
 * @param {string} token
 * @returns {Promise<{ role: Role, readOnly: boolean }>}
 */
export async function checkAccess({ secret, hasRoom }, documentName, token) {
  const doc = parseDocName(documentName);
  if (!doc) throw refusal('bad-document');
  const parsed = TOKEN.exec(token);
  if (!parsed) throw refusal('bad-token');
  const role = /** @type {Role} */ (parsed[1]);
  if (!(await hasRoom(doc.room))) throw refusal('unknown-room');
  const given = Buffer.from(/** @type {string} */ (parsed[2]), 'utf8');
  const expected = Buffer.from(keyFor(secret, doc.room, role), 'utf8');
  // timingSafeEqual throws on unequal lengths; the pattern makes them equal, the check keeps it so.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw refusal('wrong-key');
  const right = RIGHTS[doc.kind][role];
  if (!right) throw refusal('forbidden');
  return { role, readOnly: right === 'ro' };
}
