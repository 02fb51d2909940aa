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
