import { displayName } from '../../domain/agenda';
import { csvCellText, own, toCsv, type CsvCell } from '../../domain/csv';
import { questionNumber } from '../../domain/question-number';
import { en } from '../../i18n/en';
import type { Plan } from '../../domain/plan';
import type { Report, TurnReport } from '../../domain/report';
import { enLog } from '../../i18n/en-log';
import { zonedDate } from '../../domain/time-zone';
import { instant } from '../../domain/units';
import { speakerLabel } from '../../i18n/speaker-label';
import { formatClock, formatDuration } from '../../platform/format';
import { formatDate, formatDecimal, formatPercent } from '../../i18n/formats';

const t = enLog.columns;

/** `+1:30` over, `−0:45` under, `0:00` on time. */
export function formatDifference(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds === 0) return '0:00';
  return `${seconds > 0 ? '+' : '−'}${formatDuration(Math.abs(seconds))}`;
}

export const seconds = (ms: number) => formatDuration(ms / 1000);

/**
 * A turn's over or under as the record shows it: nothing for a skipped turn, and nothing for the
 * turn still under way until it runs over (it is not "under" while it is speaking), as the
 * segment totals do.
 */
export function turnDifference(turn: TurnReport): string {
  if (turn.status === 'skipped' || turn.status === 'notReached') return '';
  if (turn.status === 'running' && turn.difference <= 0) return '';
  return formatDifference(turn.difference);
}

export function segmentName(plan: Plan, segmentId: string): string {
  return plan.segmentById[segmentId]?.title ?? segmentId;
}

/** `Q2` for the agenda's second question, by its place in the agenda; '' for none. */
export function questionName(plan: Plan, questionId: string | null): string {
  const n = questionNumber(plan, questionId);
  return n === null ? '' : en.questionShort(n);
}

const clock = (plan: Plan, at: number | null) => (at === null ? '' : formatClock(at, plan.timeZone, true));

/** Whole seconds as a plain number, for spreadsheets to sum. */
const wholeSeconds = (ms: number) => Math.round(ms / 1000) || 0;

/**
 * One row per turn, with the columns of the record view. Each duration has its `m:ss` text and,
 * beside it, its seconds as a number. Names, titles, messages and notes are people's text, kept
 * from starting a formula; the rest is the app's own.
 */
function turnCells(plan: Plan, report: Report): CsvCell[][] {
  const header = [
    t.index,
    t.segment,
    t.question,
    t.speaker,
    t.status,
    t.planned,
    t.plannedSeconds,
    t.actual,
    t.actualSeconds,
    t.difference,
    t.differenceSeconds,
    t.began,
    t.ended,
    t.interjections,
    t.interjectionsSeconds,
    t.paused,
    t.pausedSeconds,
    t.messages,
    t.note,
    t.corrected,
  ].map(own);
  const rows = report.turns.map((turn: TurnReport): CsvCell[] => {
    const difference = turnDifference(turn);
    return [
      turn.index,
      segmentName(plan, turn.segmentId),
      own(questionName(plan, turn.questionId)),
      speakerLabel(plan, turn.speakerId),
      own(enLog.status[turn.status]),
      own(seconds(turn.planned)),
      wholeSeconds(turn.planned),
      own(seconds(turn.actual)),
      wholeSeconds(turn.actual),
      own(difference),
      difference === '' ? own('') : wholeSeconds(turn.difference),
      own(clock(plan, turn.startedAt)),
      own(clock(plan, turn.endedAt)),
      own(seconds(turn.interjections)),
      wholeSeconds(turn.interjections),
      own(seconds(turn.paused)),
      wholeSeconds(turn.paused),
      turn.messages.map((m) => m.text).join(' | '),
      turn.note ?? '',
      own([turn.corrected.start ? t.began : '', turn.corrected.end ? t.ended : ''].filter(Boolean).join(', ')),
    ];
  });
  return [header, ...rows];
}

/** The rows of the CSV as a spreadsheet reads them back. */
export function turnRows(plan: Plan, report: Report): string[][] {
  return turnCells(plan, report).map((row) => row.map(csvCellText));
}

