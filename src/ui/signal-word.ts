import type { Signal } from '../domain/projection';
import type { Activity, RunState } from '../domain/run';
import { en } from '../i18n/en';

/**
 * The word beside a turn's countdown, so the signal never rests on colour: the run's state before
 * and after it, what the floor is doing when the speaker's clock stands still, else the signal.
 * Before the start the console says it is ready, the speaker view that it is waiting (`readyWord`).
 */
export function signalWord(status: RunState['status'], activity: Activity, signal: Signal, readyWord: string = en.ready): string {
  if (status === 'ready') return readyWord;
  if (status === 'ended') return en.ended;
  if (activity === 'paused') return en.paused;
  if (activity === 'interjecting') return en.moderatorInterjecting;
  return en.signal[signal];
}
