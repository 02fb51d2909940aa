import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';

/**
 * A room on the sync server, as Yjs documents: knows Hocuspocus, Yjs and IndexedDB, nothing of
 * the store or of run events. Loaded only when a room is used (38 kB gzip). Each shared list is an
 * append-only `Y.Array` named `ops`; this device's own copy lives in IndexedDB, so a device that
 * reloads while offline keeps what it had and sends what it wrote once the network is back.
 */

export type Role = 'moderator' | 'record' | 'speaker';
export type DocName = 'run' | 'record';
export type Connection = 'connecting' | 'online' | 'offline';

export interface SharedList {
  /** Every item, in the list's order (the same on every device once in step). */
  items(): unknown[];
  /** Appends at the end; only for a list this role may write. */
  append(items: readonly unknown[]): void;
  /** Called after each change, local or remote. */
  observe(listener: () => void): () => void;
  /** Whether this role may write the list, as the server said. */
  writable(): boolean;
}

export interface RoomEvents {
  onConnection(connection: Connection): void;
  /** The server refused the link: its reason word (`wrong-key`, `unknown-room`, …). */
  onRefused(reason: string): void;
  /** A message from the server to every device of the room (presence). */
  onMessage(payload: unknown): void;
  /** Whether everything this device wrote has reached the server. */
  onAllSent(allSent: boolean): void;
}

export interface RoomClient {
  readonly lists: Readonly<Partial<Record<DocName, SharedList>>>;
  /** Resolves once this device's own copy is loaded. */
  readonly loaded: Promise<void>;
  /** Sends a message to the server about the run document (`hello`). */
  tell(payload: unknown): void;
  close(): void;
}

/** Which documents each role opens: a speaker view never asks for the record. */
const DOCS: Record<Role, readonly DocName[]> = { moderator: ['run', 'record'], record: ['run', 'record'], speaker: ['run'] };
const OWNS: Record<Role, DocName | null> = { moderator: 'run', record: 'record', speaker: null };

export function syncUrl(origin: string): string {
  return `${origin.replace(/^http/, 'ws')}/sync`;
}

export function openRoomClient(
  { url, room, role, key }: { readonly url: string; readonly room: string; readonly role: Role; readonly key: string },
  events: RoomEvents,
): RoomClient {
  // The server notices a dropped device within 4 s (it pings every 2 s) and tells the room; this device notices
  // its own link is dead when it has heard nothing for 8 s (answers come every second), and reconnecting never
  // waits more than 5 s.
  const socket = new HocuspocusProviderWebsocket({
    url,
    messageReconnectTimeout: 8000,
    delay: 500,
    initialDelay: 0,
    factor: 2,
    minDelay: 500,
    maxDelay: 5000,
    maxAttempts: 0,
    jitter: false,
    onStatus: ({ status }) => events.onConnection(status === 'connected' ? 'online' : status === 'connecting' ? 'connecting' : 'offline'),
  });
  const providers: HocuspocusProvider[] = [];
  const stores: IndexeddbPersistence[] = [];
  const lists: Partial<Record<DocName, SharedList>> = {};
  const unsent = new Map<DocName, boolean>();
  const reportUnsent = () => events.onAllSent([...unsent.values()].every((u) => !u));

  for (const name of DOCS[role]) {
    const doc = new Y.Doc();
    const array = doc.getArray<unknown>('ops');
    const documentName = `${room}/${name}`;
    // The device's own copy, per room and document.
    if (typeof indexedDB !== 'undefined') stores.push(new IndexeddbPersistence(`run-of-show:${documentName}`, doc));
    let scope: string | undefined;
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: documentName,
      document: doc,
      token: `${role}.${key}`,
      // Asks the server every second: its answer is the heartbeat that shows the link is alive.
      forceSyncInterval: 1000,
      onAuthenticated: ({ scope: granted }) => {
        scope = granted;
      },
      onAuthenticationFailed: ({ reason }) => events.onRefused(reason),
      onStateless: ({ payload }) => {
        if (name !== 'run') return;
        try {
          events.onMessage(JSON.parse(payload));
        } catch {
          /* not ours */
        }
      },
      onUnsyncedChanges: ({ number }) => {
        unsent.set(name, number > 0);
        reportUnsent();
      },
    });
    provider.attach();
    providers.push(provider);
    lists[name] = {
      items: () => array.toArray(),
      append: (items) => {
        if (OWNS[role] !== name) return;
        array.push([...items]);
      },
      observe: (listener) => {
        array.observe(listener);
        return () => array.unobserve(listener);
      },
      writable: () => OWNS[role] === name && scope !== 'readonly',
    };
  }
  const loaded = Promise.all(stores.map((store) => store.whenSynced)).then(() => undefined);
  return {
    lists,
    loaded,
    tell: (payload) => providers[0]?.sendStateless(JSON.stringify(payload)),
    close() {
      for (const provider of providers) provider.destroy();
      for (const store of stores) void store.destroy();
      socket.destroy();
    },
  };
}
