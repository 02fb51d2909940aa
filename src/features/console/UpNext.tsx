import { memo } from 'react';
import { formatDuration } from '../../platform/format';
import { speakerLabel } from '../../i18n/speaker-label';
import { en } from '../../i18n/en';
import { useActions, usePlan, useUpcoming } from '../../store/hooks';

/** The queue: who is up next, with each turn's allotment, to reorder or skip. */
export const UpNext = memo(function UpNext() {
  const upcoming = useUpcoming();
  const plan = usePlan();
  const actions = useActions();
  return (
    <section className="queue" aria-labelledby="queue-title">
      <h2 id="queue-title">{en.regions.upNext}</h2>
      {upcoming.length > 0 && <p className="queue-count">{en.upNextCount(upcoming.length)}</p>}
      {upcoming.length === 0 ? (
        <p className="queue-empty">{en.queueEmpty}</p>
      ) : (
        <ol>
          {upcoming.map((turn, position) => {
            const name = speakerLabel(plan, turn.speakerId);
            const segment = plan.segmentById[turn.segmentId];
            return (
              <li key={turn.turnId}>
                <span className="queue-name">{name}</span>
                <span className="queue-allotted">{formatDuration(turn.allotted / 1000)}</span>
                <span className="queue-segment">
                  {segment?.title ?? turn.segmentId}
                  {turn.inserted ? ` · ${en.inserted}` : ''}
                </span>
                <span className="queue-actions">
                  <button
                    type="button"
                    aria-label={`${en.buttons.moveUp}: ${name}`}
                    disabled={position === 0}
                    onClick={() => actions.move(turn.turnId, position - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`${en.buttons.moveDown}: ${name}`}
                    disabled={position === upcoming.length - 1}
                    onClick={() => actions.move(turn.turnId, position + 1)}
                  >
                    ↓
                  </button>
                  <button type="button" aria-label={`${en.buttons.skip}: ${name}`} onClick={() => actions.skip(turn.turnId)}>
                    ✕
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
});
