import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { SEED_AGENDA } from './app/seed-agenda';
import { en } from './i18n/en';
import { systemClock } from './platform/clock';
import { holdConsole, REHEARSAL_LINK } from './platform/console-link';
import { followOtherWindows } from './platform/sync-windows';
import { startTicker } from './platform/ticker';
import { updateReady } from './platform/update-ready';
import { later } from './platform/later';
import { StoreContext } from './store/hooks';
import { createShowStore, STORAGE_KEY, type Clock } from './store/show-store';
import './app/app.css';

/**
 * Routes: `#/stage` the speaker view, `#/log` the rapporteur's record, `#/plan` the organizer's
 * plan, `#/sheet` the run-of-show sheet, `#/rehearse` (and `#/stage-rehearsal`) a rehearsal on a
 * simulated clock; anything else is the moderator's console.
 */
type View = 'console' | 'stage' | 'log' | 'plan' | 'sheet' | 'rehearse' | 'stage-rehearsal' | 'log-rehearsal';
const VIEWS: readonly View[] = ['stage-rehearsal', 'log-rehearsal', 'stage', 'log', 'plan', 'sheet', 'rehearse'];
const view: View = VIEWS.find((v) => location.hash.startsWith(`#/${v}`)) ?? 'console';
const rehearsing = view === 'rehearse' || view === 'stage-rehearsal' || view === 'log-rehearsal';
const storage = safeLocalStorage();
const REHEARSAL_KEY = `${STORAGE_KEY}:rehearsal`;
addEventListener('hashchange', () => location.reload());

void start();

async function start(): Promise<void> {
  let clock: Clock = systemClock;
  let speed = () => 1;
  let setSpeed: ((speed: number) => void) | undefined;
  if (rehearsing) {
    const { rehearsalClock } = await import('./platform/rehearsal-clock');
    const simulated = rehearsalClock(storage);
    clock = simulated;
    speed = simulated.speed;
    setSpeed = (s) => {
      simulated.setSpeed(s);
      store.getState().actions.tick();
    };
    if (view === 'rehearse' && !hasRun(storage?.getItem(REHEARSAL_KEY))) simulated.restart();
  }

  const store = createShowStore({
    clock,
    agenda: SEED_AGENDA,
    storage,
    control: view === 'console' || view === 'rehearse' ? 'controller' : 'viewer',
    ...(rehearsing && { storageKey: REHEARSAL_KEY, rehearsal: { speed } }),
  });
  startTicker(store, document, speed);
  followOtherWindows(store, rehearsing ? REHEARSAL_KEY : STORAGE_KEY);
  // Not needed for the first paint: the title countdown and cues, and keeping the screen awake.
  later(
    () =>
      void import('./platform/title-and-cues').then(({ followTitleAndCues }) =>
        followTitleAndCues(store, en.appName, en.rehearsal.titlePrefix),
      ),
  );
  later(() => void import('./platform/wake-lock').then(({ keepScreenAwake }) => keepScreenAwake()));

  const render = (page: ReactNode) =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <StoreContext value={store}>{page}</StoreContext>
      </StrictMode>,
    );

  switch (view) {
    case 'stage':
    case 'stage-rehearsal': {
      // The speaker view and the other views are chunks of their own: the console's first page does not carry them.
      const [{ StageView }, { watchConsole }] = await Promise.all([
        import('./features/stage/StageView'),
        import('./platform/console-watch'),
      ]);
      const link = rehearsing ? watchConsole(() => Date.now(), REHEARSAL_LINK.lock, REHEARSAL_LINK.channel) : watchConsole();
      render(<StageView link={link} />);
      return;
    }
    case 'log':
    case 'log-rehearsal': {
      const [{ LogView }, { createRecordStore, RECORD_KEY }] = await Promise.all([
        import('./features/log/LogView'),
        import('./store/record-store'),
      ]);
      const records = createRecordStore({ clock: systemClock, storage });
      addEventListener('storage', (event) => {
        if (event.key === RECORD_KEY) records.getState().reload();
      });
      render(<LogView records={records} storage={storage} />);
      return;
    }
    case 'plan':
    case 'sheet': {
      const [{ PlanView }, { SheetView }, { createDraftStore, DRAFT_KEY }] = await Promise.all([
        import('./features/plan/PlanView'),
        import('./features/plan/SheetView'),
        import('./store/draft-store'),
      ]);
      const drafts = createDraftStore({ initial: store.getState().agenda, storage });
      if (view === 'sheet') {
        const { validateAgenda } = await import('./domain/validate-agenda');
        const checked = validateAgenda(drafts.getState().draft);
        render(<SheetView agenda={checked.ok ? checked.value.agenda : store.getState().agenda} />);
        return;
      }
      addEventListener('storage', (event) => {
        if (event.key === DRAFT_KEY) location.reload();
      });
      render(<PlanView drafts={drafts} storage={storage} />);
      return;
    }
    case 'rehearse': {
      const hold = holdConsole(store, REHEARSAL_LINK.lock, REHEARSAL_LINK.channel);
      void import('./store/archive').then(({ followArchive }) => followArchive(store, storage, () => 'rehearsal'));
      if (store.getState().log.length === 0) await loadDraftForRehearsal(store);
      render(<App onTakeOver={hold.takeOver} onSpeed={setSpeed} />);
      return;
    }
    case 'console': {
      later(() => void import('./store/archive').then(({ followArchive }) => followArchive(store, storage)));
      const hold = holdConsole(store);
      later(
        () =>
          void import('./platform/agenda-proposal').then(({ followProposals }) =>
            followProposals(store, storage, () => window.confirm(en.confirmProposal)),
          ),
      );
      loadAgendaFromUrl(store);
      render(<App onTakeOver={hold.takeOver} />);
    }
  }
}

