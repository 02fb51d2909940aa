import type { ReactNode } from 'react';
import type { Agenda } from '../domain/agenda';
import { validateAgenda } from '../domain/validate-agenda';
import { PlanView } from '../features/plan/PlanView';
import { SheetView } from '../features/plan/SheetView';
import { loadImportWords } from '../i18n/import-words';
import { onStorageKey } from '../platform/storage-events';
import { createDraftStore, DRAFT_KEY } from '../store/draft-store';

/**
 * The plan editor, or the printable sheet of its draft (the console's agenda while the draft is
 * not a valid plan). One chunk, loaded only for these views.
 */
export async function planPage(view: 'plan' | 'sheet', agenda: Agenda, storage: Storage | undefined): Promise<ReactNode> {
  const drafts = createDraftStore({ initial: agenda, storage });
  if (view === 'sheet') {
    const checked = validateAgenda(drafts.getState().draft);
    return <SheetView agenda={checked.ok ? checked.value.agenda : agenda} />;
  }
  onStorageKey(DRAFT_KEY, () => location.reload());
  await loadImportWords();
  return <PlanView drafts={drafts} storage={storage} />;
}
