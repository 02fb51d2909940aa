import type { Agenda } from '../../domain/agenda';
import { foldReplica, opsToMatch, type Replica, type ReplicaOp } from '../../domain/replica';
import { isRecordEvent, type RecordEvent } from '../../domain/record';
import type { RunEvent } from '../../domain/run';
import type { Clock } from '../../domain/units';
import { openRoomClient, syncUrl, type RoomClient } from '../../platform/sync-client';
import { bestSample, sampleServerTime, type TimeSample } from '../../platform/server-time';
import type { RecordStore } from '../../store/record-store';
import type { ShowState, ShowStore } from '../../store/show-state';
import { createSyncStore, type DeviceLinks, type Presence, type SyncProblem, type SyncRole, type SyncStore } from '../../store/sync-store';
import { roomFromHash, roomLink, type RoomParams } from '../room-link';
import { followRun } from '../../store/follow-run';

/**
 * Other devices follow the run: the one place where the show store meets the sync server. The
 * run goes out as an append-only list of operations (docs/devices-protocol.md) and comes back
 * folded by the same reducer on every device; each device keeps its own copy, so every view
 * works on when the network goes. Loaded only when a room is used.
 */

export interface SyncOptions {
  readonly store: ShowStore;
  /** This browser's device id (kept in its storage). */
  readonly device: string;
  /** The page's origin, where the server is. */
  readonly origin: string;
  /** The device's own clock, read for the round trips that estimate its offset. */
  readonly localClock: Clock;
  /** Sets the offset the store's shared clock subtracts from the device's clock. */
  readonly setOffset: (offset: number) => void;
  /** Makes the page's URL carry the room, so a reload comes back to it. */
  readonly rememberRoom: (params: RoomParams) => void;
  /** Where the console that made a room keeps its links, so that they are still there after a reload. */
  readonly storage?: Storage;
  /** The time zone of an agenda received from the room (the device's when the agenda names none). */
  readonly zoneFor: (agenda: Agenda) => string;
}

export interface Sync {
  readonly state: SyncStore;
  /** Joins a room from a link. */
  join(params: RoomParams): void;
  /** A follower console takes control: one operation in the list, the next epoch. */
  takeOver(): void;
  /** The record view's notes and corrections go to the room (record links write them). */
  followRecords(records: RecordStore): void;
}

const REASONS: Record<string, SyncProblem> = {
  'wrong-key': 'wrong-key',
  'unknown-room': 'unknown-room',
  forbidden: 'forbidden',
  'bad-document': 'bad-link',
  'bad-token': 'bad-link',
};

const randomId = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
};

