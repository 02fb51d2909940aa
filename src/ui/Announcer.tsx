import { useEffect, useRef, useState } from 'react';
import { en } from '../i18n/en';

/**
 * A polite live region for screen readers (WCAG 4.1.3): who has the floor when it changes hands,
 * then each change of the signal word (wrap up, final seconds, over time, paused, the console
 * lost…), once per change and never every second. Nothing is said for what was there on arrival.
 * `speaker`: who holds the floor, '' before the start; `word`: the signal as the view shows it.
 */
export function Announcer({ speaker, word }: { readonly speaker: string; readonly word: string }) {
  const last = useRef<{ speaker: string; word: string } | null>(null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    const before = last.current;
    last.current = { speaker, word };
    if (before === null || (before.speaker === speaker && before.word === word)) return;
    const text = speaker !== before.speaker && speaker ? en.hasFloor(speaker) : word;
    // The same words twice in a row would not be read again: a trailing no-break space makes them new.
    setSaid((previous) => (previous === text ? `${text}\u00a0` : text));
  }, [speaker, word]);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-announcer="">
      {said}
    </div>
  );
}