/** A rehearsal runs the organizer's draft when it is a valid plan, else the agenda loaded in the console. */
async function loadDraftForRehearsal(store: ReturnType<typeof createShowStore>): Promise<void> {
  const { DRAFT_KEY } = await import('./store/draft-store');
  const text = storage?.getItem(DRAFT_KEY) ?? storage?.getItem(STORAGE_KEY);
  if (!text) return;
  try {
    const data = JSON.parse(text) as { state?: { agenda?: unknown } };
    const agenda = data.state?.agenda ?? data;
    if (JSON.stringify(agenda) !== JSON.stringify(store.getState().agenda)) store.getState().actions.loadAgenda(agenda, 'plan');
  } catch {
    // Nothing usable: rehearse what is loaded.
  }
}

function hasRun(text: string | null | undefined): boolean {
  try {
    return ((JSON.parse(text ?? '{}') as { state?: { log?: unknown[] } }).state?.log?.length ?? 0) > 0;
  } catch {
    return false;
  }
}

function loadAgendaFromUrl(store: ReturnType<typeof createShowStore>): void {
  const agendaUrl = new URLSearchParams(location.search).get('agenda');
  if (!agendaUrl) return;
  void import('./platform/agenda-source')
    .then(({ fetchAgenda }) => fetchAgenda(agendaUrl))
    .then((result) => {
      const { actions } = store.getState();
      if (!result.ok) actions.reportLoadFailure({ source: agendaUrl, issues: result.issues });
      else if (!sameAgenda(store, result.text)) actions.loadAgendaText(result.text, agendaUrl);
    });
}

/** A reload with the same ?agenda= must not throw away the run in progress. */
function sameAgenda(store: ReturnType<typeof createShowStore>, text: string): boolean {
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
  // The offline worker installs once the page has loaded and painted, so it costs the first page nothing.
  const register = () =>
    later(() => void import('./platform/service-worker').then(({ registerServiceWorker }) => registerServiceWorker(updateReady.offer)));
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
