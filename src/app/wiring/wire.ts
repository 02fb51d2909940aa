import { CHANNEL, LOCK, REHEARSAL_LINK } from '../../platform/console-link';
import { later } from '../../platform/later';
import type { ShowStore } from '../../store/show-state';
import { isLoadedAgenda } from '../../store/show-store';
import { followOtherWindows } from './window-sync';
import { holdConsole } from './control';
import { driveTicker } from './ticker';

/**
 * The one place where the store meets the outside world, called once from the entry point.
 * Every window: the ticker and the other windows' writes.
 */
export function wireWindow(store: ShowStore, storageKey: string, speed: () => number): void {
  driveTicker(store, speed);
  followOtherWindows(store, storageKey);
}

/** Not needed for the first paint: the title countdown and sound cues, and keeping the screen awake. */
export function wireCues(store: ShowStore, appName: string, rehearsalPrefix: string): void {
  later(() => void import('./title-and-cues').then(({ followTitleAndCues }) => followTitleAndCues(store, appName, rehearsalPrefix)));
  later(() => void import('../../platform/wake-lock').then(({ keepScreenAwake }) => keepScreenAwake()));
}

/**
 * A console window (live or rehearsal): the control lock and the link to the speaker view, the
 * archive of every run, and (live only) plans sent from the plan view. Returns the take-over.
 */
export function wireConsole(
  store: ShowStore,
  storage: Storage | undefined,
  { rehearsal, confirmProposal }: { readonly rehearsal: boolean; readonly confirmProposal: () => boolean },
): { takeOver(): void } {
  const hold = rehearsal ? holdConsole(store, REHEARSAL_LINK.lock, REHEARSAL_LINK.channel) : holdConsole(store, LOCK, CHANNEL);
  later(
    () => void import('./archive').then(({ followArchive }) => followArchive(store, storage, () => (rehearsal ? 'rehearsal' : 'live'))),
  );
  if (!rehearsal)
    later(() => void import('./plan-proposals').then(({ followProposals }) => followProposals(store, storage, confirmProposal)));
  return hold;
}

/** `?agenda=<url>`: fetched and checked at start; a reload with the same file keeps the run in progress. */
export function loadAgendaFromUrl(store: ShowStore, url: string): void {
  void import('../../platform/agenda-source')
    .then(({ fetchAgenda }) => fetchAgenda(url))
    .then((result) => {
      const { actions } = store.getState();
      if (!result.ok) actions.reportLoadFailure({ source: url, issues: result.issues });
      else if (!isLoadedAgenda(store.getState(), result.text)) actions.loadAgenda(result.text, url);
    });
}
