import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeFormula, toCsv } from '../../src/domain/csv';
import { foldRecord, type RecordEvent } from '../../src/domain/record';
import { buildReport } from '../../src/domain/report';
import type { RunEvent } from '../../src/domain/run';
import { instant } from '../../src/domain/units';
import { balanceLine, heldLine, reportCsv, reportMarkdown, turnRows } from '../../src/features/log/report-files';
import { floorLog } from './floor-fixture';
import { at, buildPlan, ev, play, seedPlan, T0 } from './helpers';

const BOM = '\uFEFF';

/** Parses CSV the way a spreadsheet would, with a real parser, and fails on any parse error. */
function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n', header: false });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** Five turns of the seed panel, with a message, an interjection, a pause, notes that need quoting, and a correction. */
function setup() {
  const plan = seedPlan();
  const log: RunEvent[] = [
    ev.started(T0),
    ev.next(at(5)),
    ev.interjecting(at(7)),
    ev.interjected(at(7, 30)),
    ev.paused(at(8)),
    ev.resumed(at(9)),
    { type: 'messageSent', at: instant(at(11)), text: 'Please wrap up, "thanks"' },
    ev.next(at(12, 30)),
    ev.next(at(20)),
    ev.next(at(24)),
    ev.ended(at(25)),
  ];
  const record: RecordEvent[] = [
    { type: 'noteSet', at: at(13), turnId: 'round-1#0', text: 'Cites "Siem Reap–Angkor", then the 2024 plan' },
    { type: 'noteSet', at: at(14), turnId: 'round-1#1', text: 'First line\r\nsecond line; =SUM(A1)' },
    { type: 'boundaryCorrected', at: at(26), turnId: 'round-1#0', edge: 'end', to: at(11, 50) },
  ];
  const report = buildReport(plan, play(plan, log), log, foldRecord(record), at(30), 'salama');
  return { plan, report };
}

describe('reportCsv', () => {
  it('starts with a UTF-8 byte-order mark, so that Excel reads the names as UTF-8', () => {
    const { plan, report } = setup();
    const csv = reportCsv(plan, report);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.indexOf(BOM, 1)).toBe(-1);
  });

  it('reads back through a CSV parser as exactly the rows of the log', () => {
    const { plan, report } = setup();
    const csv = reportCsv(plan, report);
    const rows = turnRows(plan, report);
    // Every line ends with CRLF, so the parser sees one empty line after the last row.
    expect(parseCsv(csv)).toEqual([...rows, ['']]);
  });

  it('has one row per turn of the record after the header, with the names and notes intact', () => {
    const { plan, report } = setup();
    const [header, ...rows] = parseCsv(reportCsv(plan, report)).slice(0, -1);
    expect(header).toEqual([
      '#',
      'Segment',
      'Question',
      'Speaker',
      'Status',
      'Planned',
      'Planned (s)',
      'Actual',
      'Actual (s)',
      'Over / under',
      'Over / under (s)',
      'Began',
      'Ended',
      'Interjections',
      'Interjections (s)',
      'Paused',
      'Paused (s)',
      'Messages',
      'Note',
      'Corrected',
      'Delegation or organisation',
      'Round',
      'Answers round',
      'Gender',
    ]);
    expect(rows).toHaveLength(report.turns.length);
    expect(rows.map((r) => r[3])).toEqual([
      'Hana Salama',
      'H.E. Himalee Arunatilaka',
      'H.E. Papa Maguèye Diop',
      'H.E. Papa Maguèye Diop',
      'H.E. Himalee Arunatilaka',
      'Jean Munro',
      'Jean Munro',
      'H.E. Himalee Arunatilaka',
      'H.E. Papa Maguèye Diop',
      'The floor',
      'Hana Salama',
    ]);
    expect(rows.map((r) => r[4])).toEqual(['held', 'held', 'held', 'held', 'held', ...Array(6).fill('not reached')]);
    const [, second, third] = rows;
    // Turn 2 ended 40 s early after the correction: 17:05:00–17:11:50 with 0:30 of interjection and 1:00 paused.
    expect(second).toEqual([
      '2',
      'Question 1: steps taken by States',
      'Q1',
      'H.E. Himalee Arunatilaka',
      'held',
      '6:00',
      '360',
      '5:20',
      '320',
      '−0:40',
      '-40',
      '17:05:00',
      '17:11:50',
      '0:30',
      '30',
      '1:00',
      '60',
      'Please wrap up, "thanks"',
      'Cites "Siem Reap–Angkor", then the 2024 plan',
      'Ended',
      '',
      '',
      '',
      '',
    ]);
    expect(third).toEqual([
      '3',
      'Question 1: steps taken by States',
      'Q1',
      'H.E. Papa Maguèye Diop',
      'held',
      '6:00',
      '360',
      '8:10',
      '490',
      '+2:10',
      '130',
      '17:11:50',
      '17:20:00',
      '0:00',
      '0',
      '0:00',
      '0',
      '',
      'First line\r\nsecond line; =SUM(A1)',
      '',
      '',
      '',
      '',
      '',
    ]);
  });
});

