import { generate } from 'lean-qr';
import { memo } from 'react';

/** The light margin a reader needs around the code, in modules (ISO/IEC 18004 asks for four). */
const QUIET = 4;

/**
 * An SVG path of the code's dark modules, one rectangle per horizontal run, in module units with
 * the quiet zone included; and the side of the whole square.
 */
function qrPath(text: string): { readonly d: string; readonly side: number } {
  const code = generate(text);
  const parts: string[] = [];
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue;
      const from = x;
      while (x + 1 < code.size && code.get(x + 1, y)) x++;
      const run = x - from + 1;
      parts.push(`M${from + QUIET} ${y + QUIET}h${run}v1h-${run}z`);
    }
  }
  return { d: parts.join(''), side: code.size + 2 * QUIET };
}

/** A QR code of `text`: dark on white whatever the theme (readers expect it), scaled to its box. */
export const QrCode = memo(function QrCode({ text, label }: { readonly text: string; readonly label: string }) {
  const { d, side } = qrPath(text);
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={`0 0 ${side} ${side}`} shapeRendering="crispEdges">
      <rect width={side} height={side} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
});
