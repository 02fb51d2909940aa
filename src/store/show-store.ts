import { createStore, type StoreApi } from 'zustand/vanilla';

/** What storage holds: the persisted state and its version. */
interface StorageValue<T> {
  readonly state: T;
  readonly version: number;
}

interface PersistStorage<T> {
  getItem(name: string): StorageValue<T> | null;
  setItem(name: string, value: StorageValue<T>): void;
  removeItem(name: string): void;
}
import type { Agenda } from '../domain/agenda';
import { AUDIENCE, compilePlan, type Plan } from '../domain/plan';
import { project, suggestedAnchorMode, type Projection } from '../domain/projection';
import { applyEvent, foldRun, initialRun, type AnchorMode, type RunEvent, type RunState } from '../domain/run';
import { isRunEvent } from '../domain/run-log';
import { deviceTimeZone } from '../platform/clock';
import type { RebalanceProposal, proposeRebalance, rebalanceEvent, rebalanceItems } from '../domain/rebalance';

interface Rebalancer {
  readonly proposeRebalance: typeof proposeRebalance;
  readonly rebalanceItems: typeof rebalanceItems;
  readonly rebalanceEvent: typeof rebalanceEvent;
}
let rebalancer: Rebalancer | null = null;
/**
 * The rebalancer loads just after the first page (it is only needed once the plan stops
 * fitting); until then no offer is made. Resolves when it is there.
 */
export const rebalancerReady: Promise<void> = new Promise<void>((resolve) => {
  // Asked for after the first paint (a background task where there is a scheduler).
  const load = () =>
    void import('../domain/rebalance').then((module) => {
      rebalancer = module;
      resolve();
    });
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<unknown> } })
    .scheduler;
  if (scheduler?.postTask) void scheduler.postTask(load, { priority: 'background' }).catch(load);
  else load();
});
import { parseAgendaText, validateAgenda, type AgendaIssue } from '../domain/validate-agenda';
import { millis, minutesToMillis, type Instant } from '../domain/units';

/** Where `now` comes from: the system clock live, a fake one in tests. */
export interface Clock {
  now(): Instant;
}

export type StorageProblem = 'corrupt' | 'future' | 'unwritable';

/**
 * Who may change the run from this window: the console in control, a console that another
 * window controls (it follows and may take over), or a view that only follows (the stage).
 */
export type Control = 'controller' | 'follower' | 'viewer';

export interface LoadFailure {
  /** Where the file came from: its name or URL. */
  readonly source: string;
  readonly issues: readonly AgendaIssue[];
}

export interface ShowState {
  readonly agenda: Agenda;
  readonly plan: Plan;
  readonly warnings: readonly AgendaIssue[];
  /** The run as an append-only log: the single source of truth for the live state. */
  readonly log: readonly RunEvent[];
  readonly run: RunState;
  readonly now: Instant;
  /** The moderator's choice before the start; null follows the suggestion. */
  readonly preferredMode: AnchorMode | null;
  readonly loadFailure: LoadFailure | null;
  readonly storageProblem: StorageProblem | null;
  readonly control: Control;
  /** A rehearsal on a simulated clock, with its speed; null for the live run. */
  readonly rehearsal: { readonly speed: number } | null;
  /** Sound cues at wrap-up, final and over time; off by default. */
  readonly soundOn: boolean;
  /** The log length at which the moderator dismissed a rebalance offer. */
  readonly rebalanceDismissedAt: number | null;
  readonly actions: ShowActions;
}

export interface ShowActions {
  /** Reads the clock; the ticker calls this. */
  tick(): void;
  start(): void;
  /** Space: start, pause or resume. */
  toggle(): void;
  next(): void;
  toggleInterjection(): void;
  adjustTime(seconds: number): void;
  skip(turnId: string): void;
  move(turnId: string, toPosition: number): void;
  insert(speakerId: string, minutes: number, when: 'now' | 'next'): void;
  end(): void;
  undo(): void;
  /** R: accepts the rebalance on offer at this moment, as one run event. */
  acceptRebalance(): void;
  /** Hides the offer until the run changes. */
  dismissRebalance(): void;
  sendMessage(text: string): void;
  clearMessage(): void;
  setSoundOn(on: boolean): void;
  toggleSound(): void;
  setControl(control: Control): void;
  /** Reads the run back from storage (another window wrote it). */
  reload(): void;
  /** Clears the run (it is kept in the archive) for a new one on the same agenda. */
  newRun(): void;
  setPreferredMode(mode: AnchorMode | null): void;
  /** Replaces the agenda (and starts a fresh run) when the file is valid; otherwise keeps everything and reports. */
  loadAgenda(data: unknown, source: string): boolean;
  /** The same from a file's text: size cap and JSON parse first. */
  loadAgendaText(text: string, source: string): boolean;
  reportLoadFailure(failure: LoadFailure): void;
  dismissLoadFailure(): void;
}

