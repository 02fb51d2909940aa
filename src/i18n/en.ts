import type { AgendaIssue } from '../domain/validate-agenda';
import { formatPath } from '../domain/validate-agenda';

/** Every word the interface shows. French and Spanish will be siblings of this file. */
export const en = {
  appName: 'Run of Show',
  timers: { turn: 'Turn time', segment: 'Segment time', session: 'Session time' },
  upNextCount: (n: number) => `${n} to come`,
  regions: { currentSpeaker: 'Current speaker', upNext: 'Up next', controls: 'Controls', question: 'Question', status: 'Where we stand' },
  buttons: {
    start: 'Start', pause: 'Pause', resume: 'Resume', next: 'Next', undo: 'Undo', add30: 'Add 30 seconds', remove30: 'Remove 30 seconds',
    interject: 'Interject', endInterjection: 'End interjection', insert: 'Give the floor…', end: 'End session', help: 'Keyboard shortcuts',
    close: 'Close', downloadRun: 'Download run (JSON)', skip: 'Skip', moveUp: 'Move up', moveDown: 'Move down', dismiss: 'Dismiss', dismissError: 'Dismiss the error', dismissRebalance: 'Dismiss the proposal', giveNow: 'Give the floor now', queueNext: 'Queue next', cancel: 'Cancel',
  },
  loadAgenda: 'Load agenda',
  dropHint: 'Drop an agenda file to load it',
  floor: 'The floor',
  floorDetail: 'Questions from the floor',
  audience: 'Speaker from the floor',
  moderatorInterjecting: 'Moderator interjecting',
  paused: 'Paused',
  ready: 'Ready to start',
  ended: 'Session ended',
  signal: { normal: 'Speaking', wrapUp: 'Wrap up', final: 'Final seconds', over: 'Over time' },
  mode: {
    scheduled: (start: string, end: string) => `Scheduled: ${start}–${end}`,
    now: (minutes: number) => `Anchored at Start: ${minutes} minutes from the press of Start`,
    useScheduled: 'Keep the agenda’s clock times',
    useNow: 'Start the clock when I press Start',
    label: 'Clock times',
  },
  schedule: {
    onTime: 'On schedule',
    behind: (t: string) => `${t} behind`,
    ahead: (t: string) => `${t} ahead`,
    projectedEnd: (t: string) => `Projected end ${t}`,
    over: (t: string) => `${t} over`,
    spare: (t: string) => `${t} spare`,
    hardEnd: (t: string) => `Hard end ${t}`,
  },
  timeOfDay: 'Time of day',
  stage: {
    openSpeakerView: 'Open speaker view',
    fullScreen: 'Full screen',
    lost: 'Lost the console',
    lostDetail: 'The time is hidden until the console is back.',
    session: 'Session',
    waiting: 'Waiting for the start',
  },
  control: {
    follower: 'Another window is in control of this run. This one follows it.',
    takeOver: 'Take over',
  },
  message: {
    title: 'Message to the speaker',
    presets: ['Please wrap up', 'One minute', 'Time is up', 'Please speak closer to the microphone'],
    text: 'Message',
    send: 'Send',
    clear: 'Clear message',
    onStage: 'On the speaker view:',
    compose: 'Message…',
  },
  sound: { on: 'Sound cues on', off: 'Sound cues off' },
  rebalance: {
    titleOver: (t: string) => `Runs ${t} over the hard end: proposed fix`,
    titleSpare: (t: string) => `${t} spare: proposed use`,
    preview: 'Turns that would change',
    accept: 'Accept rebalance',
    notEnough: (t: string) => `Even at the shortest allowed, the plan still runs ${t} over.`,
    drop: (who: string) => `Consider dropping: ${who}.`,
  },
  queueEmpty: 'No more turns. Next ends the session.',
  inserted: 'added live',
  insertDialog: { title: 'Give the floor', person: 'Person', minutes: 'Minutes' },
  help: {
    title: 'Keyboard shortcuts',
    keys: [
      ['Space', 'Start, pause or resume'],
      ['N or →', 'Next turn'],
      ['I', 'Interjection by the moderator (stops the speaker’s clock)'],
      ['+', 'Add 30 seconds to the turn'],
      ['−', 'Remove 30 seconds from the turn'],
      ['Z or Ctrl+Z', 'Undo the last action'],
      ['G', 'Give the floor to someone (insert a turn)'],
      ['R', 'Accept the offered rebalance of the turns to come'],
      ['M', 'Compose a message to the speaker (Enter sends)'],
      ['Esc', 'Clear the message on the speaker view; close a dialog'],
      ['S', 'Sound cues on or off'],
      ['F', 'Full screen (on the speaker view)'],
      ['?', 'Show or hide this list'],
    ] as ReadonlyArray<readonly [string, string]>,
  },
  loadedFrom: (source: string) => `Could not load ${source}. The agenda already loaded is unchanged.`,
  update: { ready: 'A new version of Run of Show is ready.', reload: 'Reload to update' },
  warningsTitle: 'The agenda loaded with a warning',
  confirmReplace: 'A run is in progress. Load the new agenda and start a fresh run?',
  storage: {
    corrupt: 'The saved run could not be read, so the app started fresh. It keeps running in this window.',
    future: 'The saved run was written by a newer version of Run of Show. It is left untouched; this window runs in memory only.',
    unwritable: 'This browser will not let the app save the run (storage is full or blocked). It keeps running in this window only; do not reload.',
  },
  issue: (issue: AgendaIssue): string => {
    const where = formatPath(issue.path);
    const d = issue.detail ?? {};
    const at = where ? `${where}: ` : '';
    switch (issue.code) {
      case 'tooLarge': return `The file is ${Math.ceil(Number(d.bytes) / 1024)} KB; an agenda may be at most ${Number(d.limit) / 1024} KB.`;
      case 'notJson': return `The file is not valid JSON (${d.reason}).`;
      case 'notObject': return `${at}expected an object with named fields.`;
      case 'notArray': return `${at}expected a list.`;
      case 'notString': return `${at}expected text.`;
      case 'emptyText': return `${at}must not be empty.`;
      case 'notNumber': return `${at}expected a number, found ${d.found}.`;
      case 'notPositive': return `${at}must be more than 0, found ${d.found}.`;
      case 'negative': return `${at}must not be negative, found ${d.found}.`;
      case 'notBoolean': return `${at}expected true or false.`;
      case 'unknownKey': return `${at}unknown field "${d.key}"${d.suggestion ? ` (did you mean "${d.suggestion}"?)` : ''}.`;
      case 'missing': return `${where ? `${where}: ` : ''}missing the required field "${d.key}".`;
      case 'badFormat': return `${at}expected "${d.expected}", found ${d.found}.`;
      case 'badDate': return `${at}expected a date as YYYY-MM-DD, found ${d.found}.`;
      case 'badTime': return `${at}expected a 24-hour time as HH:MM, found ${d.found}.`;
      case 'endNotAfterStart': return `${at}the end (${d.end}) must be after the start (${d.start}).`;
      case 'badTimeZone': return `${at}not a known time zone: ${d.found} (use a name like "Europe/Zurich").`;
      case 'badRole': return `${at}expected "moderator", "panelist" or "speaker", found ${d.found}.`;
      case 'duplicateId': return `${at}the id "${d.id}" is already used at ${d.first}.`;
      case 'unknownPerson': return `${at}no person with id "${d.id}".`;
      case 'unknownQuestion': return `${at}no question with id "${d.id}".`;
      case 'segmentWithoutTime': return `${at}a segment needs turns, or minutes, or both.`;
      case 'emptyList': return `${at}the list must not be empty.`;
      case 'finalNotBeforeWrapUp': return `${at}the final signal (${d.final} s) must come after wrap-up (${d.wrapUp} s), so it must be smaller.`;
      case 'overSlot': return `The segments add up to ${d.planned} minutes, more than the ${d.slot}-minute slot.`;
      case 'turnsExceedSegment': return `${at}the turns add up to ${d.turns} minutes, more than the segment's ${d.minutes}.`;
    }
  },
};

export type Messages = typeof en;
