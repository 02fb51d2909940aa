import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { SEED_AGENDA } from './app/seed-agenda';
import { fetchAgenda } from './platform/agenda-source';
import { systemClock } from './platform/clock';
import { updateReady } from './platform/update-ready';
import { followOtherWindows } from './platform/sync-windows';
import { startTicker } from './platform/ticker';
import { StoreContext } from './store/hooks';
import { createShowStore } from './store/show-store';
import './app/app.css';

const store = createShowStore({ clock: systemClock, agenda: SEED_AGENDA, storage: safeLocalStorage() });
startTicker(store);
followOtherWindows(store);

const agendaUrl = new URLSearchParams(location.search).get('agenda');
if (agendaUrl) {
  void fetchAgenda(agendaUrl).then((result) => {
    const { actions } = store.getState();
    if (!result.ok) actions.reportLoadFailure({ source: agendaUrl, issues: result.issues });
    else if (!sameText(result.text)) actions.loadAgendaText(result.text, agendaUrl);
  });
}

/** A reload with the same ?agenda= must not throw away the run in progress. */
function sameText(text: string): boolean {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(store.getState().agenda);
  } catch {
    return false;
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

document.title = `${store.getState().plan.title} · Run of Show`;
store.subscribe((s, p) => { if (s.plan !== p.plan) document.title = `${s.plan.title} · Run of Show`; });

if (import.meta.env.PROD) {
  // Loaded after the first render so the offline worker costs the first page nothing.
  void import('./platform/service-worker').then(({ registerServiceWorker }) => registerServiceWorker(updateReady.offer));
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext value={store}>
      <App />
    </StoreContext>
  </StrictMode>,
);
