/** Anything that lists questions in the agenda's order: an agenda, a draft, a compiled plan. */
interface HasQuestions {
  readonly questions?: readonly { readonly id: string }[] | undefined;
}

/**
 * A question's number: its 1-based position in the agenda's list of questions, the order the
 * organizer wrote them in (never the order of an object's keys, which puts ids like "2" first).
 * Null when there is no such question.
 */
export function questionNumber(source: HasQuestions, questionId: string | null | undefined): number | null {
  if (questionId === null || questionId === undefined) return null;
  const index = (source.questions ?? []).findIndex((q) => q.id === questionId);
  return index < 0 ? null : index + 1;
}
