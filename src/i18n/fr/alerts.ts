import type { enAlerts } from '../en-alerts';
import type { Words } from '../words';

export const alerts = {
  loadedFrom: (source: string) => `Impossible de charger ${source}. L’ordre du jour déjà chargé reste inchangé.`,
  update: { ready: 'Une nouvelle version de Run of Show est disponible.', reload: 'Recharger pour mettre à jour' },
  // The console writes a colon right after this title: the no-break space puts it where French wants it.
  warningsTitle: 'L’ordre du jour a été chargé avec un avertissement',
  storage: {
    corrupt:
      'Le déroulement enregistré était illisible\u00a0; l’application est donc repartie de zéro. Elle continue de fonctionner dans cette fenêtre.',
    future:
      'Le déroulement enregistré provient d’une version plus récente de Run of Show. Il reste intact\u00a0; cette fenêtre fonctionne en mémoire seulement.',
    unwritable:
      'Ce navigateur ne permet pas à l’application d’enregistrer le déroulement (stockage plein ou bloqué). Elle continue de fonctionner dans cette fenêtre seulement\u00a0; ne rechargez pas la page.',
  },
} satisfies Words<typeof enAlerts>;
