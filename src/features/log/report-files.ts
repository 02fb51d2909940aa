import { displayName } from '../../domain/agenda';
import { csvCellText, own, toCsv, type CsvCell } from '../../domain/csv';
import { questionNumber } from '../../domain/question-number';
import { en } from '../../i18n/en';
import type { Plan } from '../../domain/plan';
import type { FloorBlockReport, Report, TurnReport } from '../../domain/report';
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

/** Who held a turn: a floor speaker by the name on the list, anyone else as `speakerLabel` has it. */
function turnSpeakerName(plan: Plan, turn: TurnReport): string {
  return turn.floorSpeaker ? turn.floorSpeaker.name : speakerLabel(plan, turn.speakerId);
}

/** Who held a turn, a floor speaker with the delegation: "Ana Pérez (Chile)". */
export function turnSpeaker(plan: Plan, turn: TurnReport): string {
  return turn.floorSpeaker ? enLog.floorSpeaker(turn.floorSpeaker.name, turn.floorSpeaker.delegation) : speakerLabel(plan, turn.speakerId);
}

/** A floor speaker's question round or a panelist's answer, after the speaker: '' for other turns. */
export function turnRoundMark(turn: TurnReport): string {
  if (turn.requestId !== null && turn.round !== null) return enLog.askedInRound(turn.round);
  if (turn.answersRound !== null) return enLog.answering(turn.answersRound);
  return '';
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
    t.delegation,
    t.round,
    t.answersRound,
    t.gender,
  ].map(own);
  const rows = report.turns.map((turn: TurnReport): CsvCell[] => {
    const difference = turnDifference(turn);
    return [
      turn.index,
      segmentName(plan, turn.segmentId),
      own(questionName(plan, turn.questionId)),
      turnSpeakerName(plan, turn),
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
      turn.floorSpeaker?.delegation ?? '',
      turn.requestId !== null && turn.round !== null ? turn.round : own(''),
      turn.answersRound ?? own(''),
      own(genderWord(report, turn)),
    ];
  });
  return [header, ...rows];
}

/** A floor speaker's gender as recorded, in words; '' for other turns and where none was recorded. */
function genderWord(report: Report, turn: TurnReport): string {
  if (turn.requestId === null) return '';
  for (const block of report.floor ?? []) {
    const speaker = block.speakers.find((s) => s.turnId === turn.turnId);
    if (speaker?.gender) return enLog.genders[speaker.gender];
  }
  return '';
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
  if (report.floor) lines.push('', ...floorMarkdown(plan, report.floor));
  lines.push('', `## ${enLog.turns}`, '');
  lines.push(
    `| ${t.index} | ${t.segment} | ${t.speaker} | ${t.planned} | ${t.actual} | ${t.difference} | ${t.began} | ${t.ended} |`,
    '| ---: | --- | --- | ---: | ---: | ---: | --- | --- |',
  );
  for (const turn of report.turns) {
    if (turn.status === 'notReached') continue;
    lines.push(
      `| ${turn.index} | ${md(segmentName(plan, turn.segmentId))} | ${md(turnSpeakerCell(plan, turn))} | ${seconds(turn.planned)} | ${seconds(turn.actual)} | ${turnDifference(turn)} | ${clock(plan, turn.startedAt)} | ${clock(plan, turn.endedAt)} |`,
    );
  }
  const notes = report.turns.filter((turn) => turn.note);
  if (notes.length > 0) {
    lines.push('', `## ${t.note}`, '');
    for (const turn of notes) lines.push(`- ${turn.index}. ${md(turnSpeaker(plan, turn))}: ${md(turn.note!)}`);
  }
  return `${lines.join('\n')}\n`;
}

const turnSpeakerCell = (plan: Plan, turn: TurnReport) => {
  const mark = turnRoundMark(turn);
  return mark ? `${turnSpeaker(plan, turn)} · ${mark}` : turnSpeaker(plan, turn);
};

/** The totals of an open block as label and value, in the order the record shows them. */
export function floorTotals(plan: Plan, block: FloorBlockReport): [string, string][] {
  const f = enLog.floorTotals;
  const rows: [string, string][] = [
    [f.questionsAsked, String(block.questionsAsked)],
    [f.rounds, String(block.rounds)],
    [f.questionsTime, seconds(block.questionsTime)],
    [f.answersTime, seconds(block.answersTime)],
    [f.floorTime, seconds(block.floorTime)],
  ];
  if (block.otherTime > 0) rows.push([f.otherTime, seconds(block.otherTime)]);
  if (block.interjections > 0) rows.push([f.interjections, seconds(block.interjections)]);
  rows.push([f.used, seconds(block.used)]);
  const names = block.waiting.map((w) => enLog.floorSpeaker(w.name, w.delegation));
  const waiting = names.length > 0 ? `${names.length} · ${enLog.waitingNames(names)}` : '0';
  rows.push([block.over ? f.leftWaiting : f.waitingNow, waiting]);
  if (block.closedAt !== null && block.waitingAtClose !== null)
    rows.push([f.waitingAtClose(formatClock(block.closedAt, plan.timeZone)), String(block.waitingAtClose)]);
  rows.push([f.withdrawn, String(block.withdrawn)]);
  return rows;
}

/** The Markdown section on questions from the floor: per block, the speakers, the answers, the totals and, where recorded, gender. */
function floorMarkdown(plan: Plan, blocks: readonly FloorBlockReport[]): string[] {
  const lines: string[] = [`## ${enLog.floorRecord}`];
  for (const block of blocks) {
    if (blocks.length > 1) lines.push('', `### ${md(segmentName(plan, block.segmentId))}`);
    lines.push('', `| ${t.speaker} | ${t.delegation} | ${t.round} | ${t.actual} |`, '| --- | --- | ---: | ---: |');
    for (const s of block.speakers) lines.push(`| ${md(s.name)} | ${md(s.delegation ?? '')} | ${s.round ?? ''} | ${seconds(s.actual)} |`);
    if (block.answers.length > 0) {
      lines.push('', `| ${t.round} | ${t.panelist} | ${t.actual} |`, '| ---: | --- | ---: |');
      for (const a of block.answers) lines.push(`| ${a.round} | ${md(speakerLabel(plan, a.speakerId))} | ${seconds(a.actual)} |`);
    }
    lines.push('');
    for (const [label, value] of floorTotals(plan, block)) lines.push(`- ${md(label)}${en.colon}${md(value)}`);
    if (block.genders) {
      lines.push(
        '',
        `| ${t.gender} | ${t.requests} | ${t.speakers} | ${t.spoke} | ${t.shareOfQuestions} |`,
        '| --- | ---: | ---: | ---: | ---: |',
      );
      for (const g of block.genders)
        lines.push(
          `| ${enLog.genders[g.gender]} | ${g.requests} | ${g.speakers} | ${seconds(g.actual)} | ${g.share === null ? '' : formatPercent(g.share)} |`,
        );
      lines.push('', md(enLog.genderPanelNote));
    }
  }
  return lines;
}

export function personName(plan: Plan, id: string): string {
  const person = plan.personById[id];
  return person ? displayName(person) : speakerLabel(plan, id);
}
