import { compilePlan, FLOOR } from '../../src/domain/plan';
import { validateAgenda } from '../../src/domain/validate-agenda';
import publicCopy from '../../public/agendas/wps-mine-ban-panel-2025.json';
// A copy of /work/shared/seed/panel-concept-note.txt, so the repository checks itself.
import conceptNote from './fixtures/panel-concept-note.txt?raw';
import { SEED_AGENDA } from './helpers';

function setup() {
  const plan = compilePlan(SEED_AGENDA, 'UTC');
  const people = new Map(SEED_AGENDA.people.map((p) => [p.id, p]));
  const panelists = SEED_AGENDA.people.filter((p) => p.role === 'panelist').map((p) => p.id);
  const moderator = SEED_AGENDA.people.find((p) => p.role === 'moderator')!;
  const speakersOf = (questionId: string) =>
    new Set(SEED_AGENDA.segments.filter((s) => s.question === questionId).flatMap((s) => (s.turns ?? []).map((t) => t.speaker)));
  return { plan, people, panelists, moderator, speakersOf };
}

/** The numbered guiding questions of the concept note, as printed there. */
function guidingQuestions(note: string): string[] {
  const section = note.slice(note.indexOf('Guiding Questions'));
  return [...section.matchAll(/^- \d\. (.+)$/gm)].map((m) => m[1]!.trim());
}

describe('SEED_AGENDA', () => {
  it('is a valid agenda with no warnings', () => {
    const result = validateAgenda(SEED_AGENDA);
    expect(result.ok && result.value.warnings).toEqual([]);
  });

  it('plans exactly the 60 minutes of the slot', () => {
    const { plan } = setup();
    expect(plan.slot).toBe(3_600_000);
    expect(plan.plannedTotal).toBe(3_600_000);
  });

  it('gives question 1 only to the two State representatives', () => {
    const { speakersOf } = setup();
    expect([...speakersOf('q1')].sort()).toEqual(['arunatilaka', 'diop']);
  });

  it('gives question 2 at least to the two State representatives', () => {
    const { speakersOf } = setup();
    expect([...speakersOf('q2')]).toEqual(expect.arrayContaining(['arunatilaka', 'diop']));
  });

  it('gives question 3 to all three panelists', () => {
    const { speakersOf, panelists } = setup();
    expect(panelists).toHaveLength(3);
    expect([...speakersOf('q3')].sort()).toEqual([...panelists].sort());
  });

  it('gives every panelist at least two turns', () => {
    const { plan, panelists } = setup();
    for (const id of panelists) expect(plan.turns.filter((t) => t.speakerId === id).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps an open block of at least 10 minutes for questions from the floor', () => {
    const { plan } = setup();
    const open = plan.segments.filter((s) => s.open);
    expect(open).toHaveLength(1);
    expect(open[0]!.title).toMatch(/questions from the floor/i);
    expect(open[0]!.budget).toBeGreaterThanOrEqual(10 * 60_000);
    expect(plan.turns.filter((t) => t.speakerId === FLOOR).map((t) => t.segmentId)).toEqual([open[0]!.id]);
  });

  it('opens and closes with the moderator', () => {
    const { plan, moderator } = setup();
    expect(moderator.id).toBe('salama');
    expect(plan.turns[0]!.speakerId).toBe(moderator.id);
    expect(plan.turns.at(-1)!.speakerId).toBe(moderator.id);
  });

  it('keeps the names with their diacritics', () => {
    const { people } = setup();
    expect(people.get('diop')).toMatchObject({ name: 'Papa Maguèye Diop', honorific: 'H.E.' });
    expect(people.get('arunatilaka')).toMatchObject({ name: 'Himalee Arunatilaka', honorific: 'H.E.' });
    expect(people.get('munro')).toMatchObject({ name: 'Jean Munro', organization: 'GICHD' });
    expect(people.get('salama')).toMatchObject({ name: 'Hana Salama', organization: 'UNIDIR', role: 'moderator' });
  });

  it('asks the guiding questions word for word as in the concept note', () => {
    const fromNote = guidingQuestions(conceptNote);
    expect(fromNote).toHaveLength(3);
    expect(SEED_AGENDA.questions!.map((q) => q.text)).toEqual(fromNote);
    expect(SEED_AGENDA.questions!.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
  });

  it('keeps the date, time and room of the concept note', () => {
    expect(SEED_AGENDA).toMatchObject({ date: '2025-06-19', start: '17:00', end: '18:00', venue: 'Room A', timeZone: 'Europe/Zurich' });
    expect(conceptNote).toContain('19 June 2025, 17:00 – 18:00, Room A');
  });

  it('ships the same agenda in public/agendas', () => {
    expect(publicCopy).toEqual(SEED_AGENDA);
  });
});
