import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agenda } from '../../src/domain/agenda';
import { editAgenda, emptyAgenda, plannedMinutes, plannedOffsets, slotMinutes, type AgendaEdit } from '../../src/domain/agenda-edit';
import { parseAgendaText, validateAgenda } from '../../src/domain/validate-agenda';
import { SEED_AGENDA } from './helpers';

const apply = (agenda: Agenda, edits: readonly AgendaEdit[]) => edits.reduce(editAgenda, agenda);

describe('editAgenda', () => {
  it('builds a valid plan from an empty one', () => {
    const plan = apply(emptyAgenda('2026-12-01'), [
      { type: 'session', changes: { title: 'Fireside chat', end: '10:30' } },
      { type: 'addPerson', role: 'moderator' },
      { type: 'updatePerson', index: 0, changes: { name: 'Ana Ruiz' } },
      { type: 'addPerson', role: 'speaker' },
      { type: 'updatePerson', index: 1, changes: { name: 'Maguèye Diop', honorific: 'H.E.' } },
      { type: 'addSegment', open: false },
      { type: 'addTurn', segment: 0, speaker: 'person-1' },
      { type: 'addTurn', segment: 0, speaker: 'person-2' },
      { type: 'updateTurn', segment: 0, index: 1, changes: { minutes: 15 } },
      { type: 'addSegment', open: true },
    ]);
    const result = validateAgenda(plan);
    expect(result.ok).toBe(true);
    expect(plannedMinutes(plan)).toBe(5 + 15 + 10);
    expect(slotMinutes(plan)).toBe(30);
    expect(plannedOffsets(plan)).toEqual({ segments: [0, 20], turns: [[0, 5], []] });
  });

  it('removes an optional field when it is emptied, so the file holds no empty keys', () => {
    const withVenue = editAgenda(SEED_AGENDA, { type: 'session', changes: { venue: '' } });
    expect('venue' in withVenue).toBe(false);
    const person = editAgenda(SEED_AGENDA, { type: 'updatePerson', index: 2, changes: { honorific: '' } });
    expect('honorific' in person.people[2]!).toBe(false);
  });

  it('carries a new person id into every turn, and removing a person removes their turns', () => {
    const renamed = editAgenda(SEED_AGENDA, { type: 'updatePerson', index: 3, changes: { id: 'papa-diop' } });
    expect(renamed.segments.flatMap((s) => s.turns ?? []).filter((t) => t.speaker === 'papa-diop')).toHaveLength(3);
    expect(validateAgenda(renamed).ok).toBe(true);
    const removed = editAgenda(SEED_AGENDA, { type: 'removePerson', index: 1 });
    expect(removed.segments.flatMap((s) => s.turns ?? []).some((t) => t.speaker === 'munro')).toBe(false);
    expect(validateAgenda(removed).ok).toBe(true);
  });

  it('clears the question of its segments when the question is removed', () => {
    const removed = editAgenda(SEED_AGENDA, { type: 'removeQuestion', index: 0 });
    expect(removed.segments[1]!.question).toBeUndefined();
    expect(validateAgenda(removed).ok).toBe(true);
  });

  it('moves segments and turns, clamped to the list', () => {
    const moved = editAgenda(SEED_AGENDA, { type: 'moveSegment', index: 5, to: 0 });
    expect(moved.segments.map((s) => s.id)).toEqual(['closing', 'opening', 'round-1', 'round-2', 'round-3', 'floor']);
    const turns = editAgenda(SEED_AGENDA, { type: 'moveTurn', segment: 2, index: 0, to: 99 });
    expect(turns.segments[2]!.turns!.map((t) => t.speaker)).toEqual(['arunatilaka', 'munro', 'diop']);
  });

  it('returns the same draft when a move goes nowhere, so undo gets no empty step', () => {
    expect(editAgenda(SEED_AGENDA, { type: 'moveSegment', index: 0, to: -1 })).toBe(SEED_AGENDA);
    expect(editAgenda(SEED_AGENDA, { type: 'moveSegment', index: 5, to: 9 })).toBe(SEED_AGENDA);
    expect(editAgenda(SEED_AGENDA, { type: 'moveTurn', segment: 1, index: 0, to: -1 })).toBe(SEED_AGENDA);
    expect(editAgenda(SEED_AGENDA, { type: 'moveTurn', segment: 1, index: 1, to: 1 })).toBe(SEED_AGENDA);
  });

  it('changes nothing for an index out of range', () => {
    expect(editAgenda(SEED_AGENDA, { type: 'updatePerson', index: 9, changes: { name: 'x' } })).toBe(SEED_AGENDA);
    expect(editAgenda(SEED_AGENDA, { type: 'addTurn', segment: 9, speaker: 'salama' })).toBe(SEED_AGENDA);
  });
});

