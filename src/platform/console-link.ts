import type { ShowStore } from '../store/show-store';

/** Held by the console in control for as long as it lives; the browser frees it when the tab goes. */
export const LOCK = 'run-of-show:console';
export const CHANNEL = 'run-of-show:link';
const ALIVE_EVERY = 1000;
/** A stage view says it has lost the console when nothing was heard for this long. */
export const LOST_AFTER = 3500;

export type LinkMessage = { readonly type: 'alive'; readonly at: number } | { readonly type: 'bye' } | { readonly type: 'hello' };
type Message = LinkMessage;

export type LinkStatus = 'connected' | 'lost';

export function openChannel(name: string = CHANNEL): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
}

/** A rehearsal's console has a lock and a channel of its own, so it never takes control from the live one. */
export const REHEARSAL_LINK = { lock: `${LOCK}:rehearsal`, channel: `${CHANNEL}:rehearsal` } as const;

/**
 * The console's side: take control if no other window has it, else follow and wait (the user
 * may take over, which makes the other window yield). While in control, say so every second.
 */
export function holdConsole(store: ShowStore, lockName: string = LOCK, channelName: string = CHANNEL): { takeOver(): void; stop(): void } {
  const channel = openChannel(channelName);
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  let waiting: AbortController | null = null;
  let release: (() => void) | null = null;
  const actions = () => store.getState().actions;

  const becomeController = () => {
    actions().reload();
    actions().setControl('controller');
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
        actions().setControl('follower');
        wait();
      }
    });
  };
  const takeOver = () => {
    waiting?.abort();
    waiting = null;
    locks?.request(lockName, { steal: true }, becomeController).catch(() => {
      // Another window stole it back: follow again.
      actions().setControl('follower');
      wait();
    });
  };

  if (locks) {
    locks
      .request(lockName, { ifAvailable: true }, (lock) => {
        if (lock) return becomeController();
        actions().setControl('follower');
        wait();
        return undefined;
      })
      .catch(() => {
        actions().setControl('follower');
        wait();
      });
  }

  const post = (message: Message) => channel?.postMessage(message);
  const alive = () => {
    if (store.getState().control === 'controller') post({ type: 'alive', at: Date.now() });
  };
  const timer = setInterval(alive, ALIVE_EVERY);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.control !== previous.control || state.log !== previous.log) alive();
  });
  const bye = () => {
    if (store.getState().control === 'controller') post({ type: 'bye' });
  };
  // A stage view that opens asks at once instead of waiting for the next beat.
  if (channel)
    channel.onmessage = (event: MessageEvent<Message>) => {
      if (event.data?.type === 'hello') alive();
    };
  addEventListener('pagehide', bye);
  alive();
  return {
    takeOver,
    stop() {
      clearInterval(timer);
      unsubscribe();
      removeEventListener('pagehide', bye);
      waiting?.abort();
      release?.();
      channel?.close();
    },
  };
}