describe('toCsv', () => {
  it('reads back through a CSV parser as the same rows, whatever the text', () => {
    const field = fc.string({ unit: 'grapheme', maxLength: 12 });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((width) => fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 })),
        (rows) => {
          const csv = toCsv(rows);
          expect(csv.startsWith(BOM)).toBe(true);
          // Text that would start a formula reads back with its quote (see csv.test.ts).
          expect(parseCsv(csv)).toEqual([...rows.map((row) => row.map(escapeFormula)), ['']]);
        },
      ),
    );
  });
});

describe('balanceLine', () => {
  const lineAfter = (log: RunEvent[]) => {
    const plan = seedPlan();
    return balanceLine(plan, buildReport(plan, play(plan, log), log, foldRecord([]), at(60), 'salama'));
  };

  it('names a panelist who has not spoken yet', () => {
    expect(lineAfter([ev.started(T0), ev.next(at(5)), ev.next(at(11))])).toBe('Jean Munro has not had the floor yet.');
  });

  it('gives the longest over the shortest to one decimal', () => {
    // Arunatilaka 6:00 + 4:00, Diop 6:30 + 4:00, Munro 4:00 + 2:30: 10:30 / 6:30 = 1.615…
    const log = [
      ev.started(T0),
      ev.next(at(5)),
      ev.next(at(11)),
      ev.next(at(17, 30)),
      ev.next(at(21, 30)),
      ev.next(at(25, 30)),
      ev.next(at(29, 30)),
      ev.next(at(32)),
      ev.ended(at(32)),
    ];
    expect(lineAfter(log)).toBe(
      'The longest-speaking panelist (H.E. Papa Maguèye Diop) had 1.6 times the floor of the shortest (Jean Munro).',
    );
  });

  it('says the floor was shared equally within five per cent', () => {
    // 10:00, 10:00 and 9:40: 10:00 / 9:40 = 1.034.
    const log = [
      ev.started(T0),
      ev.next(at(5)),
      ev.next(at(11)),
      ev.next(at(17)),
      ev.next(at(21)),
      ev.next(at(25)),
      ev.next(at(29)),
      ev.next(at(34, 40)),
      ev.ended(at(34, 40)),
    ];
    expect(lineAfter(log)).toBe('The panelists had the floor in equal measure.');
  });
});

describe('reportMarkdown', () => {
  it('has the title, who spoke how long, every turn held and the notes, with table characters escaped', () => {
    const { plan, report } = setup();
    const md = reportMarkdown(plan, report);
    expect(md.split('\n')[0]).toBe(`# Record: ${plan.title}`);
    expect(md).toContain('Intersessional Meetings, 17-20 June 2025 · 19 June 2025 · 17:00–18:00 · Room A');
    expect(md).toContain('| H.E. Papa Maguèye Diop | 2 | 14:00 | 12:10 | 66% |');
    expect(md).toContain('| 3 | Question 1: steps taken by States | H.E. Papa Maguèye Diop | 6:00 | 8:10 | +2:10 | 17:11:50 | 17:20:00 |');
    expect(md).toContain('- 3. H.E. Papa Maguèye Diop: First line second line; =SUM(A1)');
    expect(md).not.toContain('not reached');
    // Held at the agenda's time: nothing said about when.
    expect(heldLine(plan, report)).toBeNull();
  });

  it("says when the run was held if not at the agenda's date and time", () => {
    const plan = seedPlan();
    const start = instant(Date.UTC(2025, 5, 18, 8, 0));
    const log = [ev.started(start), ev.next(at(5, 0, start)), ev.ended(at(6, 0, start))];
    const report = buildReport(
      plan,
      play(plan, log),
      log,
      foldRecord([{ type: 'noteSet', at: at(7, 0, start), turnId: 'opening#0', text: 'a | b' }]),
      at(7, 0, start),
      'salama',
    );
    const md = reportMarkdown(plan, report);
    expect(md).toContain('\nThis run was held on 18 June 2025, from 10:00.\n');
    expect(md).toContain('- 1. Hana Salama: a \\| b');
  });
});

