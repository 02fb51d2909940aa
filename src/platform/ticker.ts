import { msUntilDisplayChanges } from '../domain/projection';
import { selectProjection, type ShowStore } from '../store/show-store';

/**
 * Drives `now`: wakes when the next displayed second changes (not on a fixed interval, so the
 * digits flip on the true second), and at once when the page becomes visible again.
 * Returns a function that stops it.
 */
export function startTicker(store: ShowStore, doc: Document = document, speed: () => number = () => 1): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    const state = store.getState();
    const delay = msUntilDisplayChanges(selectProjection(state), state.now);
    // On a rehearsal's simulated clock a simulated second passes in 1/speed of a real one. Rounded
    // up to a whole millisecond, so the wake lands on or just after the change, never just before.
    timer = setTimeout(wake, Math.ceil(delay / speed()));
  };
  const wake = () => {
    store.getState().actions.tick();
    schedule();
  };
  const onVisible = () => {
    if (doc.visibilityState === 'visible') wake();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.run !== previous.run || state.preferredMode !== previous.preferredMode) schedule();
  });
  doc.addEventListener('visibilitychange', onVisible);
  globalThis.addEventListener?.('pageshow', wake);
  wake();
  return () => {
    clearTimeout(timer);
    unsubscribe();
    doc.removeEventListener('visibilitychange', onVisible);
    globalThis.removeEventListener?.('pageshow', wake);
  };
}
