/**
 * Just enough of lib0's encoding to read the head of a Hocuspocus frame: the document name, then
 * the message type, then what each type carries. Each read throws a RangeError on a frame that ends
 * too early or is malformed.
 */

/** Hocuspocus message types (`MessageType` in @hocuspocus/server). */
export const MESSAGE = Object.freeze({
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  syncReply: 4,
  stateless: 5,
  broadcastStateless: 6,
  close: 7,
  syncStatus: 8,
});

const MAX_SAFE_SHIFT = 49;

export class FrameReader {
  /** @param {Uint8Array} bytes */
  constructor(bytes) {
    this.bytes = bytes;
    this.pos = 0;
  }

  get done() {
    return this.pos === this.bytes.length;
  }

  readVarUint() {
    let value = 0;
    for (let shift = 0; shift <= MAX_SAFE_SHIFT; shift += 7) {
      if (this.pos >= this.bytes.length) throw new RangeError('frame ends inside a number');
      const byte = /** @type {number} */ (this.bytes[this.pos++]);
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new RangeError('number too large');
  }

  readVarUint8Array() {
    const length = this.readVarUint();
    if (length > this.bytes.length - this.pos) throw new RangeError('frame ends inside a byte array');
    const slice = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return slice;
  }

  readVarString() {
    return new TextDecoder('utf-8', { fatal: true }).decode(this.readVarUint8Array());
  }
}

/**
 * Whether an outgoing frame is a `SyncStatus` (the server's answer to a client's update).
 * @param {Uint8Array} frame
 */
export function isSyncStatus(frame) {
  try {
    const reader = new FrameReader(frame);
    reader.readVarString();
    return reader.readVarUint() === MESSAGE.syncStatus;
  } catch {
    return false;
  }
}
