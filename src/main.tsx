import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { isRehearsal, roomIdFromHash, viewFromHash } from './app/routes';
import { SEED_AGENDA } from './app/seed-agenda';
import { firstUse } from './app/wiring/first-use';
import { loadAgendaFromUrl, wireConsole, wireCues, wireWindow } from './app/wiring/wire';
import { en } from './i18n/en';
import { askedLanguage, languageKey, pickLanguage, setLanguage } from './i18n/lang';
import { instant, type Clock } from './domain/units';
import { deviceTimeZone, systemClock } from './platform/clock';
import { later } from './platform/later';
import { safeLocalStorage } from './platform/storage-events';
import { updateReady } from './platform/update-ready';
import { loadAgendaCheck } from './store/agenda-check';
import { StoreContext } from './store/hooks';
import { hasStoredRun, STORAGE_KEY, storedAgenda } from './store/persistence';
import { createShowStore, isLoadedAgenda } from './store/show-store';
import type { SyncAccess } from './store/sync-store';
import { SyncAccessContext } from './store/sync-context';
import './app/app.css';

const view = viewFromHash(location.hash);
const rehearsing = isRehearsal(view);
const storage = safeLocalStorage();
const REHEARSAL_KEY = `${STORAGE_KEY}:rehearsal`;
// A device link (`#/stage?room=…`): this device follows a room on the sync server, with its own copy of that room's run.
const room = rehearsing ? null : roomIdFromHash(location.hash);
const storageKey = rehearsing ? REHEARSAL_KEY : room ? `${STORAGE_KEY}:room:${room}` : STORAGE_KEY;
addEventListener('hashchange', () => location.reload());
// What the first page does not need waits for the page's first use (a key, a click, a change to the run).
const used = firstUse();

void start();

async function start(): Promise<void> {
  // This screen's language, before anything renders: the address, this view's saved choice, the browser's languages.
  const saved = (() => {
    try {
      return storage?.getItem(languageKey(view)) ?? null;
    } catch {
      return null;
    }
  })();
  await setLanguage(pickLanguage(askedLanguage(location.search, location.hash), saved, navigator.languages ?? []), languageKey(view));
  // In a room every device shows the server's time: its own clock less its measured offset.
  let offset = 0;
  let clock: Clock = room ? { now: () => instant(systemClock.now() - offset) } : systemClock;
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
    if (view === 'rehearse' && !hasStoredRun(storage, REHEARSAL_KEY)) simulated.restart();
  }

  // A stored run is checked before it is shown, so the validator loads first; a first visit opens on the seed agenda without it.
  if (storedAnything(storageKey)) await loadAgendaCheck();

  const store = createShowStore({
    clock,
    agenda: SEED_AGENDA,
    deviceTimeZone,
    storage,
    // The rebalancer's code: an offer can only come once the run or the agenda changes.
    later: used.later,
    control: view === 'console' || view === 'rehearse' ? 'controller' : 'viewer',
    storageKey,
    ...(rehearsing && { rehearsal: { speed } }),
  });
  used.watch(store);
  wireWindow(store, storageKey, speed);
  wireCues(store, en.appName, en.rehearsal.titlePrefix, used.later);

  // The view's own chunk loads alongside the sync code, not after it.
  const stageChunk = view === 'stage' || view === 'stage-rehearsal' ? import('./app/stage-page') : null;
  const logChunk = view === 'log' || view === 'log-rehearsal' ? import('./app/log-page') : null;
  // The sync code (38 kB gzip) loads only when a room is used: a device link, or Connect devices on the console.
  let sync: ReturnType<typeof loadSync> | undefined;
  const loadSync = () =>
    import('./app/wiring/network-sync').then(({ openDevices }) =>
      openDevices({
        store,
        storage,
        localClock: systemClock,
        setOffset: (measured) => (offset = measured),
        zoneFor: (agenda) => agenda.timeZone ?? deviceTimeZone(),
      }),
    );
  const syncLoaded = () => (sync ??= loadSync());
  let current: Awaited<ReturnType<typeof loadSync>> | null = room ? await syncLoaded() : null;
  const access: SyncAccess | null = rehearsing
    ? null
    : {
        load: () => syncLoaded().then((started) => (current = started).state),
        current: () => current?.state ?? null,
      };

  const render = (page: ReactNode) =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <StoreContext value={store}>
          <SyncAccessContext value={access}>{page}</SyncAccessContext>
        </StoreContext>
      </StrictMode>,
    );

  switch (view) {
    // The speaker view and the other views are chunks of their own: the console's first page does not carry them.
    case 'stage':
    case 'stage-rehearsal':
      render((await stageChunk!).stagePage(rehearsing, current?.state));
      return;
    case 'log':
    case 'log-rehearsal':
      render((await logChunk!).logPage(storage, current?.followRecords));
      return;
    case 'plan':
    case 'sheet':
      render(await (await import('./app/plan-page')).planPage(view, store.getState().agenda, storage));
      return;
    case 'rehearse':
    case 'console': {
      const held = wireConsole(store, storage, { rehearsal: rehearsing, confirmProposal: () => window.confirm(en.confirmProposal) });
      // In a room, taking over is an operation all devices see, then this window takes the lock.
      const hold = { takeOver: () => (current ? (current.takeOver(), held.takeOver()) : held.takeOver()) };
      if (rehearsing) {
        // A rehearsal runs the organizer's draft when it is a valid plan, else the agenda loaded in the console.
        if (store.getState().log.length === 0) await loadDraftForRehearsal(store);
        render(<App onTakeOver={hold.takeOver} onSpeed={setSpeed} />);
        return;
      }
      const agendaUrl = new URLSearchParams(location.search).get('agenda');
      if (agendaUrl) loadAgendaFromUrl(store, agendaUrl);
      render(<App onTakeOver={hold.takeOver} />);
    }
  }
}

/** Whether storage holds anything under `key` (blocked storage holds nothing). */
function storedAnything(key: string): boolean {
  try {
    return storage?.getItem(key) != null;
  } catch {
    return false;
  }
}

async function loadDraftForRehearsal(store: ReturnType<typeof createShowStore>): Promise<void> {
  const [{ DRAFT_KEY }] = await Promise.all([import('./store/draft-store'), loadAgendaCheck()]);
  const agenda = storedAgenda(storage, [DRAFT_KEY, STORAGE_KEY]);
  if (agenda !== undefined && !isLoadedAgenda(store.getState(), agenda)) store.getState().actions.loadAgenda(agenda, 'plan');
}

if (import.meta.env.PROD) {
  // The offline worker installs once the page has loaded and painted, so it costs the first page nothing.
  const register = () =>
    later(() => void import('./platform/service-worker').then(({ registerServiceWorker }) => registerServiceWorker(updateReady.offer)));
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
