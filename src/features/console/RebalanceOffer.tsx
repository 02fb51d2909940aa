import { memo } from 'react';
import { formatDuration } from '../../platform/format';
import { speakerLabel } from '../../i18n/speaker-label';
import { en } from '../../i18n/en';
import { enRebalance } from '../../i18n/en-rebalance';
import { useActions, useControl, useEndDeltaSeconds, usePlan, useRebalanceOffer, useRunTurns } from '../../store/hooks';

/** The fix on offer when the plan no longer fits the hard end (or time is spare): a preview, then R. */
export const RebalanceOffer = memo(function RebalanceOffer() {
  const offer = useRebalanceOffer();
  const plan = usePlan();
  const turns = useRunTurns();
  const actions = useActions();
  const delta = useEndDeltaSeconds();
  // Only the console in control changes the run: a follower sees the offer, and may hide it, but not accept it.
  const inControl = useControl() === 'controller';
  if (!offer) return null;
  const label = (id: string, kind: 'turn' | 'block') => {
    if (kind === 'block') return plan.segmentById[id]?.title ?? id;
    const turn = turns[id];
    const segment = turn ? plan.segmentById[turn.segmentId] : undefined;
    return `${speakerLabel(plan, turn?.speakerId ?? null)} · ${segment?.title ?? ''}`;
  };
  const title =
    offer.direction === 'shorten'
      ? enRebalance.titleOver(formatDuration(Math.max(0, delta)))
      : enRebalance.titleSpare(formatDuration(Math.max(0, -delta)));
  return (
    <section className="rebalance" aria-labelledby="rebalance-title">
      <h2 id="rebalance-title">{title}</h2>
      {offer.changes.length > 0 && (
        <ul aria-label={enRebalance.preview}>
          {offer.changes.map((change) => (
            <li key={change.id}>
              <span className="rebalance-who">{label(change.id, change.kind)}</span>{' '}
              <span className="rebalance-times">
                {formatDuration(change.from / 1000)} → {formatDuration(change.to / 1000)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {offer.unresolved > 0 && offer.direction === 'shorten' && (
        <p className="rebalance-short">
          {enRebalance.notEnough(formatDuration(offer.unresolved / 1000))}
          {offer.dropSuggestion && ` ${enRebalance.drop(label(offer.dropSuggestion, 'turn'))}`}
        </p>
      )}
      <div className="rebalance-buttons">
        {offer.changes.length > 0 && (
          <button type="button" onClick={actions.acceptRebalance} disabled={!inControl}>
            {enRebalance.accept} <kbd>R</kbd>
          </button>
        )}
        <button type="button" onClick={actions.dismissRebalance}>
          {en.buttons.dismissRebalance}
        </button>
      </div>
    </section>
  );
});
