/** The folder says where code runs: the engine never loads Electron, the renderer never loads Node. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function messages(filePath: string, code: string, rule: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
}

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

  it('keeps test code out of what the installed CLI loads', async () => {
    const code = "import { startEmulators } from '../../tests/support/audit-site.ts';\nexport const s = startEmulators;\n";
    expect(await restrictedImports('main/cli/demo-command.ts', code)).toEqual([expect.stringContaining('never loads test code') as unknown]);
    expect(await restrictedImports('main/demo/harness.ts', code)).toHaveLength(1);
  });

  it('refuses electron in the handlers, which tests run under plain Node', async () => {
    expect(await restrictedImports('main/services/profile-handlers.ts', "import { shell } from 'electron';\nexport const s = shell;\n"))
      .toHaveLength(1);
  });

  it('keeps the API contract free of Node and of engine code other than types', async () => {
    expect(await restrictedImports('main/shared/api-contract.ts',
      "import { readFileSync } from 'node:fs';\nimport { runAudit } from '../engine/audit/runner.ts';\nexport const x = [readFileSync, runAudit];\n"))
      .toHaveLength(2);
    expect(await restrictedImports('main/shared/api-contract.ts',
      "import type { AuditReport } from '../engine/report/schema.ts';\nexport type R = AuditReport;\n")).toEqual([]);
  });

  it('keeps zod and Node out of the sandboxed preload', async () => {
    expect(await restrictedImports('preload/index.ts',
      "import { z } from 'zod';\nimport { CHANNEL_SCHEMAS } from '../main/shared/api-schemas.ts';\nimport fs from 'node:fs';\nexport const x = [z, CHANNEL_SCHEMAS, fs];\n"))
      .toHaveLength(3);
  });

  it('allows raw ipcMain only in the file that adds the sender check', async () => {
    const code = "import { ipcMain } from 'electron';\nexport const i = ipcMain;\n";
    expect(await restrictedImports('main/app/window.ts', code)).toHaveLength(1);
    expect(await restrictedImports('main/app/ipc.ts', code)).toEqual([]);
  });

  it('lets the renderer use main/shared and the engine’s constant lists at run time, and nothing else from main', async () => {
    const allowed = "import { currentItemStatus } from '../main/shared/audit-view.ts';\nimport { PLATFORM_IDS } from '../main/engine/types.ts';\n"
      + "import { PROFESSIONS } from '../main/engine/profile.ts';\nimport type { AuditResult } from '../main/engine/audit/model.ts';\n"
      + 'export const x = [currentItemStatus, PLATFORM_IDS, PROFESSIONS];\nexport type A = AuditResult;\n';
    expect(await restrictedImports('renderer/app.tsx', allowed)).toEqual([]);
    expect(await restrictedImports('renderer/app.tsx',
      "import { CHANNEL_SCHEMAS } from '../main/shared/api-schemas.ts';\nimport { runAudit } from '../main/engine/audit/runner.ts';\nexport const x = [CHANNEL_SCHEMAS, runAudit];\n"))
      .toHaveLength(2);
  });

  it('refuses HTML strings in the renderer, so platform text can never become markup', async () => {
    const code = "export const A = (p: { bio: string }) => <p dangerouslySetInnerHTML={{ __html: p.bio }} />;\n"
      + 'export function b(el: HTMLElement, bio: string): void { el.innerHTML = bio; el.insertAdjacentHTML("beforeend", bio); }\n';
    expect(await messages('renderer/app.tsx', code, 'no-restricted-syntax')).toHaveLength(3);
  });
});
