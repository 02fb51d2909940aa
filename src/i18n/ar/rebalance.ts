import type { enRebalance } from '../en-rebalance';
import type { Words } from '../words';

/** The rebalance offer in Arabic. Durations sit in U+2066…U+2069, the turn named in U+2068…U+2069. */
export const rebalance = {
  titleOver: (t: string) => `تتجاوز الخطة الموعد النهائي بمقدار \u2066${t}\u2069: تعديل مقترح`,
  titleSpare: (t: string) => `وقت فائض قدره \u2066${t}\u2069: استخدام مقترح`,
  preview: 'المداخلات التي ستتغير',
  accept: 'قبول إعادة التوزيع',
  notEnough: (t: string) => `حتى بأقصر مدة مسموح بها، تظل الخطة متجاوزةً الوقت بمقدار \u2066${t}\u2069.`,
  drop: (who: string) => `يُقترح النظر في حذف: \u2068${who}\u2069.`,
} satisfies Words<typeof enRebalance>;
