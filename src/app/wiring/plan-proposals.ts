import { loadAgendaCheck } from '../../store/agenda-check';
import { PROPOSAL_KEY } from '../../platform/agenda-proposal';
import { onStorageKey } from '../../platform/storage-events';
import type { ShowStore } from '../../store/show-state';
import { isLoadedAgenda } from '../../store/show-store';

/**
 * The console's side: loads a plan the plan view sent. With a run in progress it asks first
 * (the run is kept in the archive); the running turn is never changed underneath the moderator.
 */
export function followProposals(store: ShowStore, storage: Storage | undefined, confirmLoad: () => boolean): () => void {
  const take = (text: string | null) => {
    if (!text || store.getState().control !== 'controller') return;
    // The proposal is checked like any agenda: with the validator, loaded first.
    void loadAgendaCheck().then(() => propose(text));
  };
  const propose = (text: string) => {
    if (store.getState().control !== 'controller') return;
    try {
      const { agenda } = JSON.parse(text) as { agenda: unknown };
      if (isLoadedAgenda(store.getState(), agenda)) return;
      if (store.getState().run.status === 'running' && !confirmLoad()) return;
      if (store.getState().actions.loadAgenda(agenda, 'plan')) storage?.removeItem(PROPOSAL_KEY);
    } catch {
      // A broken proposal is ignored; the plan view validates before sending.
    }
  };
  const stop = onStorageKey(PROPOSAL_KEY, take);
  try {
    take(storage?.getItem(PROPOSAL_KEY) ?? null);
  } catch {
    /* storage blocked */
  }
  return stop;
}
