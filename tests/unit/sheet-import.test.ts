import fc from 'fast-check';
import { File as NodeFile } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { AGENDA_FORMAT, type Agenda, type Segment } from '../../src/domain/agenda';
import { emptyAgenda } from '../../src/domain/agenda-edit';
import { validateAgenda } from '../../src/domain/validate-agenda';
import { guessField, guessLayout, remap } from '../../src/features/plan/import/columns';
import { importSheet } from '../../src/features/plan/import/grid-to-agenda';
import { describeProblem } from '../../src/features/plan/import/ImportDialog';
import { planCsv } from '../../src/features/plan/import/plan-csv';
import { readGrid } from '../../src/features/plan/import/read-grid';
import type { Grid } from '../../src/features/plan/import/types';
import type { Lang } from '../../src/i18n/lang';
import { SEED_AGENDA } from './helpers';

const BASE = emptyAgenda('2026-03-02');
const context = { base: BASE, fileName: 'programme.csv', deviceTimeZone: 'Europe/Zurich' };

function run(grid: Grid) {
  const layout = guessLayout(grid);
  return { layout, result: importSheet(grid, layout, context) };
}

describe('guessing the columns', () => {
  it.each([
    ['Speaker', 'speaker'],
    ['Intervenant', 'speaker'],
    ['Nom de l’intervenant', 'speaker'],
    ['Orador/a', 'speaker'],
    ['Ponente', 'speaker'],
    ['Durée (min)', 'minutes'],
    ['Temps de parole', 'minutes'],
    ['Duración', 'minutes'],
    ['Time (min)', 'minutes'],
    ['Heure de début', 'start'],
    ['Start time', 'start'],
    ['Hora de inicio', 'start'],
    ['Fin', 'end'],
    ['Délégation', 'organization'],
    ['Organización', 'organization'],
    ['Fonction', 'position'],
    ['Cargo', 'position'],
    ['Rôle', 'role'],
    ['Séquence', 'segment'],
    ['N°', 'segmentNo'],
    ['#', 'segmentNo'],
    ['Question directrice', 'question'],
    ['Pregunta', 'question'],
    ['Remarques', 'notes'],
    ['Minutes per question', 'questionMinutes'],
    ['Función', 'role'],
    ['الدقائق', 'minutes'],
    ['المتحدِّث', 'speaker'],
    ['رقم الجزء', 'segmentNo'],
    ['الدقائق لكل سؤال', 'questionMinutes'],
    ['الملاحظات', 'notes'],
    ['Cue', null],
    ['Colour', null],
    ['', null],
  ])('%s → %s', (header, field) => {
    expect(guessField(header)).toBe(field);
  });

  it('finds the header under a title row and the session rows, and reads the session', () => {
    const grid = [
      ['Programme du panel'],
      ['Titre', 'Synergies FPS et déminage'],
      ['Date', '19/06/2025'],
      ['Début', '17h00'],
      [],
      ['N°', 'Intervenant', 'Durée'],
    ];
    const layout = guessLayout(grid);
    expect(layout.headerRow).toBe(5);
    expect(layout.mapping).toEqual(['segmentNo', 'speaker', 'minutes']);
    expect(layout.session.title?.value).toBe('Synergies FPS et déminage');
    expect(layout.session.date?.row).toBe(2);
  });

  it('never takes a session row for the header, even when its value holds column words', () => {
    const layout = guessLayout([
      ['Title', 'Panel session: time to act, speaker by speaker'],
      ['Speaker', 'Minutes'],
    ]);
    expect(layout.headerRow).toBe(1);
  });

  it('gives a field to one column only', () => {
    expect(guessLayout([['Speaker', 'Name', 'Minutes']]).mapping).toEqual(['speaker', null, 'minutes']);
    expect(remap(['speaker', null, 'minutes'], 1, 'speaker')).toEqual([null, 'speaker', 'minutes']);
  });
});

