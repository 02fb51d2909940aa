/**
 * Turns an Ontime project file into the grid of text cells our spreadsheet importer reads, as a
 * person would have typed the rundown into a sheet: a `Title` line, an empty line, a header row
 * of English words, then one row per event Ontime would play, in rundown order.
 *
 * Ontime keeps times as milliseconds from midnight (`timeStart`, `timeEnd`) and lengths in
 * milliseconds (`duration`); the grid shows minutes and 24-hour clock times.
 */
import { clockAt } from '../clock-at';
import { field, isFields, readOntimeProject, type Fields, type OntimeProject } from './ontime-read';
import type { Grid, OntimeLeftOut } from './types';

export { isOntimeProject } from './ontime-read';

const DAY_MS = 24 * 60 * 60 * 1000;
const FIXED_HEADER = ['#', 'Segment', 'Speaker', 'Minutes', 'Start', 'End', 'Cue', 'Notes'] as const;
const TITLE_HEADER = 'Event title';

/** Labels of a custom field that holds the person speaking (lower case, accents taken off). */
const SPEAKER_LABELS = new Set(
  (
    'speaker speakers presenter presenters talent guest guests host hosts panelist panelists panellist panellists moderator moderators name ' +
    'orateur oratrice intervenant intervenante intervenants conferencier paneliste moderateur orador oradora ponente conferenciante panelista moderador nombre nom'
  ).split(' '),
);

/** Text for one cell: trimmed, on one line, never `undefined`; numbers as written. */
const cell = (value: unknown): string => {
  if (typeof value === 'string') return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
};
const millis = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const nonEmpty = (value: unknown): boolean => cell(value) !== '';

const looksLikeSpeaker = (label: string): boolean =>
  SPEAKER_LABELS.has(
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/\(s\)/g, 's')
      .replace(/[^\p{L}]+/gu, ' ')
      .trim(),
  );

/** `HH:MM`, or `HH:MM:SS` when the seconds are not zero, of a time in ms from midnight (wrapped to one day). */
export function clockText(msFromMidnight: number): string {
  const ms = ((msFromMidnight % DAY_MS) + DAY_MS) % DAY_MS;
  return clockAt('00:00', Math.floor(ms / 1000) / 60);
}

/** The event's length in ms: its `duration`, else end − start (a day added when it crosses midnight); null when none. */
function lengthOf(event: Fields): number | null {
  const duration = millis(field(event, 'duration'));
  if (duration !== null && duration > 0) return duration;
  const start = millis(field(event, 'timeStart'));
  const end = millis(field(event, 'timeEnd'));
  if (start === null || end === null) return null;
  const span = end - start < 0 ? end - start + DAY_MS : end - start;
  return span > 0 ? span : null;
}

/** Minutes with at most three decimals (`5`, `1.5`, `0.25`); empty when that rounds to nothing. */
const minutesText = (ms: number): string => {
  const thousandths = Math.round(ms / 60);
  return thousandths > 0 ? String(thousandths / 1000) : '';
};

interface Column {
  readonly key: string;
  readonly header: string;
}

/** The value of custom field `key` on an event: a string (v3.0 betas wrapped it as `{ value }`). */
function customValue(event: Fields, key: string): string {
  const custom = field(event, 'custom');
  if (!isFields(custom)) return '';
  let value = field(custom, key);
  // Some files differ from their field definitions only in case (`Song` defined, `song` set).
  if (value === undefined) {
    const match = Object.keys(custom).find((k) => k.toLowerCase() === key.toLowerCase());
    value = match === undefined ? undefined : field(custom, match);
  }
  return cell(isFields(value) ? field(value, 'value') : value);
}

function customColumns(customFields: Fields): { speaker: Column | null; columns: Column[] } {
  let speaker: Column | null = null;
  const columns: Column[] = [];
  const taken = new Set<string>([...FIXED_HEADER, TITLE_HEADER].map((h) => h.toLowerCase()));
  for (const [key, definition] of Object.entries(customFields)) {
    if (!isFields(definition)) continue;
    const label = cell(field(definition, 'label')) || cell(key);
    if (speaker === null && looksLikeSpeaker(label)) {
      speaker = { key, header: label };
      continue;
    }
    // A custom field named like one of our columns ("Notes") would read as that column: tell them apart.
    let header = label;
    for (let n = 2; header === '' || taken.has(header.toLowerCase()); n++) header = `${label || 'Custom'} (Ontime ${n})`;
    taken.add(header.toLowerCase());
    columns.push({ key, header });
  }
  return { speaker, columns };
}

const listed = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : isFields(value) && Object.keys(value).length > 0);

/** Ontime's defaults for a new event (apps/server/src/models/eventsDefinition.ts). */
const EVENT_DEFAULTS: readonly [key: string, value: unknown][] = [
  ['timeWarning', 120000],
  ['timeDanger', 60000],
];

