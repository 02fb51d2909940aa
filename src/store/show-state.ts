import type { Agenda } from '../domain/agenda';
import type { Plan } from '../domain/plan';
import type { AnchorMode, RunEvent, RunState } from '../domain/run';
import type { AgendaIssue } from '../domain/validate-agenda';
import type { Instant } from '../domain/units';
import type { StoreApi } from 'zustand/vanilla';

export type StorageProblem = 'corrupt' | 'future' | 'unwritable';

/**
 * Who may change the run from this window: the console in control, a console that another
 * window controls (it follows and may take over), or a view that only follows (the stage).
 */
export type Control = 'controller' | 'follower' | 'viewer';

export interface LoadFailure {
  /** Where the file came from: its name or URL. */
  readonly source: string;
  readonly issues: readonly AgendaIssue[];
}

export interface ShowState {
  readonly agenda: Agenda;
  readonly plan: Plan;
  readonly warnings: readonly AgendaIssue[];
  /** The run as an append-only log: the single source of truth for the live state. */
  readonly log: readonly RunEvent[];
  readonly run: RunState;
  readonly now: Instant;
  /** The moderator's choice before the start; null follows the suggestion. */
  readonly preferredMode: AnchorMode | null;
  readonly loadFailure: LoadFailure | null;
  readonly storageProblem: StorageProblem | null;
  readonly control: Control;
  /** A rehearsal on a simulated clock, with its speed; null for the live run. */
  readonly rehearsal: { readonly speed: number } | null;
  /** Sound cues at wrap-up, final and over time; off by default. */
  readonly soundOn: boolean;
  /** The log length at which the moderator dismissed a rebalance offer. */
  readonly rebalanceDismissedAt: number | null;
  /** Counts the runs this store has begun (a new run, another agenda): tells a new run from an undo to nothing. */
  readonly generation: number;
  readonly actions: ShowActions;
}

export interface ShowActions {
  /** Reads the clock; the ticker calls this. */
  tick(): void;
  start(): void;
  /** Space: start, pause or resume. */
  toggle(): void;
  next(): void;
  toggleInterjection(): void;
  adjustTime(seconds: number): void;
  skip(turnId: string): void;
  move(turnId: string, toPosition: number): void;
  insert(speakerId: string, minutes: number, when: 'now' | 'next'): void;
  /**
   * Records the event `make` builds at this moment, when it applies (the list of speakers' actions,
   * src/store/floor-actions.ts, load with the list and go through this). True when recorded.
   */
  apply(make: (at: Instant) => RunEvent | null): boolean;
  end(): void;
  undo(): void;
  /** R: accepts the rebalance on offer at this moment, as one run event. */
  acceptRebalance(): void;
  /** Hides the offer until the run changes. */
  dismissRebalance(): void;
  sendMessage(text: string): void;
  clearMessage(): void;
  setSoundOn(on: boolean): void;
  toggleSound(): void;
  setControl(control: Control): void;
  /** Reads the run back from storage (another window wrote it). */
  reload(): void;
  /** Clears the run (it is kept in the archive) for a new one on the same agenda. */
  newRun(): void;
  setPreferredMode(mode: AnchorMode | null): void;
  /**
   * Replaces the agenda (and starts a fresh run) when it is valid; otherwise keeps everything and
   * reports where and what. `input` is a file's text (a string: size cap and JSON parse first) or
   * data already parsed. `source` names the file or URL in the report.
   */
  loadAgenda(input: unknown, source: string): boolean;
  reportLoadFailure(failure: LoadFailure): void;
  dismissLoadFailure(): void;
}

export type ShowStore = StoreApi<ShowState> & {
  /** Present when the store keeps the run in storage: reads back what another window wrote. */
  persist?: { rehydrate(): void };
};