describe('a French programme', () => {
  const grid: Grid = [
    ['Titre', 'Renforcer les synergies'],
    ['Date', '19 juin 2025'],
    ['Fuseau horaire', 'Europe/Zurich'],
    [],
    ['Séquence', 'Intervenant', 'Rôle', 'Organisation', 'Heure', 'Durée', 'Remarques'],
    ['Ouverture', 'Hana Salama', 'Modératrice', 'UNIDIR', '17h00', '4', 'micro 1'],
    ['Tour 1', 'S.E. Himalee Arunatilaka', 'Panéliste', 'Sri Lanka', '17h04', '5 min', ''],
    ['', 'Papa Maguèye Diop', 'Panéliste', 'Sénégal', '17h09', '1:30', ''],
    ['', 'hana  salama', '', '', '', '90 s', ''],
    ['Questions de la salle', '', '', '', '17.15', '10', ''],
    ['Clôture', 'Hana Salama', '', '', '5:25 PM', '1h 15', ''],
  ];

  it('gives the plan: people by name, segments by title, honorifics split, times as typed', () => {
    const { result } = run(grid);
    const { agenda } = result;
    expect(agenda.title).toBe('Renforcer les synergies');
    expect(agenda.date).toBe('2025-06-19');
    expect(agenda.start).toBe('17:00');
    expect(agenda.timeZone).toBe('Europe/Zurich');
    expect(agenda.people).toEqual([
      { id: 'hana-salama', name: 'Hana Salama', role: 'moderator', organization: 'UNIDIR' },
      { id: 'himalee-arunatilaka', name: 'Himalee Arunatilaka', role: 'panelist', honorific: 'S.E.', organization: 'Sri Lanka' },
      { id: 'papa-magueye-diop', name: 'Papa Maguèye Diop', role: 'panelist', organization: 'Sénégal' },
    ]);
    expect(agenda.segments.map((s) => [s.title, s.minutes, s.turns?.map((t) => [t.speaker, t.minutes])])).toEqual([
      ['Ouverture', undefined, [['hana-salama', 4]]],
      [
        'Tour 1',
        undefined,
        [
          ['himalee-arunatilaka', 5],
          ['papa-magueye-diop', 1.5],
          ['hana-salama', 1.5],
        ],
      ],
      ['Questions de la salle', 10, undefined],
      ['Clôture', undefined, [['hana-salama', 75]]],
    ]);
    expect(validateAgenda(agenda).ok).toBe(true);
    // The notes column is named as left out; nothing else is a problem.
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([['notesLeftOut', 'warning']]);
    // No end in the sheet: the session ends when its plan does (97 minutes from 17:00).
    expect(agenda.end).toBe('18:37');
    expect(describeProblem(result.problems[0]!, grid[4]!)).toBe(
      'Column G “Remarques”: notes are not imported: the plan has no place for them.',
    );
  });

  it('names the row and column of minutes written as words, and gives no plan to accept', () => {
    const broken = grid.map((row, i) => (i === 7 ? row.map((c, j) => (j === 5 ? 'cinq' : c)) : row));
    const { result } = run(broken);
    expect(result.ok).toBe(false);
    const problem = result.problems.find((p) => p.code === 'badMinutes')!;
    expect(describeProblem(problem, broken[4]!)).toBe(
      'Row 8, column F “Durée”: expected minutes (such as 5, 2.5, 1:30, 90 s or 1h 15), found “cinq”.',
    );
  });

  it('without a speaker column it says so, and choosing the column gives the plan', () => {
    const unknown = grid.map((row, i) => (i === 4 ? row.map((c, j) => (j === 1 ? 'Au pupitre' : c)) : row));
    const { layout, result } = run(unknown);
    expect(layout.mapping[1]).toBe(null);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toContain('noSpeakerColumn');
    const fixed = importSheet(unknown, { ...layout, mapping: remap(layout.mapping, 1, 'speaker') }, context);
    expect(fixed.ok).toBe(true);
    expect(fixed.agenda.people).toHaveLength(3);
  });
});