export const STORAGE_KEY = 'run-of-show';
/** The shape of what is persisted; bump it with a migration step in `migrations`. */
export const STORAGE_VERSION = 2;

interface Persisted {
  readonly agenda: Agenda;
  readonly log: readonly RunEvent[];
  readonly preferredMode: AnchorMode | null;
  /** Since version 2. */
  readonly soundOn: boolean;
}

/** Steps from version N to N + 1. Each old version has a frozen fixture in tests/unit/fixtures. */
export const migrations: Record<number, (state: unknown) => unknown> = {
  // Version 2 keeps the sound cue preference; version 1 had none, so cues stay off.
  1: (state) => ({ ...(state as object), soundOn: false }),
};

/** Brings persisted state up to STORAGE_VERSION one step at a time; null when it cannot. */
export function migratePersisted(state: unknown, version: number): unknown {
  let current = state;
  for (let v = version; v < STORAGE_VERSION; v++) {
    const step = migrations[v];
    if (!step) return null;
    current = step(current);
  }
  return current;
}

export interface ShowStoreOptions {
  readonly clock: Clock;
  readonly agenda: Agenda;
  /** Where the run is kept; omit for a store that lives in memory only. */
  readonly storage?: Storage;
  readonly deviceTimeZone?: string;
  /** Who may change the run from this window; the console starts as controller. */
  readonly control?: Control;
  /** Where the run is kept: rehearsals keep theirs apart from the live run. */
  readonly storageKey?: string;
  /** Set for a rehearsal: the simulated clock's speed, shown everywhere so it is never taken for the live run. */
  readonly rehearsal?: { readonly speed: () => number };
}

export type ShowStore = StoreApi<ShowState> & {
  /** Present when the store keeps the run in storage: reads back what another window wrote. */
  persist?: { rehydrate(): void };
};

/** A storage adapter that reports faults instead of throwing, and skips identical writes. */
function guardedStorage(
  storage: Storage,
  onProblem: (problem: StorageProblem) => void,
  writable: () => boolean,
): PersistStorage<Persisted> {
  let lastWritten: string | null = null;
  let lastState: Persisted | null = null;
  // Every tick sets state; skip even the JSON when none of the persisted fields changed.
  const unchanged = (state: Persisted) =>
    lastState !== null && (Object.keys(state) as (keyof Persisted)[]).every((key) => state[key] === lastState![key]);
  return {
    getItem(name) {
      let text: string | null;
      try {
        text = storage.getItem(name);
      } catch {
        onProblem('unwritable');
        return null;
      }
      if (text === null) return null;
      try {
        const value = JSON.parse(text) as StorageValue<Persisted>;
        if (typeof value !== 'object' || value === null || typeof value.version !== 'number') throw new Error('shape');
        lastWritten = text;
        return value;
      } catch {
        onProblem('corrupt');
        return null;
      }
    },
    setItem(name, value) {
      if (!writable() || unchanged(value.state)) return;
      const text = JSON.stringify(value);
      if (text === lastWritten) {
        lastState = value.state;
        return;
      }
      try {
        storage.setItem(name, text);
        lastWritten = text;
        lastState = value.state;
      } catch {
        onProblem('unwritable');
      }
    },
    removeItem(name) {
      try {
        storage.removeItem(name);
      } catch {
        onProblem('unwritable');
      }
    },
  };
}

