import { readFileSync } from 'node:fs';
import { clockMinutes, parseAgendaText } from '../../src/domain/validate-agenda';
import { TEMPLATES, templateName } from '../../src/features/plan/templates';

/** The budget of the plan: each segment's minutes when given, else the sum of its turns. */
function plannedMinutes(segments: readonly { minutes?: number; turns?: readonly { minutes: number }[] }[]): number {
  return segments.reduce((sum, s) => sum + (s.minutes ?? (s.turns ?? []).reduce((a, t) => a + t.minutes, 0)), 0);
}

describe('the templates of "New from template"', () => {
  it('lists five templates, the seed panel first, each with a name in words and its own file', () => {
    expect(TEMPLATES).toHaveLength(5);
    expect(TEMPLATES[0]!.file).toBe('wps-mine-ban-panel-2025.json');
    expect(new Set(TEMPLATES.map((t) => t.file)).size).toBe(TEMPLATES.length);
    for (const template of TEMPLATES) expect(templateName(template)).toMatch(/\w/);
  });

  it.each(TEMPLATES.map((t) => [t.file, t] as const))('%s loads with no warnings and fits its slot', (file) => {
    const result = parseAgendaText(readFileSync(new URL(`../../public/agendas/${file}`, import.meta.url), 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.warnings).toEqual([]);
    const agenda = result.value.agenda;
    expect(agenda.language ?? 'en').toBe('en');
    const slot = clockMinutes(agenda.end)! - clockMinutes(agenda.start)!;
    const planned = plannedMinutes(agenda.segments);
    expect(planned).toBeGreaterThan(0);
    expect(planned).toBeLessThanOrEqual(slot);
  });
});
