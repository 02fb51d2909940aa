import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { SEED_AGENDA } from './app/seed-agenda';
import { en } from './i18n/en';
import { fetchAgenda } from './platform/agenda-source';
import { systemClock } from './platform/clock';
import { holdConsole, watchConsole } from './platform/console-link';
import { followOtherWindows } from './platform/sync-windows';
import { startTicker } from './platform/ticker';
import { followTitleAndCues } from './platform/title-and-cues';
import { updateReady } from './platform/update-ready';
import { keepScreenAwake } from './platform/wake-lock';
import { StoreContext } from './store/hooks';
import { createShowStore } from './store/show-store';
import './app/app.css';

/** Routes: `#/stage` is the speaker view; anything else is the moderator's console. */
const view = location.hash.startsWith('#/stage') ? 'stage' : 'console';
addEventListener('hashchange', () => location.reload());

const store = createShowStore({
  clock: systemClock,
  agenda: SEED_AGENDA,
  storage: safeLocalStorage(),
  control: view === 'stage' ? 'viewer' : 'controller',
});
startTicker(store);
followOtherWindows(store);
followTitleAndCues(store, en.appName);
keepScreenAwake();

function render(page: ReactNode): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreContext value={store}>{page}</StoreContext>
    </StrictMode>,
  );
}

if (view === 'stage') {
  // The speaker view is its own chunk: the console's first page does not carry it.
  void import('./features/stage/StageView').then(({ StageView }) => render(<StageView link={watchConsole()} />));
} else {
  const hold = holdConsole(store);
  loadAgendaFromUrl();
  render(<App onTakeOver={hold.takeOver} />);
}

function loadAgendaFromUrl(): void {
  const agendaUrl = new URLSearchParams(location.search).get('agenda');
  if (!agendaUrl) return;
  void fetchAgenda(agendaUrl).then((result) => {
    const { actions } = store.getState();
    if (!result.ok) actions.reportLoadFailure({ source: agendaUrl, issues: result.issues });
    else if (!sameAgenda(result.text)) actions.loadAgendaText(result.text, agendaUrl);
  });
}

/** A reload with the same ?agenda= must not throw away the run in progress. */
function sameAgenda(text: string): boolean {
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

if (import.meta.env.PROD) {
  // Loaded after the first render so the offline worker costs the first page nothing.
  void import('./platform/service-worker').then(({ registerServiceWorker }) => registerServiceWorker(updateReady.offer));
}
