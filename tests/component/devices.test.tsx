import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { SEED_AGENDA } from '../../src/app/seed-agenda';
import type { RunEvent } from '../../src/domain/run';
import { instant, millis } from '../../src/domain/units';
import { LinkBar } from '../../src/features/console/LinkBar';
import { StoreContext } from '../../src/store/hooks';
import { createShowStore } from '../../src/store/show-store';
import { SyncAccessContext } from '../../src/store/sync-context';
import { createSyncStore, type SyncAccess, type SyncState, type SyncStore } from '../../src/store/sync-store';
import { ConnectDialog } from '../../src/ui/devices/ConnectDialog';
import { DeviceStatus } from '../../src/ui/devices/DeviceStatus';
import { RemoteStatus } from '../../src/ui/devices/RemoteStatus';
import { fakeClock, setup } from './helpers';

const LINKS = {
  speaker: 'http://192.168.1.23:5173/#/stage?room=AbCdEfGhIjKlMnOpQrStUv&role=speaker&key=s3cr3tSpeakerKey',
  record: 'http://192.168.1.23:5173/#/log?room=AbCdEfGhIjKlMnOpQrStUv&role=record&key=s3cr3tRecordKey',
  moderator: 'http://192.168.1.23:5173/#/?room=AbCdEfGhIjKlMnOpQrStUv&role=moderator&key=s3cr3tModeratorKey',
};
const ROOM = { room: 'AbCdEfGhIjKlMnOpQrStUv', role: 'moderator' } as const;

/** A sync store whose state the test sets by hand, and its openRoom as a mock. */
function syncStore(state: Partial<SyncState> = {}) {
  const openRoom = vi.fn(async () => {});
  const store = createSyncStore(openRoom);
  store.setState(state);
  return { store, openRoom };
}

/** As the entry gives it: `current()` is the store once loaded, or from the start when the page `opened` with a room. */
function accessTo(store: SyncStore, { opened = false } = {}) {
  let loaded = opened;
  const load = vi.fn(async () => {
    loaded = true;
    return store;
  });
  return { load, current: () => (loaded ? store : null) } satisfies SyncAccess;
}

const noop = () => {};
const linkBar = () => <LinkBar onTakeOver={noop} onCompose={noop} />;
const withAccess = (access: SyncAccess | null, ui: ReactNode) => <SyncAccessContext value={access}>{ui}</SyncAccessContext>;

/** The dialog over a sync store set by hand; the run's store for the words that need the plan. */
function openDialog(state: Partial<SyncState> = {}) {
  const sync = syncStore(state);
  const onClose = vi.fn();
  const view = setup(<ConnectDialog store={sync.store} onClose={onClose} />);
  return { ...view, ...sync, onClose, user: userEvent.setup() };
}

const dialog = () => screen.getByRole('dialog', { name: 'Connect devices' });

