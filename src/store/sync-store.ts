import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RunEvent } from '../domain/run';

/** The three kinds of link a console hands out, by the role the server gives them. */
export type SyncRole = 'moderator' | 'record' | 'speaker';

/** Why this device is not in step with the others, in words the alert can name. */
export type SyncProblem =
  /** The page was served without our server (a static host, `vite preview`): no room can be made. */
  | 'no-server'
  /** The server did not answer (it is down, or this device has no network). */
  | 'unreachable'
  | 'wrong-key'
  | 'unknown-room'
  /** The link's role may not open this document, or its link is malformed. */
  | 'forbidden'
  | 'bad-link';

export interface DeviceLinks {
  readonly speaker: string;
  readonly record: string;
  readonly moderator: string;
}

/** Who is connected to the room, as the server counts them (never as devices claim). */
export interface Presence {
  readonly moderators: number;
  readonly records: number;
  readonly speakers: number;
  /** Whether the device that controls the run is connected. */
  readonly controllerConnected: boolean;
}

export interface SyncState {
  /** This device's role in the room; null while no room is open. */
  readonly role: SyncRole | null;
  readonly room: string | null;
  /** The links to hand out; only a moderator device knows them. */
  readonly links: DeviceLinks | null;
  /** Whether this device's connection to the server is up. */
  readonly connection: 'connecting' | 'online' | 'offline';
  readonly problem: SyncProblem | null;
  readonly presence: Presence | null;
  /** Events this device made while another device had already taken control: kept, never applied. */
  readonly unapplied: readonly RunEvent[];
  /** Whether the server has acknowledged everything this device wrote. */
  readonly allSent: boolean;
  /** Opens a room for this console's run (asks the server for one); resolves when the links are known. */
  readonly openRoom: () => Promise<void>;
}

export type SyncStore = StoreApi<SyncState>;

/** The devices' state for the views; the wiring (app/wiring/network-sync) writes it. */
export function createSyncStore(openRoom: () => Promise<void> = async () => {}): SyncStore {
  return createStore<SyncState>()(() => ({
    role: null,
    room: null,
    links: null,
    connection: 'connecting',
    problem: null,
    presence: null,
    unapplied: [],
    allSent: true,
    openRoom,
  }));
}

/** How views reach the devices' state: the sync code loads on first use (a room in the URL, or Connect devices). */
export interface SyncAccess {
  /** Loads the sync code and returns its store (the same one every time). */
  readonly load: () => Promise<SyncStore>;
  /** The store once loaded, else null: set from the start when the page opened with a room. */
  readonly current: () => SyncStore | null;
}
