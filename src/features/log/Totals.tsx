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
  const rows = (groups: readonly GroupTotal[], name: (id: string) => string) =>
    groups.map((g) => (
      <tr key={g.id}>
        <th scope="row">{name(g.id)}</th>
        <td className="num">{seconds(g.planned)}</td>
        <td className="num">{seconds(g.actual)}</td>
        <td className="num">
          {g.actual > 0 && (g.actual > g.planned || !underWay(segmentsOf(g))) ? formatDifference(g.actual - g.planned) : ''}
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
        {rows(report.segments, (id) => segmentName(plan, id))}
        {rows(report.questions, (id) => {
          const text = plan.questionById[id]?.text ?? id;
          return `${questionName(plan, id)}: ${text.length > 70 ? `${text.slice(0, 70)}…` : text}`;
        })}
      </tbody>
    </table>
  );
}
