import type { enFloor } from '../en-floor';
import type { Words } from '../words';

/**
 * La lista de oradores de un bloque abierto, en el registro de las reuniones de las Naciones Unidas:
 * «inscribir» en la lista, «dar la palabra», «cerrar la lista», la «ronda» de preguntas, el «panel» que responde.
 */

/** Quienes esperan turno: «1 persona», «3 personas». */
const people = (n: number): string => (n === 1 ? '1 persona' : `${n} personas`);

export const floor = {
  region: 'Lista de oradores',
  name: 'Nombre',
  delegation: 'Delegación u organización',
  gender: 'Género (autodeclarado)',
  genders: { woman: 'Mujer', man: 'Hombre', another: 'Otro', notRecorded: 'Sin registrar' },
  add: 'Inscribir en la lista',
  giveNext: 'Dar la palabra a la siguiente persona de la lista',
  panelAnswers: 'El panel responde',
  closeList: 'Cerrar la lista',
  closed: (time: string) => `Lista cerrada a las ${time}`,
  firstTimersFirst: 'Prioridad a quienes aún no han intervenido',
  waiting: (n: number) => `${people(n)} en espera`,
  next: (who: string) => `Siguiente en la lista: ${who}`,
  noneWaiting: 'No hay nadie en espera.',
  timeFor: (waiting: number, fits: number) =>
    `${people(waiting)} en espera; ${
      fits === 0 ? 'ya no queda tiempo para ninguna' : fits === 1 ? 'hay tiempo para una, aproximadamente' : `hay tiempo para unas ${fits}`
    }`,
  round: (n: number, asked: number, size: number) =>
    `Ronda ${n}: ${asked} de ${size} ${size === 1 ? 'pregunta formulada' : 'preguntas formuladas'}`,
  roundDone: 'La ronda está completa: ahora responde el panel.',
  oneByOne: 'Preguntas de una en una',
  limits: (question: string, answer: string) => `${question} por pregunta, ${answer} por respuesta`,
  withdraw: (name: string) => `Retirar la solicitud de ${name}`,
  remove: (name: string) => `Eliminar a ${name} de la lista`,
  moveUp: (name: string) => `Subir a ${name} en la lista`,
  moveDown: (name: string) => `Bajar a ${name} en la lista`,
  withdrawn: 'solicitud retirada',
  spoke: 'ya ha intervenido',
  speaker: (name: string, delegation: string) => (delegation ? `${name} (${delegation})` : name),
  answering: (round: number) => `Respuesta a la ronda ${round}`,
  question: (round: number) => `Pregunta, ronda ${round}`,
} satisfies Words<typeof enFloor>;
