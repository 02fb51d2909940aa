import type { Plan } from '../../domain/plan';
import type { FloorBlockReport, Report } from '../../domain/report';
import { enLog } from '../../i18n/en-log';
import { formatPercent } from '../../i18n/formats';
import { speakerLabel } from '../../i18n/speaker-label';
import { floorTotals, seconds, segmentName } from './report-files';

const c = enLog.columns;

/**
 * Questions from the floor, per open block with a list of speakers: every floor speaker with
 * delegation, round and time; the panel's answers by round; the block's totals; and, where a
 * gender was recorded, speakers and speaking time by gender.
 */
export function FloorRecord({ plan, report }: { readonly plan: Plan; readonly report: Report }) {
  const blocks = report.floor ?? [];
  return (
    <div className="floor-record">
      {blocks.map((block) => (
        // Side by side where they fit, one above the other on a narrow screen (the .floor grid).
        <div key={block.segmentId} className="floor floor-block">
          {blocks.length > 1 && (
            <h3 className="balance-line">
              <bdi>{segmentName(plan, block.segmentId)}</bdi>
            </h3>
          )}
          <BlockTables plan={plan} block={block} />
        </div>
      ))}
    </div>
  );
}

function BlockTables({ plan, block }: { readonly plan: Plan; readonly block: FloorBlockReport }) {
  const id = `floor-${block.segmentId}`;
  return (
    <>
      {block.speakers.length === 0 ? (
        <p className="balance-line">{enLog.noFloorSpeakers}</p>
      ) : (
        <table className="log-table floor-speakers" aria-labelledby={`${id}-speakers`}>
          <caption id={`${id}-speakers`}>{enLog.floorSpeakers}</caption>
          <thead>
            <tr>
              <th scope="col">{c.speaker}</th>
              <th scope="col">{c.delegation}</th>
              <th scope="col" className="num">
                {c.round}
              </th>
              <th scope="col" className="num">
                {c.actual}
              </th>
            </tr>
          </thead>
          <tbody>
            {block.speakers.map((s) => (
              <tr key={s.turnId} data-status={s.status}>
                {/* A name and a delegation each in its own direction, the cell keeping the page's. */}
                <th scope="row">
                  <bdi dir="auto">{s.name}</bdi>
                </th>
                <td>
                  <bdi dir="auto">{s.delegation ?? ''}</bdi>
                </td>
                <td className="num">{s.round ?? ''}</td>
                <td className="num">
                  <span dir="ltr">{seconds(s.actual)}</span>
                  {s.status === 'running' ? ` · ${enLog.status.running}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {block.answers.length > 0 && (
        <table className="log-table floor-answers" aria-labelledby={`${id}-answers`}>
          <caption id={`${id}-answers`}>{enLog.floorAnswers}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {c.round}
              </th>
              <th scope="col">{c.panelist}</th>
              <th scope="col" className="num">
                {c.actual}
              </th>
            </tr>
          </thead>
          <tbody>
            {block.answers.map((a) => (
              <tr key={a.turnId} data-status={a.status}>
                <td className="num">{a.round}</td>
                <th scope="row">
                  <bdi>{speakerLabel(plan, a.speakerId)}</bdi>
                </th>
                <td className="num">
                  <span dir="ltr">{a.status === 'notReached' || a.status === 'skipped' ? '' : seconds(a.actual)}</span>
                  {a.status === 'running' || a.status === 'skipped' ? ` · ${enLog.status[a.status]}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table className="log-table floor-totals" aria-labelledby={`${id}-totals`}>
        <caption id={`${id}-totals`}>{enLog.floorTotalsCaption}</caption>
        <tbody>
          {floorTotals(plan, block).map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {/* Durations and counts read left to right; the names of those waiting in their own direction. */}
              <td className="num">
                <bdi dir="auto">{value}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {block.genders && (
        <>
          <table className="log-table floor-genders" aria-labelledby={`${id}-genders`}>
            <caption id={`${id}-genders`}>{enLog.byGender}</caption>
            <thead>
              <tr>
                <th scope="col">{c.gender}</th>
                <th scope="col" className="num">
                  {c.requests}
                </th>
                <th scope="col" className="num">
                  {c.speakers}
                </th>
                <th scope="col" className="num">
                  {c.spoke}
                </th>
                <th scope="col" className="num">
                  {c.shareOfQuestions}
                </th>
              </tr>
            </thead>
            <tbody>
              {block.genders.map((g) => (
                <tr key={g.gender}>
                  <th scope="row">{enLog.genders[g.gender]}</th>
                  <td className="num">{g.requests}</td>
                  <td className="num">{g.speakers}</td>
                  <td className="num">
                    <span dir="ltr">{seconds(g.actual)}</span>
                  </td>
                  <td className="num">{g.share === null ? '' : formatPercent(g.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="balance-line floor-note">{enLog.genderPanelNote}</p>
        </>
      )}
    </>
  );
}
