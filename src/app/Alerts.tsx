import { en } from '../i18n/en';
import { useActions, useLoadFailure, useStorageProblem, useWarnings } from '../store/hooks';

const SHOWN = 8;

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
          <p><strong>{en.loadedFrom(failure.source)}</strong></p>
          <ul>
            {failure.issues.slice(0, SHOWN).map((issue, i) => <li key={i}>{en.issue(issue)}</li>)}
            {failure.issues.length > SHOWN && <li>… {failure.issues.length - SHOWN} more</li>}
          </ul>
          <button type="button" onClick={actions.dismissLoadFailure}>{en.buttons.dismissError}</button>
        </div>
      )}
      {storage && <div role="alert" className="alert">{en.storage[storage]}</div>}
      {warnings.length > 0 && (
        <div role="status" className="warning">
          <strong>{en.warningsTitle}:</strong> {warnings.map((w) => en.issue(w)).join(' ')}
        </div>
      )}
    </>
  );
}
