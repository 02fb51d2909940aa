import type { Signal } from '../domain/projection';

/** The stage's own state when it has lost the console: no signal can be trusted. */
type ShownSignal = Signal | 'lost';

/** A shape for each signal, so the signal never rests on colour alone. */
const SHAPES: Readonly<Record<ShownSignal, string>> = { normal: '●', wrapUp: '▲', final: '◆', over: '■', lost: '✕' };

/** The signal's shape, beside the word that says it: hidden from screen readers, which read the word. */
export function SignalShape({ signal, className }: { readonly signal: ShownSignal; readonly className?: string }) {
  return (
    <span className={className} aria-hidden="true">
      {SHAPES[signal]}
    </span>
  );
}
