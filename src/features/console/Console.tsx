import { useCallback, useState, type ReactNode } from 'react';
import { lazyComponent } from '../../platform/lazy-component';
import { en } from '../../i18n/en';
import { useActions, useControl, useHasFloorList, useHasRebalanceOffer, useShowStore } from '../../store/hooks';
import { Controls } from './Controls';
import { CurrentSpeaker } from './CurrentSpeaker';
import { LinkBar } from './LinkBar';
import { QuestionPanel } from './QuestionPanel';
import { StatusBar } from './StatusBar';
import { Timer } from './Timer';
import { UpNext } from './UpNext';
import { useConsoleKeys } from './use-console-keys';

// Dialogs load when first opened (the offline worker keeps them), so the first page stays small.
const HelpOverlay = lazyComponent(() => import('./HelpOverlay').then((m) => m.HelpOverlay));
const InsertTurnDialog = lazyComponent(() => import('./InsertTurnDialog').then((m) => m.InsertTurnDialog));
const RebalanceOffer = lazyComponent(() => import('./RebalanceOffer').then((m) => m.RebalanceOffer));
const MessageDialog = lazyComponent(() => import('./MessageDialog').then((m) => m.MessageDialog));
const FloorList = lazyComponent(() => import('./FloorList').then((m) => m.FloorList));

/** The moderator's console: one laptop screen, no scrolling. `onTakeOver` takes control from another window. */
export function Console({ onTakeOver, footer }: { readonly onTakeOver?: () => void; readonly footer?: ReactNode }) {
  const actions = useActions();
  const control = useControl();
  // The offer's code is fetched the first time there is one, not with the first page.
  const offer = useHasRebalanceOffer();
  // So is the list of speakers', while an open block is under way or to come.
  const floorList = useHasFloorList();
  const [dialog, setDialog] = useState<'help' | 'insert' | 'message' | null>(null);
  const toggleHelp = useCallback(() => setDialog((d) => (d === 'help' ? null : 'help')), []);
  const openInsert = useCallback(() => {
    if (control === 'controller') setDialog('insert');
  }, [control]);
  const openMessage = useCallback(() => {
    if (control === 'controller') setDialog('message');
  }, [control]);
  const close = useCallback(() => setDialog(null), []);
  const store = useShowStore();
  // The list of speakers' actions load with the list; L brings them if the list has not yet.
  const giveFloor = useCallback(
    () => void import('../../store/floor-actions').then(({ floorActions }) => floorActions(store.getState).giveFloorToNext()),
    [store],
  );
  useConsoleKeys({ actions, toggleHelp, openInsert, openMessage, giveFloor, dialogOpen: dialog !== null });
  return (
    <div className="console">
      <StatusBar />
      <main className="console-main">
        <div className="console-primary">
          <CurrentSpeaker />
          <QuestionPanel />
        </div>
        <div className="console-aside">
          <div className="side-timers">
            <Timer which="segment" label={en.timers.segment} size="large" />
            <Timer which="session" label={en.timers.session} size="large" />
          </div>
          {offer && <RebalanceOffer />}
          {floorList && <FloorList />}
          <UpNext />
        </div>
      </main>
      <Controls onInsert={openInsert} onHelp={toggleHelp} />
      <footer className="console-footer">
        <LinkBar onTakeOver={onTakeOver ?? (() => {})} onCompose={openMessage} />
        {footer}
      </footer>
      {dialog === 'help' && <HelpOverlay onClose={close} />}
      {dialog === 'insert' && <InsertTurnDialog onClose={close} />}
      {dialog === 'message' && <MessageDialog onClose={close} />}
    </div>
  );
}
