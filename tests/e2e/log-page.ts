import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The cells of a turn row as the rapporteur reads them: the note is the note field's value (or the note text of a past run). */
export type TurnCells = string[];

/**
 * The rapporteur's record (`#/log`), found by roles and names: the turn table, who had the
 * floor, the totals, notes and corrections, the exports.
 */
export class LogPage {
  readonly heading: Locator;
  readonly source: Locator;
  readonly turns: Locator;
  readonly turnTable: Locator;
  readonly floor: Locator;
  readonly totals: Locator;
  readonly exports: Locator;
  readonly archive: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Record of the panel' });
    this.source = page.locator('.log-source');
    this.turns = page.getByRole('region', { name: 'Turns' });
    this.turnTable = this.turns.getByRole('table');
    this.floor = page.getByRole('region', { name: 'Who had the floor' });
    this.totals = page.getByRole('region', { name: 'Totals per segment and question' });
    this.exports = page.getByRole('region', { name: 'Export' });
    this.archive = page.getByRole('region', { name: 'Archive' });
  }

  /** The body row of turn `index` (1-based, as the # column shows it). */
  row(index: number): Locator {
    return this.turnTable.locator('tbody > tr').filter({ has: this.page.locator(`td:first-child:text-is("${index}")`) });
  }

  /** Asserts the cells of turn `index` from # to Messages (ten columns), as shown on screen. */
  async expectRow(index: number, cells: readonly (string | RegExp)[]): Promise<void> {
    await expect(this.row(index).locator('td:nth-child(-n+10)')).toHaveText([...cells], { useInnerText: true });
  }

  noteField(index: number): Locator {
    return this.page.getByRole('textbox', { name: `Note on turn ${index}`, exact: true });
  }

  correctButton(index: number): Locator {
    return this.page.getByRole('button', { name: `Correct the times of turn ${index}`, exact: true });
  }

  /** The row of a person in the "Who had the floor" table: turns, planned, spoke, share, equal share. */
  floorRow(name: string): Locator {
    return this.floor.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  totalsRow(name: string): Locator {
    return this.totals.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /**
   * Every turn row of the table, each cell as the rapporteur reads it: its text without the
   * buttons and the print-only copy of the note, and for the note the field's value.
   */
  async turnRows(): Promise<TurnCells[]> {
    return this.turnTable.locator('tbody > tr').evaluateAll((rows) =>
      rows
        .filter((row) => row.querySelectorAll(':scope > td').length > 1)
        .map((row) =>
          [...row.querySelectorAll(':scope > td')].map((cell) => {
            const input = cell.querySelector('input');
            if (input) return input.value;
            const copy = cell.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('button, .print-only').forEach((e) => e.remove());
            return copy.textContent ?? '';
          }),
        ),
    );
  }

  /**
   * Clicks an export button and returns the file it downloads, with its text, saved in `folder`
   * (outside test-results, which another test run may clear meanwhile).
   */
  async download(button: string, folder: string): Promise<{ download: Download; path: string; bytes: Buffer; text: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.exports.getByRole('button', { name: button, exact: true }).click();
    const download = await downloading;
    const path = join(folder, download.suggestedFilename());
    await download.saveAs(path);
    const bytes = await readFile(path);
    return { download, path, bytes, text: bytes.toString('utf8') };
  }
}
