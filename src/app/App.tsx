import { useState, type DragEvent } from 'react';
import { Console } from '../features/console/Console';
import { en } from '../i18n/en';
import { useActions, useStatus } from '../store/hooks';
import { lazyComponent } from '../platform/lazy-component';
import { Alerts } from './Alerts';

// Loading and exporting files is not needed to show the console: it follows the first render.
const AgendaBar = lazyComponent(() => import('./AgendaBar').then((m) => m.AgendaBar));
const RehearsalBanner = lazyComponent(() => import('./RehearsalBanner').then((m) => m.RehearsalBanner));
const UpdateBanner = lazyComponent(() => import('./UpdateBanner').then((m) => m.UpdateBanner));

/** The shell: alerts, the agenda bar and the console; a dropped file loads as an agenda. */
export function App({ onTakeOver, onSpeed }: { readonly onTakeOver?: () => void; readonly onSpeed?: (speed: number) => void }) {
  const actions = useActions();
  const status = useStatus();
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void import('./AgendaBar').then(({ loadFile }) => loadFile(file, actions, status));
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
      <Alerts />
      <UpdateBanner />
      <Console onTakeOver={onTakeOver} footer={<AgendaBar />} />
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          {en.dropHint}
        </div>
      )}
    </div>
  );
}
