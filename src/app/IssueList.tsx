import type { AgendaIssue } from '../domain/validate-agenda';
import { describeIssue } from '../i18n/en-issues';

const SHOWN = 8;

/** The problems of a file, each naming its place. Loaded only when there is one to show. */
export function IssueList({ issues }: { readonly issues: readonly AgendaIssue[] }) {
  return (
    <ul>
      {issues.slice(0, SHOWN).map((issue, i) => (
        <li key={i}>{describeIssue(issue)}</li>
      ))}
      {issues.length > SHOWN && <li>… {issues.length - SHOWN} more</li>}
    </ul>
  );
}

export function IssueSentences({ issues }: { readonly issues: readonly AgendaIssue[] }) {
  return <>{issues.map((w) => describeIssue(w)).join(' ')}</>;
}
