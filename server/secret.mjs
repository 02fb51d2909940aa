import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SECRET_BYTES = 32;
/** A shared secret given in the environment must be at least this long, or the keys are guessable. */
const MIN_SHARED_SECRET_CHARS = 32;

/**
 * The HMAC secret every key derives from. `shared` (SYNC_SECRET, for several servers) wins; otherwise
 * 32 random bytes in `<dataDir>/secret`, made with mode 0600 on first start and read on every later one.
 * The file appears whole or not at all (written aside, then hard-linked into place, which refuses to
 * overwrite): two servers starting at once on one folder both end up with the first one's secret.
 * @param {string} dataDir
 * @param {string | undefined} shared
 * @returns {Promise<Buffer>}
 */
export async function loadSecret(dataDir, shared) {
  if (shared !== undefined && shared !== '') {
    if (shared.length < MIN_SHARED_SECRET_CHARS) throw new Error(`SYNC_SECRET must be at least ${MIN_SHARED_SECRET_CHARS} characters`);
    return Buffer.from(shared, 'utf8');
  }
  const file = join(dataDir, 'secret');
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const aside = `${file}.${process.pid}.tmp`;
  await writeFile(aside, randomBytes(SECRET_BYTES), { mode: 0o600 });
  try {
    await link(aside, file);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
  } finally {
    await rm(aside, { force: true });
  }
  const secret = await readFile(file);
  if (secret.length !== SECRET_BYTES) throw new Error(`${file} is not a ${SECRET_BYTES}-byte secret: remove it to make a new one`);
  return secret;
}
