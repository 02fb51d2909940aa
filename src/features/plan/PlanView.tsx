import { useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { validateAgenda } from '../../domain/validate-agenda';
import { enPlan } from '../../i18n/en-plan';
import { listArchive, subscribeArchive } from '../../store/archive-list';
import type { DraftStore } from '../../store/draft-store';
import { PeopleSection } from './PeopleSection';
import { errorsByPath } from './PlanField';
import { PlanHeader } from './PlanHeader';
import { QuestionsSection } from './QuestionsSection';
import { RehearsalComparison } from './RehearsalComparison';
import { SegmentsSection } from './SegmentsSection';
import { SessionFields } from './SessionFields';
import { usePlanEdit } from './use-plan-edit';
import { useUndoKeys } from './use-undo-keys';

/**
 * The organizer's plan: every part of the agenda format, with the fit against the slot always
 * in view, planned clock times, the loader's validation next to each field, undo and redo.
 */
export function PlanView({ drafts, storage }: { readonly drafts: DraftStore; readonly storage: Storage | undefined }) {
  const draft = useStore(drafts, (s) => s.draft);
  const { edit, focusLater, notice, setNotice } = usePlanEdit(drafts, draft);
  useUndoKeys(drafts);
  const archive = useSyncExternalStore(
    subscribeArchive,
    () => listArchive(storage),
    () => listArchive(storage),
  );

  const result = validateAgenda(draft);
  const errors = errorsByPath(result.ok ? [] : result.errors);
  const rehearsals = archive.filter((r) => r.kind === 'rehearsal' && r.agenda.title === draft.title);

  return (
    <main className="plan-view">
      <PlanHeader
        drafts={drafts}
        storage={storage}
        draft={draft}
        result={result}
        notice={notice}
        onSent={() => setNotice(enPlan.sent)}
        onNotice={setNotice}
      />
      <SessionFields draft={draft} errors={errors} edit={edit} />
      <PeopleSection people={draft.people} errors={errors} edit={edit} />
      <QuestionsSection questions={draft.questions ?? []} errors={errors} edit={edit} />
      <SegmentsSection draft={draft} errors={errors} edit={edit} focusLater={focusLater} />
      <section aria-labelledby="rehearsals-heading" className="plan-section">
        <h2 id="rehearsals-heading">{enPlan.rehearsals}</h2>
        {result.ok ? <RehearsalComparison agenda={result.value.agenda} rehearsals={rehearsals} /> : <p>{enPlan.noRehearsals}</p>}
      </section>
    </main>
  );
}
