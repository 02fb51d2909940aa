import { createStore, type StoreApi } from 'zustand/vanilla';
import { isRecordEvent, type RecordEvent } from '../domain/record';
import type { Clock, Instant } from '../domain/units';

export const RECORD_KEY = 'run-of-show:record';

export interface RecordStoreState {
  /** The rapporteur's notes and corrections, by run id. */
  readonly byRun: Readonly<Record<string, readonly RecordEvent[]>>;
  readonly problem: 'unwritable' | null;
  add(runId: string, make: (at: Instant) => RecordEvent): void;
  /** Forgets a run's notes (when the run is deleted from the archive). */
  forget(runId: string): void;
  /** Reads back what another window wrote. */
  reload(): void;
}

export type RecordStore = StoreApi<RecordStoreState>;

function read(storage: Storage | undefined): Record<string, RecordEvent[]> {
  try {
    const data = JSON.parse(storage?.getItem(RECORD_KEY) ?? '{}') as unknown;
    if (typeof data !== 'object' || data === null) return {};
    const out: Record<string, RecordEvent[]> = Object.create(null) as Record<string, RecordEvent[]>;
    for (const [id, events] of Object.entries(data)) if (Array.isArray(events)) out[id] = events.filter(isRecordEvent);
    return out;
  } catch {
    return {};
  }
}

/**
 * The rapporteur's log, apart from the moderator's run log: any window may add to it (the
 * record view), while only the console in control writes the run.
 */
export function createRecordStore({ clock, storage }: { clock: Clock; storage?: Storage }): RecordStore {
  const store = createStore<RecordStoreState>()((set, get) => {
    const write = (byRun: Record<string, readonly RecordEvent[]>) => {
      set({ byRun });
      try {
        storage?.setItem(RECORD_KEY, JSON.stringify(byRun));
        if (get().problem) set({ problem: null });
      } catch {
        set({ problem: 'unwritable' });
      }
    };
    return {
      byRun: read(storage),
      problem: null,
      add: (runId, make) => {
        // Storage is the truth when there is one (another record window may have added to it),
        // unless a write failed: then what this window holds is ahead of it and must not be dropped.
        const latest = storage && get().problem === null ? read(storage) : get().byRun;
        write({ ...latest, [runId]: [...(latest[runId] ?? []), make(clock.now())] });
      },
      forget: (runId) => {
        // As in add: another record window may have written since this one last read.
        const next = { ...(storage && get().problem === null ? read(storage) : get().byRun) };
        delete next[runId];
        write(next);
      },
      reload: () => {
        if (get().problem === null) set({ byRun: read(storage) });
      },
    };
  });
  return store;
}
