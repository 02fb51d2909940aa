import { formatPath, type AgendaIssue, type IssueCode } from '../domain/validate-agenda';
import { localize } from './lang';

type Detail = Readonly<Record<string, string | number | undefined>>;
export type IssueWords = Record<IssueCode, (at: string, d: Detail) => string>;

/** The agenda validator's messages, one per problem: `at` names the place (`segments[1].minutes: `) or is empty, `d` holds the details. */
export const enIssues: IssueWords = {
  tooLarge: (_, d) => `The file is ${Math.ceil(Number(d.bytes) / 1024)} KB; an agenda may be at most ${Number(d.limit) / 1024} KB.`,
  notJson: (_, d) => `The file is not valid JSON (${d.reason}).`,
  notObject: (at) => `${at}expected an object with named fields.`,
  notArray: (at) => `${at}expected a list.`,
  notString: (at) => `${at}expected text.`,
  emptyText: (at) => `${at}must not be empty.`,
  notNumber: (at, d) => `${at}expected a number, found ${d.found}.`,
  notPositive: (at, d) => `${at}must be more than 0, found ${d.found}.`,
  notWholeNumber: (at, d) => `${at}expected a whole number, found ${d.found}.`,
  negative: (at, d) => `${at}must not be negative, found ${d.found}.`,
  notBoolean: (at) => `${at}expected true or false.`,
  unknownKey: (at, d) => `${at}unknown field "${d.key}"${d.suggestion ? ` (did you mean "${d.suggestion}"?)` : ''}.`,
  missing: (at, d) => `${at}missing the required field "${d.key}".`,
  badFormat: (at, d) => `${at}expected "${d.expected}", found ${d.found}.`,
  badDate: (at, d) => `${at}expected a date as YYYY-MM-DD, found ${d.found}.`,
  badTime: (at, d) => `${at}expected a 24-hour time as HH:MM, found ${d.found}.`,
  endNotAfterStart: (at, d) => `${at}the end (${d.end}) must be after the start (${d.start}).`,
  badTimeZone: (at, d) => `${at}not a known time zone: ${d.found} (use a name like "Europe/Zurich").`,
  badLanguage: (at, d) => `${at}not a language tag: ${d.found} (use one like "en", "fr" or "es-419").`,
  badRole: (at, d) => `${at}expected "moderator", "panelist" or "speaker", found ${d.found}.`,
  duplicateId: (at, d) => `${at}the id "${d.id}" is already used at ${d.first}.`,
  unknownPerson: (at, d) => `${at}no person with id "${d.id}".`,
  unknownQuestion: (at, d) => `${at}no question with id "${d.id}".`,
  segmentWithoutTime: (at) => `${at}a segment needs turns, or minutes, or both.`,
  emptyList: (at) => `${at}the list must not be empty.`,
  finalNotBeforeWrapUp: (at, d) => `${at}the final signal (${d.final} s) must come after wrap-up (${d.wrapUp} s), so it must be smaller.`,
  overSlot: (_, d) => `The segments add up to ${d.planned} minutes, more than the ${d.slot}-minute slot.`,
  turnsExceedSegment: (at, d) => `${at}the turns add up to ${d.turns} minutes, more than the segment's ${d.minutes}.`,
};
localize(enIssues, 'issues');

/** A problem with an agenda file as a sentence that names the place (loaded only when there is one to show). */
export function describeIssue(issue: AgendaIssue): string {
  const where = formatPath(issue.path);
  return enIssues[issue.code](where ? `${where}: ` : '', issue.detail ?? {});
}
