import type { isRunEvent } from '../domain/run-log';
import type * as AgendaValidator from '../domain/validate-agenda';

/** The agenda validator, and the check of a stored log's events, which is only needed with it. */
type Validator = typeof AgendaValidator & { readonly isRunEvent: typeof isRunEvent };

/**
 * The agenda validator, loaded when an agenda is to be checked: a stored run at start, a file, a
 * link, the plan view's proposal. A first visit opens on the seed agenda and never needs it, so the
 * first page does not carry it. A stored run's events are checked with it (`isRunEvent`).
 */
let loaded: Validator | undefined;

export async function loadAgendaCheck(): Promise<Validator> {
  if (loaded) return loaded;
  const [agenda, events] = await Promise.all([import('../domain/validate-agenda'), import('../domain/run-log')]);
  return (loaded ??= { ...agenda, isRunEvent: events.isRunEvent });
}

/** The validator, if loaded; callers load it first (`loadAgendaCheck`), so its absence is a bug. */
export function agendaCheck(): Validator {
  if (!loaded) throw new Error('The agenda validator is not loaded: await loadAgendaCheck() before checking an agenda.');
  return loaded;
}

/** Whether it is loaded: storage read before it was is read again once it is. */
export const agendaCheckLoaded = (): boolean => loaded !== undefined;
