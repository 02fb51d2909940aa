import { loadAgendaCheck } from '../../store/agenda-check';
import { PROPOSAL_KEY } from '../../platform/agenda-proposal';
import { CHANNEL, LOCK, REHEARSAL_LINK } from '../../platform/console-link';
import { later } from '../../platform/later';
import { onStorageKey } from '../../platform/storage-events';
import type { ArchivedRun } from '../../store/archive';
import type { ShowState, ShowStore } from '../../store/show-state';
import { isLoadedAgenda } from '../../store/show-store';
import { followOtherWindows } from './window-sync';
import { holdConsole } from './control';
import { followTitle } from './title';
import { driveTicker } from './ticker';

/**
 * The one place where the store meets the outside world, called once from the entry point.
 * Every window: the ticker and the other windows' writes.
 */
export function wireWindow(store: ShowStore, storageKey: string, speed: () => number): void {
  driveTicker(store, speed);
  followOtherWindows(store, storageKey);
}

/**
 * The tab's title at once (the panel's title, the countdown while a run goes on); keeping the
 * screen awake just after the first paint; the sound cues once the page is first used (see
 * `firstUse`): they only come while a turn runs, and browsers let a page play sound only after
 * a user's gesture anyway.
 */
export function wireCues(store: ShowStore, appName: string, rehearsalPrefix: string, whenUsed: (task: () => void) => void): void {
  followTitle(store, appName, rehearsalPrefix);
  whenUsed(() => void import('./cues').then(({ followCues }) => followCues(store)));
  // The screen stays awake from the first paint on, not from the first use: a console opened early
  // and left alone until the panel starts must not go dark (0.2 kB, after the first paint).
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
  followArchiveFromFirstChange(store, storage, () => (rehearsal ? 'rehearsal' : 'live'));
  if (!rehearsal) followProposalsFromFirstOne(store, storage, confirmProposal);
  return hold;
}

/**
 * The archive's code loads with the run's first change, which it then handles with every one made
 * meanwhile. An empty log replaced by another (the first read of storage) gives it nothing to keep.
 */
function followArchiveFromFirstChange(store: ShowStore, storage: Storage | undefined, kind: () => ArchivedRun['kind']): void {
  const missed: [ShowState, ShowState][] = [];
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.log === previous.log || (state.log.length === 0 && previous.log.length === 0)) return;
    missed.push([state, previous]);
    if (missed.length > 1) return;
    void import('./archive').then(({ archiveChange }) => {
      unsubscribe();
      const change = archiveChange(storage, kind);
      for (const [later, earlier] of missed.splice(0)) change(later, earlier);
      store.subscribe(change);
    });
  });
}

/** The plan view's proposals: their code loads when one is waiting at start, or when the first one comes. */
function followProposalsFromFirstOne(store: ShowStore, storage: Storage | undefined, confirmProposal: () => boolean): void {
  const follow = () => void import('./plan-proposals').then(({ followProposals }) => followProposals(store, storage, confirmProposal));
  let waiting = false;
  try {
    waiting = storage?.getItem(PROPOSAL_KEY) != null;
  } catch {
    /* storage blocked */
  }
  if (waiting) return follow();
  const stop = onStorageKey(PROPOSAL_KEY, () => {
    stop();
    follow();
  });
}

/** `?agenda=<url>`: fetched and checked at start; a reload with the same file keeps the run in progress. */
export function loadAgendaFromUrl(store: ShowStore, url: string): void {
  void Promise.all([import('../../platform/agenda-source'), loadAgendaCheck()])
    .then(([{ fetchAgenda }]) => fetchAgenda(url))
    .then((result) => {
      const { actions } = store.getState();
      if (!result.ok) actions.reportLoadFailure({ source: url, issues: result.issues });
      else if (!isLoadedAgenda(store.getState(), result.text)) actions.loadAgenda(result.text, url);
    });
}
