import type { Plan } from '../../domain/plan';
import type { Report } from '../../domain/report';
import { enLog } from '../../i18n/en-log';
import { formatPercent } from '../../platform/format';
import { balanceLine, personName, seconds } from './report-files';

const c = enLog.columns;
const percent = (x: number | null) => (x === null ? '' : formatPercent(x));

/** Who had the floor: a table, an SVG chart of planned against actual, and the balance in words. */
export function FloorBalance({ plan, report }: { readonly plan: Plan; readonly report: Report }) {
  const people = report.people.filter((p) => p.actual > 0 || p.planned > 0);
  const equal = report.balance?.equalShare ?? null;
  const line = balanceLine(plan, report);
  const max = Math.max(1, ...people.map((p) => Math.max(p.planned, p.actual)));
  const rowHeight = 34;
  const labelWidth = 240;
  const barWidth = 420;
  return (
    <div className="floor">
      {line && <p className="balance-line">{line}</p>}
      <table className="log-table">
        <thead>
          <tr>
            <th scope="col">{c.person}</th>
            <th scope="col" className="num">
              {c.turnsCount}
            </th>
            <th scope="col" className="num">
              {c.planned}
            </th>
            <th scope="col" className="num">
              {c.spoke}
            </th>
            <th scope="col" className="num">
              {c.share}
            </th>
            <th scope="col" className="num">
              {c.equalShare}
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.personId}>
              <th scope="row">{personName(plan, p.personId)}</th>
              <td className="num">{p.turns}</td>
              <td className="num">{seconds(p.planned)}</td>
              <td className="num">{seconds(p.actual)}</td>
              <td className="num">{percent(p.share)}</td>
              <td className="num">{p.share === null ? '' : percent(equal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <svg
        className="floor-chart"
        role="img"
        aria-label={enLog.chartLabel}
        viewBox={`0 0 ${labelWidth + barWidth + 70} ${people.length * rowHeight + 24}`}
      >
        <title>{enLog.chartLabel}</title>
        <g className="legend">
          <rect x={labelWidth} y={2} width={14} height={10} className="bar-planned" />
          <text x={labelWidth + 20} y={11}>
            {enLog.plannedBar}
          </text>
          <rect x={labelWidth + 110} y={2} width={14} height={10} className="bar-actual" />
          <text x={labelWidth + 130} y={11}>
            {enLog.actualBar}
          </text>
        </g>
        {people.map((p, i) => {
          const y = 20 + i * rowHeight;
          return (
            <g key={p.personId}>
              <text x={labelWidth - 8} y={y + 17} textAnchor="end" className="chart-name">
                {personName(plan, p.personId).slice(0, 34)}
              </text>
              <rect x={labelWidth} y={y + 2} height={11} width={(p.planned / max) * barWidth} className="bar-planned" />
              <rect x={labelWidth} y={y + 15} height={11} width={(p.actual / max) * barWidth} className="bar-actual" />
              <text x={labelWidth + (Math.max(p.planned, p.actual) / max) * barWidth + 6} y={y + 24} className="chart-value">
                {seconds(p.actual)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
