import type { Plan } from '../../domain/plan';
import type { Report } from '../../domain/report';
import { enLog } from '../../i18n/en-log';
import { formatPercent } from '../../i18n/formats';
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
  const width = labelWidth + barWidth + 70;
  // Right to left, the chart mirrors: names on the right, bars growing leftward. Each text's
  // anchor (start, end) follows the page's direction by itself; only the x positions turn round.
  const rtl = document.documentElement.dir === 'rtl';
  const x = (at: number, size = 0) => (rtl ? width - at - size : at);
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
              <th scope="row">
                <bdi>{personName(plan, p.personId)}</bdi>
              </th>
              <td className="num">{p.turns}</td>
              <td className="num">
                <span dir="ltr">{seconds(p.planned)}</span>
              </td>
              <td className="num">
                <span dir="ltr">{seconds(p.actual)}</span>
              </td>
              {/* A percentage as Intl writes it in the screen's language. */}
              <td className="num">{percent(p.share)}</td>
              <td className="num">{p.share === null ? '' : percent(equal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <svg className="floor-chart" role="img" aria-label={enLog.chartLabel} viewBox={`0 0 ${width} ${people.length * rowHeight + 24}`}>
        <title>{enLog.chartLabel}</title>
        <g className="legend">
          <rect x={x(labelWidth, 14)} y={2} width={14} height={10} className="bar-planned" />
          <text x={x(labelWidth + 20)} y={11}>
            {enLog.plannedBar}
          </text>
          <rect x={x(labelWidth + 110, 14)} y={2} width={14} height={10} className="bar-actual" />
          <text x={x(labelWidth + 130)} y={11}>
            {enLog.actualBar}
          </text>
        </g>
        {people.map((p, i) => {
          const y = 20 + i * rowHeight;
          const planned = (p.planned / max) * barWidth;
          const actual = (p.actual / max) * barWidth;
          return (
            <g key={p.personId}>
              <text x={x(labelWidth - 8)} y={y + 17} textAnchor="end" className="chart-name">
                {personName(plan, p.personId).slice(0, 34)}
              </text>
              <rect x={x(labelWidth, planned)} y={y + 2} height={11} width={planned} className="bar-planned" />
              <rect x={x(labelWidth, actual)} y={y + 15} height={11} width={actual} className="bar-actual" />
              <text x={x(labelWidth + Math.max(planned, actual) + 6)} y={y + 24} className="chart-value">
                {seconds(p.actual)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
