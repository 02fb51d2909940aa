import type { enFloor } from '../en-floor';
import type { Words } from '../words';
import { plural } from './plural';

/**
 * The list of speakers in Arabic, in the words of UN meetings: «قائمة المتكلمين», «إدراج» on the list,
 * «إقفال القائمة», «إعطاء الكلمة», the panel as «أعضاء الحلقة». Times sit in U+2066…U+2069, names in
 * U+2068…U+2069. A speaker's own label («الاسم (الوفد)») leaves the name bare, so that the element or
 * isolate holding it takes its direction from the name; the delegation is isolated.
 */

/** People waiting, as the subject of «في الانتظار»: «متكلم واحد», «متكلمان», «3 متكلمين», «11 متكلماً», «100 متكلم». */
const waiting = (n: number): string =>
  plural(n, {
    zero: 'لا أحد في الانتظار',
    one: 'متكلم واحد في الانتظار',
    two: 'متكلمان في الانتظار',
    few: `${n} متكلمين في الانتظار`,
    many: `${n} متكلماً في الانتظار`,
    other: `${n} متكلم في الانتظار`,
  });

export const floor = {
  region: 'قائمة المتكلمين',
  name: 'الاسم',
  delegation: 'الوفد أو المنظمة',
  gender: 'نوع الجنس (بحسب تعريف المتكلم لنفسه)',
  genders: { woman: 'امرأة', man: 'رجل', another: 'غير ذلك', notRecorded: 'غير مسجَّل' },
  add: 'إدراج في القائمة',
  giveNext: 'إعطاء الكلمة للتالي في قائمة المتكلمين',
  panelAnswers: 'ردّ أعضاء الحلقة',
  closeList: 'إقفال القائمة',
  closed: (time: string) => `أُقفلت القائمة الساعة \u2066${time}\u2069`,
  firstTimersFirst: 'الأولوية لمن لم يتكلموا بعد',
  waiting,
  next: (who: string) => `التالي في القائمة: \u2068${who}\u2069`,
  noneWaiting: 'لا أحد في الانتظار.',
  timeFor: (n: number, fits: number) =>
    `${waiting(n)}، ${plural(fits, {
      zero: 'ولا يكاد الوقت يتسع لأحد',
      one: 'والوقت يتسع لمتكلم واحد تقريباً',
      two: 'والوقت يتسع لمتكلمَين تقريباً',
      few: `والوقت يتسع لنحو ${fits} متكلمين`,
      many: `والوقت يتسع لنحو ${fits} متكلماً`,
      other: `والوقت يتسع لنحو ${fits} متكلم`,
    })}`,
  round: (n: number, asked: number, size: number) =>
    `الجولة ${n}: طُرح ${asked} من أصل ${plural(size, {
      zero: `${size} سؤال`,
      one: 'سؤال واحد',
      two: 'سؤالين',
      few: `${size} أسئلة`,
      many: `${size} سؤالاً`,
      other: `${size} سؤال`,
    })}`,
  roundDone: 'اكتملت الجولة: يردّ أعضاء الحلقة تالياً.',
  oneByOne: 'الأسئلة واحداً تلو الآخر',
  limits: (question: string, answer: string) => `\u2066${question}\u2069 لكل سؤال، و\u2066${answer}\u2069 لكل رد`,
  withdraw: (name: string) => `سحب طلب \u2068${name}\u2069`,
  remove: (name: string) => `حذف \u2068${name}\u2069 من القائمة`,
  moveUp: (name: string) => `نقل \u2068${name}\u2069 إلى الأعلى`,
  moveDown: (name: string) => `نقل \u2068${name}\u2069 إلى الأسفل`,
  withdrawn: 'سُحب الطلب',
  spoke: 'مداخلة سابقة',
  speaker: (name: string, delegation: string) => (delegation ? `${name} (\u2068${delegation}\u2069)` : name),
  answering: (round: number) => `الرد على الجولة ${round}`,
  question: (round: number) => `سؤال في الجولة ${round}`,
} satisfies Words<typeof enFloor>;
