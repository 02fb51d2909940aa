import { en } from '../../i18n/en';
import { enHelp } from '../../i18n/en-help';
import { Dialog } from '../../ui/Dialog';

/** Every key the console answers to. */
export function HelpOverlay({ onClose }: { readonly onClose: () => void }) {
  return (
    <Dialog title={en.help.title} onClose={onClose}>
      <dl className="help-keys">
        {enHelp.keys.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        {en.buttons.close}
      </button>
    </Dialog>
  );
}
