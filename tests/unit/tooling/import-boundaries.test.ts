import { cruise, type ICruiseOptions } from 'dependency-cruiser';
import { ESLint } from 'eslint';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/run-command.ts';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => /no-restricted-(imports|syntax)$/.test(m.ruleId ?? '')).map((m) => m.message);
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

  it('let the renderer use the IPC contract’s types and the names both sides share, nothing else of the host', async () => {
    expect(
      await boundaryErrors(
        'renderer/src/example.ts',
        "import type { HostBridge } from '../../electron/ipc/contract.ts';\nimport { BRIDGE_GLOBAL } from '../../electron/ipc/names.ts';\nexport type X = HostBridge;\nexport const y = BRIDGE_GLOBAL;",
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        'renderer/src/example.ts',
        "import { something } from '../../electron/ipc/contract.ts';\nexport const x = something;",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'renderer/src/example.ts',
        "import { isAppUrl } from '../../electron/main/app-origin.ts';\nexport const x = isAppUrl;",
      ),
    ).toHaveLength(1);
  });

  it('keep the IPC contract free of run-time values', async () => {
    expect(await boundaryErrors('electron/ipc/contract.ts', 'export interface Bridge {\n  ping(): Promise<void>;\n}')).toEqual([]);
    expect(await boundaryErrors('electron/ipc/contract.ts', "export const CHANNEL = 'x';")).toHaveLength(1);
    expect(await boundaryErrors('electron/ipc/contract.ts', 'export function route(): string {\n  return "/";\n}')).toHaveLength(1);
  });

  it('let the preload import only Electron and the contract', async () => {
    expect(
      await boundaryErrors(
        'electron/preload/example.ts',
        "import { ipcRenderer } from 'electron';\nimport type { HostBridge } from '../ipc/contract.ts';\nimport { IPC_CHANNELS } from '../ipc/names.ts';\nexport const x = [ipcRenderer, IPC_CHANNELS];\nexport type Y = HostBridge;",
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

describe('import cycles (npm run lint)', () => {
  it('are found, type-only imports included', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cycle-'));
    await writeFile(path.join(dir, 'session.ts'), "import type { Run } from './run.ts';\nexport interface Session { run?: Run }\n");
    await writeFile(path.join(dir, 'run.ts'), "import type { Session } from './session.ts';\nexport interface Run { of: Session }\n");
    await writeFile(path.join(dir, 'alone.ts'), 'export const x = 1;\n');
    const config = (await import(pathToFileURL(path.join(PROJECT_ROOT, '.dependency-cruiser.cjs')).href)) as {
      default: { forbidden: NonNullable<NonNullable<ICruiseOptions['ruleSet']>['forbidden']>; options: ICruiseOptions };
    };
    const { forbidden, options } = config.default;
    // The project's own rule and options, on a folder of its own (so without the project's tsconfig).
    const own: ICruiseOptions = { ...options, validate: true, ruleSet: { forbidden } };
    delete own.tsConfig;
    const result = await cruise([dir], own);
    const violations = typeof result.output === 'string' ? [] : result.output.summary.violations;
    expect(violations.map((violation) => [violation.rule.name, violation.dependencyTypes])).toEqual([
      ['no-circular', expect.arrayContaining(['type-only'])],
    ]);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('walls inside the renderer (npm run lint)', () => {
  const feature = 'renderer/src/features/planner/Example.tsx';

  it.each([
    ['the database', "import { CommonGroundDatabase } from '../../data/database.ts';\nexport const x = CommonGroundDatabase;"],
    ['Dexie', "import Dexie from 'dexie';\nexport const x = Dexie;"],
    [
      'a repository’s code',
      "import { createSessionRepository } from '../../data/session-repository.ts';\nexport const x = createSessionRepository;",
    ],
    ['the app shell', "import { App } from '../../app/App.tsx';\nexport const x = App;"],
    [
      'another feature’s inner files',
      "import { RoundResultsView } from '../check-ins/RoundResultsView.tsx';\nexport const x = RoundResultsView;",
    ],
  ])('keep %s out of a feature', async (_label, code) => {
    expect(await boundaryErrors(feature, code)).toHaveLength(1);
  });

  it('let a feature use the repositories, a repository’s types, and another feature’s index', async () => {
    const code = [
      "import { sessions } from '../../data/app-database.ts';",
      "import type { DeletedSession } from '../../data/session-repository.ts';",
      "import { RoundResultsView } from '../check-ins/index.ts';",
      "import { routes } from '../../navigation/routes.ts';",
      'export const x = [sessions, RoundResultsView, routes];',
      'export type Y = DeletedSession;',
    ].join('\n');
    expect(await boundaryErrors(feature, code)).toEqual([]);
  });

  it('hold the wall between features for code loaded on demand too', async () => {
    expect(await boundaryErrors(feature, "export const x = () => import('../session-record/SessionRecord.tsx');")).toHaveLength(1);
    expect(await boundaryErrors(feature, "export const x = () => import('../session-record/index.ts');")).toEqual([]);
  });

  it('keep components and hooks out of the data layer', async () => {
    expect(
      await boundaryErrors('renderer/src/data/example.ts', "import { useState } from 'react';\nexport const x = useState;"),
    ).toHaveLength(1);
    expect(await boundaryErrors('renderer/src/data/Example.tsx', 'export const x = 1;')).toHaveLength(1);
  });

  it('keep the shared folders below the features and the shell', async () => {
    expect(
      await boundaryErrors(
        'renderer/src/run-engine/example.ts',
        "import { GuidedRun } from '../features/guided/index.ts';\nexport const x = GuidedRun;",
      ),
    ).toHaveLength(1);
    expect(await boundaryErrors('renderer/src/ui/example.ts', "import { App } from '../app/App.tsx';\nexport const x = App;")).toHaveLength(
      1,
    );
    expect(
      await boundaryErrors(
        'renderer/src/autosave/example.ts',
        "import { CommonGroundDatabase } from '../data/database.ts';\nexport const x = CommonGroundDatabase;",
      ),
    ).toHaveLength(1);
  });
});
