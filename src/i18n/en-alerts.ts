import { localize } from './lang';

/** The words of the console's alerts and the update offer (loaded with them, when there is something to say). */
export const enAlerts = {
  loadedFrom: (source: string) => `Could not load ${source}. The agenda already loaded is unchanged.`,
  update: { ready: 'A new version of Run of Show is ready.', reload: 'Reload to update' },
  warningsTitle: 'The agenda loaded with a warning',
  storage: {
    corrupt: 'The saved run could not be read, so the app started fresh. It keeps running in this window.',
    future: 'The saved run was written by a newer version of Run of Show. It is left untouched; this window runs in memory only.',
    unwritable:
      'This browser will not let the app save the run (storage is full or blocked). It keeps running in this window only; do not reload.',
  },
};
localize(enAlerts, 'alerts');
