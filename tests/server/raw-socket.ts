import WebSocket from 'ws';
import { FrameReader, MESSAGE } from '../../server/frames.mjs';

/** lib0's varUint: 7 bits a byte, low bits first. */
function varUint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return bytes;
}

function varBytes(bytes: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(varUint(bytes.length)), bytes]);
}

/**
 * A Hocuspocus frame: numbers as varUint, strings as varString, byte arrays as varUint8Array,
 * `{ raw }` as they are.
 */
export function frame(...parts: Array<number | string | Uint8Array | { raw: Uint8Array }>): Buffer {
  const chunks = parts.map((part) => {
    if (typeof part === 'number') return Buffer.from(varUint(part));
    if (typeof part === 'string') return varBytes(Buffer.from(part, 'utf8'));
    if (part instanceof Uint8Array) return varBytes(part);
    return Buffer.from(part.raw);
  });
  return Buffer.concat(chunks);
}

/** A bare WebSocket on the sync endpoint, speaking Hocuspocus frames by hand. */
export async function rawSocket(wsUrl: string) {
  const ws = new WebSocket(wsUrl);
  const received: Buffer[] = [];
  let closed: { code: number; reason: string } | null = null;
  ws.on('message', (data: Buffer) => received.push(data));
  ws.on('close', (code, reason) => (closed = { code, reason: reason.toString() }));
  ws.on('error', () => {});
  await new Promise((done, fail) => {
    ws.once('open', done);
    ws.once('error', fail);
  });
  return {
    ws,
    received,
    get closed(): { code: number; reason: string } | null {
      return closed;
    },
    send: (data: Buffer | string) => ws.send(data),
    /** Sends a token for `name` and resolves with the scope, or the refusal's reason. */
    async authenticate(name: string, token: string): Promise<string> {
      ws.send(frame(name, MESSAGE.auth, 0, token));
      for (;;) {
        for (const data of received) {
          const reader = new FrameReader(data);
          if (reader.readVarString() !== name || reader.readVarUint() !== MESSAGE.auth) continue;
          reader.readVarUint();
          return reader.readVarString();
        }
        if (closed) throw new Error('closed before the key check was answered');
        await new Promise((done) => setTimeout(done, 10));
      }
    },
  };
}
