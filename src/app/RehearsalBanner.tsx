import { en } from '../i18n/en';
import { REHEARSAL_SPEEDS } from '../platform/rehearsal-clock';
import { useRehearsalSpeed } from '../store/hooks';

/** Says, always and plainly, that this is a rehearsal; lets the organizer set the clock's speed. */
export function RehearsalBanner({ onSpeed }: { readonly onSpeed: (speed: number) => void }) {
  const speed = useRehearsalSpeed();
  if (speed === null) return null;
  return (
    <div className="rehearsal-banner" role="status">
      <strong>{en.rehearsal.banner(speed)}</strong>
      <label>
        {en.rehearsal.speed}{' '}
        <select value={speed} onChange={(e) => onSpeed(Number(e.target.value))}>
          {REHEARSAL_SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
