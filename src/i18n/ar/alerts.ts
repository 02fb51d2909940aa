import type { enAlerts } from '../en-alerts';
import type { Words } from '../words';

export const alerts = {
  loadedFrom: (source: string) => `تعذَّر تحميل \u2068${source}\u2069. لم يتغير جدول الأعمال المحمَّل من قبل.`,
  update: { ready: 'يتوفر إصدار جديد من Run of Show.', reload: 'إعادة التحميل للتحديث' },
  warningsTitle: 'حُمِّل جدول الأعمال مع تحذير',
  storage: {
    corrupt: 'تعذَّرت قراءة الجلسة المحفوظة، فبدأ التطبيق من جديد. ويستمر العمل في هذه النافذة.',
    future: 'الجلسة المحفوظة كُتبت بإصدار أحدث من Run of Show، فتُركت دون تغيير؛ وتعمل هذه النافذة في الذاكرة فقط.',
    unwritable:
      'لا يسمح هذا المتصفح للتطبيق بحفظ الجلسة (مساحة التخزين ممتلئة أو محظورة). ويستمر العمل في هذه النافذة فقط؛ فلا تُعِد تحميل الصفحة.',
  },
} satisfies Words<typeof enAlerts>;
