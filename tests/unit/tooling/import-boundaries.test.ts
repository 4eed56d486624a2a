import { cruise, type ICruiseOptions } from 'dependency-cruiser';
import { ESLint } from 'eslint';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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

  it('let the phone page import its own modules and the few small domain modules it shares, nothing else', async () => {
    expect(
      await boundaryErrors(
        'renderer/phone/example.ts',
        [
          "import './phone.css';",
          "import { el } from './dom.ts';",
          "import { PHONE_PAGE_DATA_ID } from '../../domain/check-ins/phone-round.ts';",
          "import { pathFor } from '../../domain/check-ins/answer-path.ts';",
          "import { PARTICIPANT_PROMISE } from '../../domain/check-ins/participant-promise.ts';",
          "import { CHECK_IN_TRACKS } from '../../domain/content/vocabulary.ts';",
          "import type { CheckInInstrument } from '../../domain/content/check-in-schema.ts';",
          // Its words: the hand-around's and its own catalogs, through the import-free lookup.
          "import { createTranslator } from '../src/i18n/lookup.ts';",
          "import hand from '../src/locales/es/handAround.json';",
          "import own from '../src/locales/en/phone.json';",
          'export const x = [el, PHONE_PAGE_DATA_ID, pathFor, PARTICIPANT_PROMISE, CHECK_IN_TRACKS, createTranslator, hand, own];',
          'export type Y = CheckInInstrument;',
        ].join('\n'),
      ),
    ).toEqual([]);
    for (const code of [
      "import { z } from 'zod';\nexport const x = z;",
      "import { useState } from 'react';\nexport const x = useState;",
      "import { Markdown } from '../src/markdown/Markdown.tsx';\nexport const x = Markdown;",
      "import { closeInstrument } from '../../domain/check-ins/disclosure.ts';\nexport const x = closeInstrument;",
      "import { checkInFrontMatterSchema } from '../../domain/content/check-in-schema.ts';\nexport const x = checkInFrontMatterSchema;",
      // No i18n library and no other part of the app's i18n or catalogs.
      "import i18next from 'i18next';\nexport const x = i18next;",
      "import { translate } from '../src/i18n/current.ts';\nexport const x = translate;",
      "import shell from '../src/locales/en/shell.json';\nexport const x = shell;",
      "import x from '../src/locales/en/handAround.ts';\nexport const y = x;",
    ]) {
      // The renderer-wide rules may refuse it too; the phone page's own rule always does.
      expect(await boundaryErrors('renderer/phone/example.ts', code), code).toContainEqual(
        expect.stringContaining('The phone page imports only'),
      );
    }
    // Its build configuration is not the page: it imports Vite.
    expect(
      await boundaryErrors('renderer/phone/vite.config.ts', "import { defineConfig } from 'vite';\nexport default defineConfig({});"),
    ).toEqual([]);
  });

  it.each([
    ['a component', '../../renderer/src/app/App.tsx'],
    ['the i18n instance', '../../renderer/src/i18n/i18n.ts'],
    ['the languages module', '../../renderer/src/i18n/languages.ts'],
    ['another namespace’s catalog', '../../renderer/src/locales/en/shell.json'],
    ['a catalog’s neighbour', '../../renderer/src/locales/en/desktop.ts'],
    ['the phone page’s catalog', '../../renderer/src/locales/en/phone.json'],
    ['a file named like a catalog elsewhere', '../../renderer/src/app/desktop.json'],
    ['the renderer’s i18n through the catalogs’ folder', '../../renderer/src/locales/../i18n/i18n.ts'],
  ])('keep renderer code out of the main process: %s', async (_label, source) => {
    expect(await boundaryErrors('electron/main/example.ts', `import x from '${source}';\nexport const y = x;`)).toHaveLength(1);
  });

  it.each([
    '../../renderer/src/locales/en/desktop.json',
    '../../renderer/src/locales/es/desktop.json',
    '../../renderer/src/i18n/pseudo.ts',
    '../../renderer/src/i18n/lookup.ts',
  ])('let the main process read its words from the renderer’s desktop catalogs: %s', async (source) => {
    expect(await boundaryErrors('electron/main/example.ts', `import x from '${source}';\nexport const y = x;`)).toEqual([]);
  });

  it('keep the desktop catalogs out of the preload and the round server all the same', async () => {
    for (const file of ['electron/preload/example.ts', 'electron/round-server/example.ts'])
      expect(await boundaryErrors(file, "import x from '../../renderer/src/locales/en/desktop.json';\nexport const y = x;")).toHaveLength(
        1,
      );
  });
});

/**
 * Runs the project's own dependency-cruiser rules on a throwaway tree laid out like the project
 * (`files` maps paths such as "renderer/src/features/a/x.ts" to their text), and returns each
 * violation as [rule, from, to].
 */
