import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { en } from '../../i18n/en';
import { enDevices } from '../../i18n/en-devices';
import { LANGUAGES, type Lang } from '../../i18n/lang';
import type { DeviceLinks, SyncStore } from '../../store/sync-store';
import { Dialog } from '../Dialog';
import { ConnectionSummary } from './ConnectionSummary';
import { DeviceLink } from './DeviceLink';
import { ProblemAlert } from './ProblemAlert';

const ROLES = ['speaker', 'record', 'moderator'] as const satisfies readonly (keyof DeviceLinks)[];

/** Rooms asked for and not yet answered: a dialog opened twice (or React's strict double effect) asks once. */
const asking = new WeakMap<SyncStore, Promise<void>>();

function askForRoom(store: SyncStore): void {
  if (asking.has(store)) return;
  // A refusal or a failure arrives as the store's `problem`; the promise only says when the answer came.
  const request = store
    .getState()
    .openRoom()
    .catch(() => {})
    .finally(() => asking.delete(store));
  asking.set(store, request);
}

/** Copies `text`: the clipboard API where the page may use it (https, localhost), else the selected field. */
async function copyText(text: string, field: HTMLInputElement): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, or the page lost focus): fall back to the selection.
  }
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * Keys pressed in this dialog are its own: the console's shortcuts listen on the window, and Space
 * on a Copy button must not start the run behind it. (The browser still closes the dialog on Esc.)
 */
function useOwnKeys(): void {
  useEffect(() => {
    const hold = (event: KeyboardEvent) => event.stopPropagation();
    document.addEventListener('keydown', hold, true);
    return () => document.removeEventListener('keydown', hold, true);
  }, []);
}

/**
 * Connect devices: asks the server for a room when this console has none, then shows one link per
 * role with a copy button and a QR code, and who is connected. Without our server it says why no
 * device can follow; a refusal says why in an alert.
 */
export function ConnectDialog({ store, onClose }: { readonly store: SyncStore; readonly onClose: () => void }) {
  const links = useStore(store, (s) => s.links);
  const problem = useStore(store, (s) => s.problem);
  const room = useStore(store, (s) => s.room);
  // Whether this dialog asked for the room: a console that joined through a co-moderator link has a room and no links to hand out.
  const [asks] = useState(() => {
    const s = store.getState();
    return s.links === null && s.room === null && s.problem === null;
  });
  const [copied, setCopied] = useState<{ readonly role: keyof DeviceLinks; readonly ok: boolean } | null>(null);
  // The speaker view link can open in a language of its own (the panel's), whatever this console speaks.
  const [speakerLanguage, setSpeakerLanguage] = useState<Lang | ''>('');
  useOwnKeys();
  useEffect(() => {
    if (asks) askForRoom(store);
  }, [asks, store]);

  let body;
  if (links) {
    const shown: DeviceLinks = { ...links, speaker: speakerLanguage ? `${links.speaker}&lang=${speakerLanguage}` : links.speaker };
    body = (
      <>
        <p>{enDevices.intro}</p>
        <label className="speaker-language">
          {enDevices.speakerLanguage}{' '}
          <select value={speakerLanguage} onChange={(e) => setSpeakerLanguage(e.target.value as Lang | '')}>
            <option value="">{enDevices.deviceLanguage}</option>
            {Object.entries(LANGUAGES).map(([code, name]) => (
              <option key={code} value={code} lang={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <ul className="device-links" aria-label={enDevices.linksLabel}>
          {ROLES.map((role) => (
            <DeviceLink
              key={role}
              name={enDevices.links[role].name}
              may={enDevices.links[role].may}
              url={shown[role]}
              copied={copied?.role === role ? copied.ok : null}
              onCopy={(field) => void copyText(shown[role], field).then((ok) => setCopied({ role, ok }))}
            />
          ))}
        </ul>
        <ConnectionSummary store={store} />
      </>
    );
  } else if (problem === 'no-server') {
    body = (
      <>
        <p>{enDevices.noServer}</p>
        <p>{enDevices.noServerHow}</p>
      </>
    );
  } else if (problem !== null) {
    body = (
      <>
        <ProblemAlert problem={problem} />
        {room === null && (
          <button type="button" onClick={() => askForRoom(store)}>
            {enDevices.tryAgain}
          </button>
        )}
      </>
    );
  } else if (room !== null && !asks) {
    body = (
      <>
        <p>{enDevices.coModerator}</p>
        <ConnectionSummary store={store} />
      </>
    );
  } else {
    body = <p role="status">{enDevices.making}</p>;
  }

  return (
    <Dialog title={enDevices.title} onClose={onClose}>
      <div className="connect-devices">
        {body}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {en.buttons.close}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
