import type { enHelp } from '../en-help';
import type { Words } from '../words';

export const help = {
  keys: [
    ['Espace', 'Démarrer, mettre en pause ou reprendre'],
    ['N ou →', 'Intervention suivante'],
    ['I', 'Prise de parole du modérateur (arrête le chronomètre de l’intervenant)'],
    ['+', 'Ajouter 30 secondes à l’intervention'],
    ['−', 'Retirer 30 secondes à l’intervention'],
    ['Z ou Ctrl+Z', 'Défaire la dernière action'],
    ['G', 'Donner la parole à une personne (ajouter une intervention)'],
    ['L', 'Donner la parole au suivant sur la liste des orateurs'],
    ['R', 'Accepter le rééquilibrage proposé pour les interventions à venir'],
    ['M', 'Rédiger un message à l’intervenant (Entrée pour l’envoyer)'],
    ['Échap', 'Effacer le message de l’écran des intervenants\u00a0; fermer une boîte de dialogue'],
    ['S', 'Activer ou désactiver les signaux sonores'],
    ['F', 'Plein écran (sur l’écran des intervenants)'],
    ['?', 'Afficher ou masquer cette liste'],
  ] as Array<[key: string, what: string]>,
} satisfies Words<typeof enHelp>;
