import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';

/**
 * Documents as files: `<dataDir>/docs/<encodeURIComponent(name)>.bin`, each the document's whole
 * state as one Yjs update. A write goes to a temporary file first and is then renamed over the old
 * one, so a kill at any moment leaves either the old state or the new one, never half of one.
 * @param {string} dataDir
 * @param {{ mergeWithDisk?: boolean }} [options] mergeWithDisk: merge what is on disk into what is
 *   written, for servers that share a folder (REDIS_URL): one server's write then keeps the other's
 *   changes instead of replacing them. Costs a read per write, so it is off for a single server.
 */
export async function fileStore(dataDir, { mergeWithDisk = false } = {}) {
  const folder = join(dataDir, 'docs');
  await mkdir(folder, { recursive: true, mode: 0o700 });
  let writes = 0;

  /** @param {string} documentName */
  const fileOf = (documentName) => join(folder, `${encodeURIComponent(documentName)}.bin`);

  /** @param {string} file */
  const readIfThere = async (file) => {
    try {
      return new Uint8Array(await readFile(file));
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return null;
      throw error;
    }
  };

  return {
    /** @param {{ documentName: string }} payload */
    fetch: ({ documentName }) => readIfThere(fileOf(documentName)),

    /** @param {string} documentName @param {Uint8Array} state */
    async store(documentName, state) {
      const file = fileOf(documentName);
      const onDisk = mergeWithDisk ? await readIfThere(file) : null;
      const contents = onDisk ? Y.mergeUpdates([onDisk, state]) : state;
      // Unique per process and write: two servers, or two writes, never share a temporary file.
      const aside = `${file}.${process.pid}.${++writes}.tmp`;
      try {
        await writeFile(aside, contents, { mode: 0o600 });
        await rename(aside, file);
      } catch (error) {
        await rm(aside, { force: true });
        throw error;
      }
    },
  };
}
