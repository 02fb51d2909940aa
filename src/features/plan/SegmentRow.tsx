import type { Agenda, Segment } from '../../domain/agenda';
import type { AgendaEdit } from '../../domain/agenda-edit';
import { DEFAULT_FLOOR_RULES } from '../../domain/plan';
import { en } from '../../i18n/en';
import { enPlan } from '../../i18n/en-plan';
import { clockAt } from './clock-at';
import { Field, fieldId, RowError, type FieldErrors } from './PlanField';
import { TurnRow } from './TurnRow';
import type { useDragReorder } from './use-drag-reorder';
import type { PlanEdit } from './use-plan-edit';

const f = enPlan.fields;

interface SegmentRowProps {
  readonly draft: Agenda;
  readonly segment: Segment;
  readonly index: number;
  /** Planned minutes from the start: of the segment, and of each of its turns. */
  readonly offset: number;
  readonly turnOffsets: readonly number[];
  readonly errors: FieldErrors;
  readonly edit: PlanEdit;
  readonly reorder: ReturnType<typeof useDragReorder>;
}

/** One segment: its clock time, title, question, block minutes and flex, then its turns. */
export function SegmentRow({ draft, segment, index: si, offset, turnOffsets, errors, edit, reorder }: SegmentRowProps) {
  const name = segment.title || enPlan.segment(si + 1);
  const turns = segment.turns ?? [];
  const open = turns.length === 0 && segment.minutes !== undefined;
  const update = (changes: Extract<AgendaEdit, { type: 'updateSegment' }>['changes']) =>
    edit({ type: 'updateSegment', index: si, changes });
  const move = (to: number) => edit({ type: 'moveSegment', index: si, to });
  const people = draft.people;
  return (
    <li className="segment-row" {...reorder('segment', si, si)}>
      <div className="segment-head">
        <span className="clock">{clockAt(draft.start, offset)}</span>
        <Field label={f.segmentTitle} path={`segments[${si}].title`} errors={errors}>
          {(p) => <input {...p} dir="auto" value={segment.title ?? ''} onChange={(e) => update({ title: e.target.value })} />}
        </Field>
        <Field label={f.segmentQuestion} path={`segments[${si}].question`} errors={errors}>
          {(p) => (
            <select {...p} value={segment.question ?? ''} onChange={(e) => update({ question: e.target.value || undefined })}>
              <option value="">{enPlan.noQuestion}</option>
              {(draft.questions ?? []).map((q, qi) => (
                <option key={q.id} value={q.id}>
                  {en.questionShort(qi + 1)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={f.blockMinutes} path={`segments[${si}].minutes`} errors={errors}>
          {(p) => (
            <input
              {...p}
              type="number"
              min="0.5"
              step="0.5"
              className="short"
              value={segment.minutes ?? ''}
              onChange={(e) => update({ minutes: e.target.value === '' ? undefined : Number(e.target.value) })}
            />
          )}
        </Field>
        <label className="check">
          <input type="checkbox" checked={segment.flex ?? open} onChange={(e) => update({ flex: e.target.checked })} /> {f.flex}
        </label>
        <span className="row-buttons">
          <button type="button" aria-label={enPlan.moveUp(name)} disabled={si === 0} onClick={() => move(si - 1)}>
            ↑
          </button>
          <button type="button" aria-label={enPlan.moveDown(name)} disabled={si === draft.segments.length - 1} onClick={() => move(si + 1)}>
            ↓
          </button>
          <button type="button" aria-label={enPlan.remove(name)} onClick={() => edit({ type: 'removeSegment', index: si })}>
            ✕
          </button>
        </span>
      </div>
      <RowError path={`segments[${si}]`} errors={errors} />
      {open && <p className="hint">{enPlan.openBlock}</p>}
      {open && <FloorRules segment={segment} index={si} errors={errors} update={update} />}
      <ol className="turn-list">
        {turns.map((turn, ti) => (
          <TurnRow
            key={ti}
            turn={turn}
            segment={si}
            index={ti}
            count={turns.length}
            clock={clockAt(draft.start, turnOffsets[ti] ?? 0)}
            people={people}
            errors={errors}
            edit={edit}
            reorder={reorder}
          />
        ))}
      </ol>
      {segment.minutes === undefined || turns.length > 0 ? (
        <button
          type="button"
          onClick={() =>
            edit(
              { type: 'addTurn', segment: si, speaker: people.find((p) => p.role === 'panelist')?.id ?? people[0]?.id ?? '' },
              fieldId(`segments[${si}].turns[${turns.length}].speaker`),
            )
          }
          aria-label={`${enPlan.addTurn}${en.colon}${name}`}
        >
          {enPlan.addTurn}
        </button>
      ) : null}
    </li>
  );
}

const optionalNumber = (text: string) => (text === '' ? undefined : Number(text));

/** An open block's list of speakers: the limits per question and per answer, the round's size, whether gender is asked. */
function FloorRules({
  segment,
  index: si,
  errors,
  update,
}: {
  readonly segment: Segment;
  readonly index: number;
  readonly errors: FieldErrors;
  readonly update: (changes: Extract<AgendaEdit, { type: 'updateSegment' }>['changes']) => void;
}) {
  const numberField = (key: 'questionMinutes' | 'answerMinutes' | 'roundSize', placeholder: number, step: string) => (
    <Field label={f[key]} path={`segments[${si}].${key}`} errors={errors}>
      {(p) => (
        <input
          {...p}
          type="number"
          min={step}
          step={step}
          className="short"
          placeholder={String(placeholder)}
          value={segment[key] ?? ''}
          onChange={(e) => update({ [key]: optionalNumber(e.target.value) })}
        />
      )}
    </Field>
  );
  return (
    <div className="segment-head floor-rules">
      {numberField('questionMinutes', DEFAULT_FLOOR_RULES.questionMinutes, '0.5')}
      {numberField('answerMinutes', DEFAULT_FLOOR_RULES.answerMinutes, '0.5')}
      {numberField('roundSize', DEFAULT_FLOOR_RULES.roundSize, '1')}
      <label className="check">
        <input type="checkbox" checked={segment.askGender ?? false} onChange={(e) => update({ askGender: e.target.checked })} />{' '}
        {f.askGender}
      </label>
    </div>
  );
}
