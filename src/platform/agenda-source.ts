import { MAX_AGENDA_BYTES, type AgendaIssue } from '../domain/validate-agenda';

export type TextResult = { ok: true; text: string } | { ok: false; issues: readonly AgendaIssue[] };

const tooLarge = (bytes: number): TextResult => ({
  ok: false,
  issues: [{ path: [], code: 'tooLarge', detail: { bytes, limit: MAX_AGENDA_BYTES } }],
});

/** Reads a dropped or chosen file, refusing one over the size cap before reading it. */
export async function readAgendaFile(file: File): Promise<TextResult> {
  if (file.size > MAX_AGENDA_BYTES) return tooLarge(file.size);
  return { ok: true, text: await readText(file) };
}

/** Fetches `?agenda=<url>`, refusing a body over the size cap. */
export async function fetchAgenda(url: string): Promise<TextResult> {
  try {
    const response = await fetch(url, { credentials: 'omit' });
    if (!response.ok)
      return { ok: false, issues: [{ path: [], code: 'notJson', detail: { reason: `the server answered ${response.status}` } }] };
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_AGENDA_BYTES) return tooLarge(declared);
    const text = await response.text();
    return { ok: true, text };
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: 'notJson',
          detail: { reason: `it could not be fetched: ${error instanceof Error ? error.message : String(error)}` },
        },
      ],
    };
  }
}

function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsText(file, 'utf-8');
  });
}
