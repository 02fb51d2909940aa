import type { enAlerts } from '../en-alerts';
import type { Words } from '../words';

export const alerts = {
  loadedFrom: (source: string) => `No se pudo cargar ${source}. El programa ya cargado no ha cambiado.`,
  update: { ready: 'Hay una nueva versión de Run of Show.', reload: 'Recargar para actualizar' },
  warningsTitle: 'El programa se cargó con una advertencia',
  storage: {
    corrupt: 'No se pudo leer la sesión guardada, por lo que la aplicación se ha reiniciado. Sigue funcionando en esta ventana.',
    future: 'La sesión guardada procede de una versión más reciente de Run of Show. No se modifica; esta ventana funciona solo en memoria.',
    unwritable:
      'Este navegador no permite que la aplicación guarde la sesión (almacenamiento lleno o bloqueado). Sigue funcionando solo en esta ventana; no la recargue.',
  },
} satisfies Words<typeof enAlerts>;
