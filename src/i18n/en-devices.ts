import { localize } from './lang';

/** The words of the devices' dialog and status lines (loaded with them, not with the console's first page; its button's name is in en.ts). */
export const enDevices = {
  title: 'Connect devices',
  making: 'Making a room for this run…',
  noServer: 'This page was not opened from Run of Show’s own server (npm start), so other devices cannot follow this run.',
  noServerHow:
    'To connect devices, start the app with npm start and open the address it prints. Everything on this laptop works as before.',
  coModerator: 'This console joined the run through a co-moderator link. The links to hand out are on the console that opened the room.',
  /** Why this device is not in step with the others. */
  problems: {
    'no-server': 'This page was not opened from Run of Show’s own server, so it cannot follow other devices.',
    unreachable: 'The sync server does not answer. This device keeps what it has and catches up once the server is back.',
    'wrong-key': 'The server refused this link: its key is wrong. Ask for a new link.',
    'unknown-room': 'The server does not know this room. Ask for a new link.',
    forbidden: 'The server does not allow this link to open the run.',
    'bad-link': 'This link is damaged or incomplete. Ask for a new link.',
  },
  tryAgain: 'Try again',
  /** One entry per link, in the order the dialog shows them. */
  links: {
    speaker: { name: 'Speaker view link', may: 'Read only: shows the time to the panel, with no controls.' },
    record: { name: 'Record link', may: 'Reads the run; writes the rapporteur’s notes and corrections.' },
    moderator: { name: 'Co-moderator link', may: 'May take control of the run. Hand it only to a co-moderator.' },
  },
  /** Above the links: how to hand them out. */
  intro:
    'Scan a code with the other device’s camera, or copy its link and send it. Each link opens this run with the rights written under its name.',
  linksLabel: 'Links to open on other devices',
  /** The speaker view link can open in a language of its own; by default the phone's own languages decide. */
  speakerLanguage: 'Speaker view language',
  deviceLanguage: 'As the device prefers',
  copy: 'Copy',
  copyLink: (name: string) => `Copy the ${name}`,
  copied: 'Copied',
  copyFailed: 'Could not copy: select the link and press Ctrl+C.',
  qr: (name: string) => `QR code for the ${name}`,
  region: 'Devices',
  connection: {
    online: 'Online',
    connecting: 'Connecting…',
    offline: 'Offline: this console keeps running and sends its events once it is back',
  },
  sent: { all: 'Everything sent', pending: 'Not everything sent yet' },
  presence: {
    label: 'Connected',
    speakers: (n: number) => (n === 1 ? '1 speaker view' : `${n} speaker views`),
    records: (n: number) => (n === 1 ? '1 record' : `${n} records`),
    coModerators: (n: number) => (n === 1 ? '1 co-moderator' : `${n} co-moderators`),
    unknown: 'not known yet',
    offline: 'not known while offline',
  },
  unapplied: (n: number) =>
    n === 1
      ? '1 event made on this console while another device had taken control was kept but not applied: redo it by hand if it still matters.'
      : `${n} events made on this console while another device had taken control were kept but not applied: redo by hand those that still matter.`,
  /** What a run event was, for the list of events kept but not applied. */
  events: {
    sessionStarted: 'Start',
    turnAdvanced: 'Next turn',
    paused: 'Pause',
    resumed: 'Resume',
    interjectionStarted: 'Interjection',
    interjectionEnded: 'End of interjection',
    timeAdjusted: (seconds: number) => (seconds >= 0 ? `Added ${seconds} seconds` : `Removed ${-seconds} seconds`),
    turnSkipped: 'Turn skipped',
    turnMoved: 'Turn moved',
    turnInserted: (who: string) => `Floor given to ${who}`,
    sessionEnded: 'End of session',
    messageSent: (text: string) => `Message “${text}”`,
    messageCleared: 'Message cleared',
    planRebalanced: 'Rebalance accepted',
    floorRequested: (name: string) => `${name} added to the list of speakers`,
    floorRequestMoved: 'List of speakers reordered',
    floorRequestWithdrawn: 'Request to speak withdrawn',
    floorRequestRemoved: 'Request to speak removed',
    floorListOrdered: 'Order of the list of speakers changed',
    floorListClosed: 'List of speakers closed',
    floorGiven: 'Floor given from the list of speakers',
    answersGiven: 'Panel given the floor to answer',
  },
  remote: {
    offline: 'This device is offline.',
    offlineDetail: 'What it shows may be out of date; it catches up once the network is back.',
    /** After a refusal (not a server that does not answer): the page shows this device's own copy, not the room's run. */
    notFollowing: 'Until then, nothing on this page comes from the console.',
  },
};
localize(enDevices, 'devices');
