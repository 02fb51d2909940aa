import type { enImport } from '../en-import';
import type { Words } from '../words';

type Detail = Readonly<Record<string, string | number | undefined>>;

/** Sin lugar delante, la frase empieza con mayúscula (como en issues.ts). */
const at0 = (at: string, text: string): string => (at ? at + text : text.charAt(0).toUpperCase() + text.slice(1));
/** Megabytes con coma decimal: `2,5`. */
const mb = (bytes: number, digits?: number): string =>
  (digits === undefined ? String(bytes / 1048576) : (bytes / 1048576).toFixed(digits)).replace('.', ',');

/** Las palabras de la importación de una hoja de cálculo o de un proyecto de Ontime al plan, y del CSV del plan. */
export const importWords = {
  label: 'Importar una hoja de cálculo',
  exportCsv: 'Descargar como hoja de cálculo (CSV)',
  title: (name: string) => `Importar “${name}”`,
  kinds: {
    csv: 'Archivo CSV',
    tsv: 'Archivo separado por tabulaciones',
    xlsx: 'Libro de Excel (primera hoja)',
    ontime: 'Proyecto de Ontime',
  },
  summary: (turns: number, segments: number, people: number, questions: number) =>
    `${turns} ${turns === 1 ? 'intervención' : 'intervenciones'} en ${segments} ${segments === 1 ? 'segmento' : 'segmentos'}, ${people} ${people === 1 ? 'persona' : 'personas'}, ${questions} ${questions === 1 ? 'pregunta orientativa' : 'preguntas orientativas'}.`,
  columns: 'Columnas',
  columnsHint: 'A qué corresponde cada columna de la hoja. Corrija toda asignación errónea; el plan de abajo se actualiza en consecuencia.',
  column: (letter: string, header: string) => (header ? `Columna ${letter} “${header}”` : `Columna ${letter}`),
  columnRef: (letter: string, header: string) => (header ? `${letter} “${header}”` : letter),
  session: (title: string, date: string, start: string, end: string, zone: string) => `“${title}”, ${date}, ${start}–${end} (${zone}).`,
  notImported: 'No se importa',
  fields: {
    segmentNo: 'N.º de segmento',
    segment: 'Título del segmento',
    question: 'Pregunta orientativa',
    speaker: 'Orador/a',
    honorific: 'Tratamiento',
    role: 'Función',
    position: 'Cargo',
    organization: 'Organización',
    minutes: 'Minutos',
    start: 'Hora de inicio',
    end: 'Hora de fin',
    blockMinutes: 'Minutos del bloque',
    flex: 'Tiempo flexible',
    questionMinutes: 'Minutos por pregunta',
    answerMinutes: 'Minutos por respuesta',
    roundSize: 'Preguntas por ronda',
    askGender: 'Preguntar el género',
    date: 'Fecha',
    notes: 'Notas (el plan no las recoge)',
  },
  sheetRows: (shown: number, total: number) => `Filas de la hoja: ${shown} de ${total}`,
  plan: 'El plan resultante',
  problems: 'Problemas',
  errorWord: 'Error:',
  warningWord: 'Aviso:',
  noProblems: 'No se ha encontrado ningún problema.',
  fixBeforeAccept: (n: number) =>
    `${n} ${n === 1 ? 'error impide' : 'errores impiden'} la importación: cambie la asignación de columnas de arriba o corrija la hoja y vuelva a importarla.`,
  // La lista que sigue acaba con las partes del proyecto (`ontime.settings`): «del proyecto» se dice aquí una sola vez.
  leftOut: (list: string) => `No se importan del proyecto: ${list}.`,
  accept: 'Sustituir el plan por este',
  cancel: 'Cancelar',
  imported: (name: string) => `Se ha importado “${name}”. “Deshacer” recupera el plan anterior.`,
  openBlock: 'bloque abierto',
  at: (row?: number, column?: string) =>
    row !== undefined && column
      ? `Fila ${row}, columna ${column}: `
      : row !== undefined
        ? `Fila ${row}: `
        : column
          ? `Columna ${column}: `
          : '',
  read: {
    tooLarge: (bytes: number, limit: number) =>
      `El archivo ocupa ${mb(bytes, 1)} MB; una hoja de cálculo para importar no puede superar los ${mb(limit)} MB. Un programa ocupa unos pocos kilobytes: guarde solo la hoja del programa, sin imágenes.`,
    tooManyRows: (rows: number, limit: number) => `La hoja tiene ${rows} filas; se pueden importar como máximo ${limit}.`,
    empty: 'El archivo está vacío: no contiene nada que importar.',
    reasons: {
      encrypted: 'está protegido con contraseña: ábralo en Excel, quite la contraseña y vuelva a guardarlo',
      badZip: 'está dañado o no es realmente un libro .xlsx',
      noWorkbook: 'no contiene ningún libro',
      noSheet: 'no tiene ninguna hoja que leer, solo hojas ocultas o gráficos',
      badXml: 'una parte está dañada',
      tooLargeUnpacked: 'descomprimido, es demasiado grande para leerlo',
      notRead: 'no se pudo abrir: quizá se movió o solo está en la nube',
      invalidJson: 'no es JSON válido',
      notOntime: 'es JSON, pero no un proyecto de Ontime',
      agenda: 'es un programa de Run of Show: ábralo con “Cargar programa”',
    } as Record<string, string>,
    failed: (reason: string) => `No se pudo leer el archivo (${reason}).`,
    tooManyColumns: (columns: number, limit: number) => `La hoja tiene ${columns} columnas; se pueden importar como máximo ${limit}.`,
    unreadable: (kind: string, reason: string) =>
      `No se pudo leer el archivo como ${kind.charAt(0).toLowerCase()}${kind.slice(1)}: ${reason}.`,
    unknownType: (name: string) =>
      `${name} no es un archivo que el importador sepa leer: elija un archivo CSV, TSV o .xlsx, o un proyecto de Ontime.`,
  },
  ontime: {
    delays: (n: number) => `${n} ${n === 1 ? 'retraso' : 'retrasos'}`,
    milestones: (n: number) => `${n} ${n === 1 ? 'hito' : 'hitos'}`,
    skipped: (n: number) => `${n} ${n === 1 ? 'evento omitido' : 'eventos omitidos'}`,
    noDuration: (n: number) => `${n} ${n === 1 ? 'evento' : 'eventos'} sin duración`,
    /** `leftOut` ya dice «del proyecto»; los nombres llevan su artículo: «la descripción, los colores». */
    settings: (names: string) => `${names}`,
    /** Las partes de un proyecto de Ontime que el plan no recoge, por el nombre que les da el lector. */
    settingNames: {
      'project description': 'la descripción',
      'project info': 'la información',
      'project logo': 'el logotipo',
      links: 'los enlaces',
      'other rundowns': 'las demás listas de eventos',
      'timer types': 'los tipos de temporizador',
      'end actions': 'las acciones al finalizar',
      'warning times': 'los umbrales de aviso',
      colours: 'los colores',
      'public visibility': 'la visibilidad pública',
      flags: 'las marcas',
      'custom field types': 'los tipos de campos personalizados',
      automations: 'las automatizaciones',
    } as Record<string, string>,
  },
  /** Un problema de la hoja: `at` indica la fila y la columna (`Fila 4, columna C “Minutos”: `) o está vacío. */
  problem: {
    noSpeakerColumn: () => 'Ninguna columna es “Orador/a”: en “Columnas”, elija la que contiene los nombres de quienes intervienen.',
    noTimeColumn: () => 'Ninguna columna indica el tiempo: elija la de los minutos o la de las horas de inicio.',
    noRows: (at: string) => at0(at, 'la tabla tiene encabezados, pero ninguna fila debajo.'),
    badMinutes: (at: string, d: Detail) => at0(at, `se esperaban minutos (como 5, 1:30, 90 s o 1 h 15); se encontró “${d.found}”.`),
    badClock: (at: string, d: Detail) =>
      at0(at, `se esperaba una hora del día (como 17:00, 17.00 o 5:00 p. m.); se encontró “${d.found}”.`),
    badDate: (at: string, d: Detail) =>
      at0(at, `se esperaba una fecha (como 19/06/2025, 19 de junio de 2025 o 2025-06-19); se encontró “${d.found}”.`),
    badNumber: (at: string, d: Detail) => at0(at, `se esperaba un número; se encontró “${d.found}”.`),
    badYesNo: (at: string, d: Detail) => at0(at, `se esperaba sí o no; se encontró “${d.found}”.`),
    noMinutes: (at: string, d: Detail) => at0(at, `${d.name} no tiene minutos, ni hora de inicio y de fin con las que calcularlos.`),
    noSpeaker: (at: string) => at0(at, 'una intervención con minutos, pero sin nadie que intervenga, en un segmento de intervenciones.'),
    endNotAfterStart: (at: string, d: Detail) => at0(at, `el fin (${d.end}) debe ser posterior al inicio (${d.start}).`),
    unknownRole: (at: string, d: Detail) =>
      at0(at, `“${d.found}” no es una función que el plan conozca (moderador/a, panelista u orador/a): se importa como panelista.`),
    secondQuestion: (at: string) => at0(at, 'una segunda pregunta orientativa en el mismo segmento: el segmento conserva la primera.'),
    notImported: (at: string) => at0(at, 'no se importa; para conservarla, indique en “Columnas” qué contiene.'),
    gap: (at: string, d: Detail) =>
      at0(
        at,
        `los ${d.minutes} minutos de ${d.from} a ${d.to} no están en el plan, donde las intervenciones se suceden: añada un segmento para una pausa.`,
      ),
    otherDay: (at: string, d: Detail) =>
      at0(at, `un segundo día (${d.found}); un plan es una sesión de un solo día: importe cada día por separado.`),
    totalRow: (at: string) => `${at}fila de total; no se importa.`,
    notesLeftOut: (at: string) => at0(at, 'las notas no se importan: el plan no las recoge.'),
  },
} satisfies Words<typeof enImport>;
