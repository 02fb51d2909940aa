import type { Signal } from '../domain/projection';

type CueSignal = Exclude<Signal, 'normal'>;

/** Each cue is a different pattern, so it is recognised without looking: one, two, three beeps, lower each time over. */
const PATTERNS: Record<CueSignal, { readonly frequency: number; readonly beeps: number }> = {
  wrapUp: { frequency: 660, beeps: 1 },
  final: { frequency: 880, beeps: 2 },
  over: { frequency: 330, beeps: 3 },
};

let context: AudioContext | null = null;

/** Plays the cue for a signal with the Web Audio API; silently does nothing where there is none. */
export function playCue(signal: CueSignal): void {
  const Context = globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Context) return;
  try {
    context ??= new Context();
    void context.resume?.();
    const { frequency, beeps } = PATTERNS[signal];
    const start = context.currentTime + 0.01;
    for (let i = 0; i < beeps; i++) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency;
      oscillator.type = 'sine';
      const at = start + i * 0.28;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.4, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.2);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.22);
    }
  } catch {
    // No sound is better than an error in the middle of a panel.
  }
}
