import { countdownSeconds, signalFor, type Signal } from '../../domain/projection';
import { displayName } from '../../domain/agenda';
import { formatCountdown } from '../../platform/format';
import { selectProjection } from '../../store/selectors';
import type { ShowStore } from '../../store/show-state';

/**
 * Puts the turn countdown in the tab's title, and in the window in control plays a cue when
 * the turn's signal reaches wrap-up, final or over time (if sound is on).
 */
export function followTitleAndCues(store: ShowStore, appName: string, rehearsalPrefix = 'Rehearsal', doc: Document = document): () => void {
  let lastTitle = '';
  let lastSignal: Signal | null = null;
  let lastTurn: string | null = null;
  const update = () => {
    const state = store.getState();
    const projection = selectProjection(state);
    const seconds = countdownSeconds(projection.turnRemaining);
    const person = projection.speakerId ? state.plan.personById[projection.speakerId] : undefined;
    const title =
      state.run.status === 'running'
        ? `${formatCountdown(seconds)} · ${person ? displayName(person) : state.plan.title} · ${appName}`
        : `${state.plan.title} · ${appName}`;
    const marked = state.rehearsal ? `${rehearsalPrefix} · ${title}` : title;
    if (marked !== lastTitle) {
      doc.title = marked;
      lastTitle = marked;
    }
    const signal = state.run.status === 'running' && state.run.activity === 'speaking' ? signalFor(seconds, state.plan) : null;
    if (
      projection.turnId === lastTurn &&
      signal &&
      signal !== lastSignal &&
      signal !== 'normal' &&
      state.soundOn &&
      state.control === 'controller'
    ) {
      const cue = signal;
      void import('../../platform/audio-cues').then(({ playCue }) => playCue(cue));
    }
    if (projection.turnId !== lastTurn || signal !== null) lastSignal = signal;
    lastTurn = projection.turnId;
  };
  update();
  return store.subscribe(update);
}
