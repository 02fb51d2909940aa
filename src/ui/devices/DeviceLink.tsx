import { useId, useRef } from 'react';
import { enDevices } from '../../i18n/en-devices';
import { QrCode } from './QrCode';

interface DeviceLinkProps {
  /** The link's name: Speaker view link, Record link, Co-moderator link. */
  readonly name: string;
  /** What a device opened with this link may do. */
  readonly may: string;
  readonly url: string;
  /** What the last copy of this link gave: true copied, false failed, null not copied. */
  readonly copied: boolean | null;
  readonly onCopy: (field: HTMLInputElement) => void;
}

/** One link to hand out: a read-only field to select, a copy button, what it allows, and a QR code to scan from across the table. */
export function DeviceLink({ name, may, url, copied, onCopy }: DeviceLinkProps) {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  return (
    <li className="device-link">
      <label htmlFor={id} className="device-link-name">
        {name}
      </label>
      <p className="device-link-may">{may}</p>
      <div className="device-link-field">
        <input
          id={id}
          ref={field}
          type="text"
          dir="ltr"
          readOnly
          value={url}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" aria-label={enDevices.copyLink(name)} onClick={() => field.current && onCopy(field.current)}>
          {enDevices.copy}
        </button>
      </div>
      <p role="status" className="device-link-copied">
        {copied === true ? enDevices.copied : copied === false ? enDevices.copyFailed : ''}
      </p>
      <QrCode text={url} label={enDevices.qr(name)} />
    </li>
  );
}