export function reportCsv(plan: Plan, report: Report): string {
  return toCsv(turnCells(plan, report));
}

/** The venue's date and time (hh:mm) of an instant, e.g. when a run started. */
export function venueDateTime(plan: Plan, at: number): { date: string; time: string } {
  return { date: zonedDate(instant(at), plan.timeZone), time: formatClock(at, plan.timeZone) };
}

/**
 * When the run was held, if that is not the agenda's date and start (a rehearsal, a demo, a
 * late start): the record must not pass it off as held on the agenda's date. Null otherwise.
 */
export function heldLine(plan: Plan, report: Report): string | null {
  if (report.startedAt === null) return null;
  const held = venueDateTime(plan, report.startedAt);
  return held.date === plan.date && held.time === plan.start ? null : enLog.heldOn(formatDate(held.date), held.time);
}

/** The balance between panelists in one plain sentence. */
export function balanceLine(plan: Plan, report: Report): string | null {
  const b = report.balance;
  if (!b) return null;
  const name = (id: string) => speakerLabel(plan, id);
  // Every panelist who has not spoken, not only the shortest: a share of zero of the panel's time.
  const silent = report.people.filter((p) => p.share === 0).map((p) => name(p.personId));
  if (b.ratio === null) return enLog.silent(silent.length > 0 ? silent : [name(b.shortestId)]);
  if (b.ratio < 1.05) return enLog.balanceEven;
  return enLog.balance(name(b.longestId), formatDecimal(b.ratio), name(b.shortestId));
}

const md = (text: string) => text.replace(/([\\|*_`#[\]<>])/g, '\\$1').replace(/\r?\n/g, ' ');

/** A Markdown summary: the session, who spoke how long, the balance, the turns and the notes. */
export function reportMarkdown(plan: Plan, report: Report): string {
  const lines: string[] = [];
  lines.push(`# ${md(enLog.summaryTitle(plan.title))}`, '');
  lines.push(
    [plan.event, formatDate(plan.date), `${plan.start}–${plan.end}`, plan.venue]
      .filter(Boolean)
      .map((x) => md(String(x)))
      .join(' · '),
    '',
  );
  const held = heldLine(plan, report);
  if (held) lines.push(md(held), '');
  lines.push(`## ${enLog.floor}`, '');
  lines.push(`| ${t.person} | ${t.turnsCount} | ${t.planned} | ${t.spoke} | ${t.share} |`, '| --- | ---: | ---: | ---: | ---: |');
  for (const p of report.people) {
    if (p.actual === 0 && p.turns === 0 && p.planned === 0) continue;
    const share = p.share === null ? '' : formatPercent(p.share);
    lines.push(`| ${md(speakerLabel(plan, p.personId))} | ${p.turns} | ${seconds(p.planned)} | ${seconds(p.actual)} | ${share} |`);
  }
  const balance = balanceLine(plan, report);
  if (balance) lines.push('', md(balance));
  lines.push('', `## ${enLog.turns}`, '');
  lines.push(
    `| ${t.index} | ${t.segment} | ${t.speaker} | ${t.planned} | ${t.actual} | ${t.difference} | ${t.began} | ${t.ended} |`,
    '| ---: | --- | --- | ---: | ---: | ---: | --- | --- |',
  );
  for (const turn of report.turns) {
    if (turn.status === 'notReached') continue;
    lines.push(
      `| ${turn.index} | ${md(segmentName(plan, turn.segmentId))} | ${md(speakerLabel(plan, turn.speakerId))} | ${seconds(turn.planned)} | ${seconds(turn.actual)} | ${turnDifference(turn)} | ${clock(plan, turn.startedAt)} | ${clock(plan, turn.endedAt)} |`,
    );
  }
  const notes = report.turns.filter((turn) => turn.note);
  if (notes.length > 0) {
    lines.push('', `## ${t.note}`, '');
    for (const turn of notes) lines.push(`- ${turn.index}. ${md(speakerLabel(plan, turn.speakerId))}: ${md(turn.note!)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function personName(plan: Plan, id: string): string {
  const person = plan.personById[id];
  return person ? displayName(person) : speakerLabel(plan, id);
}
