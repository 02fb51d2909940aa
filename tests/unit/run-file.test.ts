import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordEvent } from '../../src/domain/record';
import type { RunEvent } from '../../src/domain/run';
import { RUN_EXPORT_FORMAT, runIdOf, serializeRun } from '../../src/domain/run-export';
import { MAX_RUN_FILE_BYTES, parseRunExport } from '../../src/domain/run-import';
import { at, ev, SEED_AGENDA, T0 } from './helpers';

/** A short run of the seed panel with a message, and the rapporteur's note and correction. */
function setup(note = 'Cites the Siem Reap–Angkor plan') {
  const log: RunEvent[] = [
    ev.started(T0, 'scheduled'),
    ev.next(at(5)),
    ev.paused(at(6)),
    ev.resumed(at(7)),
    { type: 'messageSent', at: at(10), text: 'Please wrap up' },
    ev.next(at(11, 40)),
    ev.ended(at(15)),
  ];
  const record: RecordEvent[] = [
    { type: 'noteSet', at: at(12), turnId: 'round-1#0', text: note },
    { type: 'boundaryCorrected', at: at(13), turnId: 'round-1#0', edge: 'end', to: at(11) },
  ];
  return { log, record, text: serializeRun(SEED_AGENDA, log, record) };
}

describe('parseRunExport', () => {
  it("reads back the agenda, the run and the rapporteur's log it was given", () => {
    const { log, record, text } = setup();
    expect(parseRunExport(text)).toEqual({ format: RUN_EXPORT_FORMAT, agenda: SEED_AGENDA, log, record });
    expect(runIdOf(log)).toBe(`run-${T0}`);
  });

  it('reads back any note as it was written', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (note) => {
        const { record, text } = setup(note);
        expect(parseRunExport(text)?.record).toEqual(record);
      }),
    );
  });

  it("reads a file without the rapporteur's log as one with none", () => {
    const { log, text } = setup();
    const data = JSON.parse(text) as Record<string, unknown>;
    delete data.record;
    expect(parseRunExport(JSON.stringify(data))).toEqual({ format: RUN_EXPORT_FORMAT, agenda: SEED_AGENDA, log, record: [] });
  });

  it('refuses what is not a run file: another format, a broken agenda, a bad event, a bad note, not JSON', () => {
    const { text } = setup();
    const changed = (change: (data: Record<string, unknown>) => void) => {
      const data = JSON.parse(text) as Record<string, unknown>;
      change(data);
      return JSON.stringify(data);
    };
    expect(
      parseRunExport(
        changed((d) => {
          d.format = 'run-of-show/agenda@1';
        }),
      ),
    ).toBeNull();
    expect(
      parseRunExport(
        changed((d) => {
          (d.agenda as { segments: unknown[] }).segments = [];
        }),
      ),
    ).toBeNull();
    expect(
      parseRunExport(
        changed((d) => {
          (d.log as unknown[]).push({ type: 'turnAdvanced', at: 'soon' });
        }),
      ),
    ).toBeNull();
    expect(
      parseRunExport(
        changed((d) => {
          (d.record as unknown[]).push({ type: 'noteSet', at: 1, turnId: 'x' });
        }),
      ),
    ).toBeNull();
    expect(
      parseRunExport(
        changed((d) => {
          d.record = 'none';
        }),
      ),
    ).toBeNull();
    expect(parseRunExport(JSON.stringify(SEED_AGENDA))).toBeNull();
    expect(parseRunExport(text.slice(0, -20))).toBeNull();
    expect(parseRunExport('null')).toBeNull();
  });

  it('refuses a file larger than any record, without reading it as JSON', () => {
    const { text } = setup();
    const padded = text.replace('{', `{"padding": "${'x'.repeat(MAX_RUN_FILE_BYTES)}",`);
    expect(JSON.parse(padded)).toHaveProperty('format', RUN_EXPORT_FORMAT);
    expect(parseRunExport(padded)).toBeNull();
  });

  it('never throws, whatever the file holds', () => {
    const { text } = setup();
    const base = JSON.parse(text) as Record<string, unknown>;
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('format', 'agenda', 'log', 'record', 'extra'), (value, key) => {
        expect(() => parseRunExport(JSON.stringify({ ...base, [key]: value }))).not.toThrow();
        expect(() => parseRunExport(JSON.stringify(value))).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(fc.string(), (junk) => {
        expect(() => parseRunExport(junk)).not.toThrow();
      }),
    );
  });
});
