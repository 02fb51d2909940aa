import { systemClock } from './clock';
import { LOCK, LOST_AFTER, openChannel, type LinkMessage as Message, type LinkStatus } from './console-link';

type Listener = () => void;

/**
 * The stage view's side: connected while a console holds control and has been heard from
 * recently; lost as soon as it closes (its lock is freed) or after LOST_AFTER of silence.
 */
export function watchConsole(now: () => number = systemClock.now, lockName: string = LOCK, channelName?: string) {
  const channel = openChannel(channelName);
  const listeners = new Set<Listener>();
  let status: LinkStatus = 'lost';
  let lastHeard = Number.NEGATIVE_INFINITY;
  let held = typeof navigator !== 'undefined' && navigator.locks ? false : true;

  const update = () => {
    const next: LinkStatus = held && now() - lastHeard <= LOST_AFTER ? 'connected' : 'lost';
    if (next !== status) {
      status = next;
      listeners.forEach((l) => l());
    }
  };
  const checkLock = async () => {
    if (typeof navigator === 'undefined' || !navigator.locks) return;
    const snapshot = await navigator.locks.query();
    held = (snapshot.held ?? []).some((lock) => lock.name === lockName);
    update();
  };
  if (channel) {
    channel.onmessage = (event: MessageEvent<Message>) => {
      if (event.data?.type === 'alive') {
        lastHeard = Math.max(lastHeard, event.data.at);
        held = true;
        void checkLock();
      }
      if (event.data?.type === 'bye') {
        lastHeard = Number.NEGATIVE_INFINITY;
      }
      update();
    };
  }
  const timer = setInterval(() => {
    void checkLock();
    update();
  }, 1000);
  channel?.postMessage({ type: 'hello' } satisfies Message);
  void checkLock();
  return {
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => status,
    stop() {
      clearInterval(timer);
      channel?.close();
      listeners.clear();
    },
  };
}
