import { enDevices } from '../../i18n/en-devices';
import type { SyncProblem } from '../../store/sync-store';

/** Why this device is not in step with the others, said at once to screen readers; `detail` says what follows from it. */
export function ProblemAlert({ problem, detail }: { readonly problem: SyncProblem; readonly detail?: string }) {
  return (
    <p role="alert" className="alert devices-problem">
      {enDevices.problems[problem]}
      {detail && ` ${detail}`}
    </p>
  );
}
