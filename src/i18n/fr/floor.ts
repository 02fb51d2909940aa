import type { enFloor } from '../en-floor';
import type { Words } from '../words';

const nbsp = '\u00a0';

export const floor = {
  region: 'Liste des orateurs',
  name: 'Nom',
  delegation: 'Délégation ou organisation',
  gender: 'Genre (autodéclaré)',
  genders: { woman: 'Femme', man: 'Homme', another: 'Autre', notRecorded: 'Non renseigné' },
  add: 'Inscrire sur la liste',
  giveNext: 'Donner la parole au suivant sur la liste',
  panelAnswers: 'Le panel répond',
  closeList: 'Clore la liste',
  closed: (time) => `Liste close à ${time}`,
  firstTimersFirst: 'D’abord ceux qui n’ont pas encore parlé',
  waiting: (n) => `${n} en attente`,
  next: (who) => `Suivant${nbsp}: ${who}`,
  noneWaiting: 'Personne n’est en attente.',
  timeFor: (waiting, fits) => `${waiting} en attente, temps pour environ ${fits}`,
  round: (n, asked, size) => `Série ${n}${nbsp}: ${asked} question${asked < 2 ? '' : 's'} posée${asked < 2 ? '' : 's'} sur ${size}`,
  roundDone: `La série est complète${nbsp}: le panel répond ensuite.`,
  oneByOne: 'Questions une à une',
  limits: (question, answer) => `${question} par question, ${answer} par réponse`,
  withdraw: (name) => `Retirer la demande de ${name}`,
  remove: (name) => `Supprimer ${name} de la liste`,
  moveUp: (name) => `Faire monter ${name}`,
  moveDown: (name) => `Faire descendre ${name}`,
  withdrawn: 'demande retirée',
  spoke: 'a déjà parlé',
  speaker: (name, delegation) => (delegation ? `${name} (${delegation})` : name),
  answering: (round) => `Réponse à la série ${round}`,
  question: (round) => `Question, série ${round}`,
} satisfies Words<typeof enFloor>;
