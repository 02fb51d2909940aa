import type { RunEvent } from '../../domain/run';
import { assertNever } from '../../domain/units';
import { enDevices } from '../../i18n/en-devices';

/** A run event in a few words, for a list a moderator reads: "Next turn", "Added 30 seconds". `who` names a speaker id. */
export function describeEvent(event: RunEvent, who: (speakerId: string) => string): string {
  const words = enDevices.events;
  switch (event.type) {
    case 'sessionStarted':
    case 'turnAdvanced':
    case 'paused':
    case 'resumed':
    case 'interjectionStarted':
    case 'interjectionEnded':
    case 'turnSkipped':
    case 'turnMoved':
    case 'sessionEnded':
    case 'messageCleared':
    case 'planRebalanced':
      return words[event.type];
    case 'timeAdjusted':
      return words.timeAdjusted(Math.round(event.by / 1000));
    case 'turnInserted':
      return words.turnInserted(who(event.turn.speakerId));
    case 'messageSent':
      return words.messageSent(event.text);
    case 'floorRequested':
      return words.floorRequested(event.request.name);
    case 'floorRequestMoved':
    case 'floorRequestWithdrawn':
    case 'floorRequestRemoved':
    case 'floorListOrdered':
    case 'floorListClosed':
    case 'answersGiven':
      return words[event.type];
    case 'floorGiven':
      return words.floorGiven;
    default:
      return assertNever(event);
  }
}
