import type { Agenda } from '../domain/agenda';
import type { ShowStore } from '../store/show-store';

/** Where the plan view leaves a plan for the console to load. */
export const PROPOSAL_KEY = 'run-of-show:proposal';

/** The plan view sends its plan to the console (in another window, or the next one to open). */
export function proposeAgenda(storage: Storage | undefined, agenda: Agenda, at: number): boolean {
  try {
    storage?.setItem(PROPOSAL_KEY, JSON.stringify({ agenda, at }));
    return true;
  } catch {
    return false;
  }
}

/**
 * The console's side: loads a plan the plan view sent. With a run in progress it asks first
 * (the run is kept in the archive); the running turn is never changed underneath the moderator.
 */
export function followProposals(store: ShowStore, storage: Storage | undefined, confirmLoad: () => boolean): () => void {
  const take = (text: string | null) => {
    if (!text || store.getState().control !== 'controller') return;
    try {
      const { agenda } = JSON.parse(text) as { agenda: unknown };
      if (JSON.stringify(agenda) === JSON.stringify(store.getState().agenda)) return;
      if (store.getState().run.status === 'running' && !confirmLoad()) return;
      if (store.getState().actions.loadAgenda(agenda, 'plan')) storage?.removeItem(PROPOSAL_KEY);
    } catch {
      // A broken proposal is ignored; the plan view validates before sending.
    }
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === PROPOSAL_KEY) take(event.newValue);
  };
  addEventListener('storage', onStorage);
  try {
    take(storage?.getItem(PROPOSAL_KEY) ?? null);
  } catch {
    /* storage blocked */
  }
  return () => removeEventListener('storage', onStorage);
}
