import type { ShowStore } from '../../store/show-state';

export interface FirstUse {
  /** Runs `task` once the page is first used (at once if it already has been). */
  readonly later: (task: () => void) => void;
  /** Counts a run's event as a use; a run already under way counts at once. */
  readonly watch: (store: ShowStore) => void;
}

/**
 * Work the first page does not need, run once the page is first used: at the first key or
 * pointer press or dropped file, or the first event of a run (here, or written by another
 * window), whichever comes first; at once when a run is already under way (a reload mid-run).
 * The countdowns, Start, Next and every button work before it: nothing here delays them.
 */
export function firstUse(target: EventTarget = window): FirstUse {
  const waiting: (() => void)[] = [];
  const stops: (() => void)[] = [];
  let used = false;
  const markUsed = () => {
    if (used) return;
    used = true;
    for (const stop of stops.splice(0)) stop();
    for (const task of waiting.splice(0)) task();
  };
  for (const event of ['keydown', 'pointerdown', 'drop']) {
    target.addEventListener(event, markUsed, true);
    stops.push(() => target.removeEventListener(event, markUsed, true));
  }
  return {
    later: (task) => {
      if (used) task();
      else waiting.push(task);
    },
    watch: (store) => {
      if (used) return;
      if (store.getState().log.length > 0) return markUsed();
      stops.push(
        store.subscribe((state, previous) => {
          // By length: the control lock's first read of storage gives equal copies, which are no use.
          if (state.log.length !== previous.log.length) markUsed();
        }),
      );
    },
  };
}