async function depcruiseViolations(files: Record<string, string>): Promise<string[][]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'walls-'));
  try {
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    }
    const config = (await import(pathToFileURL(path.join(PROJECT_ROOT, '.dependency-cruiser.cjs')).href)) as {
      default: { forbidden: NonNullable<NonNullable<ICruiseOptions['ruleSet']>['forbidden']>; options: ICruiseOptions };
    };
    const { forbidden, options } = config.default;
    const own: ICruiseOptions = { ...options, validate: true, ruleSet: { forbidden } };
    delete own.tsConfig; // the throwaway tree has none
    const previous = process.cwd();
    process.chdir(dir); // the rules' paths are relative to where it runs, as `npm run lint` runs it
    try {
      const result = await cruise(
        Object.keys(files)
          .map((file) => file.split('/')[0]!)
          .filter((v, i, all) => all.indexOf(v) === i),
        own,
      );
      const violations = typeof result.output === 'string' ? [] : result.output.summary.violations;
      return violations.map((violation) => [violation.rule.name, violation.from, violation.to]);
    } finally {
      process.chdir(previous);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('import cycles (npm run lint)', () => {
  it('are found, type-only imports included', async () => {
    const violations = await depcruiseViolations({
      'domain/session.ts': "import type { Run } from './run.ts';\nexport interface Session { run?: Run }\n",
      'domain/run.ts': "import type { Session } from './session.ts';\nexport interface Run { of: Session }\n",
      'domain/alone.ts': 'export const x = 1;\n',
    });
    expect(violations.map(([rule]) => rule)).toEqual(['no-circular']);
  });
});

describe('walls inside the renderer (npm run lint)', () => {
  const inner = 'export const RoundResultsView = 1;\n';
  const tree = (extra: Record<string, string>) => ({
    'renderer/src/features/check-ins/RoundResultsView.tsx': inner,
    'renderer/src/features/check-ins/index.ts': "export { RoundResultsView } from './RoundResultsView.tsx';\n",
    'renderer/src/data/database.ts': 'export class CommonGroundDatabase {}\n',
    'renderer/src/data/session-repository.ts':
      'export type DeletedSession = { id: string };\nexport const createSessionRepository = () => 1;\n',
    'renderer/src/data/app-database.ts': 'export const sessions = 1;\n',
    'renderer/src/app/App.tsx': 'export const App = 1;\n',
    'renderer/src/navigation/routes.ts': 'export const routes = 1;\n',
    ...extra,
  });
  const rulesBroken = async (file: string, code: string) =>
    (await depcruiseViolations(tree({ [file]: code }))).filter(([, from]) => from === file).map(([rule]) => rule);
  const feature = 'renderer/src/features/planner/Example.tsx';

  it.each([
    [
      'the database',
      "import { CommonGroundDatabase } from '../../data/database.ts';\nexport const x = CommonGroundDatabase;",
      'database-stays-in-data',
    ],
    [
      'a repository’s code',
      "import { createSessionRepository } from '../../data/session-repository.ts';\nexport const x = createSessionRepository;",
      'database-stays-in-data',
    ],
    ['the database, loaded on demand', "export const x = () => import('../../data/database.ts');", 'database-stays-in-data'],
    ['the app shell', "import { App } from '../../app/App.tsx';\nexport const x = App;", 'features-below-shell'],
    [
      'another feature’s inner files',
      "import { RoundResultsView } from '../check-ins/RoundResultsView.tsx';\nexport const x = RoundResultsView;",
      'features-meet-through-index',
    ],
    [
      'them by another path',
      "import { RoundResultsView } from '../../features/check-ins/RoundResultsView.tsx';\nexport const x = RoundResultsView;",
      'features-meet-through-index',
    ],
    ['them loaded on demand', "export const x = () => import('../check-ins/RoundResultsView.tsx');", 'features-meet-through-index'],
  ])('keep %s out of a feature', async (_label, code, rule) => {
    expect(await rulesBroken(feature, code)).toEqual([rule]);
  });

  it('keep them out of a feature’s sub-folder too', async () => {
    const code = "import { RoundResultsView } from '../../check-ins/RoundResultsView.tsx';\nexport const x = RoundResultsView;";
    expect(await rulesBroken('renderer/src/features/planner/parts/Example.tsx', code)).toEqual(['features-meet-through-index']);
  });

  it('let a feature use the repositories, a repository’s types, another feature’s index and the routes', async () => {
    const code = [
      "import { sessions } from '../../data/app-database.ts';",
      "import type { DeletedSession } from '../../data/session-repository.ts';",
      "import { RoundResultsView } from '../check-ins/index.ts';",
      "import { routes } from '../../navigation/routes.ts';",
      'export const x = [sessions, RoundResultsView, routes];',
      'export type Y = DeletedSession;',
    ].join('\n');
    expect(await rulesBroken(feature, code)).toEqual([]);
  });

  it('keep the data layer below everything, and the shared folders below the features and the shell', async () => {
    expect(
      await rulesBroken('renderer/src/data/example.ts', "import { routes } from '../navigation/routes.ts';\nexport const x = routes;"),
    ).toEqual(['data-below-everything']);
    expect(
      await rulesBroken(
        'renderer/src/run-engine/example.ts',
        "import { RoundResultsView } from '../features/check-ins/index.ts';\nexport const x = RoundResultsView;",
      ),
    ).toEqual(['shared-below-features']);
    expect(await rulesBroken('renderer/src/ui/example.ts', "import { App } from '../app/App.tsx';\nexport const x = App;")).toEqual([
      'shared-below-features',
    ]);
    expect(
      await rulesBroken(
        'renderer/src/autosave/example.ts',
        "import { CommonGroundDatabase } from '../data/database.ts';\nexport const x = CommonGroundDatabase;",
      ),
    ).toEqual(['database-stays-in-data']);
  });

  it('keep components and hooks out of the data layer, and the database object inside it (ESLint)', async () => {
    expect(
      await boundaryErrors('renderer/src/data/example.ts', "import { useState } from 'react';\nexport const x = useState;"),
    ).toHaveLength(1);
    expect(await boundaryErrors('renderer/src/data/Example.tsx', 'export const x = 1;')).toHaveLength(1);
    expect(await boundaryErrors('renderer/src/data/app-database.ts', 'export const appDatabase = 1;')).toHaveLength(1);
    expect(await boundaryErrors('renderer/src/data/app-database.ts', 'const appDatabase = 1;\nexport { appDatabase };')).toHaveLength(1);
  });
});
