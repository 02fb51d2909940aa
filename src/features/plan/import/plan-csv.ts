import type { Agenda } from '../../../domain/agenda';
import { own, toCsv } from '../../../domain/csv';
import type { Lang } from '../../../i18n/lang';
import { planToGrid } from './plan-to-grid';

/**
 * The plan as the CSV file the plan view downloads, headed in `lang`. French and Spanish get `;`
 * between cells and a decimal comma (`2,5`), as Excel in those languages reads and writes CSV;
 * English and Arabic get `,` and a decimal point. Text from people that would start a formula gets
 * one quote in front, which the importer takes off again.
 */
export function planCsv(agenda: Agenda, lang: Lang): string {
  const comma = lang === 'fr' || lang === 'es';
  const cells = planToGrid(agenda, lang).map((row) =>
    row.map((cell) =>
      typeof cell === 'number'
        ? comma
          ? own(String(cell).replace('.', ','))
          : cell
        : own(/^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell),
    ),
  );
  return toCsv(cells, comma ? ';' : ',');
}
