/**
 * Keeps the screen awake while the page is visible, taking the lock again whenever the page
 * comes back (browsers release it when hidden). Does nothing where the API is missing.
 */
export function keepScreenAwake(doc: Document = document): () => void {
  const wakeLock = (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> } }).wakeLock;
  if (!wakeLock) return () => {};
  let sentinel: { release(): Promise<void> } | null = null;
  const take = () => {
    if (doc.visibilityState !== 'visible') return;
    wakeLock.request('screen').then(
      (s) => {
        sentinel = s;
      },
      () => {
        /* refused (battery saver, no user gesture): carry on */
      },
    );
  };
  doc.addEventListener('visibilitychange', take);
  take();
  return () => {
    doc.removeEventListener('visibilitychange', take);
    void sentinel?.release().catch(() => {});
  };
}