describe('times from start and end columns', () => {
  it('counts minutes from the next start, and the last from the end', () => {
    const { result } = run([
      ['Speaker', 'Start', 'End'],
      ['Ana', '09:00', ''],
      ['Ben', '9:10 AM', ''],
      ['Ana', '09h25', '09:30'],
    ]);
    expect(result.agenda.segments.map((s) => s.turns?.map((t) => t.minutes))).toEqual([[10, 15, 5]]);
    expect([result.agenda.start, result.agenda.end]).toEqual(['09:00', '09:30']);
    expect(result.agenda.people.find((p) => p.name === 'Ana')?.role).toBe('moderator');
  });

  it('moves a date-time with an offset into the venue’s zone', () => {
    const { result } = run([['Time zone', 'Asia/Tokyo'], [], ['Speaker', 'Start', 'Minutes'], ['Ana', '2025-06-18T23:30:00Z', '10']]);
    expect([result.agenda.date, result.agenda.start]).toEqual(['2025-06-19', '08:30']);
  });
});

describe('spreadsheets as organizers make them', () => {
  it('an unknown time zone is named at its row, and the times are still read', () => {
    const grid = [['Time zone', 'Geneva'], [], ['Speaker', 'Start', 'Minutes'], ['Ana', '2025-06-18T23:30:00Z', '10']];
    const { layout, result } = run(grid);
    expect(result.ok).toBe(false);
    const zone = result.problems.find((p) => p.issue?.code === 'badTimeZone')!;
    expect(describeProblem(zone, grid[2]!, layout.headerRow)).toBe(
      'Row 1, column B: not a known time zone: Geneva (use a name like "Europe/Zurich").',
    );
  });

  it('leaves out a total at the foot of the table, and says so', () => {
    const grid = [
      ['Speaker', 'Minutes'],
      ['Ana', '5'],
      ['Ben', '5'],
      ['Total', '10'],
    ];
    const { result } = run(grid);
    expect(result.agenda.people.map((p) => p.name)).toEqual(['Ana', 'Ben']);
    expect(
      describeProblem(
        result.problems.find((p) => p.code === 'totalRow')!,
        grid[0]!,
      ),
    ).toBe('Row 4, column A “Speaker”: a total, not imported.');
  });

  it('an end before its start is an error at that cell, not a turn past midnight', () => {
    const grid = [
      ['Speaker', 'Start', 'End'],
      ['Ana', '10:30', '10:00'],
    ];
    const { result } = run(grid);
    expect(result.ok).toBe(false);
    expect(describeProblem(result.problems[0]!, grid[0]!)).toBe('Row 2, column C “End”: the end (10:00) must be after the start (10:30).');
  });

  it('a segment number merged over its rows (blank under the first) keeps them in one segment', () => {
    const { result } = run([
      ['#', 'Segment', 'Speaker', 'Minutes'],
      ['1.', 'Opening', 'Ana', '4'],
      ['', '', 'Ben', '5'],
      ['01', '', 'Cleo', '3'],
      ['2', 'Closing', 'Ana', '2'],
    ]);
    expect(result.agenda.segments.map((s) => [s.title, s.turns?.length])).toEqual([
      ['Opening', 3],
      ['Closing', 1],
    ]);
  });

  it('reads a slot written in one cell as its start and end', () => {
    const { result } = run([
      ['Speaker', 'Time slot'],
      ['Ana', '10:00–10:15'],
      ['Ben', '10:15 - 10:30'],
    ]);
    expect(result.agenda.segments[0]!.turns!.map((t) => t.minutes)).toEqual([15, 15]);
    expect([result.agenda.start, result.agenda.end]).toEqual(['10:00', '10:30']);
  });

  it('says where times leave a gap the plan will not keep, and refuses a second day', () => {
    const grid = [
      ['Speaker', 'Date', 'Start', 'End'],
      ['Ana', '19/06/2025', '10:00', '10:05'],
      ['Ben', '19/06/2025', '10:15', '10:30'],
      ['Cleo', '20/06/2025', '09:00', '09:10'],
    ];
    const { result } = run(grid);
    const gap = result.problems.find((p) => p.code === 'gap')!;
    expect(describeProblem(gap, grid[0]!)).toBe(
      'Row 3, column C “Start”: the 10 minutes from 10:05 to 10:15 are not in the plan, where turns follow one another: add a segment for a break.',
    );
    const day = result.problems.find((p) => p.code === 'otherDay')!;
    expect(describeProblem(day, grid[0]!)).toBe(
      'Row 4, column B “Date”: a second day (20/06/2025); a plan is one session on one day: import each day on its own.',
    );
    expect(result.ok).toBe(false);
  });

  it('takes for the header the row that names the most columns, not an information row above it', () => {
    const { layout } = run([
      ['Session', 'Climate', 'Date', '19/06/2025'],
      ['Speaker', 'Organisation', 'Minutes'],
      ['Ana', 'UNEP', '5'],
    ]);
    expect(layout.headerRow).toBe(1);
  });
});

