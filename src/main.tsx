import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { SEED_AGENDA } from './app/seed-agenda';
import { en } from './i18n/en';
import { fetchAgenda } from './platform/agenda-source';
import { systemClock } from './platform/clock';
import { holdConsole } from './platform/console-link';
import { followOtherWindows } from './platform/sync-windows';
import { startTicker } from './platform/ticker';
import { updateReady } from './platform/update-ready';
import { StoreContext } from './store/hooks';
import { createShowStore } from './store/show-store';
import './app/app.css';

/** Routes: `#/stage` is the speaker view, `#/log` the rapporteur's record; anything else is the moderator's console. */
const view = location.hash.startsWith('#/stage') ? 'stage' : location.hash.startsWith('#/log') ? 'log' : 'console';
const storage = safeLocalStorage();
addEventListener('hashchange', () => location.reload());

const store = createShowStore({
  clock: systemClock,
  agenda: SEED_AGENDA,
  storage,
  control: view === 'console' ? 'controller' : 'viewer',
});
startTicker(store);
followOtherWindows(store);
// Not needed for the first paint: the title countdown and cues, and keeping the screen awake.
void import('./platform/title-and-cues').then(({ followTitleAndCues }) => followTitleAndCues(store, en.appName));
void import('./platform/wake-lock').then(({ keepScreenAwake }) => keepScreenAwake());

function render(page: ReactNode): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreContext value={store}>{page}</StoreContext>
    </StrictMode>,
  );
}

if (view === 'stage') {
  // The speaker view and the record are chunks of their own: the console's first page does not carry them.
  void Promise.all([import('./features/stage/StageView'), import('./platform/console-watch')])
    .then(([{ StageView }, { watchConsole }]) => render(<StageView link={watchConsole()} />));
} else if (view === 'log') {
  void Promise.all([import('./features/log/LogView'), import('./store/record-store')]).then(([{ LogView }, { createRecordStore, RECORD_KEY }]) => {
    const records = createRecordStore({ clock: systemClock, storage });
    addEventListener('storage', (event) => { if (event.key === RECORD_KEY) records.getState().reload(); });
    render(<LogView records={records} storage={storage} />);
  });
} else {
  void import('./store/archive').then(({ followArchive }) => followArchive(store, storage));
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
