import type { enImport } from '../en-import';
import type { Words } from '../words';

type Detail = Readonly<Record<string, string | number | undefined>>;

/** French treats 0 and 1 as singular. */
const one = (n: number): boolean => n < 2;

/** A number as French writes it (`2,5`, `10 000`). */
const num = (n: number, fraction?: number): string =>
  n.toLocaleString('fr', fraction === undefined ? undefined : { minimumFractionDigits: fraction, maximumFractionDigits: fraction });

/** After the row and column (`Ligne 4, colonne C : `) the message runs on in lower case; alone, it starts a sentence. */
const lead = (at: string, text: string): string => (at ? at + text : text.charAt(0).toUpperCase() + text.slice(1));

/** What the sheet held, quoted as the loader's French messages say it: `(valeur trouvée : « x »)`. */
const foundText = (d: Detail): string => `(valeur trouvée\u00a0: «\u00a0${d.found}\u00a0»)`;

/** The words of importing a spreadsheet or an Ontime project into the plan, and of the plan's CSV. */
export const importWords = {
  label: 'Importer un tableau',
  exportCsv: 'Télécharger en tableau (CSV)',
  title: (name: string) => `Importer «\u00a0${name}\u00a0»`,
  kinds: {
    csv: 'Fichier CSV',
    tsv: 'Fichier à tabulations',
    xlsx: 'Classeur Excel (première feuille)',
    ontime: 'Projet Ontime',
  },
  summary: (turns: number, segments: number, people: number, questions: number) =>
    `${turns} ${one(turns) ? 'intervention' : 'interventions'} dans ${segments} ${one(segments) ? 'séquence' : 'séquences'}, ` +
    `${people} ${one(people) ? 'personne' : 'personnes'}, ${questions} ${one(questions) ? 'question' : 'questions'} d’orientation.`,
  columns: 'Colonnes',
  columnsHint: 'Ce que devient chaque colonne du tableau. Corrigez toute correspondance erronée\u00a0: le plan ci-dessous suit.',
  column: (letter: string, header: string) => (header ? `Colonne ${letter} «\u00a0${header}\u00a0»` : `Colonne ${letter}`),
  columnRef: (letter: string, header: string) => (header ? `${letter} «\u00a0${header}\u00a0»` : letter),
  session: (title: string, date: string, start: string, end: string, zone: string) =>
    `«\u00a0${title}\u00a0», ${date}, ${start}–${end} (${zone}).`,
  notImported: 'Non importée',
  fields: {
    segmentNo: 'N° de séquence',
    segment: 'Titre de la séquence',
    question: 'Question d’orientation',
    speaker: 'Intervenant',
    honorific: 'Titre honorifique',
    role: 'Rôle',
    position: 'Fonction',
    organization: 'Organisation',
    minutes: 'Minutes',
    start: 'Heure de début',
    end: 'Heure de fin',
    blockMinutes: 'Durée du bloc (minutes)',
    flex: 'Séquence flexible',
    questionMinutes: 'Minutes par question',
    answerMinutes: 'Minutes par réponse',
    roundSize: 'Questions par série',
    askGender: 'Demander le genre',
    date: 'Date',
    notes: 'Notes (non reprises dans le plan)',
  },
  sheetRows: (shown: number, total: number) => `Aperçu du tableau\u00a0: ${shown} ${one(shown) ? 'ligne' : 'lignes'} sur ${num(total)}`,
  plan: 'Le plan obtenu',
  problems: 'Problèmes',
  errorWord: 'Erreur\u00a0:',
  warningWord: 'Avertissement\u00a0:',
  noProblems: 'Aucun problème détecté.',
  fixBeforeAccept: (n: number) =>
    `${n} ${one(n) ? 'erreur empêche' : 'erreurs empêchent'} l’importation\u00a0: modifiez les correspondances ci-dessus, ou corrigez le tableau et importez-le à nouveau.`,
  leftOut: (list: string) => `Éléments du projet non importés\u00a0: ${list}.`,
  accept: 'Remplacer le plan par celui-ci',
  cancel: 'Annuler',
  imported: (name: string) => `Fichier «\u00a0${name}\u00a0» importé. «\u00a0Défaire\u00a0» rétablit le plan précédent.`,
  openBlock: 'bloc ouvert',
  at: (row?: number, column?: string) =>
    row !== undefined && column
      ? `Ligne ${row}, colonne ${column}\u00a0: `
      : row !== undefined
        ? `Ligne ${row}\u00a0: `
        : column
          ? `Colonne ${column}\u00a0: `
          : '',
  read: {
    tooLarge: (bytes: number, limit: number) =>
      `Le fichier fait ${num(bytes / 1048576, 1)}\u00a0Mo\u00a0; un tableau à importer ne peut pas dépasser ${num(limit / 1048576)}\u00a0Mo. ` +
      'Un ordre du jour ne pèse que quelques kilo-octets\u00a0: enregistrez seulement sa feuille, sans images.',
    tooManyRows: (rows: number, limit: number) =>
      `Le tableau compte ${num(rows)}\u00a0lignes\u00a0; il est possible d’en importer ${num(limit)} au plus.`,
    empty: 'Le fichier est vide\u00a0: il n’y a rien à importer.',
    reasons: {
      encrypted: 'il est protégé par un mot de passe\u00a0: ouvrez-le dans Excel, retirez le mot de passe et enregistrez-le à nouveau',
      badZip: 'il est endommagé, ou n’est pas vraiment un classeur .xlsx',
      noWorkbook: 'il ne contient aucun classeur',
      noSheet: 'il n’a aucune feuille à lire, seulement des feuilles masquées ou des graphiques',
      badXml: 'une partie en est endommagée',
      tooLargeUnpacked: 'une fois décompressé, il est trop volumineux pour être lu',
      notRead: 'il n’a pas pu être ouvert\u00a0: il a peut-être été déplacé, ou n’existe que dans le nuage',
      invalidJson: 'ce n’est pas du JSON valide',
      notOntime: 'c’est du JSON, mais pas un projet Ontime',
      agenda: 'c’est un ordre du jour de Run of Show\u00a0: ouvrez-le avec «\u00a0Charger l’ordre du jour\u00a0»',
    } as Record<string, string>,
    failed: (reason: string) => `Le fichier n’a pas pu être lu (${reason}).`,
    tooManyColumns: (columns: number, limit: number) => `Le tableau a ${columns} colonnes\u00a0; on peut en importer ${limit} au plus.`,
    unreadable: (kind: string, reason: string) => `Le fichier n’a pas pu être lu comme «\u00a0${kind}\u00a0» (${reason}).`,
    unknownType: (name: string) =>
      `«\u00a0${name}\u00a0» n’est pas un type de fichier pris en charge\u00a0: choisissez un fichier CSV, TSV, .xlsx ou un projet Ontime.`,
  },
  ontime: {
    delays: (n: number) => `${n} ${one(n) ? 'décalage' : 'décalages'}`,
    milestones: (n: number) => `${n} ${one(n) ? 'jalon' : 'jalons'}`,
    skipped: (n: number) => `${n} ${one(n) ? 'événement ignoré' : 'événements ignorés'}`,
    noDuration: (n: number) => `${n} ${one(n) ? 'événement' : 'événements'} sans durée`,
    settings: (names: string) => `${names} du projet`,
    /** The parts of an Ontime project a plan has no place for, by the name the reader gives them (keys as the reader names them). */
    settingNames: {
      'project description': 'descriptif',
      'project info': 'informations',
      'project logo': 'logotype',
      links: 'liens',
      'other rundowns': 'autres conducteurs',
      'timer types': 'types de minuteur',
      'end actions': 'actions de fin',
      'warning times': 'seuils d’avertissement',
      colours: 'couleurs',
      'public visibility': 'visibilité publique',
      flags: 'marqueurs',
      'custom field types': 'types des champs personnalisés',
      automations: 'automatisations',
    } as Record<string, string>,
  },
  /** A problem with the sheet: `at` names the row and column (`Ligne 4, colonne C « Durée » : `) or is empty. */
  problem: {
    noSpeakerColumn: () =>
      'Aucune colonne ne correspond à l’intervenant\u00a0: dans «\u00a0Colonnes\u00a0», choisissez celle qui contient les noms des intervenants.',
    noTimeColumn: () => 'Aucune colonne ne donne le temps\u00a0: choisissez la colonne des minutes, ou celle des heures de début.',
    noRows: (at: string) => lead(at, 'le tableau a une ligne d’en-tête, mais aucune ligne en dessous.'),
    badMinutes: (at: string, d: Detail) =>
      lead(
        at,
        `une durée en minutes est attendue ${foundText(d)}. Exemples acceptés\u00a0: 5\u00a0; 2,5\u00a0; 1:30\u00a0; 90\u00a0s ou 1\u00a0h\u00a015.`,
      ),
    badClock: (at: string, d: Detail) =>
      lead(at, `une heure est attendue ${foundText(d)}. Exemples acceptés\u00a0: 17:00, 17h00 ou 5:00 PM.`),
    badDate: (at: string, d: Detail) =>
      lead(at, `une date est attendue ${foundText(d)}. Exemples acceptés\u00a0: 19/06/2025, 19\u00a0juin 2025 ou 2025-06-19.`),
    badNumber: (at: string, d: Detail) => lead(at, `un nombre est attendu ${foundText(d)}.`),
    badYesNo: (at: string, d: Detail) => lead(at, `«\u00a0oui\u00a0» ou «\u00a0non\u00a0» est attendu ${foundText(d)}.`),
    noMinutes: (at: string, d: Detail) => lead(at, `aucune durée pour ${d.name}, ni heure de début et de fin pour la calculer.`),
    noSpeaker: (at: string) => lead(at, 'une durée sans intervenant, dans une séquence d’interventions.'),
    endNotAfterStart: (at: string, d: Detail) => lead(at, `la fin (${d.end}) doit être postérieure au début (${d.start}).`),
    unknownRole: (at: string, d: Detail) =>
      lead(
        at,
        `«\u00a0${d.found}\u00a0» n’est pas un rôle connu du plan (modérateur, panéliste ou orateur)\u00a0; la personne est importée comme panéliste.`,
      ),
    secondQuestion: (at: string) => lead(at, 'deuxième question d’orientation dans la même séquence\u00a0; seule la première est retenue.'),
    notImported: (at: string) =>
      lead(at, 'colonne non importée. Pour la conserver, indiquez ce qu’elle contient dans «\u00a0Colonnes\u00a0».'),
    gap: (at: string, d: Detail) =>
      lead(
        at,
        `les ${d.minutes} minutes de ${d.from} à ${d.to} ne sont pas dans le plan, où les interventions s’enchaînent\u00a0: ajoutez une séquence pour une pause.`,
      ),
    otherDay: (at: string, d: Detail) =>
      lead(at, `un second jour (${d.found})\u00a0; un plan est une séance d’un seul jour\u00a0: importez chaque jour à part.`),
    totalRow: (at: string) => `${at}ligne de total, non importée.`,
    notesLeftOut: (at: string) => lead(at, 'les notes ne sont pas importées (le plan n’a pas de champ pour elles).'),
  },
} satisfies Words<typeof enImport>;
