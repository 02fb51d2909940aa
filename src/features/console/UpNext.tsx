import { memo } from 'react';
import { formatDuration } from '../../platform/format';
import { turnLabel } from '../../i18n/speaker-label';
import { en } from '../../i18n/en';
import { useActions, usePlan, useRunState, useStatus, useUpcoming } from '../../store/hooks';

/**
 * Rows the queue shows: what fits the console's right column at 1366×768 (the last one fades into
 * the count below), and with the one-more rule, the whole of the seed panel's ten turns to come. A
 * day of a thousand turns would otherwise put thousands of nodes on the page and slow every Next.
 */
export const QUEUE_ROWS = 9;

/** The queue: who is up next, with each turn's allotment, to reorder or skip; the rest as a count. */
export const UpNext = memo(function UpNext() {
  // One row more than is shown: a single turn left over shows as a row, not as "and 1 more".
  const { turns, total } = useUpcoming(QUEUE_ROWS + 1);
  const shown = total > QUEUE_ROWS + 1 ? turns.slice(0, QUEUE_ROWS) : turns;
  const rest = total - shown.length;
  const plan = usePlan();
  const run = useRunState();
  const actions = useActions();
  // A move counts positions among the turns after the one holding the floor; before the start,
  // the first turn is shown as the current one but is still among them.
  const first = useStatus() === 'ready' ? 1 : 0;
  return (
    <section className="queue" aria-labelledby="queue-title">
      <h2 id="queue-title">{en.regions.upNext}</h2>
      {total > 0 && <p className="queue-count">{en.upNextCount(total)}</p>}
      {total === 0 ? (
        <p className="queue-empty">{en.queueEmpty}</p>
      ) : (
        <ol>
          {shown.map((turn, position) => {
            const name = turnLabel(plan, run, turn.turnId);
            const segment = plan.segmentById[turn.segmentId];
            return (
              <li key={turn.turnId}>
                <span className="queue-name" dir="auto">
                  {name}
                </span>
                <span className="queue-allotted">{formatDuration(turn.allotted / 1000)}</span>
                <span className="queue-segment">
                  <bdi>{segment?.title ?? turn.segmentId}</bdi>
                  {turn.inserted ? ` · ${en.inserted}` : ''}
                </span>
                <span className="queue-actions">
                  <button
                    type="button"
                    aria-label={`${en.buttons.moveUp}${en.colon}${name}`}
                    disabled={position === 0}
                    onClick={() => actions.move(turn.turnId, first + position - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`${en.buttons.moveDown}${en.colon}${name}`}
                    disabled={position === total - 1}
                    onClick={() => actions.move(turn.turnId, first + position + 1)}
                  >
                    ↓
                  </button>
                  <button type="button" aria-label={`${en.buttons.skip}${en.colon}${name}`} onClick={() => actions.skip(turn.turnId)}>
                    ✕
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {rest > 0 && <p className="queue-more">{en.queueMore(rest)}</p>}
    </section>
  );
});
