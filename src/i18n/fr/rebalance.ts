import type { enRebalance } from '../en-rebalance';
import type { Words } from '../words';

export const rebalance = {
  titleOver: (t: string) => `Dépassement de l’heure limite de ${t}\u00a0: correction proposée`,
  titleSpare: (t: string) => `${t} de marge\u00a0: utilisation proposée`,
  preview: 'Interventions qui seraient modifiées',
  accept: 'Accepter le rééquilibrage',
  notEnough: (t: string) => `Même avec les durées minimales autorisées, le plan dépasse encore de ${t}.`,
  drop: (who: string) => `Envisager de supprimer\u00a0: ${who}.`,
} satisfies Words<typeof enRebalance>;
