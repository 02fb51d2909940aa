import { useState, useSyncExternalStore, type DragEvent } from 'react';
import { Console } from '../features/console/Console';
import { AgendaBar, loadFile } from './AgendaBar';
import { en } from '../i18n/en';
import { useActions, useLoadFailure, useStatus, useStorageProblem, useWarnings } from '../store/hooks';
import { lazyComponent } from '../platform/lazy-component';
import { updateReady } from '../platform/update-ready';

const RehearsalBanner = lazyComponent(() => import('./RehearsalBanner').then((m) => m.RehearsalBanner));
// Alerts and the update banner load when there is something to say.
const Alerts = lazyComponent(() => import('./Alerts').then((m) => m.Alerts));
const UpdateBanner = lazyComponent(() => import('./UpdateBanner').then((m) => m.UpdateBanner));

/** The shell: alerts, the agenda bar and the console; a dropped file loads as an agenda. */
export function App({ onTakeOver, onSpeed }: { readonly onTakeOver?: () => void; readonly onSpeed?: (speed: number) => void }) {
  const actions = useActions();
  const status = useStatus();
  const [dragging, setDragging] = useState(false);
  const failure = useLoadFailure();
  const storageProblem = useStorageProblem();
  const warnings = useWarnings();
  const alerting = failure !== null || storageProblem !== null || warnings.length > 0;
  const updateOffered = useSyncExternalStore(updateReady.subscribe, updateReady.getSnapshot, () => null) !== null;
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void loadFile(file, actions, status);
  };
  return (
    <div
      className="app"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      {onSpeed && <RehearsalBanner onSpeed={onSpeed} />}
      {alerting && <Alerts />}
      {updateOffered && <UpdateBanner />}
      <Console onTakeOver={onTakeOver} footer={<AgendaBar />} />
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          {en.dropHint}
        </div>
      )}
    </div>
  );
}
