import type { Role } from '../domain/agenda';
import type { Lang } from './lang';

/**
 * The words of a plan as a spreadsheet: the column headers and session rows the importer
 * recognises, in every language the interface has, and the ones the CSV export writes (the first
 * of each list, in the interface's language). These are data the importer matches against, not
 * words of one screen, so all four languages live here together: a French sheet imports the same
 * on an English screen.
 *
 * Headers are compared after folding case, accents and punctuation (`Durée (min)` reads as
 * `duree min`); a header that holds one of these as whole words counts too (`Nom de
 * l’intervenant`), the longest match winning.
 */

/** What a column of the sheet can be. */
export const SHEET_FIELDS = [
  'segmentNo',
  'segment',
  'question',
  'speaker',
  'honorific',
  'role',
  'position',
  'organization',
  'minutes',
  'start',
  'end',
  'blockMinutes',
  'flex',
  'questionMinutes',
  'answerMinutes',
  'roundSize',
  'askGender',
  'date',
  'notes',
] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];

/** The session's own rows above the table (`Title` | `Strengthening synergies…`). */
export const SESSION_KEYS = ['title', 'event', 'date', 'start', 'end', 'timeZone', 'venue', 'language', 'wrapUpSeconds', 'finalSeconds'] as const;
export type SessionKey = (typeof SESSION_KEYS)[number];

type Lists<K extends string> = Readonly<Record<K, readonly string[]>>;

interface SheetWords {
  readonly columns: Lists<SheetField>;
  readonly session: Lists<SessionKey>;
  readonly roles: Lists<Role>;
  readonly yes: readonly string[];
  readonly no: readonly string[];
}