describe('the loader’s own checks, placed in the sheet', () => {
  it('says which row is over its segment', () => {
    const grid = [
      ['Segment', 'Speaker', 'Minutes', 'Block minutes'],
      ['Round', 'Ana', '5', '6'],
      ['Round', 'Ben', '5', ''],
    ];
    const { result } = run(grid);
    expect(result.ok).toBe(true);
    const over = result.problems.find((p) => p.issue?.code === 'turnsExceedSegment')!;
    expect(describeProblem(over, grid[0]!)).toBe(
      "Row 2, column D “Block minutes”: the turns add up to 10 minutes, more than the segment's 6.",
    );
  });
});

// ---- Out as CSV and back -------------------------------------------------------------------

/** Text a person types in a field: trimmed, not empty, in any script, with the characters CSV and formulas care about. */
const text = fc
  .array(fc.constantFrom(...Array.from('aéßçÑ Zx9,;"\'=+-@محمد李 😀'), 'Maguèye', 'H.E.', '\n'), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join('').trim().replace(/\s+/g, ' '))
  .filter((t) => t.length > 0);

/** Minutes as the plan editor takes them: whole seconds (4/3), or a number typed with up to four decimals (1.2345). */
const minutes = fc.oneof(
  fc.integer({ min: 1, max: 3600 }).map((s) => s / 60),
  fc.integer({ min: 1, max: 600_000 }).map((n) => n / 10_000),
);

