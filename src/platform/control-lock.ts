/**
 * One window in control, through the Web Locks API: take the lock if no other window has it,
 * else follow and wait for it (the browser frees it when the holding tab goes). `takeOver`
 * steals it, which makes the other window follow. Where the API is missing, nothing happens:
 * the window keeps the control it started with.
 */
export function holdControlLock(
  lockName: string,
  { onControl, onFollow }: { readonly onControl: () => void; readonly onFollow: () => void },
): { takeOver(): void; stop(): void } {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  let waiting: AbortController | null = null;
  let release: (() => void) | null = null;

  const becomeController = () => {
    onControl();
    return new Promise<void>((resolve) => {
      release = resolve;
    });
  };
  const wait = () => {
    waiting?.abort();
    const abort = new AbortController();
    waiting = abort;
    locks?.request(lockName, { signal: abort.signal }, becomeController).catch(() => {
      if (!abort.signal.aborted) {
        onFollow();
        wait();
      }
    });
  };
  const follow = () => {
    onFollow();
    wait();
  };
  if (locks) {
    locks
      .request(lockName, { ifAvailable: true }, (lock) => {
        if (lock) return becomeController();
        follow();
        return undefined;
      })
      .catch(follow);
  }
  return {
    takeOver() {
      waiting?.abort();
      waiting = null;
      // Another window may steal it back: follow again.
      locks?.request(lockName, { steal: true }, becomeController).catch(follow);
    },
    stop() {
      waiting?.abort();
      release?.();
    },
  };
}
