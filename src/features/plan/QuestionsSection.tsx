import type { Question } from '../../domain/agenda';
import { enPlan } from '../../i18n/en-plan';
import { Field, fieldId, type FieldErrors } from './PlanField';
import type { PlanEdit } from './use-plan-edit';

interface QuestionsProps {
  readonly questions: readonly Question[];
  readonly errors: FieldErrors;
  readonly edit: PlanEdit;
}

/** The questions the moderator will ask, numbered by their place in the agenda. */
export function QuestionsSection({ questions, errors, edit }: QuestionsProps) {
  return (
    <section aria-labelledby="questions-heading" className="plan-section">
      <h2 id="questions-heading">{enPlan.questions}</h2>
      <ol className="plan-list">
        {questions.map((question, i) => (
          <li key={question.id} className="question-row">
            <Field label={`${enPlan.fields.question} ${i + 1}`} path={`questions[${i}].text`} errors={errors}>
              {(p) => (
                <textarea
                  {...p}
                  rows={2}
                  dir="auto"
                  value={question.text}
                  onChange={(e) => edit({ type: 'updateQuestion', index: i, text: e.target.value })}
                />
              )}
            </Field>
            <button type="button" className="remove" onClick={() => edit({ type: 'removeQuestion', index: i })}>
              {enPlan.remove(enPlan.questionN(i + 1))}
            </button>
          </li>
        ))}
      </ol>
      <div className="plan-buttons">
        <button type="button" onClick={() => edit({ type: 'addQuestion' }, fieldId(`questions[${questions.length}].text`))}>
          {enPlan.addQuestion}
        </button>
      </div>
    </section>
  );
}
