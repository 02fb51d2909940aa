import type { Agenda } from '../../domain/agenda';
import { plannedOffsets } from '../../domain/agenda-edit';
import { enPlan } from '../../i18n/en-plan';
import { fieldId, RowError, type FieldErrors } from './PlanField';
import { SegmentRow } from './SegmentRow';
import { useDragReorder } from './use-drag-reorder';
import type { PlanEdit } from './use-plan-edit';

interface SegmentsProps {
  readonly draft: Agenda;
  readonly errors: FieldErrors;
  readonly edit: PlanEdit;
  readonly focusLater: (id: string) => void;
}

/** The segments in order, each with its turns and planned clock times; rows reorder by drag, buttons or Alt+arrows. */
export function SegmentsSection({ draft, errors, edit, focusLater }: SegmentsProps) {
  const reorder = useDragReorder(edit, focusLater);
  const offsets = plannedOffsets(draft);
  const firstFieldOfNew = fieldId(`segments[${draft.segments.length}].title`);
  return (
    <section aria-labelledby="segments-heading" className="plan-section">
      <h2 id="segments-heading">{enPlan.segments}</h2>
      <RowError path="segments" errors={errors} />
      <p className="hint">{enPlan.dragHint}</p>
      <ol className="plan-list">
        {draft.segments.map((segment, si) => (
          <SegmentRow
            key={segment.id}
            draft={draft}
            segment={segment}
            index={si}
            offset={offsets.segments[si] ?? 0}
            turnOffsets={offsets.turns[si] ?? []}
            errors={errors}
            edit={edit}
            reorder={reorder}
          />
        ))}
      </ol>
      <div className="plan-buttons">
        <button type="button" onClick={() => edit({ type: 'addSegment', open: false }, firstFieldOfNew)}>
          {enPlan.addSegment}
        </button>
        <button type="button" onClick={() => edit({ type: 'addSegment', open: true }, firstFieldOfNew)}>
          {enPlan.addOpenBlock}
        </button>
      </div>
    </section>
  );
}
