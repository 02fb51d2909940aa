import { localize } from './lang';

/** Every word the first page shows. The other languages' words (src/i18n/fr, es, ar) are written into this object before the first render. */
export const en = {
  appName: 'Run of Show',
  timers: { turn: 'Turn time', segment: 'Segment time', session: 'Session time' },
  /** A guiding question by its number in the agenda: Q1, Q2… */
  questionShort: (n: number) => `Q${n}`,
  upNextCount: (n: number) => `${n} to come`,
  regions: { currentSpeaker: 'Current speaker', upNext: 'Up next', controls: 'Controls', question: 'Question', status: 'Where we stand' },
  buttons: {
    start: 'Start',
    pause: 'Pause',
    resume: 'Resume',
    next: 'Next',
    undo: 'Undo',
    add30: 'Add 30 seconds',
    remove30: 'Remove 30 seconds',
    interject: 'Interject',
    endInterjection: 'End interjection',
    insert: 'Give the floor…',
    end: 'End session',
    help: 'Keyboard shortcuts',
    close: 'Close',
    downloadRun: 'Download run (JSON)',
    skip: 'Skip',
    moveUp: 'Move up',
    moveDown: 'Move down',
    dismiss: 'Dismiss',
    dismissError: 'Dismiss the error',
    dismissRebalance: 'Dismiss the proposal',
    giveNow: 'Give the floor now',
    queueNext: 'Queue next',
    cancel: 'Cancel',
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
  /** Said once to a screen reader when the floor changes hands (the signal words above are said as they change). */
  hasFloor: (name: string) => `${name} has the floor`,
  /** The menu of each view's language: the languages are listed in their own names. */
  language: 'Language',
  /** Between a label and what it labels (French sets a space before the colon). */
  colon: ': ',
  /** Between the parts of one item (a role, an organisation). */
  comma: ', ',
  /** The keys' names shown beside buttons (the keys themselves never change). */
  keyNames: { space: 'Space', escape: 'Esc' },
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
    afterStart: (t: string) => `Ends ${t} after Start`,
  },
  timeOfDay: 'Time of day',
  /** Links between the views (each opens in a new tab). */
  views: {
    label: 'Other views',
    /** The console's fold of the links: the plan first, since that is what an organizer looks for. */
    menu: 'Plan and other views',
    live: { console: 'Console', plan: 'Plan', rehearse: 'Rehearsal', sheet: 'Sheet', log: 'Record', stage: 'Speaker view' },
    rehearsal: {
      console: 'Live console',
      plan: 'Plan',
      rehearse: 'Rehearsal console',
      sheet: 'Sheet',
      log: 'Rehearsal record',
      stage: 'Rehearsal speaker view',
    },
  },
  stage: {
    openSpeakerView: 'Open speaker view',
    openRecord: 'Open the record',
    fullScreen: 'Full screen',
    lost: 'Lost the console',
    lostDetail: 'The time is hidden until the console is back.',
    session: 'Session',
    waiting: 'Waiting for the start',
  },
  control: {
    follower: 'Another window is in control of this run. This one follows it.',
    /** The same, when the run is shared through a room: the controller is another device. */
    followerDevice: 'Another device (a co-moderator’s console) is in control of this run. This one follows it.',
    takeOver: 'Take over',
  },
  message: {
    title: 'Message to the speaker',
    presets: ['Please wrap up', 'One minute', 'Time is up', 'Please speak closer to the microphone'],
    text: 'Message',
    send: 'Send',
    clear: 'Clear message',
    onStage: 'On the speaker view:',
    /** The message as quoted on the console. */
    quoted: (text: string) => `“${text}”`,
    compose: 'Message…',
  },
  sound: { on: 'Sound cues on', off: 'Sound cues off' },
  /** Other devices following the run: the console's button (the rest of their words load with them, from en-devices.ts). */
  devices: { connect: 'Connect devices' },
  newRun: 'New run',
  rehearsal: {
    banner: (speed: number) => `Rehearsal at ${speed}× on a simulated clock. The live run is not touched.`,
    stageBanner: 'Rehearsal',
    speed: 'Speed',
    titlePrefix: 'Rehearsal',
  },
  proposalLoaded: 'The plan from the plan view is now loaded.',
  confirmProposal: 'The plan view sent a new plan. Load it now? The run in progress is kept in the archive.',
  confirmNewRun: 'Start a new run? This one is kept in the archive.',

  queueEmpty: 'No more turns. Next ends the session.',
  /** Below the queue's rows: the turns it does not show. */
  queueMore: (n: number) => `and ${n} more ${n === 1 ? 'turn' : 'turns'}`,
  inserted: 'added live',
  insertDialog: { title: 'Give the floor', person: 'Person', minutes: 'Minutes' },
  help: {
    title: 'Keyboard shortcuts',
  },
  confirmReplace: 'A run is in progress. Load the new agenda and start a fresh run?',
};
localize(en, 'main');
