/** The folder says where code runs: the engine never loads Electron, the renderer never loads Node. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint boundaries', () => {
  it('refuses electron in the engine', async () => {
    expect(await restrictedImports('main/engine/types.ts', "import { app } from 'electron';\nexport const name = app.getName();\n"))
      .toEqual([expect.stringContaining('only main/app may import it') as unknown]);
  });

  it('allows electron in main/app', async () => {
    expect(await restrictedImports('main/app/main.ts', "import { app } from 'electron';\nexport const name = app.getName();\n")).toEqual([]);
  });

  it('refuses Node and Electron in the renderer', async () => {
    const messages = await restrictedImports('renderer/app.tsx',
      "import { readFileSync } from 'node:fs';\nimport { ipcRenderer } from 'electron';\nexport const x = [readFileSync, ipcRenderer];\n");
    expect(messages).toHaveLength(2);
  });
});
