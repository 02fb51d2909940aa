import type { ReactNode } from 'react';
import { formatPath, type AgendaIssue } from '../../domain/validate-agenda';
import { describeIssue } from '../../i18n/en-issues';

/** The validator's messages by agenda path (`segments[1].turns[0].speaker`), so each field shows its own. */
export type FieldErrors = ReadonlyMap<string, readonly string[]>;

export function errorsByPath(issues: readonly AgendaIssue[]): FieldErrors {
  const map = new Map<string, string[]>();
  for (const issue of issues) {
    const key = formatPath(issue.path);
    map.set(key, [...(map.get(key) ?? []), describeIssue(issue)]);
  }
  return map;
}

/** The id of the control for an agenda path, e.g. `field-segments_1__turns_0__speaker`. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^\w-]/g, '_')}`;
}

interface FieldProps {
  readonly label: string;
  readonly path: string;
  readonly errors: FieldErrors;
  readonly children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode;
}

/** A label, its control and the validator's message for that path, next to it. */
export function Field({ label, path, errors, children }: FieldProps) {
  const id = fieldId(path);
  const messages = errors.get(path) ?? [];
  const errorId = messages.length > 0 ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': messages.length > 0, 'aria-describedby': errorId })}
      {errorId && (
        <p id={errorId} className="field-error">
          {messages.join(' ')}
        </p>
      )}
    </div>
  );
}

/** The validator's message for a whole list or row (`people`, `segments[2]`), when there is one. */
export function RowError({ path, errors }: { readonly path: string; readonly errors: FieldErrors }) {
  const messages = errors.get(path);
  return messages ? <p className="field-error">{messages.join(' ')}</p> : null;
}
