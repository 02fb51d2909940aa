import type { AgendaTurn, Person } from '../../domain/agenda';
import { enPlan } from '../../i18n/en-plan';
import { Field, type FieldErrors } from './PlanField';
import type { useDragReorder } from './use-drag-reorder';
import type { PlanEdit } from './use-plan-edit';

const f = enPlan.fields;

interface TurnRowProps {
  readonly turn: AgendaTurn;
  readonly segment: number;
  readonly index: number;
  readonly count: number;
  /** The planned clock time of the turn. */
  readonly clock: string;
  readonly people: readonly Person[];
  readonly errors: FieldErrors;
  readonly edit: PlanEdit;
  readonly reorder: ReturnType<typeof useDragReorder>;
}

/** One turn of a segment: its clock time, speaker, minutes, and buttons to move or remove it. */
export function TurnRow({ turn, segment: si, index: ti, count, clock, people, errors, edit, reorder }: TurnRowProps) {
  const label = enPlan.turn(si + 1, ti + 1);
  const path = `segments[${si}].turns[${ti}]`;
  const move = (to: number) => edit({ type: 'moveTurn', segment: si, index: ti, to });
  return (
    <li className="turn-row" {...reorder('turn', si, ti)}>
      <span className="clock" aria-label={`${f.at} ${clock}`}>
        {clock}
      </span>
      <Field label={f.speaker} path={`${path}.speaker`} errors={errors}>
        {(p) => (
          <select
            {...p}
            aria-label={`${f.speaker}, ${label}`}
            value={turn.speaker}
            onChange={(e) => edit({ type: 'updateTurn', segment: si, index: ti, changes: { speaker: e.target.value } })}
          >
            {!people.some((person) => person.id === turn.speaker) && <option value={turn.speaker}>{turn.speaker || '—'}</option>}
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name || person.id}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={f.minutes} path={`${path}.minutes`} errors={errors}>
        {(p) => (
          <input
            {...p}
            aria-label={`${f.minutes}, ${label}`}
            type="number"
            min="0.5"
            step="0.5"
            className="short"
            value={Number.isFinite(turn.minutes) ? turn.minutes : ''}
            onChange={(e) =>
              edit({
                type: 'updateTurn',
                segment: si,
                index: ti,
                changes: { minutes: e.target.value === '' ? Number.NaN : Number(e.target.value) },
              })
            }
          />
        )}
      </Field>
      <span className="row-buttons">
        <button type="button" aria-label={enPlan.moveUp(label)} disabled={ti === 0} onClick={() => move(ti - 1)}>
          ↑
        </button>
        <button type="button" aria-label={enPlan.moveDown(label)} disabled={ti === count - 1} onClick={() => move(ti + 1)}>
          ↓
        </button>
        <button type="button" aria-label={enPlan.remove(label)} onClick={() => edit({ type: 'removeTurn', segment: si, index: ti })}>
          ✕
        </button>
      </span>
    </li>
  );
}
