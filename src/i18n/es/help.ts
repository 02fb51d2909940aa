import type { enHelp } from '../en-help';
import type { Words } from '../words';

/** Las teclas de la consola: las teclas no cambian; se traducen sus nombres y lo que hacen. */
export const help = {
  keys: [
    ['Espacio', 'Iniciar, pausar o reanudar'],
    ['N o →', 'Siguiente intervención'],
    ['I', 'Inciso de la moderación (detiene el reloj de la intervención)'],
    ['+', 'Añadir 30 segundos a la intervención'],
    ['−', 'Quitar 30 segundos a la intervención'],
    ['Z o Ctrl+Z', 'Deshacer la última acción'],
    ['G', 'Dar la palabra a alguien (insertar una intervención)'],
    ['L', 'Dar la palabra a la siguiente persona de la lista de oradores'],
    ['R', 'Aceptar la redistribución propuesta de las intervenciones pendientes'],
    ['M', 'Escribir un mensaje para quien tiene la palabra (Intro lo envía)'],
    ['Esc', 'Borrar el mensaje de la vista de oradores; cerrar un cuadro de diálogo'],
    ['S', 'Activar o desactivar los avisos sonoros'],
    ['F', 'Pantalla completa (en la vista de oradores)'],
    ['?', 'Mostrar u ocultar esta lista'],
  ],
} satisfies Words<typeof enHelp>;
