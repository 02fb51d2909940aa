import type { IssueWords } from '../en-issues';

/** Sin lugar delante, la frase empieza con mayúscula. */
const at0 = (at: string, text: string): string => (at ? at + text : text.charAt(0).toUpperCase() + text.slice(1));

/** Lo encontrado, tal como lo describe el validador: sus tres descripciones en inglés, en español. */
const FOUND: Readonly<Record<string, string>> = { nothing: 'nada', 'a list': 'una lista', 'an object': 'un objeto' };
const found = (value: string | number | undefined): string => (typeof value === 'string' ? (FOUND[value] ?? value) : String(value));
/** “; se encontró 0”, o “; no se encontró nada” si falta el valor. */
const got = (value: string | number | undefined): string =>
  value === 'nothing' ? '; no se encontró nada' : `; se encontró ${found(value)}`;

/** Los mensajes del validador del programa: `at` (p. ej. `segments[1].minutes: `) va siempre delante. */
export const issues: IssueWords = {
  tooLarge: (_, d) =>
    `El archivo ocupa ${Math.ceil(Number(d.bytes) / 1024)} KB; un programa no puede superar los ${Number(d.limit) / 1024} KB.`,
  notJson: (_, d) => `El archivo no es un JSON válido (${d.reason}).`,
  notObject: (at) => at0(at, 'se esperaba un objeto con campos con nombre.'),
  notArray: (at) => at0(at, 'se esperaba una lista.'),
  notString: (at) => at0(at, 'se esperaba un texto.'),
  emptyText: (at) => at0(at, 'no puede estar vacío.'),
  notNumber: (at, d) => at0(at, `se esperaba un número${got(d.found)}.`),
  notWholeNumber: (at, d) => at0(at, `debe ser un número entero${got(d.found)}.`),
  notPositive: (at, d) => at0(at, `debe ser mayor que 0${got(d.found)}.`),
  negative: (at, d) => at0(at, `no puede ser negativo${got(d.found)}.`),
  notBoolean: (at) => at0(at, 'se esperaba true o false.'),
  unknownKey: (at, d) => at0(at, `campo desconocido "${d.key}"${d.suggestion ? ` (¿quiso decir "${d.suggestion}"?)` : ''}.`),
  missing: (at, d) => at0(at, `falta el campo obligatorio "${d.key}".`),
  badFormat: (at, d) => at0(at, `se esperaba "${d.expected}"${got(d.found)}.`),
  badDate: (at, d) => at0(at, `se esperaba una fecha con el formato AAAA-MM-DD${got(d.found)}.`),
  badTime: (at, d) => at0(at, `se esperaba una hora en formato de 24 horas (HH:MM)${got(d.found)}.`),
  endNotAfterStart: (at, d) => at0(at, `el fin (${d.end}) debe ser posterior al inicio (${d.start}).`),
  badTimeZone: (at, d) => at0(at, `huso horario desconocido: ${found(d.found)} (use un nombre como "Europe/Zurich").`),
  badLanguage: (at, d) => at0(at, `no es una etiqueta de idioma: ${found(d.found)} (use una como "en", "fr" o "es-419").`),
  badRole: (at, d) => at0(at, `se esperaba "moderator", "panelist" o "speaker"${got(d.found)}.`),
  duplicateId: (at, d) => at0(at, `el identificador "${d.id}" ya se usa en ${d.first}.`),
  unknownPerson: (at, d) => at0(at, `no hay ninguna persona con el identificador "${d.id}".`),
  unknownQuestion: (at, d) => at0(at, `no hay ninguna pregunta con el identificador "${d.id}".`),
  segmentWithoutTime: (at) => at0(at, 'un segmento necesita intervenciones, minutos o ambas cosas.'),
  emptyList: (at) => at0(at, 'la lista no puede estar vacía.'),
  finalNotBeforeWrapUp: (at, d) =>
    at0(at, `la señal final (${d.final} s) debe llegar después de “Concluya” (${d.wrapUp} s), por lo que debe ser menor.`),
  overSlot: (_, d) => `Los segmentos suman ${d.planned} minutos, más que la franja de ${d.slot} minutos.`,
  turnsExceedSegment: (at, d) => at0(at, `las intervenciones suman ${d.turns} minutos, más que los ${d.minutes} del segmento.`),
};
