import type { enDevices } from '../en-devices';
import type { Words } from '../words';

/** El nombre de un enlace dentro de una frase: “Enlace del registro” → “enlace del registro”. */
const lower = (name: string): string => String(name).charAt(0).toLowerCase() + String(name).slice(1);

/** Las palabras del cuadro de diálogo de los dispositivos y de sus líneas de estado. */
export const devices = {
  title: 'Conectar dispositivos',
  making: 'Creando un espacio compartido para esta sesión…',
  noServer:
    'Esta página no se abrió desde el servidor propio de Run of Show (npm start), por lo que otros dispositivos no pueden seguir esta sesión.',
  noServerHow:
    'Para conectar dispositivos, inicie la aplicación con npm start y abra la dirección que indica. En este portátil todo sigue funcionando como antes.',
  coModerator:
    'Esta consola se unió a la sesión mediante un enlace de comoderación. Los enlaces para distribuir están en la consola que creó el espacio compartido.',
  problems: {
    'no-server': 'Esta página no se abrió desde el servidor propio de Run of Show, por lo que no puede seguir a otros dispositivos.',
    unreachable:
      'El servidor de sincronización no responde. Este dispositivo conserva lo que tiene y se pondrá al día cuando el servidor vuelva a estar disponible.',
    'wrong-key': 'El servidor ha rechazado este enlace: su clave es incorrecta. Solicite un nuevo enlace.',
    'unknown-room': 'El servidor no reconoce este espacio compartido. Solicite un nuevo enlace.',
    forbidden: 'El servidor no permite que este enlace abra la sesión.',
    'bad-link': 'Este enlace está dañado o incompleto. Solicite un nuevo enlace.',
  },
  tryAgain: 'Volver a intentarlo',
  links: {
    speaker: { name: 'Enlace de la vista de oradores', may: 'Solo lectura: muestra el tiempo al panel, sin controles.' },
    record: { name: 'Enlace del registro', may: 'Lee la sesión; escribe las notas y correcciones de la relatoría.' },
    moderator: {
      name: 'Enlace de comoderación',
      may: 'Puede tomar el control de la sesión. Entréguelo solo a quien comparta la moderación.',
    },
  },
  intro:
    'Escanee un código con la cámara del otro dispositivo, o copie su enlace y envíelo. Cada enlace abre esta sesión con los permisos indicados bajo su nombre.',
  linksLabel: 'Enlaces para abrir en otros dispositivos',
  speakerLanguage: 'Idioma de la vista de oradores',
  deviceLanguage: 'Según las preferencias del dispositivo',
  copy: 'Copiar',
  copyLink: (name: string) => `Copiar el ${lower(name)}`,
  copied: 'Copiado',
  copyFailed: 'No se pudo copiar: seleccione el enlace y pulse Ctrl+C.',
  qr: (name: string) => `Código QR del ${lower(name)}`,
  region: 'Dispositivos',
  connection: {
    online: 'En línea',
    connecting: 'Conectando…',
    offline: 'Sin conexión: esta consola sigue funcionando y enviará sus acciones cuando se restablezca la conexión',
  },
  sent: { all: 'Todo enviado', pending: 'Aún no se ha enviado todo' },
  presence: {
    label: 'Conectados',
    speakers: (n: number) => (n === 1 ? '1 vista de oradores' : `${n} vistas de oradores`),
    records: (n: number) => (n === 1 ? '1 registro' : `${n} registros`),
    coModerators: (n: number) => (n === 1 ? '1 consola de comoderación' : `${n} consolas de comoderación`),
    unknown: 'aún no se sabe',
    offline: 'no se sabe mientras no haya conexión',
  },
  unapplied: (n: number) =>
    n === 1
      ? 'Se conservó, pero no se aplicó, 1 acción realizada en esta consola mientras otro dispositivo tenía el control: repítala manualmente si aún procede.'
      : `Se conservaron, pero no se aplicaron, ${n} acciones realizadas en esta consola mientras otro dispositivo tenía el control: repita manualmente las que aún procedan.`,
  events: {
    sessionStarted: 'Inicio',
    turnAdvanced: 'Siguiente intervención',
    paused: 'Pausa',
    resumed: 'Reanudación',
    interjectionStarted: 'Inciso',
    interjectionEnded: 'Fin del inciso',
    timeAdjusted: (seconds: number) => {
      const n = Math.abs(seconds);
      const unit = n === 1 ? 'segundo' : 'segundos';
      return seconds >= 0 ? `${n} ${unit} ${n === 1 ? 'añadido' : 'añadidos'}` : `${n} ${unit} ${n === 1 ? 'quitado' : 'quitados'}`;
    },
    turnSkipped: 'Intervención omitida',
    turnMoved: 'Intervención desplazada',
    turnInserted: (who: string) => `Se dio la palabra a ${who}`,
    sessionEnded: 'Fin de la sesión',
    messageSent: (text: string) => `Mensaje “${text}”`,
    messageCleared: 'Mensaje borrado',
    planRebalanced: 'Redistribución aceptada',
    floorRequested: (name) => `${name} inscrito/a en la lista de oradores`,
    floorRequestMoved: 'Lista de oradores reordenada',
    floorRequestWithdrawn: 'Solicitud de palabra retirada',
    floorRequestRemoved: 'Solicitud de palabra eliminada',
    floorListOrdered: 'Orden de la lista de oradores cambiado',
    floorListClosed: 'Lista de oradores cerrada',
    floorGiven: 'Palabra concedida desde la lista de oradores',
    answersGiven: 'Palabra concedida al panel para responder',
  },
  remote: {
    offline: 'Este dispositivo está sin conexión.',
    offlineDetail: 'Lo que muestra puede no estar actualizado; se pondrá al día cuando vuelva la red.',
    notFollowing: 'Hasta entonces, nada de lo que muestra esta página procede de la consola.',
  },
} satisfies Words<typeof enDevices>;
