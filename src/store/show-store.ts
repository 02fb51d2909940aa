import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Agenda } from '../domain/agenda';
import { AUDIENCE, compilePlan } from '../domain/plan';
import { suggestedAnchorMode } from '../domain/projection';
import { applyEvent, foldRun, initialRun, type RunEvent } from '../domain/run';
import { millis, minutesToMillis, type Clock, type Instant } from '../domain/units';
import type { AgendaIssue } from '../domain/validate-agenda';
import { agendaCheck } from './agenda-check';
import { attachStorage, STORAGE_KEY } from './persistence';
import { currentRebalancer, loadRebalancer } from './rebalancer';
import { selectRebalance } from './selectors';
import type { Control, ShowState, ShowStore } from './show-state';

export interface ShowStoreOptions {
  readonly clock: Clock;
  readonly agenda: Agenda;
  /** The device's time zone, for agendas that name none; asked only when one is needed (a first Intl call costs). */
  readonly deviceTimeZone: string | (() => string);
  /** Where the run is kept; omit for a store that lives in memory only. */
  readonly storage?: Storage;
  /** Who may change the run from this window; the console starts as controller. */
  readonly control?: Control;
  /** Where the run is kept: rehearsals keep theirs apart from the live run. */
  readonly storageKey?: string;
  /** Set for a rehearsal: the simulated clock's speed, shown everywhere so it is never taken for the live run. */
  readonly rehearsal?: { readonly speed: () => number };
  /** Runs work the first paint does not need (loading the rebalancer); at once when omitted. */
  readonly later?: (task: () => void) => void;
}

/** Whether `input` (a file's text or parsed data) is the agenda already loaded: loading it again must not end the run. */
export function isLoadedAgenda(state: Pick<ShowState, 'agenda'>, input: unknown): boolean {
  try {
    const data = typeof input === 'string' ? (JSON.parse(input) as unknown) : input;
    return JSON.stringify(data) === JSON.stringify(state.agenda);
  } catch {
    return false;
  }
}

