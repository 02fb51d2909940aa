import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/domain/csv';
import { foldRecord, type RecordEvent } from '../../src/domain/record';
import { buildReport } from '../../src/domain/report';
import type { RunEvent } from '../../src/domain/run';
import { instant } from '../../src/domain/units';
import { reportCsv, turnRows } from '../../src/features/log/report-files';
import { at, ev, play, seedPlan, T0 } from './helpers';

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
    ev.started(T0), ev.next(at(5)),
    ev.interjecting(at(7)), ev.interjected(at(7, 30)), ev.paused(at(8)), ev.resumed(at(9)),
    { type: 'messageSent', at: instant(at(11)), text: 'Please wrap up, "thanks"' },
    ev.next(at(12, 30)), ev.next(at(20)), ev.next(at(24)), ev.ended(at(25)),
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
    expect(header).toEqual(['#', 'Segment', 'Question', 'Speaker', 'Status', 'Planned', 'Actual', 'Over / under', 'Began', 'Ended',
      'Interjections', 'Paused', 'Messages', 'Note', 'Corrected', 'Planned (s)', 'Actual (s)']);
    expect(rows).toHaveLength(report.turns.length);
    expect(rows.map((r) => r[3])).toEqual(['Hana Salama', 'H.E. Himalee Arunatilaka', 'H.E. Papa Maguèye Diop', 'H.E. Papa Maguèye Diop',
      'H.E. Himalee Arunatilaka', 'Jean Munro', 'Jean Munro', 'H.E. Himalee Arunatilaka', 'H.E. Papa Maguèye Diop', 'The floor', 'Hana Salama']);
    expect(rows.map((r) => r[4])).toEqual(['held', 'held', 'held', 'held', 'held', ...Array(6).fill('not reached')]);
    const [, second, third] = rows;
    // Turn 2 ended 40 s early after the correction: 17:05:00–17:11:50 with 0:30 of interjection and 1:00 paused.
    expect(second).toEqual(['2', 'Question 1: steps taken by States', 'Q1', 'H.E. Himalee Arunatilaka', 'held', '6:00', '5:20', '−0:40',
      '17:05:00', '17:11:50', '0:30', '1:00', 'Please wrap up, "thanks"', 'Cites "Siem Reap–Angkor", then the 2024 plan', 'Ended', '360', '320']);
    expect(third).toEqual(['3', 'Question 1: steps taken by States', 'Q1', 'H.E. Papa Maguèye Diop', 'held', '6:00', '8:10', '+2:10',
      '17:11:50', '17:20:00', '0:00', '0:00', '', 'First line\r\nsecond line; =SUM(A1)', '', '360', '490']);
  });
});

describe('toCsv', () => {
  it('reads back through a CSV parser as the same rows, whatever the text', () => {
    const field = fc.string({ unit: 'grapheme', maxLength: 12 });
    fc.assert(fc.property(fc.integer({ min: 1, max: 5 }).chain((width) => fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 })), (rows) => {
      const csv = toCsv(rows);
      expect(csv.startsWith(BOM)).toBe(true);
      expect(parseCsv(csv)).toEqual([...rows, ['']]);
    }));
  });
});
