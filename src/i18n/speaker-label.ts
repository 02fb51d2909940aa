import { displayName } from '../domain/agenda';
import { AUDIENCE, FLOOR, type Plan } from '../domain/plan';
import { en } from './en';

/** The name to show for whoever holds a turn: a person, the floor, or someone from the audience. */
export function speakerLabel(plan: Plan, speakerId: string | null): string {
  if (speakerId === null) return '';
  if (speakerId === FLOOR) return en.floor;
  if (speakerId === AUDIENCE) return en.audience;
  const person = plan.personById[speakerId];
  return person ? displayName(person) : speakerId;
}
