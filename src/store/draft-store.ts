import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Agenda } from '../domain/agenda';
import { editAgenda, type AgendaEdit } from '../domain/agenda-edit';

export const DRAFT_KEY = 'run-of-show:draft';
const HISTORY = 200;

export interface DraftState {
  /** The plan being edited; it may be invalid while it is written. */
  readonly draft: Agenda;
  readonly past: readonly Agenda[];
  readonly future: readonly Agenda[];
  edit(edit: AgendaEdit): void;
  /** Replaces the whole draft (a new empty plan, a file loaded), as one step that undo reverts. */
  replace(agenda: Agenda): void;
  undo(): void;
  redo(): void;
}

export type DraftStore = StoreApi<DraftState>;

function readDraft(storage: Storage | undefined): Agenda | null {
  try {
    const data = JSON.parse(storage?.getItem(DRAFT_KEY) ?? 'null') as unknown;
    return data && typeof data === 'object' && Array.isArray((data as Agenda).segments) && Array.isArray((data as Agenda).people)
      ? (data as Agenda)
      : null;
  } catch {
    return null;
  }
}

/** The organizer's draft with undo and redo, kept in the browser between visits. */
export function createDraftStore({ initial, storage }: { initial: Agenda; storage?: Storage }): DraftStore {
  const save = (draft: Agenda) => {
    try {
      storage?.setItem(DRAFT_KEY, JSON.stringify(draft));
    } catch {
      /* kept in memory */
    }
  };
  return createStore<DraftState>()((set, get) => {
    const commit = (next: Agenda) => {
      const { draft, past } = get();
      if (next === draft) return;
      save(next);
      set({ draft: next, past: [...past, draft].slice(-HISTORY), future: [] });
    };
    return {
      draft: readDraft(storage) ?? initial,
      past: [],
      future: [],
      edit: (edit) => commit(editAgenda(get().draft, edit)),
      replace: (agenda) => commit(agenda),
      undo: () => {
        const { draft, past, future } = get();
        const previous = past.at(-1);
        if (!previous) return;
        save(previous);
        set({ draft: previous, past: past.slice(0, -1), future: [draft, ...future] });
      },
      redo: () => {
        const { draft, past, future } = get();
        const next = future[0];
        if (!next) return;
        save(next);
        set({ draft: next, past: [...past, draft], future: future.slice(1) });
      },
    };
  });
}
