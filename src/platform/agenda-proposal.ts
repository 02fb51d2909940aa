import type { Agenda } from '../domain/agenda';

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
