import { useCallback, useState } from 'react';
import { en } from '../../i18n/en';
import { useActions } from '../../store/hooks';
import { Controls } from './Controls';
import { CurrentSpeaker } from './CurrentSpeaker';
import { HelpOverlay } from './HelpOverlay';
import { InsertTurnDialog } from './InsertTurnDialog';
import { QuestionPanel } from './QuestionPanel';
import { RebalanceOffer } from './RebalanceOffer';
import { StatusBar } from './StatusBar';
import { Timer } from './Timer';
import { UpNext } from './UpNext';
import { useConsoleKeys } from './use-console-keys';

/** The moderator's console: one laptop screen, no scrolling. */
export function Console() {
  const actions = useActions();
  const [dialog, setDialog] = useState<'help' | 'insert' | null>(null);
  const toggleHelp = useCallback(() => setDialog((d) => (d === 'help' ? null : 'help')), []);
  const openInsert = useCallback(() => setDialog('insert'), []);
  const close = useCallback(() => setDialog(null), []);
  useConsoleKeys({ actions, toggleHelp, openInsert, dialogOpen: dialog !== null });
  return (
    <div className="console">
      <StatusBar />
      <main className="console-main">
        <div className="console-left">
          <CurrentSpeaker />
          <QuestionPanel />
        </div>
        <div className="console-right">
          <div className="side-timers">
            <Timer which="segment" label={en.timers.segment} size="large" />
            <Timer which="session" label={en.timers.session} size="large" />
          </div>
          <RebalanceOffer />
          <UpNext />
        </div>
      </main>
      <Controls onInsert={openInsert} onHelp={toggleHelp} />
      {dialog === 'help' && <HelpOverlay onClose={close} />}
      {dialog === 'insert' && <InsertTurnDialog onClose={close} />}
    </div>
  );
}
