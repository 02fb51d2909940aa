import { useState } from 'react';
import { useStore } from 'zustand';
import { en } from '../../i18n/en';
import { enDevices } from '../../i18n/en-devices';
import { speakerLabel } from '../../i18n/speaker-label';
import { formatClock } from '../../platform/format';
import { usePlan } from '../../store/hooks';
import type { SyncStore } from '../../store/sync-store';
import { describeEvent } from './describe-event';

/**
 * Events this console made while another device had already taken control (it was offline): kept
 * in the shared log, never applied. The moderator must see them, to redo by hand what still matters;
 * once read, Dismiss gives the console its room back until another such event comes.
 */
export function UnappliedEvents({ store }: { readonly store: SyncStore }) {
  const unapplied = useStore(store, (s) => s.unapplied);
  const plan = usePlan();
  const [dismissed, setDismissed] = useState(0);
  if (unapplied.length <= dismissed) return null;
  return (
    <div role="alert" className="alert devices-unapplied">
      <p>{enDevices.unapplied(unapplied.length)}</p>
      <ul>
        {unapplied.map((event, i) => (
          <li key={i}>
            <time dateTime={new Date(event.at).toISOString()}>{formatClock(event.at, plan.timeZone, true)}</time>{' '}
            {describeEvent(event, (id) => speakerLabel(plan, id))}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(unapplied.length)}>
        {en.buttons.dismiss}
      </button>
    </div>
  );
}
