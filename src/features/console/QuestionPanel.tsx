import { memo } from 'react';
import { questionNumber } from '../../domain/question-number';
import { en } from '../../i18n/en';
import { useCurrentSegmentId, usePlan } from '../../store/hooks';

/** The segment under way and the guiding question it is about, numbered as in the agenda. */
export const QuestionPanel = memo(function QuestionPanel() {
  const plan = usePlan();
  const segmentId = useCurrentSegmentId();
  const segment = segmentId ? plan.segmentById[segmentId] : undefined;
  const question = segment?.questionId ? plan.questionById[segment.questionId] : undefined;
  const number = questionNumber(plan, segment?.questionId);
  const index = segment ? plan.segments.indexOf(segment) + 1 : 0;
  return (
    <section className="question" aria-label={en.regions.question}>
      <p className="question-segment">
        {segment && (
          <>
            {`${index}/${plan.segments.length} · `}
            <bdi>{segment.title ?? segment.id}</bdi>
          </>
        )}
      </p>
      {question && (
        <p className="question-text">
          {number !== null && <span className="question-number">{en.questionShort(number)} · </span>}
          <bdi>{question.text}</bdi>
        </p>
      )}
    </section>
  );
});
