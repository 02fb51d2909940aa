import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionNumber } from '../../src/domain/question-number';
import { buildReport } from '../../src/domain/report';
import { foldRecord } from '../../src/domain/record';
import { questionName, turnRows } from '../../src/features/log/report-files';
import { buildPlan, ev, play, T0, at } from './helpers';

/** Three questions whose ids look like numbers, listed in an order that is not theirs. */
function setup() {
  const plan = buildPlan({
    questions: [
      { id: 'b', text: 'Asked first' },
      { id: '2', text: 'Asked second' },
      { id: '1', text: 'Asked third' },
    ],
    segments: [
      { id: 'round-b', question: 'b', turns: [{ speaker: 'ana', minutes: 5 }] },
      { id: 'round-2', question: '2', turns: [{ speaker: 'ben', minutes: 5 }] },
      { id: 'round-1', question: '1', turns: [{ speaker: 'ana', minutes: 5 }] },
    ],
  });
  return { plan };
}

describe('questionNumber', () => {
  it('numbers questions by their place in the agenda, even when their ids look like numbers', () => {
    const { plan } = setup();
    // An object's keys would list "1" and "2" before "b".
    expect(Object.keys(plan.questionById)).toEqual(['1', '2', 'b']);
    expect(questionNumber(plan, 'b')).toBe(1);
    expect(questionNumber(plan, '2')).toBe(2);
    expect(questionNumber(plan, '1')).toBe(3);
  });

  it('gives no number to no question or an unknown one', () => {
    const { plan } = setup();
    expect(questionNumber(plan, null)).toBeNull();
    expect(questionNumber(plan, undefined)).toBeNull();
    expect(questionNumber(plan, '4')).toBeNull();
    expect(questionNumber({}, 'b')).toBeNull();
  });

  it('numbers an agenda and its compiled plan alike', () => {
    const ids = fc.uniqueArray(fc.oneof(fc.nat(20).map(String), fc.string({ minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(ids, (list) => {
        const questions = list.map((id) => ({ id, text: `About ${id}` }));
        const plan = buildPlan({ questions, segments: [{ id: 's', turns: [{ speaker: 'ana', minutes: 5 }] }] });
        list.forEach((id, i) => {
          expect(questionNumber({ questions }, id)).toBe(i + 1);
          expect(questionNumber(plan, id)).toBe(i + 1);
        });
      }),
    );
  });
});

describe('the record and its CSV', () => {
  it('label each turn with the number of its question in the agenda', () => {
    const { plan } = setup();
    const log = [ev.started(T0), ev.next(at(5)), ev.next(at(10)), ev.ended(at(15))];
    const report = buildReport(plan, play(plan, log), log, foldRecord([]), at(16), null);
    expect(report.turns.map((t) => questionName(plan, t.questionId))).toEqual(['Q1', 'Q2', 'Q3']);
    const [header, ...rows] = turnRows(plan, report);
    const column = header!.indexOf('Question');
    expect(rows.map((r) => r[column])).toEqual(['Q1', 'Q2', 'Q3']);
  });
});