export const SHEET_WORDS: Readonly<Record<Lang, SheetWords>> = {
  en: {
    columns: {
      segmentNo: ['#', 'no', 'number', 'segment no', 'segment number', 'item no'],
      segment: ['Segment', 'segment title', 'section', 'part', 'block', 'agenda item', 'item', 'title', 'session'],
      question: ['Question', 'guiding question', 'questions', 'topic'],
      speaker: ['Speaker', 'speakers', 'speaker name', 'name', 'full name', 'who', 'panelist', 'panellist', 'presenter', 'participant', 'person'],
      honorific: ['Honorific', 'salutation', 'prefix', 'form of address'],
      role: ['Role', 'part played'],
      position: ['Position', 'job title', 'function', 'post'],
      organization: ['Organisation', 'organization', 'org', 'delegation', 'institution', 'affiliation', 'country', 'company', 'entity'],
      minutes: ['Minutes', 'min', 'mins', 'time min', 'time mins', 'time minutes', 'duration', 'length', 'time allotted', 'allotted time', 'speaking time', 'allocation'],
      start: ['Start', 'start time', 'starts', 'from', 'begin', 'time'],
      end: ['End', 'end time', 'ends', 'until', 'to', 'finish'],
      blockMinutes: ['Block minutes', 'segment minutes', 'segment budget'],
      flex: ['Flexible', 'flex'],
      questionMinutes: ['Minutes per question', 'question minutes'],
      answerMinutes: ['Minutes per answer', 'answer minutes'],
      roundSize: ['Questions per round', 'round size'],
      askGender: ['Ask gender', 'gender asked'],
      date: ['Date', 'day'],
      notes: ['Notes', 'note', 'comments', 'comment', 'remarks'],
    },
    session: {
      title: ['Title', 'session title', 'panel'],
      event: ['Event', 'meeting', 'conference'],
      date: ['Date', 'day'],
      start: ['Start', 'starts', 'start time'],
      end: ['End', 'hard end', 'ends', 'end time'],
      timeZone: ['Time zone', 'timezone', 'tz'],
      venue: ['Venue', 'room', 'place', 'location'],
      language: ['Language'],
      wrapUpSeconds: ['Wrap-up signal (seconds)', 'wrap up seconds'],
      finalSeconds: ['Final signal (seconds)', 'final seconds'],
    },
    roles: {
      moderator: ['Moderator', 'chair', 'chairperson', 'facilitator', 'host', 'mc', 'master of ceremonies'],
      panelist: ['Panelist', 'panellist', 'discussant', 'panel'],
      speaker: ['Speaker', 'keynote', 'presenter', 'guest'],
    },
    yes: ['yes', 'y', 'true', 'x', '1', '✓', '✔'],
    no: ['no', 'n', 'false', '0', '-'],
  },
  fr: {
    columns: {
      segmentNo: ['N°', 'no', 'numero', 'num', 'n'],
      segment: ['Segment', 'titre du segment', 'sequence', 'partie', 'section', 'bloc', 'point', 'point de l ordre du jour', 'titre', 'seance'],
      question: ['Question', 'question directrice', 'question d orientation', 'theme', 'sujet'],
      speaker: ['Orateur', 'oratrice', 'intervenant', 'intervenante', 'intervenants', 'intervenant e', 'nom', 'nom complet', 'qui', 'paneliste', 'conferencier', 'conferenciere', 'participant', 'personne'],
      honorific: ['Titre honorifique', 'civilite', 'appellation'],
      role: ['Rôle'],
      position: ['Fonction', 'poste', 'titre du poste', 'qualite'],
      organization: ['Organisation', 'delegation', 'institution', 'affiliation', 'pays', 'structure', 'organisme', 'entite'],
      minutes: ['Minutes', 'duree', 'duree min', 'temps min', 'temps de parole', 'temps alloue', 'temps', 'min', 'mn'],
      start: ['Début', 'heure de debut', 'heure', 'de', 'horaire'],
      end: ['Fin', 'heure de fin', 'a', 'jusqu a'],
      blockMinutes: ['Minutes du bloc', 'minutes du segment', 'duree du segment', 'duree du bloc'],
      flex: ['Flexible'],
      questionMinutes: ['Minutes par question'],
      answerMinutes: ['Minutes par réponse'],
      roundSize: ['Questions par tour'],
      askGender: ['Demander le genre'],
      date: ['Date', 'jour'],
      notes: ['Notes', 'note', 'remarques', 'commentaires', 'observations'],
    },
    session: {
      title: ['Titre', 'intitule', 'titre de la seance'],
      event: ['Événement', 'evenement', 'reunion', 'conference'],
      date: ['Date', 'jour'],
      start: ['Début', 'heure de debut'],
      end: ['Fin', 'fin imperative', 'heure de fin'],
      timeZone: ['Fuseau horaire', 'fuseau'],
      venue: ['Lieu', 'salle'],
      language: ['Langue'],
      wrapUpSeconds: ['Signal de conclusion (secondes)'],
      finalSeconds: ['Signal final (secondes)'],
    },
    roles: {
      moderator: ['Modérateur', 'moderatrice', 'moderateur rice', 'animateur', 'animatrice', 'president', 'presidente', 'facilitateur', 'facilitatrice'],
      panelist: ['Panéliste', 'intervenant', 'intervenante', 'discutant', 'discutante'],
      speaker: ['Orateur', 'oratrice', 'conferencier', 'conferenciere', 'invite', 'invitee'],
    },
    yes: ['oui', 'o', 'vrai'],
    no: ['non', 'faux'],
  },
  es: {
    columns: {
      segmentNo: ['N.º', 'no', 'num', 'numero', 'n'],
      segment: ['Segmento', 'titulo del segmento', 'seccion', 'parte', 'bloque', 'punto', 'punto del orden del dia', 'titulo', 'sesion'],
      question: ['Pregunta', 'pregunta orientativa', 'pregunta orientadora', 'tema'],
      speaker: ['Orador/a', 'orador', 'oradora', 'ponente', 'interviniente', 'nombre', 'nombre completo', 'quien', 'panelista', 'conferenciante', 'participante', 'persona'],
      honorific: ['Tratamiento', 'titulo honorifico'],
      role: ['Rol', 'papel'],
      position: ['Cargo', 'puesto', 'funcion'],
      organization: ['Organización', 'organizacion', 'delegacion', 'institucion', 'afiliacion', 'pais', 'entidad'],
      minutes: ['Minutos', 'duracion', 'tiempo', 'tiempo min', 'tiempo asignado', 'tiempo de palabra', 'min'],
      start: ['Inicio', 'hora de inicio', 'hora', 'desde', 'comienzo'],
      end: ['Fin', 'final', 'hora de fin', 'hasta', 'termino'],
      blockMinutes: ['Minutos del bloque', 'minutos del segmento'],
      flex: ['Flexible'],
      questionMinutes: ['Minutos por pregunta'],
      answerMinutes: ['Minutos por respuesta'],
      roundSize: ['Preguntas por ronda'],
      askGender: ['Preguntar el género'],
      date: ['Fecha', 'dia'],
      notes: ['Notas', 'nota', 'observaciones', 'comentarios'],
    },
    session: {
      title: ['Título', 'titulo de la sesion'],
      event: ['Evento', 'reunion', 'conferencia'],
      date: ['Fecha', 'dia'],
      start: ['Inicio', 'hora de inicio'],
      end: ['Fin', 'fin estricto', 'hora de fin'],
      timeZone: ['Zona horaria'],
      venue: ['Lugar', 'sala'],
      language: ['Idioma'],
      wrapUpSeconds: ['Señal de cierre (segundos)'],
      finalSeconds: ['Señal final (segundos)'],
    },
    roles: {
      moderator: ['Moderador/a', 'moderador', 'moderadora', 'presidente', 'presidenta', 'facilitador', 'facilitadora'],
      panelist: ['Panelista', 'ponente'],
      speaker: ['Orador/a', 'orador', 'oradora', 'conferenciante', 'invitado', 'invitada'],
    },
    yes: ['si', 's', 'verdadero'],
    no: ['no', 'falso'],
  },
  ar: {
    columns: {
      segmentNo: ['رقم', 'الرقم'],
      segment: ['الجزء', 'عنوان الجزء', 'القسم', 'البند'],
      question: ['السؤال', 'السؤال التوجيهي'],
      speaker: ['المتحدث', 'الاسم', 'المتكلم'],
      honorific: ['اللقب'],
      role: ['الدور'],
      position: ['المنصب', 'الوظيفة'],
      organization: ['المنظمة', 'الوفد', 'المؤسسة', 'البلد'],
      minutes: ['الدقائق', 'المدة', 'الوقت'],
      start: ['البداية', 'وقت البداية'],
      end: ['النهاية', 'وقت النهاية'],
      blockMinutes: ['دقائق الجزء'],
      flex: ['مرن'],
      questionMinutes: ['دقائق لكل سؤال'],
      answerMinutes: ['دقائق لكل إجابة'],
      roundSize: ['أسئلة لكل جولة'],
      askGender: ['سؤال النوع الاجتماعي'],
      date: ['التاريخ'],
      notes: ['ملاحظات', 'ملاحظة'],
    },
    session: {
      title: ['العنوان'],
      event: ['الحدث', 'الاجتماع'],
      date: ['التاريخ'],
      start: ['البداية'],
      end: ['النهاية'],
      timeZone: ['المنطقة الزمنية'],
      venue: ['المكان', 'القاعة'],
      language: ['اللغة'],
      wrapUpSeconds: ['إشارة الاختتام (ثوان)'],
      finalSeconds: ['الإشارة الأخيرة (ثوان)'],
    },
    roles: {
      moderator: ['مدير الحوار', 'الميسر', 'رئيس الجلسة'],
      panelist: ['محاور', 'عضو الفريق'],
      speaker: ['متحدث', 'متحدثة'],
    },
    yes: ['نعم'],
    no: ['لا'],
  },
};

/**
 * A header or a value as the importer compares it: lower case, accents and punctuation gone,
 * spaces single (`Durée (min)` → `duree min`, `N°` → `n`). `#` is kept, it is a header of its own.
 */
export function foldWords(text: string): string {
  return text
    .replace(/[º°]/g, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#✓✔-]+/gu, ' ')
        .trim()
    .replace(/\s+/g, ' ');
}
