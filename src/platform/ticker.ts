/**
 * Calls `onTick` when `msUntilNext()` says the display changes next (not on a fixed interval, so
 * the digits flip on the true second), and at once when the page becomes visible again or comes
 * back from the back-forward cache. `reschedule` asks again after something changed.
 */
export function startTicker(onTick: () => void, msUntilNext: () => number, doc: Document = document): { reschedule(): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reschedule = () => {
    clearTimeout(timer);
    timer = setTimeout(wake, msUntilNext());
  };
  const wake = () => {
    onTick();
    reschedule();
  };
  const onVisible = () => {
    if (doc.visibilityState === 'visible') wake();
  };
  doc.addEventListener('visibilitychange', onVisible);
  globalThis.addEventListener?.('pageshow', wake);
  wake();
  return {
    reschedule,
    stop() {
      clearTimeout(timer);
      doc.removeEventListener('visibilitychange', onVisible);
      globalThis.removeEventListener?.('pageshow', wake);
    },
  };
}
