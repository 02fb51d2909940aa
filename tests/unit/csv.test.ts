import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeFormula, own, toCsv } from '../../src/domain/csv';
import { foldRecord, type RecordEvent } from '../../src/domain/record';
import { buildReport } from '../../src/domain/report';
import { reportCsv } from '../../src/features/log/report-files';
import { at, buildPlan, ev, play, T0 } from './helpers';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

/** The rows a spreadsheet's CSV reader gets back, without the empty line after the last CRLF. */
function read(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { delimiter: ',', newline: '\r\n', header: false });
  expect(result.errors).toEqual([]);
  return result.data.slice(0, -1);
}

describe('escapeFormula', () => {
  it.each(TRIGGERS)('puts a single quote before text that starts with %j', (first) => {
    expect(escapeFormula(`${first}SUM(A1:A9)`)).toBe(`'${first}SUM(A1:A9)`);
  });

  it('leaves other text as it is, a formula character inside the text included', () => {
    for (const text of ['', 'Hana Salama', ' =1+1', 'a=b', '−0:40', "'quoted", '1+1']) expect(escapeFormula(text)).toBe(text);
  });

  it('changes nothing the second time', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(escapeFormula(escapeFormula(text))).toBe(escapeFormula(text));
      }),
    );
  });
});

describe('toCsv', () => {
  it('quotes an escaped field as well as prefixing it', () => {
    expect(toCsv([['=HYPERLINK("http://x")', '@me']])).toBe('\uFEFF"\'=HYPERLINK(""http://x"")","\'@me"\r\n');
  });

  it('writes numbers and the app’s own values as they are, signs included', () => {
    expect(toCsv([[-12, 130, own('+2:10'), own('−0:40')]])).toBe('\uFEFF-12,130,+2:10,−0:40\r\n');
  });

  it('reads back any text from people as its escaped value: the original after a quote when it starts a formula', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.tuple(fc.constantFrom(...TRIGGERS), fc.string({ unit: 'grapheme', maxLength: 12 })).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (cells) => {
        const [row] = read(toCsv([cells]));
        expect(row).toEqual(cells.map(escapeFormula));
        row!.forEach((cell, i) => {
          const original = cells[i]!;
          const starts = TRIGGERS.some((c) => original.startsWith(c));
          // No cell starts a formula, and taking the quote off gives the text back.
          expect(TRIGGERS.some((c) => cell.startsWith(c))).toBe(false);
          expect(starts ? cell.slice(1) : cell).toBe(original);
        });
      }),
    );
  });
});

describe('reportCsv', () => {
  it('keeps names, titles and notes that start with = + - @ as text, and durations as numbers', () => {
    const plan = buildPlan({
      people: [
        { id: 'mod', name: '=cmd|"/c calc"!A1', role: 'moderator' },
        { id: 'ana', name: '+Ana', role: 'panelist' },
        { id: 'ben', name: '-Ben', role: 'panelist' },
      ],
      segments: [
        { id: 'opening', title: '@Opening', turns: [{ speaker: 'mod', minutes: 5 }] },
        { id: 'round-1', question: 'q1', turns: [{ speaker: 'ana', minutes: 1 }] },
      ],
    });
    const log = [ev.started(T0), ev.next(at(4, 48)), ev.ended(at(6))];
    const record: RecordEvent[] = [{ type: 'noteSet', at: at(7), turnId: 'opening#0', text: '=1+1 is not a sum' }];
    const report = buildReport(plan, play(plan, log), log, foldRecord(record), at(7), 'mod');
    const [header, first, second] = read(reportCsv(plan, report));
    const column = (row: string[] | undefined, name: string) => row![header!.indexOf(name)];
    expect(column(first, 'Speaker')).toBe('\'=cmd|"/c calc"!A1');
    expect(column(first, 'Segment')).toBe("'@Opening");
    expect(column(first, 'Note')).toBe("'=1+1 is not a sum");
    expect(column(second, 'Speaker')).toBe("'+Ana");
    // The opening ended 12 s early, the round ran 12 s over: signs as numbers, not text.
    expect([column(first, 'Over / under'), column(first, 'Over / under (s)')]).toEqual(['−0:12', '-12']);
    expect([column(second, 'Over / under'), column(second, 'Over / under (s)')]).toEqual(['+0:12', '12']);
    expect(column(second, 'Actual (s)')).toBe('72');
  });
});
