import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function problemsIn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the renderer import rule', () => {
  it.each([
    "import { ipcRenderer } from 'electron';",
    "import { DataSource } from 'typeorm';",
    "import Database from 'better-sqlite3';",
    "import { readFile } from 'node:fs/promises';",
    "import { join } from 'path';",
    "import { startCore } from '../../../main/app-core';",
  ])('refuses %s in renderer code', async (line) => {
    expect(
      await problemsIn('src/renderer/src/features/reps/Example.tsx', `${line}\nexport const x = 1;\n`),
    ).not.toEqual([]);
  });

  it('allows the shared contract and UI libraries in the renderer, and Node modules in main', async () => {
    const rendererCode =
      "import { repFieldsSchema } from '@shared/reps/rep';\nimport { Button } from '@mantine/core';\nexport const x = [repFieldsSchema, Button];\n";
    expect(await problemsIn('src/renderer/src/features/reps/Example.tsx', rendererCode)).toEqual([]);
    expect(
      await problemsIn('src/main/services/example.ts', "import { join } from 'node:path';\nexport const x = join;\n"),
    ).toEqual([]);
  });
});