/** Builds the app's one store over the domain. Each test builds its own. */
export function createShowStore(options: ShowStoreOptions): ShowStore {
  const { clock } = options;
  // Asking the device for its zone costs a first Intl call; only agendas without a zone need it.
  let knownZone = options.deviceTimeZone;
  const zoneFor = (agenda: Agenda) => agenda.timeZone ?? (knownZone ??= deviceTimeZone());
  let writesBlocked = false;

  const fresh = (agenda: Agenda, warnings: readonly AgendaIssue[]) => {
    const plan = compilePlan(agenda, zoneFor(agenda));
    return { agenda, plan, warnings, log: [] as readonly RunEvent[], run: initialRun(plan) };
  };

  const creator = (set: StoreApi<ShowState>['setState'], get: StoreApi<ShowState>['getState'], api: StoreApi<ShowState>): ShowState => {
    const record = (make: (at: Instant) => RunEvent | null) => {
      const now = clock.now();
      // Only the window in control changes the run: nothing is written twice or lost in a handover.
      if (get().control !== 'controller') {
        set({ now });
        return;
      }
      const { plan, run, log } = get();
      const event = make(now);
      if (!event) {
        set({ now });
        return;
      }
      const next = applyEvent(plan, run, event);
      if (next === run) {
        set({ now });
        return;
      }
      set({ now, log: [...log, event], run: next });
    };
    let insertions = 0;
    return {
      ...fresh(options.agenda, []),
      now: clock.now(),
      preferredMode: null,
      loadFailure: null,
      storageProblem: null,
      rebalanceDismissedAt: null,
      control: options.control ?? 'controller',
      rehearsal: options.rehearsal ? { speed: options.rehearsal.speed() } : null,
      soundOn: false,
      actions: {
        tick: () => set(options.rehearsal ? { now: clock.now(), rehearsal: { speed: options.rehearsal.speed() } } : { now: clock.now() }),
        start: () => record((at) => ({ type: 'sessionStarted', at, mode: get().preferredMode ?? suggestedAnchorMode(get().plan, at) })),
        toggle: () => {
          const { run } = get();
          if (run.status === 'ready') get().actions.start();
          else record((at) => ({ type: run.activity === 'paused' ? 'resumed' : 'paused', at }));
        },
        next: () => record((at) => ({ type: 'turnAdvanced', at })),
        toggleInterjection: () =>
          record((at) => ({ type: get().run.activity === 'interjecting' ? 'interjectionEnded' : 'interjectionStarted', at })),
        adjustTime: (seconds) => record((at) => ({ type: 'timeAdjusted', at, by: millis(seconds * 1000) })),
        skip: (turnId) => record((at) => ({ type: 'turnSkipped', at, turnId })),
        move: (turnId, toPosition) => record((at) => ({ type: 'turnMoved', at, turnId, toPosition })),
        insert: (speakerId, minutes, when) =>
          record((at) => {
            if (speakerId !== AUDIENCE && !get().plan.personById[speakerId]) return null;
            if (!(minutes > 0)) return null;
            insertions += 1;
            const id = `inserted-${get().log.length}-${insertions}`;
            return { type: 'turnInserted', at, when, turn: { id, speakerId, allotted: minutesToMillis(minutes) } };
          }),
        end: () => record((at) => ({ type: 'sessionEnded', at })),
        acceptRebalance: () =>
          record((at) => {
            const state = get();
            if (state.rebalanceDismissedAt === state.log.length) return null;
            const proposal = selectRebalance({ ...state, now: at });
            return proposal && rebalancer && proposal.changes.length > 0 ? rebalancer.rebalanceEvent(proposal, at) : null;
          }),
        dismissRebalance: () => set({ rebalanceDismissedAt: get().log.length }),
        sendMessage: (text) => record((at) => ({ type: 'messageSent', at, text: text.trim() })),
        clearMessage: () => record((at) => ({ type: 'messageCleared', at })),
        setSoundOn: (on) => set({ soundOn: on }),
        toggleSound: () => set({ soundOn: !get().soundOn }),
        setControl: (control) => set({ control }),
        newRun: () => {
          if (get().control !== 'controller' || get().log.length === 0) return;
          const { agenda, warnings } = get();
          set({ ...fresh(agenda, warnings), now: clock.now(), rebalanceDismissedAt: null });
        },
        reload: () => {
          (api as ShowStore).persist?.rehydrate();
        },
        undo: () => {
          const { log, plan } = get();
          if (log.length === 0) return;
          const shorter = log.slice(0, -1);
          set({ now: clock.now(), log: shorter, run: foldRun(plan, shorter) });
        },
        setPreferredMode: (mode) => {
          if (get().run.status === 'ready') set({ preferredMode: mode });
        },
        loadAgenda: (data, source) => {
          if (get().control !== 'controller') return false;
          const result = validateAgenda(data);
          if (!result.ok) {
            set({ loadFailure: { source, issues: result.errors } });
            return false;
          }
          set({ ...fresh(result.value.agenda, result.value.warnings), loadFailure: null, preferredMode: null, now: clock.now() });
          return true;
        },
        loadAgendaText: (text, source) => {
          if (get().control !== 'controller') return false;
          const result = parseAgendaText(text);
          if (!result.ok) {
            set({ loadFailure: { source, issues: result.errors } });
            return false;
          }
          set({ ...fresh(result.value.agenda, result.value.warnings), loadFailure: null, preferredMode: null, now: clock.now() });
          return true;
        },
        reportLoadFailure: (failure) => set({ loadFailure: failure }),
        dismissLoadFailure: () => set({ loadFailure: null }),
      },
    };
  };

  const store = createStore<ShowState>()((set, get, api) => creator(set, get, api)) as ShowStore;
  // Once the rebalancer is there, let views ask again rather than wait for the next tick.
  if (!rebalancer) void rebalancerReady.then(() => store.setState({ now: clock.now() }));
  if (options.storage) attachStorage(options.storage);
  return store;

  /**
   * Keeps the run in storage: read at once (migrated one version at a time, validated), and
   * written on every change by the window in control. A file from a newer version is left as
   * it is; a broken one is reported and the run goes on in memory.
   */
  function attachStorage(storage: Storage): void {
    const key = options.storageKey ?? STORAGE_KEY;
    let reporting = false;
    const report = (problem: StorageProblem) => {
      if (reporting || store.getState().storageProblem === problem) return;
      reporting = true;
      store.setState({ storageProblem: problem });
      reporting = false;
    };
    // Only the window in control writes: a follower never overwrites the run with what it last saw.
    const adapter = guardedStorage(storage, report, () => !writesBlocked && store.getState().control === 'controller');
    const write = () => adapter.setItem(key, { state: partialize(store.getState()), version: STORAGE_VERSION });
    const hydrate = () => {
      const stored = adapter.getItem(key) as StorageValue<unknown> | null;
      if (!stored) return;
      if (stored.version > STORAGE_VERSION) {
        writesBlocked = true;
        report('future');
        return;
      }
      const migrated = stored.version === STORAGE_VERSION ? stored.state : migratePersisted(stored.state, stored.version);
      const restored = migrated === null ? null : restore(migrated, zoneFor);
      if (!restored) {
        report('corrupt');
        return;
      }
      // Read the clock too: what another window wrote is shown against this moment, not the last tick.
      store.setState({ ...restored, now: clock.now() });
      if (stored.version !== STORAGE_VERSION) write();
    };
    hydrate();
    store.subscribe(write);
    store.persist = { rehydrate: hydrate };
  }
}

