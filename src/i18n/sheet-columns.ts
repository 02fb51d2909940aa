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
export const SESSION_KEYS = [
  'title',
  'event',
  'date',
  'start',
  'end',
  'timeZone',
  'venue',
  'language',
  'wrapUpSeconds',
  'finalSeconds',
] as const;
export type SessionKey = (typeof SESSION_KEYS)[number];

type Lists<K extends string> = Readonly<Record<K, readonly string[]>>;

interface SheetWords {
  readonly columns: Lists<SheetField>;
  readonly session: Lists<SessionKey>;
  readonly roles: Lists<Role>;
  readonly yes: readonly string[];
  readonly no: readonly string[];
  /** What the first cell of a total row says, so the importer leaves it out. */
  readonly totals: readonly string[];
}

export const SHEET_WORDS: Readonly<Record<Lang, SheetWords>> = {
  en: {
    columns: {
      segmentNo: ['#', 'no', 'number', 'segment no', 'segment number', 'item no'],
      segment: ['Segment', 'segment title', 'section', 'part', 'block', 'agenda item', 'item', 'title', 'session'],
      question: ['Question', 'guiding question', 'questions', 'topic'],
      speaker: [
        'Speaker',
        'speakers',
        'speaker name',
        'name',
        'full name',
        'who',
        'panelist',
        'panellist',
        'presenter',
        'participant',
        'person',
      ],
      honorific: ['Honorific', 'salutation', 'prefix', 'form of address'],
      role: ['Role', 'part played'],
      position: ['Position', 'job title', 'function', 'post'],
      organization: ['Organisation', 'organization', 'org', 'delegation', 'institution', 'affiliation', 'country', 'company', 'entity'],
      minutes: [
        'Minutes',
        'min',
        'mins',
        'time min',
        'time mins',
        'time minutes',
        'duration',
        'length',
        'time allotted',
        'allotted time',
        'speaking time',
        'allocation',
      ],
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
    totals: ['total', 'totals', 'subtotal', 'sub total', 'grand total', 'sum', 'total time', 'total minutes'],
  },
  fr: {
    columns: {
      segmentNo: ['N°', 'no', 'numero', 'num', 'n'],
      segment: [
        'Séquence',
        'titre de la sequence',
        'segment',
        'titre du segment',
        'partie',
        'section',
        'bloc',
        'point',
        'point de l ordre du jour',
        'titre',
        'seance',
      ],
      question: ['Question', 'question directrice', 'question d orientation', 'questions d orientation', 'theme', 'sujet'],
      speaker: [
        'Intervenant',
        'intervenante',
        'intervenants',
        'intervenant e',
        'orateur',
        'oratrice',
        'orateurs',
        'orateur rice',
        'nom',
        'nom complet',
        'qui',
        'paneliste',
        'conferencier',
        'conferenciere',
        'participant',
        'personne',
      ],
      honorific: ['Titre honorifique', 'civilite', 'appellation'],
      role: ['Rôle'],
      position: ['Fonction', 'poste', 'titre du poste', 'qualite'],
      organization: [
        'Organisation',
        'delegation',
        'institution',
        'affiliation',
        'pays',
        'structure',
        'organisme',
        'entite',
        'etablissement',
        'entreprise',
      ],
      minutes: ['Minutes', 'duree', 'duree min', 'temps min', 'temps de parole', 'temps alloue', 'temps', 'min', 'mn'],
      start: ['Début', 'heure de debut', 'heure', 'de', 'horaire'],
      end: ['Fin', 'heure de fin', 'a', 'jusqu a'],
      blockMinutes: [
        'Minutes de la séquence',
        'minutes du bloc',
        'minutes du segment',
        'duree du segment',
        'duree du bloc',
        'duree de la sequence',
      ],
      flex: ['Flexible'],
      questionMinutes: ['Minutes par question'],
      answerMinutes: ['Minutes par réponse'],
      roundSize: ['Questions par série', 'questions par tour'],
      askGender: ['Demander le genre'],
      date: ['Date', 'jour'],
      notes: ['Notes', 'note', 'remarques', 'commentaires', 'observations'],
    },
    session: {
      title: ['Titre', 'intitule', 'titre de la seance'],
      event: ['Manifestation', 'evenement', 'reunion', 'conference'],
      date: ['Date', 'jour'],
      start: ['Début', 'heure de debut'],
      end: ['Fin', 'heure limite', 'fin imperative', 'heure de fin'],
      timeZone: ['Fuseau horaire', 'fuseau'],
      venue: ['Lieu', 'salle'],
      language: ['Langue'],
      wrapUpSeconds: ['Signal de conclusion (secondes)', 'conclure'],
      finalSeconds: ['Signal final (secondes)', 'dernieres secondes'],
    },
    roles: {
      moderator: [
        'Modérateur',
        'moderatrice',
        'moderateur rice',
        'moderateur trice',
        'moderateur moderatrice',
        'animateur',
        'animatrice',
        'animateur rice',
        'president',
        'presidente',
        'president e',
        'president de seance',
        'presidente de seance',
        'facilitateur',
        'facilitatrice',
      ],
      panelist: [
        'Panéliste',
        'panelliste',
        'membre du panel',
        'intervenant',
        'intervenante',
        'discutant',
        'discutante',
        'expert',
        'experte',
      ],
      speaker: [
        'Orateur',
        'oratrice',
        'orateur principal',
        'oratrice principale',
        'grand temoin',
        'invite d honneur',
        'conferencier',
        'conferenciere',
        'invite',
        'invitee',
      ],
    },
    yes: ['oui', 'o', 'vrai'],
    no: ['non', 'faux'],
    totals: ['total', 'totaux', 'sous total', 'total general', 'somme', 'duree totale'],
  },
  es: {
    columns: {
      segmentNo: ['N.º', 'no', 'num', 'numero', 'n', 'nro', 'orden'],
      segment: [
        'Segmento',
        'titulo del segmento',
        'tema del programa',
        'seccion',
        'parte',
        'bloque',
        'punto',
        'punto del orden del dia',
        'titulo',
        'sesion',
      ],
      question: ['Pregunta', 'pregunta orientativa', 'pregunta orientadora', 'pregunta guia', 'preguntas', 'tema'],
      speaker: [
        'Orador/a',
        'orador',
        'oradora',
        'oradores',
        'ponente',
        'ponentes',
        'expositor',
        'expositora',
        'disertante',
        'interviniente',
        'nombre',
        'nombre completo',
        'nombre y apellidos',
        'quien',
        'panelista',
        'conferenciante',
        'participante',
        'persona',
      ],
      honorific: ['Tratamiento', 'forma de tratamiento', 'titulo honorifico'],
      role: ['Función', 'rol', 'papel'],
      position: ['Cargo', 'puesto', 'titulo del cargo'],
      organization: ['Organización', 'organizacion', 'delegacion', 'institucion', 'afiliacion', 'pais', 'entidad', 'organismo'],
      minutes: [
        'Minutos',
        'duracion',
        'tiempo',
        'tiempo min',
        'tiempo asignado',
        'tiempo de palabra',
        'tiempo de intervencion',
        'minutos asignados',
        'min',
        'mins',
      ],
      start: ['Inicio', 'hora de inicio', 'hora inicio', 'hora', 'horario', 'desde', 'comienzo'],
      end: ['Fin', 'final', 'hora de fin', 'hora final', 'hora de termino', 'hasta', 'termino'],
      blockMinutes: ['Minutos del segmento', 'minutos del bloque', 'duracion del segmento', 'duracion del bloque'],
      flex: ['Flexible'],
      questionMinutes: ['Minutos por pregunta'],
      answerMinutes: ['Minutos por respuesta'],
      roundSize: ['Preguntas por ronda'],
      askGender: ['Preguntar el género'],
      date: ['Fecha', 'dia'],
      notes: ['Notas', 'nota', 'observaciones', 'observacion', 'comentarios', 'comentario'],
    },
    session: {
      title: ['Título', 'titulo de la sesion'],
      event: ['Reunión', 'evento', 'conferencia'],
      date: ['Fecha', 'dia'],
      start: ['Inicio', 'hora de inicio'],
      end: ['Fin (hora límite)', 'fin', 'hora limite', 'fin estricto', 'hora de fin'],
      timeZone: ['Huso horario', 'zona horaria'],
      venue: ['Lugar', 'sala'],
      language: ['Idioma', 'lengua'],
      wrapUpSeconds: ['Señal de conclusión (segundos)', 'senal de cierre segundos', 'concluya'],
      finalSeconds: ['Señal final (segundos)', 'ultimos segundos'],
    },
    roles: {
      moderator: [
        'Moderador/a',
        'moderador',
        'moderadora',
        'presidente',
        'presidenta',
        'presidencia',
        'facilitador',
        'facilitadora',
        'conductor',
        'conductora',
        'presentador',
        'presentadora',
        'maestro de ceremonias',
      ],
      panelist: ['Panelista', 'ponente'],
      speaker: [
        'Orador/a',
        'orador',
        'oradora',
        'orador principal',
        'oradora principal',
        'conferenciante',
        'conferencista',
        'expositor',
        'expositora',
        'invitado',
        'invitada',
      ],
    },
    yes: ['si', 's', 'verdadero'],
    no: ['no', 'falso'],
    totals: ['total', 'totales', 'subtotal', 'total general', 'suma', 'duracion total'],
  },
  ar: {
    columns: {
      segmentNo: ['رقم الجزء', 'رقم', 'الرقم'],
      segment: ['الجزء', 'عنوان الجزء', 'القسم', 'البند', 'المحور', 'الفقرة', 'الجلسة'],
      question: ['السؤال', 'السؤال التوجيهي', 'الموضوع', 'الأسئلة'],
      speaker: ['المتحدث', 'المتحدثون', 'الاسم', 'المتكلم'],
      honorific: ['اللقب', 'صيغة المخاطبة'],
      role: ['الدور'],
      position: ['المنصب', 'الوظيفة', 'المسمى الوظيفي'],
      organization: ['المنظمة', 'الوفد', 'المؤسسة', 'البلد', 'الجهة', 'الدولة', 'الهيئة'],
      minutes: ['الدقائق', 'المدة', 'مدة'],
      start: ['البداية', 'وقت البداية', 'وقت البدء', 'الوقت', 'التوقيت', 'الساعة', 'من'],
      end: ['النهاية', 'وقت النهاية', 'وقت الانتهاء', 'إلى', 'حتى'],
      blockMinutes: ['دقائق الجزء'],
      flex: ['مرن'],
      questionMinutes: ['الدقائق لكل سؤال', 'دقائق لكل سؤال'],
      answerMinutes: ['الدقائق لكل رد', 'دقائق لكل رد', 'دقائق لكل إجابة'],
      roundSize: ['أسئلة لكل جولة', 'عدد الأسئلة في كل جولة'],
      askGender: ['السؤال عن نوع الجنس'],
      date: ['التاريخ', 'اليوم'],
      notes: ['ملاحظات', 'الملاحظات', 'ملاحظة', 'تعليقات'],
    },
    session: {
      title: ['العنوان', 'عنوان الجلسة'],
      event: ['المناسبة', 'الحدث', 'الاجتماع'],
      date: ['التاريخ'],
      start: ['البداية'],
      end: ['النهاية', 'الموعد النهائي'],
      timeZone: ['المنطقة الزمنية'],
      venue: ['المكان', 'القاعة'],
      language: ['اللغة'],
      wrapUpSeconds: ['إشارة الاختتام (بالثواني)', 'اشارة الاختتام ثوان'],
      finalSeconds: ['إشارة الثواني الأخيرة (بالثواني)', 'الاشارة الاخيره ثوان'],
    },
    roles: {
      moderator: ['مدير الحوار', 'مديرة الحوار', 'مدير الجلسة', 'الميسر', 'ميسر', 'ميسرة', 'رئيس الجلسة', 'رئيسة الجلسة', 'عريف الحفل'],
      panelist: ['محاور', 'محاورة', 'عضو حلقة النقاش', 'مناقش'],
      speaker: ['متحدث', 'متحدثة', 'متحدث رئيسي', 'ضيف'],
    },
    yes: ['نعم'],
    no: ['لا'],
    totals: ['المجموع', 'الإجمالي', 'المجموع الكلي'],
  },
};

/**
 * A header or a value as the importer compares it: lower case, accents and punctuation gone,
 * spaces single (`Durée (min)` → `duree min`, `N°` → `n`). `#` is kept, it is a header of its own.
 */
export function foldWords(text: string): string {
  return (
    text
      .replace(/[º°]/g, '')
      .normalize('NFKD')
      // Every combining mark: Latin accents, and Arabic's hamza, vowel signs and shadda.
      .replace(/\p{M}/gu, '')
      .replace(/\u0640/g, '')
      .replace(/\u0649/g, '\u064a')
      .replace(/\u0629/g, '\u0647')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}#✓✔-]+/gu, ' ')
      .trim()
      .replace(/\s+/g, ' ')
  );
}