describe('Connect devices button', () => {
  it('is absent when the page has no sync code to offer', () => {
    setup(withAccess(null, linkBar()));
    expect(screen.getByRole('button', { name: 'Open speaker view' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Connect devices' })).not.toBeInTheDocument();
  });

  it('is absent in a rehearsal', () => {
    const store = createShowStore({
      clock: fakeClock(),
      agenda: SEED_AGENDA,
      deviceTimeZone: 'Europe/Zurich',
      rehearsal: { speed: () => 10 },
    });
    const { store: sync } = syncStore();
    render(<StoreContext value={store}>{withAccess(accessTo(sync), linkBar())}</StoreContext>);
    expect(screen.getByRole('button', { name: 'Open speaker view' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Connect devices' })).not.toBeInTheDocument();
  });

  it('loads the sync code, opens the dialog and asks for a room', async () => {
    const user = userEvent.setup();
    const { store, openRoom } = syncStore();
    const access = accessTo(store);
    setup(withAccess(access, linkBar()));
    expect(access.load).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Connect devices' }));
    expect(access.load).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('dialog', { name: 'Connect devices' })).toBeInTheDocument();
    expect(within(dialog()).getByRole('status')).toHaveTextContent('Making a room for this run…');
    expect(openRoom).toHaveBeenCalledTimes(1);

    act(() => store.setState({ ...ROOM, links: LINKS, connection: 'online' }));
    expect(within(dialog()).getByRole('textbox', { name: 'Speaker view link' })).toHaveValue(LINKS.speaker);
    // The console's footer now shows the room's devices too.
    expect(await screen.findByRole('region', { name: 'Devices' })).toHaveTextContent('Online');

    await user.click(within(dialog()).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(openRoom).toHaveBeenCalledTimes(1);
  });

  it('shows the devices’ status beside it when the page opened with a room', async () => {
    const { store } = syncStore({
      ...ROOM,
      connection: 'online',
      presence: { moderators: 1, records: 1, speakers: 2, controllerConnected: true },
    });
    setup(withAccess(accessTo(store, { opened: true }), linkBar()));
    const status = await screen.findByRole('region', { name: 'Devices' });
    expect(status).toHaveTextContent('Online');
    expect(status).toHaveTextContent('2 speaker views, 1 record, 0 co-moderators');
    expect(screen.getByRole('button', { name: 'Connect devices' })).toBeInTheDocument();
  });
});

describe('ConnectDialog', () => {
  it('shows the three links by name, each with what it may do and a QR code', async () => {
    openDialog({ ...ROOM, links: LINKS, connection: 'online' });
    const names = ['Speaker view link', 'Record link', 'Co-moderator link'] as const;
    const urls = [LINKS.speaker, LINKS.record, LINKS.moderator];
    names.forEach((name, i) => {
      const field = within(dialog()).getByRole('textbox', { name });
      expect(field).toHaveValue(urls[i]);
      expect(field).toHaveAttribute('readonly');
      const entry = field.closest('li')!;
      expect(within(entry).getByRole('button', { name: `Copy the ${name}` })).toHaveTextContent('Copy');
      const qr = within(entry).getByRole('img', { name: `QR code for the ${name}` });
      expect(qr.tagName.toLowerCase()).toBe('svg');
      expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    });
    const entry = (name: string) => within(dialog()).getByRole('textbox', { name }).closest('li')!;
    expect(entry('Speaker view link')).toHaveTextContent('Read only');
    expect(entry('Record link')).toHaveTextContent('writes the rapporteur’s notes and corrections');
    expect(entry('Co-moderator link')).toHaveTextContent('May take control of the run');
  });

  it('copies a link to the clipboard and says so', async () => {
    const { user } = openDialog({ ...ROOM, links: LINKS, connection: 'online' });
    await user.click(within(dialog()).getByRole('button', { name: 'Copy the Record link' }));
    expect(await navigator.clipboard.readText()).toBe(LINKS.record);
    const entry = within(dialog()).getByRole('textbox', { name: 'Record link' }).closest('li')!;
    expect(await within(entry).findByRole('status')).toHaveTextContent('Copied');
    const speakerEntry = within(dialog()).getByRole('textbox', { name: 'Speaker view link' }).closest('li')!;
    expect(within(speakerEntry).getByRole('status')).toHaveTextContent('');
  });

  it('says how to copy by hand when the clipboard refuses', async () => {
    const { user } = openDialog({ ...ROOM, links: LINKS, connection: 'online' });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await user.click(within(dialog()).getByRole('button', { name: 'Copy the Speaker view link' }));
    const field = within(dialog()).getByRole('textbox', { name: 'Speaker view link' });
    expect(await within(field.closest('li')!).findByRole('status')).toHaveTextContent('Could not copy: select the link and press Ctrl+C.');
  });

  it('explains that without its own server no device can follow, and asks for nothing more', () => {
    const { openRoom } = openDialog({ problem: 'no-server' });
    expect(dialog()).toHaveTextContent('This page was not opened from Run of Show’s own server (npm start)');
    expect(dialog()).toHaveTextContent('Everything on this laptop works as before.');
    expect(within(dialog()).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog()).queryByRole('textbox')).not.toBeInTheDocument();
    expect(openRoom).not.toHaveBeenCalled();
  });

  it.each([
    ['unreachable', 'The sync server does not answer.'],
    ['wrong-key', 'The server refused this link: its key is wrong.'],
    ['unknown-room', 'The server does not know this room.'],
    ['forbidden', 'The server does not allow this link to open the run.'],
    ['bad-link', 'This link is damaged or incomplete.'],
  ] as const)('says why in an alert when the problem is %s', (problem, text) => {
    const { openRoom } = openDialog({ problem });
    expect(within(dialog()).getByRole('alert')).toHaveTextContent(text);
    expect(openRoom).not.toHaveBeenCalled();
  });

  it('asks again for a room when the server did not answer', async () => {
    const { user, openRoom } = openDialog({ problem: 'unreachable' });
    await user.click(within(dialog()).getByRole('button', { name: 'Try again' }));
    expect(openRoom).toHaveBeenCalledTimes(1);
  });

  it('makes no new room on a console that joined through a co-moderator link', () => {
    const { openRoom } = openDialog({ ...ROOM, connection: 'online' });
    expect(dialog()).toHaveTextContent('This console joined the run through a co-moderator link.');
    expect(openRoom).not.toHaveBeenCalled();
  });

  it('shows who is connected', () => {
    openDialog({
      ...ROOM,
      links: LINKS,
      connection: 'online',
      presence: { moderators: 2, records: 1, speakers: 1, controllerConnected: true },
    });
    expect(dialog()).toHaveTextContent('Connected: 1 speaker view, 1 record, 1 co-moderator');
  });

  it('keeps its keys from the console behind it', async () => {
    const windowKeys = vi.fn();
    window.addEventListener('keydown', windowKeys);
    onTestFinished(() => window.removeEventListener('keydown', windowKeys));
    const { user, onClose } = openDialog({ ...ROOM, links: LINKS, connection: 'online' });
    within(dialog()).getByRole('button', { name: 'Copy the Record link' }).focus();
    await user.keyboard(' n');
    expect(windowKeys).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});

describe('DeviceStatus', () => {
  const status = () => screen.getByRole('region', { name: 'Devices' });

  it('counts the devices by kind, this console not among the co-moderators', () => {
    const { store } = syncStore({
      ...ROOM,
      connection: 'online',
      presence: { moderators: 3, records: 0, speakers: 1, controllerConnected: true },
    });
    setup(<DeviceStatus store={store} />);
    expect(status()).toHaveTextContent('Online');
    expect(status()).toHaveTextContent('Connected: 1 speaker view, 0 records, 2 co-moderators');
    expect(status()).toHaveTextContent('Everything sent');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says in words when this console is offline and has events not yet sent', () => {
    const { store } = syncStore({
      ...ROOM,
      connection: 'offline',
      allSent: false,
      presence: { moderators: 1, records: 1, speakers: 1, controllerConnected: true },
    });
    setup(<DeviceStatus store={store} />);
    expect(status()).toHaveTextContent('Offline: this console keeps running');
    expect(status()).toHaveTextContent('Connected: not known while offline');
    expect(status()).toHaveTextContent('Not everything sent yet');
  });

  it('follows the store as it changes', () => {
    const { store } = syncStore({ ...ROOM, connection: 'connecting' });
    setup(<DeviceStatus store={store} />);
    expect(status()).toHaveTextContent('Connecting…');
    act(() => store.setState({ connection: 'online', presence: { moderators: 1, records: 0, speakers: 1, controllerConnected: true } }));
    expect(status()).toHaveTextContent('Online');
    expect(status()).toHaveTextContent('1 speaker view');
  });

  it('shows nothing while no room is open', () => {
    const { store } = syncStore({ problem: 'no-server' });
    setup(<DeviceStatus store={store} />);
    expect(screen.queryByRole('region', { name: 'Devices' })).not.toBeInTheDocument();
  });

  it('warns of events kept but not applied, each with its time and what it was', () => {
    // 16:05:12 UTC is 17:05:12 in Zurich, the seed agenda's time zone.
    const at = (s: number) => instant(Date.UTC(2025, 5, 19, 15, 5, s));
    const unapplied: RunEvent[] = [
      { type: 'turnAdvanced', at: at(12) },
      { type: 'timeAdjusted', at: at(20), by: millis(30_000) },
      { type: 'messageSent', at: at(31), text: 'Please wrap up' },
    ];
    const { store } = syncStore({ ...ROOM, connection: 'online', unapplied });
    setup(<DeviceStatus store={store} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      '3 events made on this console while another device had taken control were kept but not applied: redo by hand those that still matter.',
    );
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['17:05:12 Next turn', '17:05:20 Added 30 seconds', '17:05:31 Message “Please wrap up”']);
  });

  it('lets the moderator dismiss the warning until another such event comes', async () => {
    const user = userEvent.setup();
    const at = instant(Date.UTC(2025, 5, 19, 15, 5, 12));
    const { store } = syncStore({ ...ROOM, connection: 'online', unapplied: [{ type: 'paused', at }] });
    setup(<DeviceStatus store={store} />);
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() =>
      store.setState({
        unapplied: [
          { type: 'paused', at },
          { type: 'resumed', at },
        ],
      }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('2 events made on this console');
  });

  it('says why the server refused this console', () => {
    const { store } = syncStore({ ...ROOM, connection: 'offline', problem: 'wrong-key' });
    setup(<DeviceStatus store={store} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The server refused this link: its key is wrong.');
  });
});

describe('RemoteStatus', () => {
  it('says when this device is offline, apart from any problem', () => {
    const { store } = syncStore({ room: ROOM.room, role: 'speaker', connection: 'online' });
    setup(<RemoteStatus store={store} />);
    expect(screen.getByRole('status')).toHaveTextContent('');
    act(() => store.setState({ connection: 'offline' }));
    expect(screen.getByRole('status')).toHaveTextContent('This device is offline');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each([
    ['wrong-key', 'its key is wrong'],
    ['unknown-room', 'does not know this room'],
    ['unreachable', 'The sync server does not answer.'],
    ['forbidden', 'does not allow this link'],
    ['bad-link', 'damaged or incomplete'],
  ] as const)('says why in an alert when the problem is %s', (problem, text) => {
    const { store } = syncStore({ room: ROOM.room, role: 'record', connection: 'offline', problem });
    setup(<RemoteStatus store={store} />);
    expect(screen.getByRole('alert')).toHaveTextContent(text);
    expect(screen.getByRole('status')).toHaveTextContent('This device is offline');
  });

  it('reads the store the page opened with, and shows nothing on a page that follows no room', () => {
    const { store } = syncStore({ room: ROOM.room, role: 'speaker', connection: 'offline' });
    const { unmount } = setup(withAccess(accessTo(store, { opened: true }), <RemoteStatus />));
    expect(screen.getByRole('status')).toHaveTextContent('This device is offline');
    unmount();
    const { container } = setup(withAccess(accessTo(store), <RemoteStatus />));
    expect(container).toBeEmptyDOMElement();
  });
});