/** Names of the project's parts the plan has no place for, when they hold more than Ontime's defaults. */
function settingsLeftOut(read: OntimeProject, events: readonly Fields[]): string[] {
  const { project, customFields, automation, groups } = read;
  const anyEvent = (test: (event: Fields) => boolean) => events.some(test);
  const projectText = (...keys: string[]) => keys.some((key) => nonEmpty(field(project, key)));
  const setOtherThan = (key: string, fallback: string) => (event: Fields) => {
    const value = field(event, key);
    return typeof value === 'string' && value !== '' && value !== fallback;
  };
  const named: [string, boolean][] = [
    ['project description', projectText('description')],
    ['project info', projectText('info', 'publicInfo', 'backstageInfo') || listed(field(project, 'custom'))],
    ['project logo', projectText('logo', 'projectLogo')],
    ['links', projectText('url', 'publicUrl', 'backstageUrl')],
    ['other rundowns', read.otherRundowns > 0],
    ['timer types', anyEvent(setOtherThan('timerType', 'count-down')) || anyEvent((e) => field(e, 'countToEnd') === true)],
    ['end actions', anyEvent(setOtherThan('endAction', 'none'))],
    ['warning times', anyEvent((e) => EVENT_DEFAULTS.some(([key, value]) => millis(field(e, key)) !== null && field(e, key) !== value))],
    ['colours', [...events, ...groups].some((entry) => nonEmpty(field(entry, 'colour')))],
    ['public visibility', anyEvent((e) => field(e, 'isPublic') === true)],
    ['flags', anyEvent((e) => field(e, 'flag') === true)],
    [
      'custom field types',
      Object.values(customFields).some((d) => isFields(d) && ![undefined, 'string', 'text'].includes(field(d, 'type') as string)),
    ],
    ['automations', anyEvent((e) => listed(field(e, 'triggers'))) || listed(field(automation, 'automations'))],
  ];
  return named.filter(([, present]) => present).map(([name]) => name);
}

/**
 * The grid of an Ontime project (v3 or v4) and what it held that a plan has no place for, or
 * null when `data` is not recognisably an Ontime project. Never throws, whatever `data` is.
 *
 * Columns: `#` (segment number: one per block/group, one per event outside any or with nobody
 * in its speaker field), `Segment` (the group's title, or that event's own), `Speaker` (a
 * speaker-like custom field, else the event title), `Minutes`, `Start`,
 * `End`, `Cue`, `Notes`, one per other custom field, and `Event title` when the speaker came
 * from a custom field. Skipped events are left out; delays and milestones are counted.
 */
export function ontimeToGrid(data: unknown): { grid: Grid; leftOut: OntimeLeftOut[] } | null {
  const read = readOntimeProject(data);
  if (!read) return null;
  const { speaker, columns } = customColumns(read.customFields);
  const header = [...FIXED_HEADER, ...columns.map((c) => c.header), ...(speaker ? [TITLE_HEADER] : [])];

  const rows: string[][] = [];
  const kept: Fields[] = [];
  let delays = 0;
  let milestones = 0;
  let skipped = 0;
  let noDuration = 0;
  let segment = 0;
  let lastGroup: Fields | null = null;
  for (const item of read.items) {
    if (item.kind === 'delay') delays++;
    else if (item.kind === 'milestone') milestones++;
    else if (field(item.event, 'skip') === true) skipped++;
    else {
      const { event, group } = item;
      kept.push(event);
      const title = cell(field(event, 'title'));
      // With a speaker field, an event with nobody in it (questions from the floor, a break) is a
      // segment of its own, named by its title: the plan keeps its time as an open block.
      const who = speaker ? customValue(event, speaker.key) : title;
      const alone = group === null || (speaker !== null && who === '');
      if (alone || group !== lastGroup) segment++;
      lastGroup = alone ? null : group;
      const length = lengthOf(event);
      const minutes = length === null ? '' : minutesText(length);
      if (minutes === '') noDuration++;
      const start = millis(field(event, 'timeStart'));
      const end = millis(field(event, 'timeEnd'));
      rows.push([
        String(segment),
        alone ? title : cell(field(group, 'title')),
        who,
        minutes,
        start === null ? '' : clockText(start),
        end === null ? '' : clockText(end),
        cell(field(event, 'cue')),
        cell(field(event, 'note')),
        ...columns.map((c) => customValue(event, c.key)),
        ...(speaker ? [title] : []),
      ]);
    }
  }

  const leftOut: OntimeLeftOut[] = [];
  if (delays > 0) leftOut.push({ code: 'delays', count: delays });
  if (milestones > 0) leftOut.push({ code: 'milestones', count: milestones });
  if (skipped > 0) leftOut.push({ code: 'skipped', count: skipped });
  if (noDuration > 0) leftOut.push({ code: 'noDuration', count: noDuration });
  const names = settingsLeftOut(read, kept);
  if (names.length > 0) leftOut.push({ code: 'settings', names });

  const title = cell(field(read.project, 'title'));
  const grid: Grid = [...(title ? [['Title', title]] : []), [], header, ...rows];
  return { grid, leftOut };
}
