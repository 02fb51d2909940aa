import { useRef, type DragEvent, type KeyboardEvent } from 'react';
import type { AgendaEdit } from '../../domain/agenda-edit';
import type { PlanEdit } from './use-plan-edit';

type RowKind = 'segment' | 'turn';
interface Dragged {
  readonly kind: RowKind;
  readonly segment: number;
  readonly index: number;
}

/** The id part that names a row's place (`segments_2__turns_1__`), as in `fieldId`. */
function placeId(kind: RowKind, segment: number, index: number): string {
  return kind === 'segment' ? `segments_${segment}__` : `segments_${segment}__turns_${index}__`;
}

function moveEdit(kind: RowKind, segment: number, index: number, to: number): AgendaEdit {
  return kind === 'segment' ? { type: 'moveSegment', index, to } : { type: 'moveTurn', segment, index, to };
}

/**
 * Segments and turns reorder by drag and drop and by Alt+↑ / Alt+↓ on the row (the focused field
 * moves with it). Returns the props for a row: a segment row's `segment` and `index` are the same.
 */
export function useDragReorder(edit: PlanEdit, focusLater: (id: string) => void) {
  const dragged = useRef<Dragged | null>(null);

  return (kind: RowKind, segment: number, index: number) => ({
    draggable: true,
    onDragStart: (event: DragEvent) => {
      // A turn's drag is its own, not its segment's.
      if (kind === 'turn') event.stopPropagation();
      dragged.current = { kind, segment, index };
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', `${kind}:${segment}:${index}`);
    },
    onDragEnd: () => {
      dragged.current = null;
    },
    onDragOver: (event: DragEvent) => {
      if (dragged.current) event.preventDefault();
    },
    /**
     * A turn row takes a turn of its own segment and lets a segment bubble up to the segment row
     * around it. Any drop of a row is ours: it never falls through to the browser, which would
     * type the drag's text into the field under the pointer.
     */
    onDrop: (event: DragEvent) => {
      const from = dragged.current;
      if (!from) return;
      event.preventDefault();
      if (from.kind !== kind) return;
      event.stopPropagation();
      dragged.current = null;
      if (kind === 'segment' || from.segment === segment) edit(moveEdit(kind, segment, from.index, index));
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
      event.preventDefault();
      event.stopPropagation();
      const delta = event.key === 'ArrowUp' ? -1 : 1;
      const at = placeId(kind, segment, index);
      const focused = document.activeElement?.id ?? '';
      const to = kind === 'segment' ? placeId(kind, segment + delta, index + delta) : placeId(kind, segment, index + delta);
      if (edit(moveEdit(kind, segment, index, index + delta)) && focused.includes(at)) focusLater(focused.replace(at, to));
    },
  });
}