function partialize(state: ShowState): Persisted {
  return { agenda: state.agenda, log: state.log, preferredMode: state.preferredMode, soundOn: state.soundOn };
}

/** Rebuilds agenda, plan and run from what storage held; null when it does not make sense. */
function restore(
  persisted: unknown,
  zoneFor: (agenda: Agenda) => string,
): Pick<ShowState, 'agenda' | 'plan' | 'warnings' | 'log' | 'run' | 'preferredMode' | 'soundOn'> | null {
  if (typeof persisted !== 'object' || persisted === null) return null;
  const { agenda, log, preferredMode, soundOn } = persisted as Partial<Persisted>;
  const checked = validateAgenda(agenda);
  if (!checked.ok || !Array.isArray(log) || !log.every(isRunEvent)) return null;
  const plan = compilePlan(checked.value.agenda, zoneFor(checked.value.agenda));
  return {
    agenda: checked.value.agenda,
    plan,
    warnings: checked.value.warnings,
    log,
    run: foldRun(plan, log),
    preferredMode: preferredMode === 'scheduled' || preferredMode === 'now' ? preferredMode : null,
    soundOn: soundOn === true,
  };
}

let rebalanceCache: { plan: Plan; run: RunState; deltaSeconds: number; mode: AnchorMode | null; value: RebalanceProposal | null } | null =
  null;

/** The rebalance on offer, if any: recomputed when the projected end moves by a whole second. */
export function selectRebalance(state: ShowState): RebalanceProposal | null {
  const projection = selectProjection(state);
  if (state.run.status === 'ended') return null;
  const deltaSeconds = Math.round(projection.endDelta / 1000);
  const c = rebalanceCache;
  if (c && c.plan === state.plan && c.run === state.run && c.deltaSeconds === deltaSeconds && c.mode === state.preferredMode)
    return c.value;
  if (!rebalancer) return null;
  const value = rebalancer.proposeRebalance(rebalancer.rebalanceItems(state.plan, state.run), projection.endDelta);
  rebalanceCache = { plan: state.plan, run: state.run, deltaSeconds, mode: state.preferredMode, value };
  return value;
}

let cache: { plan: Plan; run: RunState; now: Instant; mode: AnchorMode | null; value: Projection } | null = null;

/** The projection for the state; computed once per tick however many components ask. */
export function selectProjection(state: ShowState): Projection {
  if (cache && cache.plan === state.plan && cache.run === state.run && cache.now === state.now && cache.mode === state.preferredMode)
    return cache.value;
  const value = project(state.plan, state.run, state.now, state.preferredMode ?? suggestedAnchorMode(state.plan, state.now));
  cache = { plan: state.plan, run: state.run, now: state.now, mode: state.preferredMode, value };
  return value;
}
