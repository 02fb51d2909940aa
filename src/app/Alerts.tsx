import { en } from '../i18n/en';
import { enAlerts } from '../i18n/en-alerts';
import { lazyComponent } from '../platform/lazy-component';
import { useActions, useLoadFailure, useStorageProblem, useWarnings } from '../store/hooks';

const IssueList = lazyComponent(() => import('./IssueList').then((m) => m.IssueList));
const IssueSentences = lazyComponent(() => import('./IssueList').then((m) => m.IssueSentences));

/** Errors in role="alert" (a bad file, a storage fault); warnings as a status. */
export function Alerts() {
  const failure = useLoadFailure();
  const warnings = useWarnings();
  const storage = useStorageProblem();
  const actions = useActions();
  return (
    <>
      {failure && (
        <div role="alert" className="alert">
          <p>
            <strong>{enAlerts.loadedFrom(failure.source)}</strong>
          </p>
          <IssueList issues={failure.issues} />
          <button type="button" onClick={actions.dismissLoadFailure}>
            {en.buttons.dismissError}
          </button>
        </div>
      )}
      {storage && (
        <div role="alert" className="alert">
          {enAlerts.storage[storage]}
        </div>
      )}
      {warnings.length > 0 && (
        <div role="status" className="warning">
          <strong>
            {enAlerts.warningsTitle}
            {en.colon}
          </strong>{' '}
          <IssueSentences issues={warnings} />
        </div>
      )}
    </>
  );
}
