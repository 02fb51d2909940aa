import { memo } from 'react';
import { formatCountdown } from '../../platform/format';
import { useCountdownSeconds, type CountdownName } from '../../store/hooks';

interface TimerProps {
  readonly which: CountdownName;
  readonly label: string;
  readonly size: 'huge' | 'large';
}

/** One countdown. Subscribes to its own whole seconds, so a tick re-renders only its digits. */
export const Timer = memo(function Timer({ which, label, size }: TimerProps) {
  const seconds = useCountdownSeconds(which);
  return (
    <div className={`timer timer-${size}`} data-over={seconds < 0 || undefined}>
      <span className="timer-label" aria-hidden="true">
        {label}
      </span>
      <span role="timer" aria-label={label} className="timer-digits">
        {formatCountdown(seconds)}
      </span>
    </div>
  );
});
