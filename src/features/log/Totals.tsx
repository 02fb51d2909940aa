import type { ReactNode } from 'react';
import type { Plan } from '../../domain/plan';
import type { GroupTotal, Report } from '../../domain/report';
import { enLog } from '../../i18n/en-log';
import { formatDifference, questionName, seconds, segmentName } from './report-files';

const c = enLog.columns;

/** Planned against actual for each segment and each question. */
export function Totals({ plan, report }: { readonly plan: Plan; readonly report: Report }) {
  // A segment still under way is not "under" yet: it shows a difference once it is done, or once it is over.
  const underWay = (ids: readonly string[]) => report.turns.some((t) => ids.includes(t.segmentId) && t.status === 'running');
  const segmentsOf = (g: GroupTotal) =>
    plan.segmentById[g.id] ? [g.id] : plan.segments.filter((s) => s.questionId === g.id).map((s) => s.id);
  const rows = (groups: readonly GroupTotal[], name: (id: string) => ReactNode) =>
    groups.map((g) => (
      <tr key={g.id}>
        <th scope="row">{name(g.id)}</th>
        <td className="num">
          <span dir="ltr">{seconds(g.planned)}</span>
        </td>
        <td className="num">
          <span dir="ltr">{seconds(g.actual)}</span>
        </td>
        <td className="num">
          <span dir="ltr">
            {g.actual > 0 && (g.actual > g.planned || !underWay(segmentsOf(g))) ? formatDifference(g.actual - g.planned) : ''}
          </span>
        </td>
      </tr>
    ));
  return (
    <table className="log-table totals">
      <thead>
        <tr>
          <th scope="col">
            {c.segment} / {c.question}
          </th>
          <th scope="col" className="num">
            {c.planned}
          </th>
          <th scope="col" className="num">
            {c.actual}
          </th>
          <th scope="col" className="num">
            {c.difference}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows(report.segments, (id) => (
          <bdi>{segmentName(plan, id)}</bdi>
        ))}
        {rows(report.questions, (id) => {
          const text = plan.questionById[id]?.text ?? id;
          return (
            <>
              {questionName(plan, id)}: <bdi>{text.length > 70 ? `${text.slice(0, 70)}…` : text}</bdi>
            </>
          );
        })}
      </tbody>
    </table>
  );
}