const agendaArb: fc.Arbitrary<Agenda> = fc
  .record({
    title: text,
    event: fc.option(text, { nil: undefined }),
    venue: fc.option(text, { nil: undefined }),
    timeZone: fc.option(fc.constantFrom('Europe/Zurich', 'America/New_York', 'Asia/Tokyo'), { nil: undefined }),
    language: fc.option(fc.constantFrom('en', 'fr', 'es-419', 'ar'), { nil: undefined }),
    signals: fc.option(fc.constantFrom({ wrapUpSeconds: 90, finalSeconds: 20 }, { wrapUpSeconds: 60, finalSeconds: 15 }), {
      nil: undefined,
    }),
    names: fc.uniqueArray(text, { minLength: 1, maxLength: 6, selector: (t) => t.toLowerCase() }),
    people: fc.array(
      fc.record({
        role: fc.constantFrom('moderator', 'panelist', 'speaker'),
        honorific: fc.option(fc.constantFrom('H.E.', 'Dr', 'S.E.M.'), { nil: undefined }),
        position: fc.option(text, { nil: undefined }),
        organization: fc.option(text, { nil: undefined }),
      }),
      { minLength: 6, maxLength: 6 },
    ),
    questions: fc.uniqueArray(text, { maxLength: 3, selector: (t) => t.toLowerCase() }),
    segments: fc.array(
      fc.record({
        title: fc.option(text, { nil: undefined }),
        questionIndex: fc.option(fc.nat(5), { nil: undefined }),
        open: fc.boolean(),
        minutes: fc.option(minutes, { nil: undefined }),
        flex: fc.option(fc.boolean(), { nil: undefined }),
        floor: fc.option(
          fc.record({
            questionMinutes: minutes,
            answerMinutes: minutes,
            roundSize: fc.integer({ min: 1, max: 4 }),
            askGender: fc.boolean(),
          }),
          {
            nil: undefined,
          },
        ),
        turns: fc.array(fc.record({ who: fc.nat(5), minutes }), { minLength: 1, maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map((g) => {
    const people = g.names.map((name, i) => {
      const p = g.people[i]!;
      return {
        id: `p${i}`,
        name,
        role: p.role,
        ...(p.honorific ? { honorific: p.honorific } : {}),
        ...(p.position ? { position: p.position } : {}),
        ...(p.organization ? { organization: p.organization } : {}),
      };
    });
    const questions = g.questions.map((q, i) => ({ id: `q${i}`, text: q }));
    const segments: Segment[] = g.segments.map((s, i) => {
      const question = s.questionIndex !== undefined && questions[s.questionIndex] ? questions[s.questionIndex]!.id : undefined;
      const base = {
        id: `s${i}`,
        ...(s.title ? { title: s.title } : {}),
        ...(question ? { question } : {}),
        ...(s.flex !== undefined ? { flex: s.flex } : {}),
      };
      if (s.open) return { ...base, minutes: s.minutes ?? 10, ...(s.floor ?? {}) };
      const turns = s.turns.map((t) => ({ speaker: people[t.who % people.length]!.id, minutes: t.minutes }));
      const total = turns.reduce((sum, t) => sum + t.minutes, 0);
      return { ...base, ...(s.minutes !== undefined ? { minutes: Math.ceil(total) + 1 } : {}), turns };
    });
    return {
      format: AGENDA_FORMAT,
      title: g.title,
      ...(g.event ? { event: g.event } : {}),
      date: '2025-06-19',
      start: '17:00',
      end: '23:50',
      ...(g.timeZone ? { timeZone: g.timeZone } : {}),
      ...(g.venue ? { venue: g.venue } : {}),
      ...(g.language ? { language: g.language } : {}),
      ...(g.signals ? { signals: g.signals } : {}),
      people,
      questions,
      segments,
    } as Agenda;
  });

/** The plan with its ids numbered by place (the CSV names people, questions and segments by their words, not their ids). */
function canonical(agenda: Agenda): Agenda {
  const people = new Map(agenda.people.map((p, i) => [p.id, `person${i}`]));
  const questions = new Map((agenda.questions ?? []).map((q, i) => [q.id, `question${i}`]));
  const rest: Agenda & { $schema?: string } = { ...agenda };
  delete rest.$schema;
  return {
    ...rest,
    people: agenda.people.map((p) => ({ ...p, id: people.get(p.id)! })),
    questions: (agenda.questions ?? []).map((q) => ({ ...q, id: questions.get(q.id)! })),
    segments: agenda.segments.map((s, i) => {
      const { turns, ...rest } = s;
      return {
        ...rest,
        id: `segment${i}`,
        ...(s.question ? { question: questions.get(s.question)! } : {}),
        ...(turns && turns.length > 0 ? { turns: turns.map((t) => ({ ...t, speaker: people.get(t.speaker)! })) } : {}),
      };
    }),
  };
}

/** The CSV the plan view downloads in `lang`, read back by the importer's own reader. */
async function throughCsv(agenda: Agenda, lang: Lang): Promise<Grid> {
  const read = await readGrid(new NodeFile([planCsv(agenda, lang)], 'plan.csv', { type: 'text/csv' }) as unknown as File);
  if (!read.ok) throw new Error(`not read: ${read.problem.code}`);
  return read.grid;
}

describe('a plan out as CSV and back', () => {
  it('the seed panel comes back the same plan, in each language’s headers', async () => {
    for (const lang of ['en', 'fr', 'es', 'ar'] as const) {
      const { result } = run(await throughCsv(SEED_AGENDA, lang));
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(canonical(result.agenda)).toEqual(canonical(SEED_AGENDA));
    }
  });

  it('every plan the editor can make comes back the same plan', async () => {
    await fc.assert(
      fc.asyncProperty(agendaArb, fc.constantFrom<Lang>('en', 'fr', 'es', 'ar'), async (agenda, lang) => {
        expect(validateAgenda(agenda).ok).toBe(true);
        const { result } = run(await throughCsv(agenda, lang));
        expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(result.problems.filter((p) => p.code === 'gap')).toEqual([]);
        expect(canonical(result.agenda)).toEqual(canonical(agenda));
      }),
      { numRuns: 200 },
    );
  });
});
