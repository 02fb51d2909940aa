import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { File as NodeFile } from 'node:buffer';
import { describe, expect, it, vi } from 'vitest';
import type { Agenda } from '../../src/domain/agenda';
import { emptyAgenda } from '../../src/domain/agenda-edit';
import { ImportDialog } from '../../src/features/plan/import/ImportDialog';
import { setup } from './helpers';

/** A file as the input gives it (Node's File: jsdom's Blob cannot be read back as bytes). */
const fileOf = (text: string, name: string) => new NodeFile([text], name, { type: 'text/csv' }) as unknown as File;

function renderImport(text: string, name = 'programme.csv') {
  const onDone = vi.fn<(agenda: Agenda | null) => void>();
  const onFailed = vi.fn<(message: string) => void>();
  setup(
    <ImportDialog
      file={fileOf(text, name)}
      base={emptyAgenda('2026-03-02')}
      deviceTimeZone="Europe/Zurich"
      onFailed={onFailed}
      onDone={onDone}
    />,
  );
  return { onDone, onFailed };
}

describe('ImportDialog', () => {
  it('shows the guessed columns and the plan, and gives the plan only on Accept', async () => {
    const user = userEvent.setup();
    const { onDone } = renderImport('Segment,Speaker,Minutes\nOpening,Ana Ruiz,4\nRound,Ben Okafor,5\n');
    const dialog = await screen.findByRole('dialog', { name: 'Import “programme.csv”' }, { timeout: 10_000 });
    expect(within(dialog).getByRole('combobox', { name: 'Column B “Speaker”' })).toHaveValue('speaker');
    expect(within(dialog).getByRole('region', { name: 'The plan it gives' })).toHaveTextContent('Ben Okafor · Panelist · 5:00');
    expect(onDone).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Replace the plan with this' }));
    const agenda = onDone.mock.calls[0]![0]!;
    expect(agenda.people.map((p) => p.name)).toEqual(['Ana Ruiz', 'Ben Okafor']);
    expect(agenda.title).toBe('programme');
  });

  it('follows a changed mapping: a column taken from another leaves it unimported, and the problem it makes is named', async () => {
    const user = userEvent.setup();
    const { onDone } = renderImport('Segment,Speaker,Minutes\nOpening,Ana Ruiz,4\n');
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Column A “Segment”' }), 'Speaker');
    expect(within(dialog).getByRole('combobox', { name: 'Column B “Speaker”' })).toHaveValue('');
    await waitFor(() =>
      expect(within(dialog).getByRole('region', { name: 'The plan it gives' })).toHaveTextContent('Opening · Panelist · 4:00'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onDone).toHaveBeenCalledWith(null);
  });

  it('says why a file cannot be read, without a dialog', async () => {
    const { onFailed } = renderImport('', 'empty.csv');
    await waitFor(() => expect(onFailed).toHaveBeenCalledWith('The file is empty: there is nothing in it to import.'), { timeout: 10_000 });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
