import type { ReactNode } from 'react';
import { StageView } from '../features/stage/StageView';
import { systemClock } from '../platform/clock';
import { REHEARSAL_LINK } from '../platform/console-link';
import { watchConsole } from '../platform/console-watch';

/** The speaker view, following the console (live, or the rehearsal's). One chunk, loaded only for this view. */
export function stagePage(rehearsing: boolean): ReactNode {
  const link = rehearsing ? watchConsole(systemClock.now, REHEARSAL_LINK.lock, REHEARSAL_LINK.channel) : watchConsole();
  return <StageView link={link} />;
}
