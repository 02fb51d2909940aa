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
  messageSent: ['text'],
  messageCleared: [],
  floorRequested: ['segmentId', 'request'],
  floorRequestMoved: ['requestId', 'toPosition'],
  floorRequestWithdrawn: ['requestId'],
  floorRequestRemoved: ['requestId'],
  floorListOrdered: ['segmentId', 'firstTimersFirst'],
  floorListClosed: ['segmentId'],
  floorGiven: ['requestId', 'turnId', 'allotted'],
  answersGiven: ['segmentId', 'answers', 'allotted'],
};

/** Whether a value read back from storage or another window is a well-formed run event. */
export function isRunEvent(value: unknown): value is RunEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  if (typeof event.type !== 'string' || !Object.hasOwn(FIELDS, event.type)) return false;
  if (typeof event.at !== 'number' || !Number.isFinite(event.at)) return false;
  for (const field of FIELDS[event.type as RunEvent['type']]) if (!Object.hasOwn(event, field)) return false;
  // Types too: a string `by` would be concatenated into the allotment, a null one stored from Infinity.
  switch (event.type) {
    case 'sessionStarted':
      return event.mode === 'scheduled' || event.mode === 'now';
    case 'timeAdjusted':
      return isFiniteNumber(event.by);
    case 'turnSkipped':
      return typeof event.turnId === 'string';
    case 'turnMoved':
      return typeof event.turnId === 'string' && isFiniteNumber(event.toPosition);
    case 'turnInserted': {
      const turn = event.turn as Record<string, unknown> | null;
      return (
        (event.when === 'now' || event.when === 'next') &&
        typeof turn === 'object' &&
        turn !== null &&
        typeof turn.id === 'string' &&
        typeof turn.speakerId === 'string' &&
        isFiniteNumber(turn.allotted)
      );
    }
    case 'messageSent':
      return typeof event.text === 'string';
    case 'planRebalanced':
      return isMillisRecord(event.turns) && isMillisRecord(event.blocks);
    case 'floorRequested': {
      const request = event.request as Record<string, unknown> | null;
      return (
        typeof event.segmentId === 'string' &&
        typeof request === 'object' &&
        request !== null &&
        typeof request.id === 'string' &&
        typeof request.name === 'string' &&
        (request.delegation === undefined || typeof request.delegation === 'string') &&
        (request.gender === undefined || typeof request.gender === 'string')
      );
    }
    case 'floorRequestMoved':
      return typeof event.requestId === 'string' && isFiniteNumber(event.toPosition);
    case 'floorRequestWithdrawn':
    case 'floorRequestRemoved':
      return typeof event.requestId === 'string';
    case 'floorListOrdered':
      return typeof event.segmentId === 'string' && typeof event.firstTimersFirst === 'boolean';
    case 'floorListClosed':
      return typeof event.segmentId === 'string';
    case 'floorGiven':
      return typeof event.requestId === 'string' && typeof event.turnId === 'string' && isFiniteNumber(event.allotted);
    case 'answersGiven':
      return (
        typeof event.segmentId === 'string' &&
        isFiniteNumber(event.allotted) &&
        Array.isArray(event.answers) &&
        event.answers.every((a: unknown) => {
          const answer = a as Record<string, unknown> | null;
          return typeof answer === 'object' && answer !== null && typeof answer.turnId === 'string' && typeof answer.speakerId === 'string';
        })
      );
    default:
      return true;
  }
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isMillisRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isFiniteNumber);
}
