/**
 * Reads an Ontime project file (the JSON Ontime saves as its project database) into one list
 * of rundown entries in play order, whichever of Ontime's two layouts it uses:
 *
 * - v3: `rundown` is an array; a `block` entry heads every entry after it up to the next block
 *   (Ontime's own v3→v4 migration turns each block into a group holding exactly those).
 * - v4: `rundowns` maps ids to `{ order, flatOrder, entries }`; `order` lists the top level,
 *   a `group` lists its children in `entries`, children name it in `parent`.
 *
 * Nothing here trusts the file: every value is checked before use, and nothing throws.
 */

/** A JSON object, read one key at a time. */
export type Fields = Readonly<Record<string, unknown>>;

export const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value under `key` when it is the object's own (never one inherited, such as `constructor`). */
export const field = (object: Fields, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

const fieldsOf = (object: Fields, key: string): Fields => {
  const value = field(object, key);
  return isFields(value) ? value : {};
};

/** One rundown entry we act on; `group` is the block (v3) or group (v4) the event sits in. */
export type RundownItem =
  | { readonly kind: 'event'; readonly event: Fields; readonly group: Fields | null }
  | { readonly kind: 'delay' }
  | { readonly kind: 'milestone' };

export interface OntimeProject {
  readonly project: Fields;
  readonly customFields: Fields;
  readonly automation: Fields;
  readonly items: readonly RundownItem[];
  readonly groups: readonly Fields[];
  /** Rundowns of a v4 project besides the one read (Ontime opens the first). */
  readonly otherRundowns: number;
}

const ENTRY_TYPES = new Set(['event', 'delay', 'block', 'group', 'milestone']);
const isGroup = (entry: Fields): boolean => {
  const type = field(entry, 'type');
  return type === 'group' || type === 'block';
};
const hasEntryType = (entry: unknown): boolean => isFields(entry) && ENTRY_TYPES.has(field(entry, 'type') as string);

/**
 * Whether `data` is recognisably an Ontime project: a rundown (v3 array or v4 map) and some
 * other mark of Ontime (its settings, project data, custom fields, or a typed entry).
 */
export function isOntimeProject(data: unknown): boolean {
  if (!isFields(data)) return false;
  const rundown = field(data, 'rundown');
  const rundowns = field(data, 'rundowns');
  if (!Array.isArray(rundown) && !isFields(rundowns)) return false;
  if (['settings', 'project', 'customFields'].some((key) => isFields(field(data, key)))) return true;
  if (Array.isArray(rundown)) return rundown.some(hasEntryType);
  return Object.values(rundowns as Fields).some((one) => isFields(one) && Object.values(fieldsOf(one, 'entries')).some(hasEntryType));
}

function itemOf(entry: Fields, group: Fields | null): RundownItem | null {
  switch (field(entry, 'type')) {
    case 'event':
      return { kind: 'event', event: entry, group };
    case 'delay':
      return { kind: 'delay' };
    case 'milestone':
      return { kind: 'milestone' };
    default:
      return null;
  }
}

function readV3(rundown: readonly unknown[]): { items: RundownItem[]; groups: Fields[] } {
  const items: RundownItem[] = [];
  const groups: Fields[] = [];
  let group: Fields | null = null;
  for (const entry of rundown) {
    if (!isFields(entry)) continue;
    if (isGroup(entry)) {
      group = entry;
      groups.push(entry);
      continue;
    }
    const item = itemOf(entry, group);
    if (item) items.push(item);
  }
  return { items, groups };
}

function readV4(rundown: Fields): { items: RundownItem[]; groups: Fields[] } {
  const entries = fieldsOf(rundown, 'entries');
  const items: RundownItem[] = [];
  const groups: Fields[] = [];
  const seen = new Set<string>();
  const entryAt = (id: unknown): Fields | null => {
    if (typeof id !== 'string' || seen.has(id)) return null;
    const entry = field(entries, id);
    if (!isFields(entry)) return null;
    seen.add(id);
    return entry;
  };
  const add = (entry: Fields, group: Fields | null) => {
    const item = itemOf(entry, group);
    if (item) items.push(item);
  };

  const order = field(rundown, 'order');
  if (Array.isArray(order)) {
    for (const id of order) {
      const entry = entryAt(id);
      if (!entry) continue;
      if (!isGroup(entry)) {
        add(entry, null);
        continue;
      }
      groups.push(entry);
      const children = field(entry, 'entries');
      // Ontime does not nest groups; a group found inside one is passed over, not descended.
      for (const childId of Array.isArray(children) ? children : []) {
        const child = entryAt(childId);
        if (child && !isGroup(child)) add(child, entry);
      }
    }
    return { items, groups };
  }

  // No `order`: fall back on the flat order (or the entries as stored) and each entry's `parent`.
  const flat = field(rundown, 'flatOrder');
  for (const id of Array.isArray(flat) ? flat : Object.keys(entries)) {
    const entry = entryAt(id);
    if (!entry) continue;
    if (isGroup(entry)) {
      groups.push(entry);
      continue;
    }
    const parentId = field(entry, 'parent');
    const parent = typeof parentId === 'string' ? field(entries, parentId) : undefined;
    add(entry, isFields(parent) && isGroup(parent) ? parent : null);
  }
  return { items, groups };
}

/** The project's rundown entries and settings, or null when `data` is not an Ontime project. */
export function readOntimeProject(data: unknown): OntimeProject | null {
  if (!isOntimeProject(data) || !isFields(data)) return null;
  const base = {
    // Ontime v2 kept the project's title under `eventData`.
    project: isFields(field(data, 'project')) ? fieldsOf(data, 'project') : fieldsOf(data, 'eventData'),
    customFields: fieldsOf(data, 'customFields'),
    automation: fieldsOf(data, 'automation'),
  };
  const rundowns = field(data, 'rundowns');
  if (isFields(rundowns)) {
    const all = Object.values(rundowns).filter(isFields);
    const first = all[0];
    return { ...base, ...(first ? readV4(first) : { items: [], groups: [] }), otherRundowns: Math.max(0, all.length - 1) };
  }
  return { ...base, ...readV3(field(data, 'rundown') as unknown[]), otherRundowns: 0 };
}
