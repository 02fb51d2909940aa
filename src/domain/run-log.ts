import type { RunEvent } from './run';

const FIELDS: Record<RunEvent['type'], readonly string[]> = {
  sessionStarted: ['mode'],
  turnAdvanced: [],
  paused: [],
  resumed: [],
  interjectionStarted: [],
  interjectionEnded: [],
  timeAdjusted: ['by'],
  turnSkipped: ['turnId'],
  turnMoved: ['turnId', 'toPosition'],
  turnInserted: ['turn', 'when'],
  sessionEnded: [],
  planRebalanced: ['turns', 'blocks'],
};

/** Whether a value read back from storage or another window is a well-formed run event. */
export function isRunEvent(value: unknown): value is RunEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  if (typeof event.type !== 'string' || !Object.hasOwn(FIELDS, event.type)) return false;
  if (typeof event.at !== 'number' || !Number.isFinite(event.at)) return false;
  for (const field of FIELDS[event.type as RunEvent['type']]) if (!Object.hasOwn(event, field)) return false;
  if (event.type === 'turnInserted') {
    const turn = event.turn as Record<string, unknown> | null;
    return typeof turn === 'object' && turn !== null && typeof turn.id === 'string' && typeof turn.speakerId === 'string' && typeof turn.allotted === 'number';
  }
  return true;
}
