import { useEffect, useRef, useState } from 'react';
import { en } from '../i18n/en';

/** The views of the app, as their routes name them. */
type ViewName = 'console' | 'plan' | 'rehearse' | 'sheet' | 'log' | 'stage';

const ORDER: readonly ViewName[] = ['console', 'plan', 'rehearse', 'sheet', 'log', 'stage'];

/** Where a view lives; in a rehearsal, the record and the speaker view are the rehearsal's own. */
function viewHref(view: ViewName, rehearsal: boolean): string {
  if (rehearsal && view === 'log') return '#/log-rehearsal';
  if (rehearsal && view === 'stage') return '#/stage-rehearsal';
  return view === 'console' ? '#/' : `#/${view}`;
}

interface ViewLinksProps {
  /** The view showing the links: it is not linked to itself. */
  readonly current: ViewName;
  /** The links of a rehearsal: to its own record and speaker view. */
  readonly rehearsal?: boolean;
  readonly className?: string;
  readonly onFollow?: () => void;
}

/**
 * Real links from one view to the others, to open, bookmark or send to someone. Each opens in a
 * new tab: the app reloads when its route changes, and a click must never take a console away
 * from the run it holds.
 */
export function ViewLinks({ current, rehearsal = false, className, onFollow }: ViewLinksProps) {
  const names = rehearsal ? en.views.rehearsal : en.views.live;
  return (
    <nav aria-label={en.views.label} className={className ? `view-links ${className}` : 'view-links'}>
      <ul>
        {ORDER.filter((view) => view !== current).map((view) => (
          <li key={view}>
            <a href={viewHref(view, rehearsal)} target="_blank" rel="noopener" onClick={onFollow}>
              {names[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The same links folded under one short line, for the console's footer: it keeps to one row
 * during the run. Opens upward; Esc, a click elsewhere or following a link folds it again.
 */
export function ViewMenu(props: Omit<ViewLinksProps, 'className' | 'onFollow'>) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  return (
    <details
      ref={ref}
      className="view-menu"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        // Esc folds the menu and does nothing else on the console (it would clear the message).
        e.stopPropagation();
        setOpen(false);
        ref.current?.querySelector('summary')?.focus();
      }}
    >
      <summary>{en.views.menu}</summary>
      <ViewLinks {...props} className="view-menu-links" onFollow={() => setOpen(false)} />
    </details>
  );
}
