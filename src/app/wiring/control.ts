import { announceConsole, CHANNEL, LOCK } from '../../platform/console-link';
import { holdControlLock } from '../../platform/control-lock';
import type { ShowStore } from '../../store/show-state';

/**
 * The console window's control of the run: it writes the run while it holds the lock, follows
 * (and may take over) while another window does, and tells the stage views it is there.
 */
export function holdConsole(store: ShowStore, lockName: string = LOCK, channelName: string = CHANNEL): { takeOver(): void; stop(): void } {
  const actions = () => store.getState().actions;
  const lock = holdControlLock(lockName, {
    onControl: () => {
      // Pick up what the window in control wrote last before writing anything.
      actions().reload();
      actions().setControl('controller');
    },
    onFollow: () => actions().setControl('follower'),
  });
  const link = announceConsole(() => store.getState().control === 'controller', channelName);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.control !== previous.control || state.log !== previous.log) link.alive();
  });
  return {
    takeOver: lock.takeOver,
    stop() {
      unsubscribe();
      link.stop();
      lock.stop();
    },
  };
}
