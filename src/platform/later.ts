/**
 * Runs work that the first paint does not need after the page has had its chance to paint:
 * a background task where the browser has a scheduler, else a macrotask.
 */
export function later(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<unknown> } })
    .scheduler;
  if (scheduler?.postTask) void scheduler.postTask(task, { priority: 'background' }).catch(() => {});
  else setTimeout(task, 0);
}

/**
 * Runs `task` (as `later` does) once the page has really painted its first content: a background
 * task alone may run before the browser's next frame and hold that first paint back. In a hidden
 * page, or where paint timing is missing, as `later`; and at the latest a second on, should no
 * paint be reported. (The observer, not `performance`, which a test's fake clock replaces.)
 */
export function afterFirstPaint(task: () => void): void {
  if (
    typeof PerformanceObserver === 'undefined' ||
    !PerformanceObserver.supportedEntryTypes?.includes('paint') ||
    document.visibilityState === 'hidden'
  ) {
    later(task);
    return;
  }
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    later(task);
  };
  // Buffered: a paint that came before this call is delivered too.
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) run();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(run, 1000);
}
