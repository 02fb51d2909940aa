import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The console's colours come from app.css; this checks them as a person with each common
// colour-vision deficiency would see them, and against WCAG AA contrast.
const css = readFileSync('src/app/app.css', 'utf8');
const variable = (name: string): string => {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
  if (!match) throw new Error(`--${name} is not defined in app.css`);
  return match[1]!;
};

type Rgb = [number, number, number];
const hex = (h: string): Rgb => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as Rgb;
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (h: string) => {
  const [r, g, b] = hex(h).map(toLinear) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
const DEFICIENCIES: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
  none: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
};

/** CIE L*a*b* of a linear RGB colour (D65). */
function lab(linear: Rgb): Rgb {
  const [r, g, b] = linear.map((c) => Math.min(1, Math.max(0, c))) as Rgb;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function seenAs(h: string, matrix: number[][]): Rgb {
  const c = hex(h).map(toLinear);
  return lab(matrix.map((row) => row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!) as Rgb);
}

const deltaE = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('console palette', () => {
  it('keeps the timers readable: WCAG AA contrast for large text, and more', () => {
    expect(contrast(variable('text'), variable('panel'))).toBeGreaterThanOrEqual(7);
    expect(contrast(variable('text'), variable('bg'))).toBeGreaterThanOrEqual(7);
    expect(contrast(variable('muted'), variable('panel'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#ff9b9b', variable('panel'))).toBeGreaterThanOrEqual(4.5); // digits once over time
    expect(contrast('#ff9b9b', '#3a0d15')).toBeGreaterThanOrEqual(4.5); // over time, on the striped card
  });

  it('puts signal words on backgrounds with AA contrast', () => {
    expect(contrast('#111111', variable('wrap'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#111111', variable('final'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#ffffff', variable('over'))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.keys(DEFICIENCIES))('tells wrap-up, final and over time apart with %s', (deficiency) => {
    const matrix = DEFICIENCIES[deficiency]!;
    const colours = ['panel', 'wrap', 'final', 'over'].map((name) => ({ name, lab: seenAs(variable(name), matrix) }));
    for (let i = 0; i < colours.length; i++) {
      for (let j = i + 1; j < colours.length; j++) {
        const distance = deltaE(colours[i]!.lab, colours[j]!.lab);
        expect(distance, `${colours[i]!.name} vs ${colours[j]!.name}`).toBeGreaterThan(20);
      }
    }
  });
});
