import { systemClock } from './clock';

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
 * The console's side of the link: while `inControl()`, says so every second and whenever
 * `alive()` is called; says goodbye when the page goes; answers a stage view that says hello.
 */
export function announceConsole(inControl: () => boolean, channelName: string = CHANNEL): { alive(): void; stop(): void } {
  const channel = openChannel(channelName);
  const post = (message: Message) => channel?.postMessage(message);
  const alive = () => {
    if (inControl()) post({ type: 'alive', at: systemClock.now() });
  };
  const bye = () => {
    if (inControl()) post({ type: 'bye' });
  };
  const timer = setInterval(alive, ALIVE_EVERY);
  // A stage view that opens asks at once instead of waiting for the next beat.
  if (channel)
    channel.onmessage = (event: MessageEvent<Message>) => {
      if (event.data?.type === 'hello') alive();
    };
  addEventListener('pagehide', bye);
  alive();
  return {
    alive,
    stop() {
      clearInterval(timer);
      removeEventListener('pagehide', bye);
      channel?.close();
    },
  };
}
