type Detail = Readonly<Record<string, string | number | undefined>>;

/** The words of importing a spreadsheet or an Ontime project into the plan, and of the plan's CSV. */
export const enImport = {
  label: 'Import a spreadsheet',
  exportCsv: 'Download as spreadsheet (CSV)',
  title: (name: string) => `Import “${name}”`,
  kinds: { csv: 'CSV file', tsv: 'Tab-separated file', xlsx: 'Excel workbook (first sheet)', ontime: 'Ontime project' },
  summary: (turns: number, segments: number, people: number, questions: number) =>
    `${turns} ${turns === 1 ? 'turn' : 'turns'} in ${segments} ${segments === 1 ? 'segment' : 'segments'}, ${people} ${people === 1 ? 'person' : 'people'}, ${questions} guiding ${questions === 1 ? 'question' : 'questions'}.`,
  columns: 'Columns',
  columnsHint: 'What each column of the sheet becomes. Change any guess that is wrong; the plan below follows.',
  column: (letter: string, header: string) => (header ? `Column ${letter} “${header}”` : `Column ${letter}`),
  /** A column as a problem's place names it (`C “Minutes”`), given to `at`. */
  columnRef: (letter: string, header: string) => (header ? `${letter} “${header}”` : letter),
  /** The session the sheet gives: its title, day, times and zone. */
  session: (title: string, date: string, start: string, end: string, zone: string) => `“${title}”, ${date}, ${start}–${end} (${zone}).`,
  notImported: 'Not imported',
  fields: {
    segmentNo: 'Segment number',
    segment: 'Segment title',
    question: 'Guiding question',
    speaker: 'Speaker',
    honorific: 'Honorific',
    role: 'Role',
    position: 'Position',
    organization: 'Organisation',
    minutes: 'Minutes',
    start: 'Start time',
    end: 'End time',
    blockMinutes: 'Block minutes',
    flex: 'Flexible',
    questionMinutes: 'Minutes per question',
    answerMinutes: 'Minutes per answer',
    roundSize: 'Questions per round',
    askGender: 'Ask gender',
    date: 'Date',
    notes: 'Notes (the plan has no place for them)',
  },
  sheetRows: (shown: number, total: number) => `The sheet's first ${shown} of ${total} rows`,
  plan: 'The plan it gives',
  problems: 'Problems',
  errorWord: 'Error:',
  warningWord: 'Warning:',
  noProblems: 'No problems found.',
  fixBeforeAccept: (n: number) =>
    `${n} ${n === 1 ? 'error stops' : 'errors stop'} the import: change the mapping above, or fix the sheet and import it again.`,
  leftOut: (list: string) => `Not imported from the project: ${list}.`,
  accept: 'Replace the plan with this',
  cancel: 'Cancel',
  imported: (name: string) => `Imported “${name}”. Undo brings the previous plan back.`,
  openBlock: 'open block',
  at: (row?: number, column?: string) =>
    row !== undefined && column
      ? `Row ${row}, column ${column}: `
      : row !== undefined
        ? `Row ${row}: `
        : column
          ? `Column ${column}: `
          : '',
  read: {
    tooLarge: (bytes: number, limit: number) =>
      `The file is ${(bytes / 1048576).toFixed(1)} MB; a spreadsheet to import may be at most ${limit / 1048576} MB. An agenda is a few kilobytes: save only its sheet, without images.`,
    tooManyRows: (rows: number, limit: number) => `The sheet has ${rows} rows; at most ${limit} can be imported.`,
    empty: 'The file is empty: there is nothing in it to import.',
    unreadable: (kind: string, reason: string) => `The file could not be read as ${kind} (${reason}).`,
    /** Why a file could not be read, by the reader's code; it follows the kind of file in `unreadable`. */
    reasons: {
      encrypted: 'it is protected by a password: open it in Excel, remove the password and save it again',
      badZip: 'it is damaged, or is not really an .xlsx workbook',
      noWorkbook: 'it holds no workbook',
      noSheet: 'it has no worksheet to read, only hidden sheets or charts',
      badXml: 'part of it is damaged',
      tooLargeUnpacked: 'unpacked, it is too large to read',
      notRead: 'it could not be opened: it may have been moved, or be only in the cloud',
      invalidJson: 'it is not valid JSON',
      notOntime: 'it is JSON, but not an Ontime project',
      agenda: 'it is a Run of Show agenda: open it with Load agenda',
    } as Record<string, string>,
    failed: (reason: string) => `The file could not be read (${reason}).`,
    tooManyColumns: (columns: number, limit: number) => `The sheet has ${columns} columns; at most ${limit} can be imported.`,
    unknownType: (name: string) => `${name} is not a file the importer reads: choose a CSV, TSV, .xlsx or Ontime project file.`,
  },
  ontime: {
    delays: (n: number) => `${n} ${n === 1 ? 'delay' : 'delays'}`,
    milestones: (n: number) => `${n} ${n === 1 ? 'milestone' : 'milestones'}`,
    skipped: (n: number) => `${n} skipped ${n === 1 ? 'event' : 'events'}`,
    noDuration: (n: number) => `${n} ${n === 1 ? 'event' : 'events'} without a duration`,
    settings: (names: string) => `the project's ${names}`,
    /** The parts of an Ontime project a plan has no place for, by the name the reader gives them. */
    settingNames: {
      'project description': 'description',
      'project info': 'information',
      'project logo': 'logo',
      links: 'links',
      'other rundowns': 'other rundowns',
      'timer types': 'timer types',
      'end actions': 'end actions',
      'warning times': 'warning times',
      colours: 'colours',
      'public visibility': 'public visibility',
      flags: 'flags',
      'custom field types': 'custom field types',
      automations: 'automations',
    } as Record<string, string>,
  },
  /** A problem with the sheet: `at` names the row and column (`Row 4, column C “Minutes”: `) or is empty. */
  problem: {
    noSpeakerColumn: () => 'No column is the speaker: in Columns, choose the one that holds the speakers’ names.',
    noTimeColumn: () => 'No column gives the time: choose the column of minutes, or of start times.',
    noRows: (at: string) => `${at}the table has a header but no rows under it.`,
    badMinutes: (at: string, d: Detail) => `${at}expected minutes (such as 5, 2.5, 1:30, 90 s or 1h 15), found “${d.found}”.`,
    badClock: (at: string, d: Detail) => `${at}expected a time of day (such as 17:00, 5:00 PM or 17h00), found “${d.found}”.`,
    badDate: (at: string, d: Detail) => `${at}expected a date (such as 19/06/2025 or 2025-06-19), found “${d.found}”.`,
    badNumber: (at: string, d: Detail) => `${at}expected a number, found “${d.found}”.`,
    badYesNo: (at: string, d: Detail) => `${at}expected yes or no, found “${d.found}”.`,
    noMinutes: (at: string, d: Detail) => `${at}${d.name} has no minutes, and no start and end to count them from.`,
    noSpeaker: (at: string) => `${at}a turn with minutes but no speaker, in a segment of turns.`,
    endNotAfterStart: (at: string, d: Detail) => `${at}the end (${d.end}) must be after the start (${d.start}).`,
    unknownRole: (at: string, d: Detail) =>
      `${at}“${d.found}” is not a role the plan knows (moderator, panelist or speaker): imported as panelist.`,
    secondQuestion: (at: string) => `${at}a second guiding question in one segment: the segment keeps the first.`,
    notImported: (at: string) => `${at}not imported: choose what it holds in Columns to keep it.`,
    totalRow: (at: string) => `${at}a total, not imported.`,
    gap: (at: string, d: Detail) =>
      `${at}the ${d.minutes} minutes from ${d.from} to ${d.to} are not in the plan, where turns follow one another: add a segment for a break.`,
    otherDay: (at: string, d: Detail) => `${at}a second day (${d.found}); a plan is one session on one day: import each day on its own.`,
    notesLeftOut: (at: string) => `${at}notes are not imported: the plan has no place for them.`,
  },
};
