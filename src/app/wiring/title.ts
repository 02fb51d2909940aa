import { countdownSeconds } from '../../domain/projection';
import { displayName } from '../../domain/agenda';
import { formatCountdown } from '../../platform/format';
import { selectProjection } from '../../store/selectors';
import type { ShowStore } from '../../store/show-state';

/** Keeps the tab's title: the turn countdown and who speaks while a run goes on, else the panel's title. */
export function followTitle(store: ShowStore, appName: string, rehearsalPrefix = 'Rehearsal', doc: Document = document): () => void {
  let lastTitle = '';
  const update = () => {
    const state = store.getState();
    const projection = selectProjection(state);
    const person = projection.speakerId ? state.plan.personById[projection.speakerId] : undefined;
    const title =
      state.run.status === 'running'
        ? `${formatCountdown(countdownSeconds(projection.turnRemaining))} · ${person ? displayName(person) : state.plan.title} · ${appName}`
        : `${state.plan.title} · ${appName}`;
    const marked = state.rehearsal ? `${rehearsalPrefix} · ${title}` : title;
    if (marked !== lastTitle) {
      doc.title = marked;
      lastTitle = marked;
    }
  };
  update();
  return store.subscribe(update);
}