function startSync(options: SyncOptions): Sync {
  const { store, device, origin } = options;
  let client: RoomClient | null = null;
  let params: RoomParams | null = null;
  let replica: Replica = foldReplica([]);
  let records: RecordStore | null = null;
  /** The store's run generation the list last matched: a different one is a new run, sent as a reset. */
  let syncedGeneration = store.getState().generation;
  let ready = false;
  let serverDevices: readonly { readonly role: string; readonly device: string | null }[] = [];

  const state = createSyncStore(async () => {
    if (params) return;
    const health = await fetch(`${origin}/api/health`, { cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<{ sync?: unknown; addresses?: unknown }>) : null))
      .catch(() => null);
    if (!health || health.sync !== true) {
      state.setState({ problem: 'no-server' });
      return;
    }
    const made = await fetch(`${origin}/api/rooms`, { method: 'POST' })
      .then((r) => (r.ok ? (r.json() as Promise<{ room: string; keys: Record<SyncRole, string> }>) : null))
      .catch(() => null);
    if (!made) {
      state.setState({ problem: 'unreachable' });
      return;
    }
    const base = linkBase(origin, health.addresses);
    const links = {
      speaker: roomLink(base, '#/stage', { room: made.room, role: 'speaker', key: made.keys.speaker }),
      record: roomLink(base, '#/log', { room: made.room, role: 'record', key: made.keys.record }),
      moderator: roomLink(base, '#/', { room: made.room, role: 'moderator', key: made.keys.moderator }),
    };
    state.setState({ links });
    try {
      options.storage?.setItem(`${LINKS_KEY}:${made.room}`, JSON.stringify(links));
    } catch {
      /* the links stay in the dialog for this page's life */
    }
    const own: RoomParams = { room: made.room, role: 'moderator', key: made.keys.moderator };
    options.rememberRoom(own);
    join(own, true);
  });

  /** The links this browser made for a room, if it made it. */
  const storedLinks = (room: string): DeviceLinks | null => {
    try {
      const stored = JSON.parse(options.storage?.getItem(`${LINKS_KEY}:${room}`) ?? 'null') as Partial<DeviceLinks> | null;
      return stored && typeof stored.speaker === 'string' && typeof stored.record === 'string' && typeof stored.moderator === 'string'
        ? { speaker: stored.speaker, record: stored.record, moderator: stored.moderator }
        : null;
    } catch {
      return null;
    }
  };

  const nextOp = (): { id: string; by: string; epoch: number; seq: number } => {
    const seq = (replica.seqOf[device] ?? 0) + 1;
    // Counted on from the list, which this device's own copy keeps across reloads.
    replica = { ...replica, seqOf: { ...replica.seqOf, [device]: seq } };
    return { id: `${device}:${seq}:${randomId()}`, by: device, epoch: replica.epoch, seq };
  };

  const runList = () => client?.lists.run;
  /** Whether the list says this device controls the run (an empty list: only the console that made the room). */
  const isController = () => (replica.controller === null ? creator : replica.controller === device);
  let creator = false;
  /** Set while the store takes the list's run, so that taking it is not sent back as a change. */
  let adopting = false;

  /** Who is connected, from the server's last word and the list's controller; set only when it changed (every operation asks). */
  const updatePresence = () => {
    const count = (role: string) => serverDevices.filter((d) => d.role === role).length;
    const presence: Presence = {
      moderators: count('moderator'),
      records: count('record'),
      speakers: count('speaker'),
      controllerConnected:
        replica.controller !== null && serverDevices.some((d) => d.role === 'moderator' && d.device === replica.controller),
    };
    const known = state.getState().presence;
    if (!known || (Object.keys(presence) as (keyof Presence)[]).some((key) => presence[key] !== known[key])) state.setState({ presence });
  };

  /** Who may change the run here: only the list's controller, and within this browser only the window holding the lock. */
  const enforceControl = (current: ShowState) => {
    if (!params) return;
    if (current.control === 'controller' && (params.role !== 'moderator' || !isController())) current.actions.setControl('follower');
  };

  /** The store takes the run the list holds. */
  const adopt = () => {
    const current = store.getState();
    if (replica.runs === 0 || current.log === replica.log) return;
    adopting = true;
    try {
      if (followRun(store, replica.agenda, replica.log, options.zoneFor)) syncedGeneration = store.getState().generation;
    } finally {
      adopting = false;
    }
  };

  /** The controller's store changed: the list follows with undo, event or reset operations. */
  const push = (current: ShowState) => {
    const list = runList();
    if (adopting || !list || !ready || params?.role !== 'moderator' || current.control !== 'controller' || !isController()) return;
    const ops: ReplicaOp[] = [];
    if (replica.runs === 0 || current.generation !== syncedGeneration) {
      ops.push({ ...nextOp(), kind: 'reset', agenda: current.agenda });
      for (const event of current.log) ops.push({ ...nextOp(), kind: 'event', event });
    } else {
      const { undo, events } = opsToMatch(replica, current.log);
      for (const target of undo) ops.push({ ...nextOp(), kind: 'undo', target });
      for (const event of events) ops.push({ ...nextOp(), kind: 'event', event });
    }
    syncedGeneration = current.generation;
    if (ops.length > 0) list.append(ops);
  };

  const onRunChange = () => {
    const list = runList();
    if (!list) return;
    replica = foldReplica(list.items());
    const flagged = replica.flagged.filter((op): op is ReplicaOp & { kind: 'event' } => op.by === device && op.kind === 'event');
    if (flagged.length !== state.getState().unapplied.length) state.setState({ unapplied: flagged.map((op): RunEvent => op.event) });
    enforceControl(store.getState());
    // A controller's own appends come back here: its store already says what the list says.
    const current = store.getState();
    const matches = () => {
      const { undo, events } = opsToMatch(replica, current.log);
      return undo.length === 0 && events.length === 0;
    };
    if (ready && !(isController() && current.control === 'controller' && matches())) adopt();
    updatePresence();
  };

  const onRecordChange = () => {
    const list = client?.lists.record;
    if (!list || !records || !ready) return;
    const shared = Object.create(null) as Record<string, RecordEvent[]>;
    for (const item of list.items()) {
      const entry = item as { runId?: unknown; event?: unknown } | null;
      if (typeof entry?.runId !== 'string' || !isRecordEvent(entry.event)) continue;
      (shared[entry.runId] ??= []).push(entry.event);
    }
    const local = records.getState().byRun;
    // What the rapporteur wrote here and the list does not hold yet goes out (written offline, or before the copy loaded).
    if (params?.role === 'record') {
      const missing: unknown[] = [];
      for (const [runId, events] of Object.entries(local)) {
        const known = shared[runId]?.length ?? 0;
        for (const event of events.slice(known)) missing.push({ ...nextRecordOp(), runId, event });
      }
      if (missing.length > 0) return list.append(missing);
    }
    // Then take what the other devices wrote, only when it says more than this device holds.
    const changed = Object.entries(shared).some(([runId, events]) => events.length !== (local[runId]?.length ?? 0));
    if (changed) records.setState({ byRun: { ...local, ...shared } });
  };

  let recordSeq = 0;
  const nextRecordOp = () => ({ id: `${device}:r${++recordSeq}:${randomId()}`, by: device, seq: recordSeq });

  let beenOnline = false;
  /** Not online for this long, with the device's own network up: the server is unreachable (said in an alert). */
  const UNREACHABLE_AFTER = 5000;
  let unreachable: ReturnType<typeof setTimeout> | undefined;
  const watchReach = (online: boolean) => {
    clearTimeout(unreachable);
    if (online) {
      if (state.getState().problem === 'unreachable') state.setState({ problem: null });
      return;
    }
    unreachable = setTimeout(() => {
      const { connection, problem } = state.getState();
      if (connection !== 'online' && problem === null && navigator.onLine !== false) state.setState({ problem: 'unreachable' });
    }, UNREACHABLE_AFTER);
  };
  const join = (link: RoomParams, made = false) => {
    if (params) return;
    params = link;
    creator = made;
    state.setState({ role: link.role, room: link.room, problem: null, connection: 'connecting', links: storedLinks(link.room) });
    watchReach(false);
    void measureClock();
    // Clocks drift: measure again every minute, keeping the best recent sample.
    setInterval(() => void measureClock(), 60_000);
    client = openRoomClient(
      { url: syncUrl(origin), room: link.room, role: link.role, key: link.key },
      {
        onConnection: (status) => {
          // Once this device has been online, trying again is being offline: say so, not "connecting".
          const connection = status === 'connecting' && beenOnline ? 'offline' : status;
          if (status === 'online') beenOnline = true;
          if (connection !== state.getState().connection || unreachable === undefined) watchReach(connection === 'online');
          state.setState({ connection });
          if (connection === 'online' && link.role === 'moderator') client?.tell({ type: 'hello', device });
          if (connection !== 'online') {
            serverDevices = [];
            updatePresence();
          }
        },
        onRefused: (reason) => state.setState({ problem: REASONS[reason] ?? 'forbidden' }),
        onMessage: (payload) => {
          const message = payload as { type?: unknown; devices?: unknown };
          if (message?.type === 'presence' && Array.isArray(message.devices)) {
            serverDevices = message.devices as typeof serverDevices;
            updatePresence();
          }
        },
        onAllSent: (allSent) => state.setState({ allSent }),
      },
    );
    const run = client.lists.run!;
    run.observe(onRunChange);
    client.lists.record?.observe(onRecordChange);
    void client.loaded.then(() => {
      ready = true;
      onRunChange();
      // The console that made the room puts its run in it.
      if (made) push(store.getState());
      onRecordChange();
    });
  };

  store.subscribe((current, previous) => {
    if (!params || adopting) return;
    if (current.control !== previous.control) {
      enforceControl(current);
      // A window that gains control (the lock, a takeover) first takes the run the list holds: what it read
      // from storage may be older, and must not be sent as undoing the rest.
      if (store.getState().control === 'controller' && ready) return adopt();
    }
    if (current.log !== previous.log || current.generation !== previous.generation) push(current);
  });

  let samples: TimeSample[] = [];
  const measureClock = async () => {
    for (let i = 0; i < 5; i++) {
      const sample = await sampleServerTime(options.localClock, `${origin}/api/time`);
      if (sample) samples.push(sample);
    }
    const best = bestSample(samples, options.localClock.now());
    samples = best ? [best] : [];
    if (best) {
      options.setOffset(best.offset);
      store.getState().actions.tick();
    }
  };

  return {
    state,
    join,
    takeOver() {
      const list = runList();
      if (!list || params?.role !== 'moderator' || isController() || replica.runs === 0) return;
      const op: ReplicaOp = { ...nextOp(), epoch: replica.epoch + 1, kind: 'takeover', after: replica.last };
      syncedGeneration = store.getState().generation;
      list.append([op]);
    },
    followRecords(store) {
      records = store;
      store.subscribe((current, previous) => {
        if (current.byRun !== previous.byRun) onRecordChange();
      });
      if (ready) onRecordChange();
    },
  };
}

