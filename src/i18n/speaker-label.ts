import { displayName } from '../domain/agenda';
import { requestOfTurn, type FloorEntry } from '../domain/floor-list';
import { AUDIENCE, FLOOR, type Plan } from '../domain/plan';
import type { RunState } from '../domain/run';
import { en } from './en';

/** The name to show for whoever holds a turn: a person, the floor, or someone from the audience. */
export function speakerLabel(plan: Plan, speakerId: string | null): string {
  if (speakerId === null) return '';
  if (speakerId === FLOOR) return en.floor;
  if (speakerId === AUDIENCE) return en.audience;
  const person = plan.personById[speakerId];
  return person ? displayName(person) : speakerId;
}

/** A speaker from the list by name, with the delegation when there is one: "Ana Pérez, Chile". */
export const requestLabel = (entry: FloorEntry): string => (entry.delegation ? `${entry.name}${en.comma}${entry.delegation}` : entry.name);

/** The name to show for a turn of the run: the requester's for a turn given from the list of speakers, else the speaker's. */
export function turnLabel(plan: Plan, run: RunState, turnId: string | null): string {
  const entry = turnId ? requestOfTurn(run.floor, run.turns[turnId]) : undefined;
  if (entry) return requestLabel(entry);
  return speakerLabel(plan, turnId ? (run.turns[turnId]?.speakerId ?? null) : null);
}
