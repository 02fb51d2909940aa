import { enDevices } from '../../i18n/en-devices';
import type { SyncProblem } from '../../store/sync-store';

/** Why this device is not in step with the others, said at once to screen readers. */
export function ProblemAlert({ problem }: { readonly problem: SyncProblem }) {
  return (
    <p role="alert" className="alert devices-problem">
      {enDevices.problems[problem]}
    </p>
  );
}
