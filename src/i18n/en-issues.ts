import { formatPath, type AgendaIssue } from '../domain/validate-agenda';

/** A problem with an agenda file as a sentence that names the place (loaded only when there is one to show). */
export function describeIssue(issue: AgendaIssue): string {
  const where = formatPath(issue.path);
  const d = issue.detail ?? {};
  const at = where ? `${where}: ` : '';
  switch (issue.code) {
    case 'tooLarge':
      return `The file is ${Math.ceil(Number(d.bytes) / 1024)} KB; an agenda may be at most ${Number(d.limit) / 1024} KB.`;
    case 'notJson':
      return `The file is not valid JSON (${d.reason}).`;
    case 'notObject':
      return `${at}expected an object with named fields.`;
    case 'notArray':
      return `${at}expected a list.`;
    case 'notString':
      return `${at}expected text.`;
    case 'emptyText':
      return `${at}must not be empty.`;
    case 'notNumber':
      return `${at}expected a number, found ${d.found}.`;
    case 'notPositive':
      return `${at}must be more than 0, found ${d.found}.`;
    case 'negative':
      return `${at}must not be negative, found ${d.found}.`;
    case 'notBoolean':
      return `${at}expected true or false.`;
    case 'unknownKey':
      return `${at}unknown field "${d.key}"${d.suggestion ? ` (did you mean "${d.suggestion}"?)` : ''}.`;
    case 'missing':
      return `${where ? `${where}: ` : ''}missing the required field "${d.key}".`;
    case 'badFormat':
      return `${at}expected "${d.expected}", found ${d.found}.`;
    case 'badDate':
      return `${at}expected a date as YYYY-MM-DD, found ${d.found}.`;
    case 'badTime':
      return `${at}expected a 24-hour time as HH:MM, found ${d.found}.`;
    case 'endNotAfterStart':
      return `${at}the end (${d.end}) must be after the start (${d.start}).`;
    case 'badTimeZone':
      return `${at}not a known time zone: ${d.found} (use a name like "Europe/Zurich").`;
    case 'badRole':
      return `${at}expected "moderator", "panelist" or "speaker", found ${d.found}.`;
    case 'duplicateId':
      return `${at}the id "${d.id}" is already used at ${d.first}.`;
    case 'unknownPerson':
      return `${at}no person with id "${d.id}".`;
    case 'unknownQuestion':
      return `${at}no question with id "${d.id}".`;
    case 'segmentWithoutTime':
      return `${at}a segment needs turns, or minutes, or both.`;
    case 'emptyList':
      return `${at}the list must not be empty.`;
    case 'finalNotBeforeWrapUp':
      return `${at}the final signal (${d.final} s) must come after wrap-up (${d.wrapUp} s), so it must be smaller.`;
    case 'overSlot':
      return `The segments add up to ${d.planned} minutes, more than the ${d.slot}-minute slot.`;
    case 'turnsExceedSegment':
      return `${at}the turns add up to ${d.turns} minutes, more than the segment's ${d.minutes}.`;
  }
}
