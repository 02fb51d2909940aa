import type { Agenda } from '../domain/agenda';
import { compilePlan } from '../domain/plan';
import { foldRun, type AnchorMode, type RunEvent } from '../domain/run';
import { agendaCheck, agendaCheckLoaded, loadAgendaCheck } from './agenda-check';
import type { Clock } from '../domain/units';
import type { ShowState, ShowStore, StorageProblem } from './show-state';

/**
 * Our own persistence rather than zustand's `persist` middleware: the same versioning and
 * migrations, plus what the middleware leaves to us anyway (faults reported instead of thrown,
 * a newer version left untouched, only the window in control writing, unchanged state not
 * written at all), for fewer bytes on the first page.
 */

export const STORAGE_KEY = 'run-of-show';
/** The shape of what is persisted; bump it with a migration step in `migrations`. */
export const STORAGE_VERSION = 2;

/** What storage holds: the persisted state and its version. */
interface StorageValue<T> {
  readonly state: T;
  readonly version: number;
}

interface Persisted {
  readonly agenda: Agenda;
  readonly log: readonly RunEvent[];
  readonly preferredMode: AnchorMode | null;
  /** Since version 2. */
  readonly soundOn: boolean;
}

/** Steps from version N to N + 1. Each old version has a frozen fixture in tests/unit/fixtures. */
const migrations: Record<number, (state: unknown) => unknown> = {
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

/** A storage adapter that reports faults instead of throwing, and skips identical writes. */
function guardedStorage(storage: Storage, onProblem: (problem: StorageProblem) => void, writable: () => boolean) {
  let lastWritten: string | null = null;
  let lastState: Persisted | null = null;
  // Every tick sets state; skip even the JSON when none of the persisted fields changed.
  const unchanged = (state: Persisted) =>
    lastState !== null && (Object.keys(state) as (keyof Persisted)[]).every((key) => state[key] === lastState![key]);
  return {
    getItem(name: string): StorageValue<unknown> | null {
      let text: string | null;
      try {
        text = storage.getItem(name);
      } catch {
        onProblem('unwritable');
        return null;
      }
      if (text === null) return null;
      try {
        const value = JSON.parse(text) as StorageValue<unknown>;
        if (typeof value !== 'object' || value === null || typeof value.version !== 'number') throw new Error('shape');
        lastWritten = text;
        return value;
      } catch {
        onProblem('corrupt');
        return null;
      }
    },
    setItem(name: string, value: StorageValue<Persisted>): void {
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
  };
}

/**
 * Keeps the run in storage: read at once (migrated one version at a time, validated), and
 * written on every change by the window in control. A file from a newer version is left as
 * it is; a broken one is reported and the run goes on in memory.
 */
export function attachStorage(
  store: ShowStore,
  storage: Storage,
  { key, clock, zoneFor }: { readonly key: string; readonly clock: Clock; readonly zoneFor: (agenda: Agenda) => string },
): void {
  let writesBlocked = false;
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
    const stored = adapter.getItem(key);
    if (!stored) return;
    if (stored.version > STORAGE_VERSION) {
      writesBlocked = true;
      report('future');
      return;
    }
    // Storage holds exactly what the store holds (this window wrote it, as when the console takes the
    // control lock just after it starts): nothing to check or rebuild. Any other content is validated.
    if (stored.version === STORAGE_VERSION && JSON.stringify(stored.state) === JSON.stringify(partialize(store.getState()))) {
      store.setState({ now: clock.now() });
      return;
    }
    // What another window wrote, read before the validator was needed: read again once it is loaded.
    if (!agendaCheckLoaded()) {
      void loadAgendaCheck().then(hydrate);
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
  const { validateAgenda, isRunEvent } = agendaCheck();
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

/** Whether storage holds a run with at least one event under `key` (read before a store exists). */
export function hasStoredRun(storage: Storage | undefined, key: string): boolean {
  try {
    const value = JSON.parse(storage?.getItem(key) ?? '{}') as { state?: { log?: unknown } };
    return Array.isArray(value.state?.log) && value.state.log.length > 0;
  } catch {
    return false;
  }
}

/**
 * The agenda kept under the first of `keys` that holds one: a stored run (`{ state: { agenda } }`)
 * or a bare agenda (the organizer's draft). Unchecked: it goes through `loadAgenda`.
 */
export function storedAgenda(storage: Storage | undefined, keys: readonly string[]): unknown {
  for (const key of keys) {
    try {
      const text = storage?.getItem(key);
      if (!text) continue;
      const data = JSON.parse(text) as { state?: { agenda?: unknown } } | null;
      if (data && typeof data === 'object') return data.state?.agenda ?? data;
    } catch {
      // Unreadable: try the next one.
    }
  }
  return undefined;
}
