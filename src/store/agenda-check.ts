import type * as Validator from '../domain/validate-agenda';

/**
 * The agenda validator, loaded when an agenda is to be checked: a stored run at start, a file, a
 * link, the plan view's proposal. A first visit opens on the seed agenda and never needs it, so the
 * first page does not carry it.
 */
let loaded: typeof Validator | undefined;

export async function loadAgendaCheck(): Promise<typeof Validator> {
  return (loaded ??= await import('../domain/validate-agenda'));
}

/** The validator, if loaded; callers load it first (`loadAgendaCheck`), so its absence is a bug. */
export function agendaCheck(): typeof Validator {
  if (!loaded) throw new Error('The agenda validator is not loaded: await loadAgendaCheck() before checking an agenda.');
  return loaded;
}

/** Whether it is loaded: storage read before it was is read again once it is. */
export const agendaCheckLoaded = (): boolean => loaded !== undefined;
