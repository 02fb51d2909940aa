import type { IssueWords } from '../en-issues';

/** After a place (`segments[1].minutes: `) the message runs on in lower case; alone, it starts a sentence. */
const at = (place: string, text: string): string => (place ? place + text : text.charAt(0).toUpperCase() + text.slice(1));

/** A number as French writes it (`62,5`); anything else as it came. */
const num = (value: string | number | undefined): string => (typeof value === 'number' ? value.toLocaleString('fr') : String(value));

/** What the validator found, when it names it in words rather than quoting it. */
const FOUND: Readonly<Record<string, string>> = { nothing: 'rien', 'a list': 'une liste', 'an object': 'un objet' };
const found = (value: string | number | undefined): string =>
  typeof value === 'number' ? num(value) : (FOUND[String(value)] ?? String(value));

const minutes = (value: string | number | undefined): string => `${num(value)} ${Number(value) < 2 ? 'minute' : 'minutes'}`;

export const issues: IssueWords = {
  tooLarge: (_, d) =>
    `Le fichier fait ${Math.ceil(Number(d.bytes) / 1024)}\u00a0Ko\u00a0; un ordre du jour ne peut pas dépasser ${num(Number(d.limit) / 1024)}\u00a0Ko.`,
  notJson: (_, d) => `Le fichier n’est pas un JSON valide (${d.reason}).`,
  notObject: (p) => at(p, 'un objet à champs nommés est attendu.'),
  notArray: (p) => at(p, 'une liste est attendue.'),
  notString: (p) => at(p, 'du texte est attendu.'),
  emptyText: (p) => at(p, 'ne doit pas être vide.'),
  notNumber: (p, d) => at(p, `un nombre est attendu (valeur trouvée\u00a0: ${found(d.found)}).`),
  notWholeNumber: (p, d) => at(p, `doit être un nombre entier (valeur trouvée\u00a0: ${found(d.found)}).`),
  notPositive: (p, d) => at(p, `doit être supérieur à 0 (valeur trouvée\u00a0: ${found(d.found)}).`),
  negative: (p, d) => at(p, `ne doit pas être négatif (valeur trouvée\u00a0: ${found(d.found)}).`),
  notBoolean: (p) => at(p, 'true ou false est attendu.'),
  unknownKey: (p, d) => at(p, `champ inconnu "${d.key}"${d.suggestion ? ` (vouliez-vous dire "${d.suggestion}"\u00a0?)` : ''}.`),
  missing: (p, d) => at(p, `le champ obligatoire "${d.key}" est absent.`),
  badFormat: (p, d) => at(p, `"${d.expected}" est attendu (valeur trouvée\u00a0: ${found(d.found)}).`),
  badDate: (p, d) => at(p, `une date au format AAAA-MM-JJ est attendue (valeur trouvée\u00a0: ${found(d.found)}).`),
  badTime: (p, d) => at(p, `une heure sur 24\u00a0heures au format HH:MM est attendue (valeur trouvée\u00a0: ${found(d.found)}).`),
  endNotAfterStart: (p, d) => at(p, `la fin (${d.end}) doit être postérieure au début (${d.start}).`),
  badTimeZone: (p, d) => at(p, `fuseau horaire inconnu\u00a0: ${found(d.found)} (utilisez un nom comme "Europe/Zurich").`),
  badLanguage: (p, d) => at(p, `étiquette de langue non valide\u00a0: ${found(d.found)} (utilisez par exemple "en", "fr" ou "es-419").`),
  badRole: (p, d) => at(p, `"moderator", "panelist" ou "speaker" est attendu (valeur trouvée\u00a0: ${found(d.found)}).`),
  duplicateId: (p, d) => at(p, `l’identifiant "${d.id}" est déjà utilisé dans ${d.first}.`),
  unknownPerson: (p, d) => at(p, `aucune personne n’a l’identifiant "${d.id}".`),
  unknownQuestion: (p, d) => at(p, `aucune question n’a l’identifiant "${d.id}".`),
  segmentWithoutTime: (p) => at(p, 'une séquence doit avoir des interventions, une durée en minutes, ou les deux.'),
  emptyList: (p) => at(p, 'la liste ne doit pas être vide.'),
  finalNotBeforeWrapUp: (p, d) =>
    at(
      p,
      `le signal «\u00a0Dernières secondes\u00a0» (${d.final}\u00a0s) doit venir après le signal «\u00a0Conclure\u00a0» (${d.wrapUp}\u00a0s)\u00a0: sa valeur doit donc être inférieure.`,
    ),
  overSlot: (_, d) => `Les séquences totalisent ${minutes(d.planned)}, soit plus que le créneau de ${minutes(d.slot)}.`,
  turnsExceedSegment: (p, d) =>
    at(p, `les interventions totalisent ${minutes(d.turns)}, soit plus que la durée de la séquence (${minutes(d.minutes)}).`),
};
