import type { Agenda } from '../domain/agenda';
import { compilePlan } from '../domain/plan';
import { foldRun, type RunEvent } from '../domain/run';
import { validateAgenda } from '../domain/validate-agenda';
import type { ShowStore } from './show-state';
import { isLoadedAgenda } from './show-store';

/**
 * Takes the run another device controls: its agenda (checked as any loaded agenda; kept when it is
 * the one loaded) and its events. Returns false, keeping everything, when the agenda is invalid.
 * Loaded with the sync code only.
 */
export function followRun(store: ShowStore, agenda: unknown, log: readonly RunEvent[], zoneFor: (agenda: Agenda) => string): boolean {
  const state = store.getState();
  if (isLoadedAgenda(state, agenda)) {
    if (log.length === state.log.length && log.every((event, i) => event === state.log[i])) return true;
    store.setState({ log, run: foldRun(state.plan, log) });
    state.actions.tick();
    return true;
  }
  const result = validateAgenda(agenda);
  if (!result.ok) {
    store.setState({ loadFailure: { source: 'sync', issues: result.errors } });
    return false;
  }
  const plan = compilePlan(result.value.agenda, zoneFor(result.value.agenda));
  store.setState({
    agenda: result.value.agenda,
    plan,
    warnings: result.value.warnings,
    log,
    run: foldRun(plan, log),
    preferredMode: null,
    generation: state.generation + 1,
  });
  state.actions.tick();
  return true;
}
