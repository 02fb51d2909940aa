import { msUntilDisplayChanges } from '../../domain/projection';
import { startTicker } from '../../platform/ticker';
import { selectProjection } from '../../store/selectors';
import type { ShowStore } from '../../store/show-state';

/**
 * Drives the store's `now`: a tick when the next displayed second changes, rescheduled whenever
 * the run changes. Returns a function that stops it.
 */
export function driveTicker(store: ShowStore, speed: () => number = () => 1, doc: Document = document): () => void {
  const ticker = startTicker(
    () => store.getState().actions.tick(),
    () => {
      const state = store.getState();
      // On a rehearsal's simulated clock a simulated second passes in 1/speed of a real one. Rounded
      // up to a whole millisecond, so the wake lands on or just after the change, never just before.
      return Math.ceil(msUntilDisplayChanges(selectProjection(state), state.now) / speed());
    },
    doc,
  );
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.run !== previous.run || state.preferredMode !== previous.preferredMode) ticker.reschedule();
  });
  return () => {
    unsubscribe();
    ticker.stop();
  };
}
