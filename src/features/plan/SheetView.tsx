import type { ReactNode } from 'react';
import { DEFAULT_SIGNALS, displayName, type Agenda } from '../../domain/agenda';
import { compilePlan, FLOOR } from '../../domain/plan';
import { questionNumber } from '../../domain/question-number';
import { later } from '../../domain/units';
import { en } from '../../i18n/en';
import { enPlan } from '../../i18n/en-plan';
import { speakerLabel } from '../../i18n/speaker-label';
import { deviceTimeZone } from '../../platform/clock';
import { formatClock, formatDuration } from '../../platform/format';
import { formatDate } from '../../i18n/formats';
import { LanguageMenu } from '../../ui/LanguageMenu';
import { ViewLinks } from '../../ui/ViewLinks';

/** The run-of-show sheet for the table and the wings: one A4 page with every clock time. */
export function SheetView({ agenda }: { readonly agenda: Agenda }) {
  const plan = compilePlan(agenda, deviceTimeZone());
  const signals = { ...DEFAULT_SIGNALS, ...agenda.signals };
  const at = (offset: number) => formatClock(later(plan.scheduledStart, offset), plan.timeZone);
  const questionLabel = (id: string | undefined) => {
    const n = questionNumber(plan, id);
    return n === null ? '' : ` (${en.questionShort(n)})`;
  };
  return (
    // The sheet scrolls on screen; focusable so the keyboard can scroll it too.
    <main className="sheet" tabIndex={0}>
      <header>
        <ViewLinks current="sheet" className="sheet-links no-print" />
        <LanguageMenu className="sheet-language no-print" />
        <p className="sheet-kind">{enPlan.sheetTitle}</p>
        <h1 dir="auto">{plan.title}</h1>
        {/* The agenda's words each in their own direction; times and the time zone left to right. */}
        <p>
          {plan.event && (
            <>
              <bdi>{plan.event}</bdi>
              {' · '}
            </>
          )}
          {formatDate(plan.date)} · <span dir="ltr">{`${plan.start}–${plan.end}`}</span>
          {plan.venue && (
            <>
              {' · '}
              <bdi>{plan.venue}</bdi>
            </>
          )}
          {' · '}
          <span dir="ltr">{plan.timeZone}</span>
        </p>
        <p>
          <strong>
            {enPlan.hardEnd}
            {en.colon}
            <span dir="ltr">{plan.end}</span>
          </strong>{' '}
          · {enPlan.signals(signals.wrapUpSeconds, signals.finalSeconds)}
        </p>
        <p className="sheet-people">
          {plan.people.map((p, i) => (
            // A name never breaks across lines.
            <span key={p.id}>
              {i > 0 && ' · '}
              <bdi className="sheet-name">{displayName(p)}</bdi> ({enPlan.roles[p.role]}
              {p.organization && (
                <>
                  {en.comma}
                  <bdi>{p.organization}</bdi>
                </>
              )}
              )
            </span>
          ))}
        </p>
      </header>
      <table className="sheet-table">
        <thead>
          <tr>
            <th scope="col">{enPlan.clock}</th>
            <th scope="col">{enPlan.fields.speaker}</th>
            <th scope="col" className="num">
              {enPlan.allotment}
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.segments.map((segment) => (
            <SegmentBlock
              key={segment.id}
              heading={
                <>
                  <span dir="ltr">{at(segment.plannedOffset)}</span> · <bdi>{segment.title ?? segment.id}</bdi>
                  {questionLabel(segment.questionId)} · <span dir="ltr">{formatDuration(segment.budget / 1000)}</span>
                </>
              }
              rows={segment.turnIds.map((id) => {
                const turn = plan.turnById[id]!;
                return {
                  id,
                  time: at(turn.plannedOffset),
                  speaker: turn.speakerId === FLOOR ? speakerLabel(plan, FLOOR) : speakerLabel(plan, turn.speakerId),
                  minutes: formatDuration(turn.allotted / 1000),
                };
              })}
            />
          ))}
          <tr className="sheet-end">
            <td>
              <span dir="ltr">{plan.end}</span>
            </td>
            <td colSpan={2}>{enPlan.hardEnd}</td>
          </tr>
        </tbody>
      </table>
      {plan.questions.length > 0 && (
        <section aria-labelledby="sheet-questions">
          <h2 id="sheet-questions">{enPlan.questionsHeading}</h2>
          <ol>
            {/* Numbered by the list itself, in the agenda's order: the same numbers as questionNumber. */}
            {plan.questions.map((q) => (
              <li key={q.id}>
                <bdi>{q.text}</bdi>
              </li>
            ))}
          </ol>
        </section>
      )}
    </main>
  );
}

function SegmentBlock({
  heading,
  rows,
}: {
  readonly heading: ReactNode;
  readonly rows: readonly { id: string; time: string; speaker: string; minutes: string }[];
}) {
  return (
    <>
      <tr className="sheet-segment">
        <th scope="rowgroup" colSpan={3}>
          {heading}
        </th>
      </tr>
      {rows.map((r) => (
        <tr key={r.id}>
          <td>
            <span dir="ltr">{r.time}</span>
          </td>
          <td>
            <bdi>{r.speaker}</bdi>
          </td>
          <td className="num">
            <span dir="ltr">{r.minutes}</span>
          </td>
        </tr>
      ))}
    </>
  );
}
