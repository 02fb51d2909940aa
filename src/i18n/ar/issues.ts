import type { IssueWords } from '../en-issues';
import { minutes } from './plural';

/**
 * The place (`segments[1].minutes: `) stays at the start, isolated so that its brackets and dots
 * keep their order, with the colon after it on the Arabic side. JSON values and field names keep
 * their Latin letters and quotes, each isolated (U+2068…U+2069).
 */
const place = (at: string): string => (at ? `\u2068${String(at).replace(/:\s*$/, '')}\u2069: ` : '');
const v = (value: string | number | undefined): string => `\u2068${value ?? ''}\u2069`;
const q = (value: string | number | undefined): string => `\u2068"${value ?? ''}"\u2069`;

export const issues: IssueWords = {
  tooLarge: (_, d) =>
    `حجم الملف ${Math.ceil(Number(d.bytes) / 1024)} كيلوبايت؛ والحد الأقصى لحجم جدول الأعمال ${Number(d.limit) / 1024} كيلوبايت.`,
  notJson: (_, d) => `الملف ليس بصيغة JSON صالحة (${v(d.reason)}).`,
  notObject: (at) => `${place(at)}يجب أن تكون القيمة كائناً ذا حقول مسماة.`,
  notArray: (at) => `${place(at)}يجب أن تكون القيمة قائمة.`,
  notString: (at) => `${place(at)}يجب أن تكون القيمة نصاً.`,
  emptyText: (at) => `${place(at)}يجب ألا تكون القيمة فارغة.`,
  notNumber: (at, d) => `${place(at)}يجب أن تكون القيمة عدداً، والقيمة الموجودة ${v(d.found)}.`,
  notWholeNumber: (at, d) => `${place(at)}يجب أن تكون القيمة عددًا صحيحًا، والقيمة الموجودة ${v(d.found)}.`,
  notPositive: (at, d) => `${place(at)}يجب أن تكون القيمة أكبر من 0، والقيمة الموجودة ${v(d.found)}.`,
  negative: (at, d) => `${place(at)}يجب ألا تكون القيمة سالبة، والقيمة الموجودة ${v(d.found)}.`,
  notBoolean: (at) => `${place(at)}يجب أن تكون القيمة ${v('true')} أو ${v('false')}.`,
  unknownKey: (at, d) => `${place(at)}حقل غير معروف ${q(d.key)}${d.suggestion ? ` (هل تقصد ${q(d.suggestion)}؟)` : ''}.`,
  missing: (at, d) => `${place(at)}الحقل الإلزامي ${q(d.key)} غير موجود.`,
  badFormat: (at, d) => `${place(at)}يجب أن تكون القيمة ${q(d.expected)}، والقيمة الموجودة ${v(d.found)}.`,
  badDate: (at, d) => `${place(at)}يجب أن يكون التاريخ بالصيغة ${v('YYYY-MM-DD')}، والقيمة الموجودة ${v(d.found)}.`,
  badTime: (at, d) => `${place(at)}يجب أن يكون الوقت بنظام 24 ساعة بالصيغة ${v('HH:MM')}، والقيمة الموجودة ${v(d.found)}.`,
  endNotAfterStart: (at, d) => `${place(at)}يجب أن تكون النهاية (\u2066${d.end ?? ''}\u2069) بعد البداية (\u2066${d.start ?? ''}\u2069).`,
  badTimeZone: (at, d) => `${place(at)}منطقة زمنية غير معروفة: ${v(d.found)} (استخدم اسماً مثل ${q('Europe/Zurich')}).`,
  badLanguage: (at, d) => `${place(at)}القيمة ليست وسم لغة: ${v(d.found)} (استخدم وسماً مثل ${q('en')} أو ${q('fr')} أو ${q('es-419')}).`,
  badRole: (at, d) =>
    `${place(at)}يجب أن تكون القيمة ${q('moderator')} أو ${q('panelist')} أو ${q('speaker')}، والقيمة الموجودة ${v(d.found)}.`,
  duplicateId: (at, d) => `${place(at)}المعرِّف ${q(d.id)} مستخدم من قبل في ${v(d.first)}.`,
  unknownPerson: (at, d) => `${place(at)}لا يوجد شخص بالمعرِّف ${q(d.id)}.`,
  unknownQuestion: (at, d) => `${place(at)}لا يوجد سؤال بالمعرِّف ${q(d.id)}.`,
  segmentWithoutTime: (at) => `${place(at)}يحتاج الجزء إلى مداخلات أو دقائق أو كليهما.`,
  emptyList: (at) => `${place(at)}يجب ألا تكون القائمة فارغة.`,
  finalNotBeforeWrapUp: (at, d) =>
    `${place(at)}يجب أن تأتي إشارة الثواني الأخيرة (${d.final} ث) بعد إشارة الاختتام (${d.wrapUp} ث)، أي أن تكون قيمتها أصغر.`,
  overSlot: (_, d) => `يبلغ مجموع الأجزاء ${minutes(Number(d.planned))}، وهو أكثر من الفترة المتاحة البالغة ${minutes(Number(d.slot))}.`,
  turnsExceedSegment: (at, d) =>
    `${place(at)}يبلغ مجموع المداخلات ${minutes(Number(d.turns))}، وهو أكثر من مدة الجزء البالغة ${minutes(Number(d.minutes))}.`,
};
