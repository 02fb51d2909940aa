import type { Agenda } from '../domain/agenda';
import seed from './seed-agenda.json';

/** The reference panel of the concept note (19 June 2025, 17:00–18:00, Room A): the default agenda. */
export const SEED_AGENDA = seed as unknown as Agenda;
