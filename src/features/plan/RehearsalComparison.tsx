import type { Agenda } from '../../domain/agenda';
import { compilePlan } from '../../domain/plan';
import { foldRecord } from '../../domain/record';
import { buildReport } from '../../domain/report';
import { foldRun } from '../../domain/run';
import { instant } from '../../domain/units';
import { enPlan } from '../../i18n/en-plan';
import { speakerLabel } from '../../i18n/speaker-label';
import { deviceTimeZone } from '../../platform/clock';
import { formatClock, formatDuration } from '../../platform/format';
import type { ArchivedRun } from '../../store/archive';

const SHOWN = 4;
const mmss = (ms: number) => formatDuration(ms / 1000);

/** Per turn and per segment: the plan against each rehearsal of it, newest first. */
export function RehearsalComparison({ agenda, rehearsals }: { readonly agenda: Agenda; readonly rehearsals: readonly ArchivedRun[] }) {
  if (rehearsals.length === 0) return <p>{enPlan.noRehearsals}</p>;
  const zone = deviceTimeZone();
  const plan = compilePlan(agenda, zone);
  const shown = rehearsals.slice(0, SHOWN).map((r) => {
    const rPlan = compilePlan(r.agenda, zone);
    const run = foldRun(rPlan, r.log);
    const report = buildReport(
      rPlan,
      run,
      r.log,
      foldRecord([]),
      instant(r.log.reduce((a, e) => Math.max(a, e.at), 0)),
      rPlan.people.find((p) => p.role === 'moderator')?.id ?? null,
    );
    return { entry: r, report };
  });
  const columns = shown.map((s, i) => enPlan.rehearsalColumn(i + 1, formatClock(s.entry.startedAt, plan.timeZone)));
  return (
    <table className="log-table comparison">
      <thead>
        <tr>
          <th scope="col">{enPlan.segmentColumn}</th>
          <th scope="col">{enPlan.fields.speaker}</th>
          <th scope="col" className="num">
            {enPlan.planned}
          </th>
          {columns.map((c) => (
            <th key={c} scope="col" className="num">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {plan.segments.map((segment) => (
          <SegmentRows
            key={segment.id}
            segmentId={segment.id}
            title={segment.title ?? segment.id}
            planned={segment.budget}
            turns={segment.turnIds.map((id) => ({
              id,
              speaker: speakerLabel(plan, plan.turnById[id]?.speakerId ?? null),
              planned: plan.turnById[id]?.allotted ?? 0,
            }))}
            actual={(turnId) => shown.map((s) => s.report.turns.find((t) => t.turnId === turnId))}
            segmentActual={shown.map((s) => s.report.segments.find((g) => g.id === segment.id)?.actual ?? 0)}
          />
        ))}
        <tr className="total">
          <th scope="row" colSpan={2}>
            {enPlan.total}
          </th>
          <td className="num">{mmss(plan.plannedTotal)}</td>
          {shown.map((s) => (
            <td key={s.entry.id} className="num">
              {mmss(s.report.segments.reduce((a, g) => a + g.actual, 0))}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

interface SegmentRowsProps {
  readonly segmentId: string;
  readonly title: string;
  readonly planned: number;
  readonly turns: readonly { id: string; speaker: string; planned: number }[];
  readonly actual: (turnId: string) => readonly ({ actual: number; status: string } | undefined)[];
  readonly segmentActual: readonly number[];
}

function SegmentRows({ title, planned, turns, actual, segmentActual }: SegmentRowsProps) {
  return (
    <>
      <tr className="segment-total">
        <th scope="row" colSpan={2}>
          <bdi>{title}</bdi>
        </th>
        <td className="num">{mmss(planned)}</td>
        {segmentActual.map((a, i) => (
          <td key={i} className="num">
            {mmss(a)}
          </td>
        ))}
      </tr>
      {turns.length > 1 || turns[0]?.speaker
        ? turns.map((t) => (
            <tr key={t.id}>
              <td />
              <td>
                <bdi>{t.speaker}</bdi>
              </td>
              <td className="num">{mmss(t.planned)}</td>
              {actual(t.id).map((r, i) => (
                <td key={i} className="num">
                  {r && r.status !== 'notReached' && r.status !== 'skipped' ? mmss(r.actual) : '—'}
                </td>
              ))}
            </tr>
          ))
        : null}
    </>
  );
}
