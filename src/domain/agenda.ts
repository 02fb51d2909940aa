/** The agenda file, format v1 (see DESIGN.md). Minutes and clock times as in the file. */

export const AGENDA_FORMAT = 'run-of-show/agenda@1';

export type Role = 'moderator' | 'panelist' | 'speaker';
export const ROLES: readonly Role[] = ['moderator', 'panelist', 'speaker'];

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly honorific?: string;
  readonly position?: string;
  readonly organization?: string;
}

export interface Question {
  readonly id: string;
  readonly text: string;
}

export interface AgendaTurn {
  readonly speaker: string;
  readonly minutes: number;
}

export interface Segment {
  readonly id: string;
  readonly title?: string;
  readonly question?: string;
  /** The segment's budget; when absent, the sum of its turns. */
  readonly minutes?: number;
  readonly turns?: readonly AgendaTurn[];
  /** Time may be taken from (or given back to) this block first when rebalancing. */
  readonly flex?: boolean;
  /** An open block's list of speakers: the limit for each question from the floor (default 1.5). */
  readonly questionMinutes?: number;
  /** The limit for each panelist's answer (default 2). */
  readonly answerMinutes?: number;
  /** Questions taken before the panel answers (default 1: one by one). */
  readonly roundSize?: number;
  /** Whether the list asks each speaker's self-described gender (default false). */
  readonly askGender?: boolean;
}

export interface Signals {
  readonly wrapUpSeconds: number;
  readonly finalSeconds: number;
}

export interface Agenda {
  readonly format: typeof AGENDA_FORMAT;
  readonly title: string;
  readonly event?: string;
  /** YYYY-MM-DD, the venue's calendar date. */
  readonly date: string;
  /** HH:MM, 24-hour, venue local time. */
  readonly start: string;
  readonly end: string;
  readonly timeZone?: string;
  readonly venue?: string;
  /** BCP 47 tag of the agenda's own text (titles, questions, names), so screen readers pronounce it right. */
  readonly language?: string;
  readonly signals?: Signals;
  readonly people: readonly Person[];
  readonly questions?: readonly Question[];
  readonly segments: readonly Segment[];
}

export const DEFAULT_SIGNALS: Signals = { wrapUpSeconds: 60, finalSeconds: 15 };

/** "H.E. Papa Maguèye Diop": the name as announced. */
export function displayName(person: Pick<Person, 'name' | 'honorific'>): string {
  return person.honorific ? `${person.honorific} ${person.name}` : person.name;
}
