import type { enDevices } from '../en-devices';
import type { Words } from '../words';

/** 0 and 1 take the singular in French. */
const one = (n: number): boolean => n < 2;

/** A link’s name inside a sentence: “Lien du relevé” becomes “lien du relevé”. */
const inSentence = (name: string): string => String(name).charAt(0).toLowerCase() + String(name).slice(1);

export const devices = {
  title: 'Connecter des appareils',
  making: 'Création d’un salon pour ce déroulement…',
  noServer:
    'Cette page n’a pas été ouverte depuis le serveur de Run of Show (npm start)\u00a0: les autres appareils ne peuvent donc pas suivre ce déroulement.',
  noServerHow:
    'Pour connecter des appareils, lancez l’application avec npm start et ouvrez l’adresse qu’elle affiche. Sur cet ordinateur portable, tout fonctionne comme avant.',
  coModerator:
    'Cette console a rejoint le déroulement par un lien de co-modérateur. Les liens à distribuer se trouvent sur la console qui a ouvert le salon.',
  problems: {
    'no-server':
      'Cette page n’a pas été ouverte depuis le serveur de Run of Show\u00a0: elle ne peut donc pas suivre les autres appareils.',
    unreachable:
      'Le serveur de synchronisation ne répond pas. Cet appareil garde ce qu’il a et se remettra à jour dès le retour du serveur.',
    'wrong-key': 'Le serveur a refusé ce lien\u00a0: sa clé est incorrecte. Demandez un nouveau lien.',
    'unknown-room': 'Le serveur ne connaît pas ce salon. Demandez un nouveau lien.',
    forbidden: 'Le serveur n’autorise pas ce lien à ouvrir le déroulement.',
    'bad-link': 'Ce lien est endommagé ou incomplet. Demandez un nouveau lien.',
  },
  tryAgain: 'Réessayer',
  links: {
    speaker: { name: 'Lien de l’écran des intervenants', may: 'Lecture seule\u00a0: affiche le temps aux panélistes, sans commandes.' },
    record: { name: 'Lien du relevé', may: 'Lit le déroulement\u00a0; enregistre les notes et corrections du rapporteur.' },
    moderator: { name: 'Lien de co-modérateur', may: 'Permet de prendre la main sur le déroulement. À ne remettre qu’à un co-modérateur.' },
  },
  intro:
    'Scannez un code avec l’appareil photo de l’autre appareil, ou copiez son lien et envoyez-le. Chaque lien ouvre ce déroulement avec les droits indiqués sous son nom.',
  linksLabel: 'Liens à ouvrir sur d’autres appareils',
  speakerLanguage: 'Langue de l’écran des intervenants',
  deviceLanguage: 'Selon les préférences de l’appareil',
  copy: 'Copier',
  copyLink: (name: string) => `Copier le ${inSentence(name)}`,
  copied: 'Copié',
  copyFailed: 'Copie impossible\u00a0: sélectionnez le lien et appuyez sur Ctrl+C.',
  qr: (name: string) => `Code QR du ${inSentence(name)}`,
  region: 'Appareils',
  connection: {
    online: 'En ligne',
    connecting: 'Connexion…',
    offline: 'Hors ligne\u00a0: cette console continue de fonctionner et enverra ses événements dès le retour de la connexion',
  },
  sent: { all: 'Tout est envoyé', pending: 'Tout n’est pas encore envoyé' },
  presence: {
    // The dialog writes a colon right after this word: the no-break space puts it where French wants it.
    label: 'Connectés',
    speakers: (n: number) => (one(n) ? `${n} écran des intervenants` : `${n} écrans des intervenants`),
    records: (n: number) => (one(n) ? `${n} relevé` : `${n} relevés`),
    coModerators: (n: number) => (one(n) ? `${n} co-modérateur` : `${n} co-modérateurs`),
    unknown: 'pas encore connu',
    offline: 'inconnu hors ligne',
  },
  unapplied: (n: number) =>
    one(n)
      ? `${n} événement saisi sur cette console pendant qu’un autre appareil avait la main a été conservé, mais pas appliqué\u00a0: refaites-le à la main s’il importe encore.`
      : `${n} événements saisis sur cette console pendant qu’un autre appareil avait la main ont été conservés, mais pas appliqués\u00a0: refaites à la main ceux qui importent encore.`,
  events: {
    sessionStarted: 'Démarrage',
    turnAdvanced: 'Intervention suivante',
    paused: 'Pause',
    resumed: 'Reprise',
    interjectionStarted: 'Prise de parole du modérateur',
    interjectionEnded: 'Fin de la prise de parole du modérateur',
    timeAdjusted: (seconds: number) =>
      seconds >= 0
        ? `${seconds} ${one(seconds) ? 'seconde ajoutée' : 'secondes ajoutées'}`
        : `${-seconds} ${one(-seconds) ? 'seconde retirée' : 'secondes retirées'}`,
    turnSkipped: 'Intervention omise',
    turnMoved: 'Intervention déplacée',
    turnInserted: (who: string) => `Parole donnée à ${who}`,
    sessionEnded: 'Levée de la séance',
    messageSent: (text: string) => `Message «\u00a0${text}\u00a0»`,
    messageCleared: 'Message effacé',
    planRebalanced: 'Rééquilibrage accepté',
    floorRequested: (name) => `${name} inscrit·e sur la liste des orateurs`,
    floorRequestMoved: 'Liste des orateurs réordonnée',
    floorRequestWithdrawn: 'Demande de parole retirée',
    floorRequestRemoved: 'Demande de parole supprimée',
    floorListOrdered: 'Ordre de la liste des orateurs modifié',
    floorListClosed: 'Liste des orateurs close',
    floorGiven: 'Parole donnée depuis la liste des orateurs',
    answersGiven: 'Parole donnée au panel pour répondre',
  },
  remote: {
    offline: 'Cet appareil est hors ligne.',
    offlineDetail: 'Son affichage n’est peut-être plus à jour\u00a0; il se remettra à jour au retour du réseau.',
    notFollowing: 'D’ici là, rien sur cette page ne provient de la console.',
  },
} satisfies Words<typeof enDevices>;