describe('questions from the floor in the exports', () => {
  const floorReport = () => {
    const plan = buildPlan();
    const log = floorLog();
    return { plan, report: buildReport(plan, play(plan, log), log, foldRecord([]), at(50), 'mod') };
  };

  it('gives every floor speaker a CSV row with their name, delegation, round and gender, and each answer its round', () => {
    const { plan, report } = floorReport();
    const [header, ...rows] = parseCsv(reportCsv(plan, report)).slice(0, -1);
    const col = (name: string) => header!.indexOf(name);
    expect(header!.slice(-4)).toEqual(['Delegation or organisation', 'Round', 'Answers round', 'Gender']);
    const pick = (row: string[]) => [row[col('Speaker')], row[col('Actual')], ...row.slice(-4)];
    const floorRows = rows.filter((r) => r[col('Segment')] === 'Questions from the floor' && r[col('Status')] === 'held');
    expect(floorRows.map(pick)).toEqual([
      ['The floor', '1:00', '', '', '', ''],
      ['Alice Aro', '1:30', 'Chile', '1', '', 'Woman'],
      ['The floor', '0:30', '', '', '', ''],
      ['Bob Bay', '1:00', 'Kenya', '1', '', 'Man'],
      ['The floor', '0:30', '', '', '', ''],
      ['Ana Panelist', '2:00', '', '', '1', ''],
      ['Ben Panelist', '1:30', '', '', '1', ''],
      ['The floor', '6:30', '', '', '', ''],
    ]);
    // Rounds are numbers a spreadsheet can count.
    expect(reportCsv(plan, report)).toContain(',Chile,1,,Woman\r\n');
  });

  it('has a Markdown section on questions from the floor with the speakers, the answers, the totals and gender', () => {
    const { plan, report } = floorReport();
    const md = reportMarkdown(plan, report);
    const section = md.slice(md.indexOf('## Questions from the floor'), md.indexOf('## Turns'));
    expect(section).toContain('| Alice Aro | Chile | 1 | 1:30 |');
    expect(section).toContain('| Bob Bay | Kenya | 1 | 1:00 |');
    expect(section).toContain('| 1 | Ana Panelist | 2:00 |');
    expect(section).toContain('| 1 | Ben Panelist | 1:30 |');
    for (const line of [
      '- Questions asked: 2',
      '- Question rounds: 1',
      '- Time for questions: 2:30',
      '- Time for answers: 3:30',
      '- The floor’s own time (chairing, between speakers): 8:30',
      '- Interjections: 0:30',
      '- Time used: 15:00',
      '- Left waiting: 1 · Dana Dee',
      '- Waiting when the list closed at 17:34: 1',
      '- Requests withdrawn: 1',
    ])
      expect(section).toContain(`${line}\n`);
    expect(section).toContain('| Woman | 2 | 1 | 1:30 | 60% |');
    expect(section).toContain('| Man | 1 | 1 | 1:00 | 40% |');
    expect(section).toContain('| Not recorded | 1 | 0 | 0:00 | 0% |');
    expect(section).toContain('the agenda records none for the panel');
    // The turns name the floor speakers and mark the answers.
    expect(md).toContain('| Alice Aro (Chile) · question, round 1 |');
    expect(md).toContain('| Ben Panelist · answering round 1 |');
  });

  it('has no such section when the run had no list of speakers', () => {
    const { plan, report } = setup();
    expect(reportMarkdown(plan, report)).not.toContain('Questions from the floor\n');
    expect(report.floor).toBeNull();
  });
});
