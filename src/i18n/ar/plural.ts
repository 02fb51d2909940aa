/** Arabic counts: zero, one, two, few (3–10), many (11–99), other (100–102…). Each form is written out in full, number included where Arabic writes it. */
const rules = new Intl.PluralRules('ar');

export interface Forms {
  readonly zero?: string;
  readonly one: string;
  readonly two: string;
  readonly few: string;
  readonly many: string;
  readonly other: string;
}

export function plural(n: number, forms: Forms): string {
  const category = rules.select(n) as keyof Forms;
  return forms[category] ?? forms.other;
}

/** Minutes as a count: «دقيقة واحدة», «دقيقتان», «5 دقائق», «60 دقيقة». */
export const minutes = (n: number): string =>
  plural(n, { zero: `${n} دقيقة`, one: 'دقيقة واحدة', two: 'دقيقتان', few: `${n} دقائق`, many: `${n} دقيقة`, other: `${n} دقيقة` });
