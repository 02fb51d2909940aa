import { useEffect, useRef, useState } from 'react';
import type { Agenda } from '../../domain/agenda';
import type { AgendaEdit } from '../../domain/agenda-edit';
import { enPlan } from '../../i18n/en-plan';
import type { DraftStore } from '../../store/draft-store';
import { useStatus } from '../../store/hooks';

/** Applies an edit to the draft; `focus` names the control to focus once it has rendered. True when the draft changed. */
export type PlanEdit = (edit: AgendaEdit, focus?: string) => boolean;

/**
 * Edits of the draft, asked once before the first edit while a run is live, and the control to
 * focus after an edit: the first field of a row just added, or the field that was focused when
 * its row moved (rows are keyed by place, so focus would stay behind). An edit clears the notice.
 */
export function usePlanEdit(drafts: DraftStore, draft: Agenda) {
  const live = useStatus() === 'running';
  const [liveConfirmed, setLiveConfirmed] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfter.current === null) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  }, [draft]);

  const focusLater = (id: string) => {
    focusAfter.current = id;
  };
  const edit: PlanEdit = (e, focus) => {
    if (live && !liveConfirmed) {
      if (!window.confirm(enPlan.confirmLiveEdit)) return false;
      setLiveConfirmed(true);
    }
    setNotice(null);
    const before = drafts.getState().draft;
    drafts.getState().edit(e);
    const changed = drafts.getState().draft !== before;
    if (changed && focus) focusLater(focus);
    return changed;
  };
  return { edit, focusLater, notice, setNotice };
}
