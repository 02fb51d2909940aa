import type { Instant } from './units';

/** What the rapporteur adds to a run: notes on turns and corrections of when they began or ended. */
export type RecordEvent =
  | { readonly type: 'noteSet'; readonly at: Instant; readonly turnId: string; readonly text: string }
  | { readonly type: 'boundaryCorrected'; readonly at: Instant; readonly turnId: string; readonly edge: Edge; readonly to: Instant }
  | { readonly type: 'correctionCleared'; readonly at: Instant; readonly turnId: string; readonly edge: Edge };

export type Edge = 'start' | 'end';

export interface RecordState {
  readonly notes: Readonly<Record<string, string>>;
  /** Corrected instants by `${turnId}:${edge}`. */
  readonly corrections: Readonly<Record<string, Instant>>;
}

/** Longest note on a turn, in characters. */
export const MAX_NOTE_LENGTH = 500;

export const correctionKey = (turnId: string, edge: Edge) => `${turnId}:${edge}`;

/** The notes and corrections in force after every event of the rapporteur's log. */
export function foldRecord(events: readonly RecordEvent[]): RecordState {
  const notes = Object.create(null) as Record<string, string>;
  const corrections = Object.create(null) as Record<string, Instant>;
  for (const event of events) {
    switch (event.type) {
      case 'noteSet': {
        const text = event.text.trim().slice(0, MAX_NOTE_LENGTH);
        if (text) notes[event.turnId] = text;
        else delete notes[event.turnId];
        break;
      }
      case 'boundaryCorrected':
        corrections[correctionKey(event.turnId, event.edge)] = event.to;
        break;
      case 'correctionCleared':
        delete corrections[correctionKey(event.turnId, event.edge)];
        break;
    }
  }
  return { notes, corrections };
}

/** Whether a value read back from storage or a file is a well-formed record event. */
export function isRecordEvent(value: unknown): value is RecordEvent {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  if (typeof e.at !== 'number' || !Number.isFinite(e.at) || typeof e.turnId !== 'string') return false;
  switch (e.type) {
    case 'noteSet':
      return typeof e.text === 'string';
    case 'boundaryCorrected':
      return (e.edge === 'start' || e.edge === 'end') && typeof e.to === 'number' && Number.isFinite(e.to);
    case 'correctionCleared':
      return e.edge === 'start' || e.edge === 'end';
    default:
      return false;
  }
}
