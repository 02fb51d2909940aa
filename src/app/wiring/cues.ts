import { countdownSeconds, signalFor, type Signal } from '../../domain/projection';
import { selectProjection } from '../../store/selectors';
import type { ShowStore } from '../../store/show-state';

/** In the window in control, a cue when the turn's signal reaches wrap-up, final or over time (if sound is on). */
export function followCues(store: ShowStore): () => void {
  let lastSignal: Signal | null = null;
  let lastTurn: string | null = null;
  const update = () => {
    const state = store.getState();
    const projection = selectProjection(state);
    const seconds = countdownSeconds(projection.turnRemaining);
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
