import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ ignore: false });

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function rulesBroken(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

async function rulesBrokenInFile(filePath: string): Promise<string[]> {
  const [result] = await eslint.lintFiles([filePath]);
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('the layers lint', () => {
  it('refuses an import of the store from the platform', async () => {
    const broken = await rulesBroken(
      "import { STORAGE_KEY } from '../store/persistence';\nexport const key = STORAGE_KEY;\n",
      'src/platform/probe.ts',
    );
    expect(broken).toContain('import-x/no-restricted-paths');
  });

  it('refuses an import of the platform from the store', async () => {
    const broken = await rulesBroken(
      "import { systemClock } from '../platform/clock';\nexport const clock = systemClock;\n",
      'src/store/probe.ts',
    );
    expect(broken).toContain('import-x/no-restricted-paths');
  });

  it('refuses an import of one feature from another', async () => {
    const code = "import { Console } from '../console/Console';\nexport const C = Console;\n";
    expect(await rulesBroken(code, 'src/features/log/Probe.tsx')).toContain('import-x/no-restricted-paths');
  });

  it('lets the wiring import the store and the platform', async () => {
    const code =
      "import { systemClock } from '../../platform/clock';\nimport { STORAGE_KEY } from '../../store/persistence';\nexport const both = [systemClock, STORAGE_KEY];\n";
    expect(await rulesBroken(code, 'src/app/wiring/probe.ts')).toEqual([]);
  });

  it('refuses two files that import each other', async () => {
    expect(await rulesBrokenInFile('tests/lint/fixtures/cycle-a.ts')).toContain('import-x/no-cycle');
  });
});
