import { localize } from './lang';

/** The keys the console answers to, for the help overlay (loaded with it, not with the first page). The keys themselves never change with the language; their names and what they do are words. */
export const enHelp = {
  keys: [
    ['Space', 'Start, pause or resume'],
    ['N or →', 'Next turn'],
    ['I', 'Interjection by the moderator (stops the speaker’s clock)'],
    ['+', 'Add 30 seconds to the turn'],
    ['−', 'Remove 30 seconds from the turn'],
    ['Z or Ctrl+Z', 'Undo the last action'],
    ['G', 'Give the floor to someone (insert a turn)'],
    ['L', 'Give the floor to the next on the list of speakers'],
    ['R', 'Accept the offered rebalance of the turns to come'],
    ['M', 'Compose a message to the speaker (Enter sends)'],
    ['Esc', 'Clear the message on the speaker view; close a dialog'],
    ['S', 'Sound cues on or off'],
    ['F', 'Full screen (on the speaker view)'],
    ['?', 'Show or hide this list'],
  ] as Array<[key: string, what: string]>,
};
localize(enHelp, 'help');