/** Any edit the plan view can make, on whatever the draft holds at that point. */
const anEdit: fc.Arbitrary<AgendaEdit> = fc.oneof(
  fc.record({
    type: fc.constant('session' as const),
    changes: fc.record(
      { title: fc.string({ maxLength: 30 }), venue: fc.constantFrom('', 'Room B', 'Salle 1 – Genève') },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    type: fc.constant('addPerson' as const),
    role: fc.constantFrom('moderator' as const, 'panelist' as const, 'speaker' as const),
  }),
  fc.record({
    type: fc.constant('updatePerson' as const),
    index: fc.nat(6),
    changes: fc.record(
      { name: fc.string({ maxLength: 20 }), honorific: fc.constantFrom('', 'H.E.', 'Dr.'), organization: fc.string({ maxLength: 12 }) },
      { requiredKeys: [] },
    ),
  }),
  fc.record({ type: fc.constant('removePerson' as const), index: fc.nat(6) }),
  fc.record({ type: fc.constant('addQuestion' as const) }),
  fc.record({ type: fc.constant('updateQuestion' as const), index: fc.nat(4), text: fc.string({ maxLength: 40 }) }),
  fc.record({ type: fc.constant('removeQuestion' as const), index: fc.nat(4) }),
  fc.record({ type: fc.constant('addSegment' as const), open: fc.boolean() }),
  fc.record({
    type: fc.constant('updateSegment' as const),
    index: fc.nat(8),
    changes: fc.record(
      { title: fc.string({ maxLength: 20 }), minutes: fc.constantFrom(undefined, 5, 12.5), flex: fc.boolean() },
      { requiredKeys: [] },
    ),
  }),
  fc.record({ type: fc.constant('removeSegment' as const), index: fc.nat(8) }),
  fc.record({ type: fc.constant('moveSegment' as const), index: fc.nat(8), to: fc.nat(8) }),
  fc.record({
    type: fc.constant('addTurn' as const),
    segment: fc.nat(8),
    speaker: fc.constantFrom('salama', 'munro', 'diop', 'person-1', 'person-5'),
  }),
  fc.record({
    type: fc.constant('updateTurn' as const),
    segment: fc.nat(8),
    index: fc.nat(4),
    changes: fc.record({ minutes: fc.constantFrom(1, 2.5, 4, 10) }),
  }),
  fc.record({ type: fc.constant('removeTurn' as const), segment: fc.nat(8), index: fc.nat(4) }),
  fc.record({ type: fc.constant('moveTurn' as const), segment: fc.nat(8), index: fc.nat(4), to: fc.nat(4) }),
);

describe('a plan the editor produces', () => {
  it('downloads to a file that loads back to the same plan', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(anEdit, { maxLength: 40 }), (fromSeed, edits) => {
        const draft = apply(fromSeed ? SEED_AGENDA : emptyAgenda('2026-12-01'), edits);
        const file = `${JSON.stringify(draft, null, 2)}\n`;
        // The file holds exactly the draft…
        expect(JSON.parse(file)).toEqual(draft);
        // …and whenever the draft is a valid plan, the loader gives it back unchanged.
        const loaded = parseAgendaText(file);
        expect(loaded.ok).toBe(validateAgenda(draft).ok);
        if (loaded.ok) expect(loaded.value.agenda).toEqual(draft);
      }),
      { numRuns: 500 },
    );
  });

  it('is never broken by an edit: the validator always answers, and planned minutes are never negative', () => {
    fc.assert(
      fc.property(fc.array(anEdit, { maxLength: 40 }), (edits) => {
        const draft = apply(SEED_AGENDA, edits);
        expect(() => validateAgenda(draft)).not.toThrow();
        expect(plannedMinutes(draft)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
