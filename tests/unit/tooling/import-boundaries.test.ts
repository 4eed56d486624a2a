import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/run-command.ts';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId?.endsWith('no-restricted-imports')).map((m) => m.message);
}

describe('import boundaries (npm run lint)', () => {
  it.each([
    ['react', "import { useState } from 'react';\nexport const x = useState;"],
    ['dexie', "import Dexie from 'dexie';\nexport const x = Dexie;"],
    ['electron', "import { app } from 'electron';\nexport const x = app;"],
    ['node', "import fs from 'node:fs';\nexport const x = fs;"],
    ['the renderer', "import { App } from '../renderer/src/app/App.tsx';\nexport const x = App;"],
  ])('keep %s out of the domain core', async (_label, code) => {
    expect(await boundaryErrors('domain/example.ts', code)).toHaveLength(1);
  });

  it.each([
    [
      'main-process code',
      "import { registerIpcHandlers } from '../../electron/main/ipc-handlers.ts';\nexport const x = registerIpcHandlers;",
    ],
    ['Electron', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;"],
    ['Node', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;"],
  ])('keep %s out of the renderer', async (_label, code) => {
    expect(await boundaryErrors('renderer/src/example.ts', code)).toHaveLength(1);
  });

  it('keep the content validator out of the renderer bundle, allowing its types', async () => {
    expect(await boundaryErrors('renderer/src/example.ts', "import { z } from 'zod';\nexport const x = z;")).toHaveLength(1);
    expect(
      await boundaryErrors(
        'renderer/src/example.ts',
        "import { exerciseFrontMatterSchema } from '../../domain/content/exercise-schema.ts';\nexport const x = exerciseFrontMatterSchema;",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'renderer/src/example.ts',
        "import type { Exercise } from '../../domain/content/exercise-schema.ts';\nexport type X = Exercise;",
      ),
    ).toEqual([]);
  });

  it('let the renderer use the IPC contract', async () => {
    expect(
      await boundaryErrors(
        'renderer/src/example.ts',
        "import type { HostBridge } from '../../electron/ipc/contract.ts';\nexport type X = HostBridge;",
      ),
    ).toEqual([]);
  });

  it('let the preload import only Electron and the contract', async () => {
    expect(
      await boundaryErrors(
        'electron/preload/example.ts',
        "import { ipcRenderer } from 'electron';\nimport { IPC_CHANNELS } from '../ipc/contract.ts';\nexport const x = [ipcRenderer, IPC_CHANNELS];",
      ),
    ).toEqual([]);
    expect(await boundaryErrors('electron/preload/example.ts', "import fs from 'node:fs';\nexport const x = fs;")).toHaveLength(1);
    expect(
      await boundaryErrors('electron/preload/example.ts', "import { isAppUrl } from '../main/app-origin.ts';\nexport const x = isAppUrl;"),
    ).toHaveLength(1);
  });

  it('keep renderer code out of the main process', async () => {
    expect(
      await boundaryErrors('electron/main/example.ts', "import { App } from '../../renderer/src/app/App.tsx';\nexport const x = App;"),
    ).toHaveLength(1);
  });
});
