import type { enImport } from '../en-import';
import type { Words } from '../words';
import { plural } from './plural';

type Detail = Readonly<Record<string, string | number | undefined>>;

/**
 * Importing a spreadsheet or an Ontime project in Arabic. Column letters, row numbers and times sit
 * in U+2066…U+2069; names, file names and the sheet's own text in U+2068…U+2069, inside «» when
 * quoted, so that a Latin header or `1:30` keeps its order in a right-to-left sentence.
 */

const isolated = (text: string | number | undefined): string => `\u2068${text ?? ''}\u2069`;
const quoted = (text: string | number | undefined): string => `«${isolated(text)}»`;
const ltr = (text: string | number | undefined): string => `\u2066${text ?? ''}\u2069`;
/** Examples of what a cell may hold: first-strong, so `90 ث` reads right to left and `5:00 PM` left to right. */
const examples = (...cells: string[]): string => cells.map(isolated).join(' أو ');

const column = (letter: string, header: string): string => (header ? `العمود ${ltr(letter)} ${quoted(header)}` : `العمود ${ltr(letter)}`);

/**
 * The column as the dialog names it (`C “Minutes”` or `C`), in Arabic: the letter isolated, the
 * header in «». Anything else is kept whole, isolated.
 */
function columnName(name: string): string {
  return name;
}

/** Turns, as the subject of the summary: «مداخلة واحدة», «مداخلتان», «3 مداخلات», «11 مداخلة», «100 مداخلة». */
const turnsCount = (n: number): string =>
  plural(n, { zero: `${n} مداخلة`, one: 'مداخلة واحدة', two: 'مداخلتان', few: `${n} مداخلات`, many: `${n} مداخلة`, other: `${n} مداخلة` });
/** Segments, after «في»: «جزء واحد», «جزأين», «3 أجزاء», «11 جزءاً», «100 جزء». */
const segmentsCount = (n: number): string =>
  plural(n, { zero: `${n} جزء`, one: 'جزء واحد', two: 'جزأين', few: `${n} أجزاء`, many: `${n} جزءاً`, other: `${n} جزء` });
const peopleCount = (n: number): string =>
  plural(n, { zero: `${n} شخص`, one: 'شخص واحد', two: 'شخصان', few: `${n} أشخاص`, many: `${n} شخصاً`, other: `${n} شخص` });
const questionsCount = (n: number): string =>
  plural(n, {
    zero: `${n} سؤال توجيهي`,
    one: 'سؤال توجيهي واحد',
    two: 'سؤالان توجيهيان',
    few: `${n} أسئلة توجيهية`,
    many: `${n} سؤالاً توجيهياً`,
    other: `${n} سؤال توجيهي`,
  });
/** Errors, after «بسبب»: «خطأ واحد», «خطأين», «3 أخطاء», «11 خطأً», «100 خطأ». */
const errorsCount = (n: number): string =>
  plural(n, { zero: `${n} خطأ`, one: 'خطأ واحد', two: 'خطأين', few: `${n} أخطاء`, many: `${n} خطأً`, other: `${n} خطأ` });
/** An Ontime project's events are the items of a programme: «فقرة». */
const itemsCount = (n: number, what: string, whatTwo: string): string =>
  plural(n, {
    zero: `${n} فقرة ${what}`,
    one: `فقرة واحدة ${what}`,
    two: `فقرتان ${whatTwo}`,
    few: `${n} فقرات ${what}`,
    many: `${n} فقرة ${what}`,
    other: `${n} فقرة ${what}`,
  });

