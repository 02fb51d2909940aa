import { enPlan } from '../../i18n/en-plan';

/** A plan to start from: a file under `agendas/` (shipped in `public/`, precached) and its name in words. */
export interface PlanTemplate {
  readonly id: keyof typeof enPlan.templates.names;
  readonly file: string;
}

/** The templates "New from template" offers, in the order it lists them; the seed panel first. */
export const TEMPLATES: readonly PlanTemplate[] = [
  { id: 'panel', file: 'wps-mine-ban-panel-2025.json' },
  { id: 'fireside', file: 'fireside-conversation-2026.json' },
  { id: 'roundtable', file: 'roundtable-salw-diversion-2026.json' },
  { id: 'debate', file: 'debate-autonomous-weapons-2026.json' },
  { id: 'statements', file: 'high-level-statements-2026.json' },
];

/** The template's name in the interface's language. */
export function templateName(template: PlanTemplate): string {
  return enPlan.templates.names[template.id];
}