const DEVICE_KEY = 'run-of-show:device';
const LINKS_KEY = 'run-of-show:links';

/** This browser's id in every room: kept in its storage, made once. */
function deviceId(storage: Storage | undefined): string {
  try {
    const known = storage?.getItem(DEVICE_KEY);
    if (known) return known;
    const made = randomId();
    storage?.setItem(DEVICE_KEY, made);
    return made;
  } catch {
    return randomId();
  }
}

/** Links other devices can open: the server's network address when this page was opened on the server's own machine. */
function linkBase(origin: string, addresses: unknown): string {
  const loopback = /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:|$)/.test(origin);
  if (loopback && Array.isArray(addresses)) {
    const lan = addresses.find((a): a is string => typeof a === 'string' && /^https?:\/\//.test(a));
    if (lan) return lan.replace(/\/$/, '');
  }
  return origin;
}

/** The page's sync, from main.tsx: this browser's device, and the room of the page's address if it names one. */
export function openDevices(options: Omit<SyncOptions, 'device' | 'origin' | 'rememberRoom'>): Sync {
  const sync = startSync({
    ...options,
    device: deviceId(options.storage),
    origin: location.origin,
    rememberRoom: (params) => history.replaceState(null, '', roomLink('', '#/', params)),
  });
  const room = roomFromHash(location.hash);
  if (room) sync.join(room);
  return sync;
}
