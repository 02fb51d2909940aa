import { localize } from './lang';

/** The words of the list of speakers in an open block (loaded with it, not with the console's first page). */
export const enFloor = {
  /** The region's name (the interface contract). */
  region: 'List of speakers',
  name: 'Name',
  delegation: 'Delegation or organisation',
  gender: 'Gender (self-described)',
  genders: { woman: 'Woman', man: 'Man', another: 'Another', notRecorded: 'Not recorded' },
  add: 'Add to the list',
  giveNext: 'Give the floor to the next on the list',
  panelAnswers: 'The panel answers',
  closeList: 'Close the list',
  closed: (time: string) => `List closed at ${time}`,
  firstTimersFirst: 'Those who have not spoken first',
  waiting: (n: number) => (n === 1 ? '1 waiting' : `${n} waiting`),
  next: (who: string) => `Next: ${who}`,
  noneWaiting: 'No one is waiting.',
  /** Said early, while the list can still be closed or the limit shortened. */
  timeFor: (waiting: number, fits: number) => `${waiting} waiting, time for about ${fits}`,
  round: (n: number, asked: number, size: number) => `Round ${n}: ${asked} of ${size} questions taken`,
  roundDone: 'The round is complete: the panel answers next.',
  oneByOne: 'Questions one by one',
  limits: (question: string, answer: string) => `${question} per question, ${answer} per answer`,
  withdraw: (name: string) => `Withdraw ${name}`,
  remove: (name: string) => `Remove ${name}`,
  moveUp: (name: string) => `Move ${name} up`,
  moveDown: (name: string) => `Move ${name} down`,
  withdrawn: 'withdrawn',
  spoke: 'has spoken',
  /** A speaker from the floor, with a delegation: "Ana Pérez (Chile)". */
  speaker: (name: string, delegation: string) => (delegation ? `${name} (${delegation})` : name),
  answering: (round: number) => `Answering round ${round}`,
  question: (round: number) => `Question, round ${round}`,
};
localize(enFloor, 'floor');
