import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleReason } from '../../server/build.mjs';
import { tempDir } from './helpers';

const dirs: Array<{ remove: () => void }> = [];
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

/** A repository with sources and a build, each file dated `age` seconds ago. */
function setup({ sourceAge, buildAge }: { sourceAge: number; buildAge: number | null }) {
  const dir = tempDir('build');
  dirs.push(dir);
  const root = dir.path;
  const date = (path: string, age: number) => {
    const when = new Date(Date.now() - age * 1000);
    utimesSync(path, when, when);
  };
  const dated = (file: string, age: number) => {
    writeFileSync(file, 'x');
    date(file, age);
  };
  mkdirSync(join(root, 'src', 'app'), { recursive: true });
  dated(join(root, 'index.html'), 1000);
  dated(join(root, 'src', 'app', 'App.tsx'), sourceAge);
  // A folder's time changes when a file is added or removed: that counts as a change too.
  date(join(root, 'src', 'app'), sourceAge);
  date(join(root, 'src'), sourceAge);
  if (buildAge !== null) {
    mkdirSync(join(root, 'dist'));
    dated(join(root, 'dist', 'index.html'), buildAge);
  }
  return { root, dist: join(root, 'dist') };
}

describe('staleReason', () => {
  it('asks for a build when there is none', async () => {
    const { root, dist } = setup({ sourceAge: 100, buildAge: null });
    expect(await staleReason(root, dist)).toBe('dist/index.html is missing');
  });

  it('asks for a build when a file under src/ is newer than the build', async () => {
    const { root, dist } = setup({ sourceAge: 10, buildAge: 100 });
    expect(await staleReason(root, dist)).toBe('the sources changed since dist/ was built');
  });

  it('leaves a build newer than every source alone', async () => {
    const { root, dist } = setup({ sourceAge: 100, buildAge: 10 });
    expect(await staleReason(root, dist)).toBeNull();
  });
});
