import { useState } from 'react';
import type { Agenda } from '../../domain/agenda';
import { plannedMinutes, slotMinutes } from '../../domain/agenda-edit';
import type { AgendaIssue, LoadedAgenda } from '../../domain/validate-agenda';
import type { Result } from '../../domain/units';
import { describeIssue } from '../../i18n/en-issues';
import { enPlan } from '../../i18n/en-plan';
import { formatDuration } from '../../platform/format';
import type { DraftStore } from '../../store/draft-store';
import { useStatus } from '../../store/hooks';
import { LanguageMenu } from '../../ui/LanguageMenu';
import { ViewLinks } from '../../ui/ViewLinks';
import { PlanToolbar } from './PlanToolbar';

/** The planned minutes against the slot, always in view: how much is over or spare. */
function FitCheck({ draft }: { readonly draft: Agenda }) {
  const planned = plannedMinutes(draft);
  const slot = slotMinutes(draft);
  const deltaSeconds = slot === null ? null : Math.round((planned - slot) * 60);
  const fit =
    deltaSeconds === null
      ? enPlan.fit.noSlot
      : deltaSeconds > 0
        ? enPlan.fit.over(formatDuration(deltaSeconds))
        : enPlan.fit.spare(formatDuration(-deltaSeconds));
  const against = slot === null ? null : enPlan.fit.label(formatDuration(planned * 60), formatDuration(slot * 60));
  return (
    <p role="status" className="fit" data-over={(deltaSeconds ?? 0) > 0 || undefined} aria-label={`${fit}. ${against ?? ''}`}>
      <strong>{fit}</strong>
      {against !== null && <span> · {against}</span>}
    </p>
  );
}

interface HeaderProps {
  readonly drafts: DraftStore;
  readonly storage: Storage | undefined;
  readonly draft: Agenda;
  readonly result: Result<LoadedAgenda, AgendaIssue>;
  readonly notice: string | null;
  readonly onSent: () => void;
  readonly onNotice: (notice: string) => void;
}

/** The sticky header: the fit check, the toolbar, and what the organizer must know now (live run, sent, errors, warnings). */
export function PlanHeader({ drafts, storage, draft, result, notice, onSent, onNotice }: HeaderProps) {
  const live = useStatus() === 'running';
  const [alert, setAlert] = useState<string | null>(null);
  const generalErrors = result.ok
    ? []
    : result.errors.filter((e) => e.path.length <= 1 && ['segments', 'people', ''].includes(String(e.path[0] ?? '')));
  return (
    <header className="plan-header">
      <ViewLinks current="plan" className="plan-links no-print" />
      <LanguageMenu className="plan-language no-print" />
      <h1>{enPlan.heading}</h1>
      <FitCheck draft={draft} />
      <PlanToolbar
        drafts={drafts}
        storage={storage}
        valid={result.ok}
        errorCount={result.ok ? 0 : result.errors.length}
        onAlert={setAlert}
        onSent={onSent}
        onImported={onNotice}
      />
      {live && <p className="warning">{enPlan.liveBanner}</p>}
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {alert && (
        <p role="alert" className="alert">
          {alert}
        </p>
      )}
      {generalErrors.length > 0 && (
        <ul className="field-error">
          {generalErrors.map((e, i) => (
            <li key={i}>{describeIssue(e)}</li>
          ))}
        </ul>
      )}
      {result.ok && result.value.warnings.length > 0 && <p className="warning">{result.value.warnings.map(describeIssue).join(' ')}</p>}
    </header>
  );
}