/** Builds the app's one store over the domain. Each test builds its own. */
export function createShowStore(options: ShowStoreOptions): ShowStore {
  const { clock } = options;
  const { deviceTimeZone } = options;
  const askDeviceZone = typeof deviceTimeZone === 'string' ? () => deviceTimeZone : deviceTimeZone;
  let knownZone: string | undefined;
  const zoneFor = (agenda: Agenda) => agenda.timeZone ?? (knownZone ??= askDeviceZone());

  const fresh = (agenda: Agenda, warnings: readonly AgendaIssue[]) => {
    const plan = compilePlan(agenda, zoneFor(agenda));
    return { agenda, plan, warnings, log: [] as readonly RunEvent[], run: initialRun(plan) };
  };

  const creator = (set: StoreApi<ShowState>['setState'], get: StoreApi<ShowState>['getState'], api: StoreApi<ShowState>): ShowState => {
    const record = (make: (at: Instant) => RunEvent | null) => {
      const now = clock.now();
      // Only the window in control changes the run: nothing is written twice or lost in a handover.
      if (get().control !== 'controller') {
        set({ now });
        return;
      }
      const { plan, run, log } = get();
      const event = make(now);
      if (!event) {
        set({ now });
        return;
      }
      const next = applyEvent(plan, run, event);
      if (next === run) {
        set({ now });
        return;
      }
      set({ now, log: [...log, event], run: next });
    };
    let insertions = 0;
    return {
      ...fresh(options.agenda, []),
      now: clock.now(),
      preferredMode: null,
      loadFailure: null,
      storageProblem: null,
      rebalanceDismissedAt: null,
      generation: 0,
      control: options.control ?? 'controller',
      rehearsal: options.rehearsal ? { speed: options.rehearsal.speed() } : null,
      soundOn: false,
      actions: {
        tick: () => set(options.rehearsal ? { now: clock.now(), rehearsal: { speed: options.rehearsal.speed() } } : { now: clock.now() }),
        start: () => record((at) => ({ type: 'sessionStarted', at, mode: get().preferredMode ?? suggestedAnchorMode(get().plan, at) })),
        toggle: () => {
          const { run } = get();
          if (run.status === 'ready') get().actions.start();
          else record((at) => ({ type: run.activity === 'paused' ? 'resumed' : 'paused', at }));
        },
        next: () => record((at) => ({ type: 'turnAdvanced', at })),
        toggleInterjection: () =>
          record((at) => ({ type: get().run.activity === 'interjecting' ? 'interjectionEnded' : 'interjectionStarted', at })),
        adjustTime: (seconds) => record((at) => ({ type: 'timeAdjusted', at, by: millis(seconds * 1000) })),
        skip: (turnId) => record((at) => ({ type: 'turnSkipped', at, turnId })),
        move: (turnId, toPosition) => record((at) => ({ type: 'turnMoved', at, turnId, toPosition })),
        insert: (speakerId, minutes, when) =>
          record((at) => {
            if (speakerId !== AUDIENCE && !get().plan.personById[speakerId]) return null;
            if (!(minutes > 0)) return null;
            insertions += 1;
            const id = `inserted-${get().log.length}-${insertions}`;
            return { type: 'turnInserted', at, when, turn: { id, speakerId, allotted: minutesToMillis(minutes) } };
          }),
        apply: (make) => {
          const before = get().log.length;
          record(make);
          return get().log.length > before;
        },
        end: () => record((at) => ({ type: 'sessionEnded', at })),
        acceptRebalance: () =>
          record((at) => {
            const state = get();
            if (state.rebalanceDismissedAt === state.log.length) return null;
            const proposal = selectRebalance({ ...state, now: at });
            const rebalancer = currentRebalancer();
            return proposal && rebalancer && proposal.changes.length > 0 ? rebalancer.rebalanceEvent(proposal, at) : null;
          }),
        dismissRebalance: () => set({ rebalanceDismissedAt: get().log.length }),
        sendMessage: (text) => record((at) => ({ type: 'messageSent', at, text: text.trim() })),
        clearMessage: () => record((at) => ({ type: 'messageCleared', at })),
        setSoundOn: (on) => set({ soundOn: on }),
        toggleSound: () => set({ soundOn: !get().soundOn }),
        setControl: (control) => set({ control }),
        newRun: () => {
          if (get().control !== 'controller' || get().log.length === 0) return;
          const { agenda, warnings } = get();
          set({ ...fresh(agenda, warnings), now: clock.now(), rebalanceDismissedAt: null, generation: get().generation + 1 });
        },
        reload: () => {
          (api as ShowStore).persist?.rehydrate();
        },
        undo: () => {
          const { log, plan } = get();
          if (log.length === 0) return;
          const shorter = log.slice(0, -1);
          set({ now: clock.now(), log: shorter, run: foldRun(plan, shorter) });
        },
        setPreferredMode: (mode) => {
          if (get().run.status === 'ready') set({ preferredMode: mode });
        },
        loadAgenda: (input, source) => {
          if (get().control !== 'controller') return false;
          const { parseAgendaText, validateAgenda } = agendaCheck();
          const result = typeof input === 'string' ? parseAgendaText(input) : validateAgenda(input);
          if (!result.ok) {
            set({ loadFailure: { source, issues: result.errors } });
            return false;
          }
          set({
            ...fresh(result.value.agenda, result.value.warnings),
            loadFailure: null,
            preferredMode: null,
            now: clock.now(),
            generation: get().generation + 1,
          });
          return true;
        },
        reportLoadFailure: (failure) => set({ loadFailure: failure }),
        dismissLoadFailure: () => set({ loadFailure: null }),
      },
    };
  };

  const store = createStore<ShowState>()((set, get, api) => creator(set, get, api)) as ShowStore;
  // Once the rebalancer is there, let views ask again rather than wait for the next tick.
  if (!currentRebalancer())
    (options.later ?? ((task) => task()))(() => void loadRebalancer().then(() => store.setState({ now: clock.now() })));
  if (options.storage) attachStorage(store, options.storage, { key: options.storageKey ?? STORAGE_KEY, clock, zoneFor });
  return store;
}