export const importWords = {
  label: 'استيراد جدول بيانات',
  exportCsv: 'تنزيل بصيغة جدول بيانات (CSV)',
  title: (name: string) => `استيراد ${quoted(name)}`,
  /** The column as a problem's place names it, in full («العمود C «المدة»»), given to `at`. */
  columnRef: (letter: string, header: string) => column(letter, header),
  session: (title: string, date: string, start: string, end: string, zone: string) =>
    `${quoted(title)}، ${isolated(date)}، ${ltr(`${start}–${end}`)} (${ltr(zone)}).`,
  kinds: { csv: 'ملف CSV', tsv: 'ملف مفصول بعلامات الجدولة', xlsx: 'مصنف Excel (الورقة الأولى)', ontime: 'مشروع Ontime' },
  summary: (turns: number, segments: number, people: number, questions: number) =>
    `${turnsCount(turns)} في ${segmentsCount(segments)}، و${peopleCount(people)}، و${questionsCount(questions)}.`,
  columns: 'الأعمدة',
  columnsHint: 'ما يقابل كل عمود من أعمدة الجدول في الخطة. صحِّح أي تخمين خاطئ، وستتغير الخطة أدناه تبعاً لذلك.',
  column,
  notImported: 'لا يُستورد',
  fields: {
    segmentNo: 'رقم الجزء',
    segment: 'عنوان الجزء',
    question: 'السؤال التوجيهي',
    speaker: 'المتحدث',
    honorific: 'اللقب',
    role: 'الدور',
    position: 'المنصب',
    organization: 'المنظمة',
    minutes: 'الدقائق',
    start: 'وقت البداية',
    end: 'وقت النهاية',
    blockMinutes: 'دقائق الجزء',
    flex: 'مرن',
    questionMinutes: 'الدقائق لكل سؤال',
    answerMinutes: 'الدقائق لكل رد',
    roundSize: 'الأسئلة في كل جولة',
    askGender: 'السؤال عن نوع الجنس',
    date: 'التاريخ',
    notes: 'ملاحظات (لا مكان لها في الخطة)',
  },
  sheetRows: (shown: number, total: number) => `الصفوف الأولى من الجدول: ${shown} من أصل ${total}`,
  plan: 'الخطة الناتجة',
  problems: 'المشكلات',
  errorWord: 'خطأ:',
  warningWord: 'تحذير:',
  noProblems: 'لم يُعثر على أي مشكلة.',
  fixBeforeAccept: (n: number) => `لا يمكن الاستيراد بسبب ${errorsCount(n)}: عدِّل اختيارات الأعمدة أعلاه، أو صحِّح الجدول واستورده من جديد.`,
  leftOut: (list: string) => `لم يُستورد من المشروع: ${list}.`,
  accept: 'استبدال الخطة بهذه الخطة',
  cancel: 'إلغاء',
  imported: (name: string) => `استُورد ${quoted(name)}. يعيد «تراجع» الخطة السابقة.`,
  openBlock: 'فترة مفتوحة',
  /** `الصف 4، العمود C «المدة»: `, passed on to the loader's messages as their place. */
  at: (row?: number, column?: string) =>
    row !== undefined && column
      ? `الصف ${ltr(row)}، ${columnName(column)}: `
      : row !== undefined
        ? `الصف ${ltr(row)}: `
        : column
          ? `${columnName(column)}: `
          : '',
  read: {
    tooLarge: (bytes: number, limit: number) =>
      `حجم الملف ${(bytes / 1048576).toFixed(1)} ميغابايت، والحد الأقصى لحجم جدول البيانات المراد استيراده ${limit / 1048576} ميغابايت. ولا يتجاوز حجم جدول الأعمال عادةً بضعة كيلوبايتات: احفظ ورقته وحدها، دون صور.`,
    tooManyRows: (rows: number, limit: number) => `عدد صفوف الجدول ${rows}، ولا يمكن أن يتجاوز عدد الصفوف المستوردة ${limit}.`,
    empty: 'الملف فارغ: لا يوجد فيه ما يمكن استيراده.',
    reasons: {
      encrypted: 'الملف محمي بكلمة مرور: افتحه في Excel وأزل كلمة المرور ثم احفظه من جديد',
      badZip: 'الملف تالف أو ليس مصنف ‎.xlsx‎ حقاً',
      noWorkbook: 'لا يحتوي الملف على أي مصنف',
      noSheet: 'لا توجد فيه ورقة عمل يمكن قراءتها، بل أوراق مخفية أو مخططات فقط',
      badXml: 'جزء منه تالف',
      tooLargeUnpacked: 'حجمه بعد فك الضغط أكبر من أن يُقرأ',
      notRead: 'تعذر فتحه: ربما نُقل، أو لا يوجد إلا في السحابة',
      invalidJson: 'ليس بصيغة JSON صحيحة',
      notOntime: 'بصيغة JSON لكنه ليس مشروع Ontime',
      agenda: 'إنه جدول أعمال من Run of Show: افتحه بزر «تحميل جدول الأعمال»',
    } as Record<string, string>,
    failed: (reason: string) => `تعذَّرت قراءة الملف (${isolated(reason)}).`,
    tooManyColumns: (columns: number, limit: number) => `عدد أعمدة الجدول ${columns}، ولا يمكن أن يتجاوز عدد الأعمدة المستوردة ${limit}.`,
    unreadable: (kind: string, reason: string) => `تعذَّرت قراءة الملف بوصفه ${isolated(kind)} (${isolated(reason)}).`,
    unknownType: (name: string) =>
      `لا يمكن استيراد الملف ${isolated(name)}: اختر ملفاً بصيغة CSV أو TSV أو ${ltr('.xlsx')}، أو ملف مشروع Ontime.`,
  },
  ontime: {
    delays: (n: number) =>
      plural(n, { zero: `${n} تأخير`, one: 'تأخير واحد', two: 'تأخيران', few: `${n} تأخيرات`, many: `${n} تأخيراً`, other: `${n} تأخير` }),
    milestones: (n: number) =>
      plural(n, {
        zero: `${n} معلم رئيسي`,
        one: 'معلم رئيسي واحد',
        two: 'معلمان رئيسيان',
        few: `${n} معالم رئيسية`,
        many: `${n} معلماً رئيسياً`,
        other: `${n} معلم رئيسي`,
      }),
    skipped: (n: number) => itemsCount(n, 'متخطاة', 'متخطاتان'),
    noDuration: (n: number) => itemsCount(n, 'بلا مدة', 'بلا مدة'),
    /** The names come joined with a Latin comma; Arabic writes «،». */
    settings: (names: string) => `خصائص المشروع (${String(names).split(', ').join('، ')})`,
    /** The parts of an Ontime project a plan has no place for, by the name the reader gives them. */
    settingNames: {
      'project description': 'الوصف',
      'project info': 'المعلومات',
      'project logo': 'الشعار',
      links: 'الروابط',
      'other rundowns': 'جداول السير الأخرى',
      'timer types': 'أنواع المؤقتات',
      'end actions': 'الإجراءات عند الانتهاء',
      'warning times': 'أوقات التنبيه',
      colours: 'الألوان',
      'public visibility': 'الظهور للجمهور',
      flags: 'العلامات',
      'custom field types': 'أنواع الحقول المخصصة',
      automations: 'قواعد التشغيل الآلي',
    } as Record<string, string>,
  },
  /** A problem with the sheet: `at` names the row and column (`الصف 4، العمود C «الدقائق»: `) or is empty. */
  problem: {
    noSpeakerColumn: () => 'لا يوجد عمود للمتحدث: اختر في «الأعمدة» العمود الذي يحتوي على أسماء المتحدثين.',
    noTimeColumn: () => 'لا يوجد عمود يحدد الوقت: اختر عمود الدقائق، أو عمود أوقات البداية.',
    noRows: (at: string) => `${at}للجدول صف عناوين، ولكن لا توجد صفوف تحته.`,
    badMinutes: (at: string, d: Detail) =>
      `${at}يجب أن تكون القيمة عدد دقائق (مثل ${examples('5', '2.5', '1:30', '90 ث', '1 س 15')})، والقيمة الموجودة ${quoted(d.found)}.`,
    badClock: (at: string, d: Detail) =>
      `${at}يجب أن تكون القيمة وقتاً من اليوم (مثل ${examples('17:00', '5:00 PM', '17h00')})، والقيمة الموجودة ${quoted(d.found)}.`,
    badDate: (at: string, d: Detail) =>
      `${at}يجب أن تكون القيمة تاريخاً (مثل ${examples('19/06/2025', '2025-06-19')})، والقيمة الموجودة ${quoted(d.found)}.`,
    badNumber: (at: string, d: Detail) => `${at}يجب أن تكون القيمة عدداً، والقيمة الموجودة ${quoted(d.found)}.`,
    badYesNo: (at: string, d: Detail) => `${at}يجب أن تكون القيمة «نعم» أو «لا»، والقيمة الموجودة ${quoted(d.found)}.`,
    noMinutes: (at: string, d: Detail) => `${at}مداخلة ${isolated(d.name)} بلا دقائق، وليس لها وقتا بداية ونهاية تُحسب منهما الدقائق.`,
    noSpeaker: (at: string) => `${at}مداخلة لها دقائق ولكن بلا متحدث، في جزء بمداخلات.`,
    endNotAfterStart: (at: string, d: Detail) => `${at}يجب أن تكون النهاية (${ltr(d.end)}) بعد البداية (${ltr(d.start)}).`,
    unknownRole: (at: string, d: Detail) =>
      `${at}${quoted(d.found)} ليس دوراً معروفاً في الخطة (مدير الحوار أو محاور أو متحدث): استُورد بوصفه محاوراً.`,
    secondQuestion: (at: string) => `${at}سؤال توجيهي ثانٍ في جزء واحد: يُبقي الجزء على السؤال الأول.`,
    notImported: (at: string) => `${at}لا يُستورد: اختر في «الأعمدة» ما يحتويه هذا العمود للإبقاء عليه.`,
    gap: (at: string, d: Detail) =>
      `${at}الدقائق ${ltr(d.minutes)} من ${ltr(d.from)} إلى ${ltr(d.to)} ليست في الخطة، إذ تتوالى المداخلات: أضف جزءاً للاستراحة.`,
    otherDay: (at: string, d: Detail) => `${at}يوم ثانٍ (${ltr(d.found)})؛ الخطة جلسة واحدة في يوم واحد: استورد كل يوم على حدة.`,
    totalRow: (at: string) => `${at}صف مجموع، لم يُستورد.`,
    notesLeftOut: (at: string) => `${at}لا تُستورد الملاحظات: لا مكان لها في الخطة.`,
  },
} satisfies Words<typeof enImport>;
