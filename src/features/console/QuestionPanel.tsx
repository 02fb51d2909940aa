import { memo } from 'react';
import { en } from '../../i18n/en';
import { useCurrentSegmentId, usePlan } from '../../store/hooks';

/** The segment under way and the guiding question it is about. */
export const QuestionPanel = memo(function QuestionPanel() {
  const plan = usePlan();
  const segmentId = useCurrentSegmentId();
  const segment = segmentId ? plan.segmentById[segmentId] : undefined;
  const question = segment?.questionId ? plan.questionById[segment.questionId] : undefined;
  const index = segment ? plan.segments.indexOf(segment) + 1 : 0;
  return (
    <section className="question" aria-label={en.regions.question}>
      <p className="question-segment">{segment ? `${index}/${plan.segments.length} · ${segment.title ?? segment.id}` : ''}</p>
      {question && <p className="question-text">{question.text}</p>}
    </section>
  );
});
