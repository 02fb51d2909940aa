import type { enRebalance } from '../en-rebalance';
import type { Words } from '../words';

/** Las palabras de la propuesta de redistribución del tiempo. */
export const rebalance = {
  titleOver: (t: string) => `Rebasa la hora límite en ${t}: ajuste propuesto`,
  titleSpare: (t: string) => `${t} de margen: uso propuesto`,
  preview: 'Intervenciones que cambiarían',
  accept: 'Aceptar la redistribución',
  notEnough: (t: string) => `Incluso con la duración mínima permitida, el plan sigue rebasando la hora límite en ${t}.`,
  drop: (who: string) => `Considere prescindir de: ${who}.`,
} satisfies Words<typeof enRebalance>;
