import { listPackage, extractFile } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config, { MAIN_PROCESS_PACKAGES } from '../../../electron-builder.config.ts';
import { buildPhonePage } from '../../../scripts/build-phone-page.ts';
import { PROJECT_ROOT } from '../../support/run-command.ts';

// Packs the real build with the real configuration, as `npm run package -- --dir` does, but with a
// stand-in for the Electron binary (which cannot be downloaded here): a file holding the fuse wire
// as Electron's binary does. So the archive's contents and the fuses electron-builder flips are
// checked here; that the packaged app starts is for the release workflow's desktop-shell tests.

const require = createRequire(import.meta.url);
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's defaults, in @electron/fuses' order: run-as-Node, cookie encryption, NODE_OPTIONS,
// inspector arguments, asar integrity, only-from-asar, browser V8 snapshot, file:// privileges.
const DEFAULT_FUSES = '10110001';

let workDirectory: string;
let appDirectory: string;
let archive: string;

function fuseWire(binary: string): string {
  const bytes = readFileSync(binary);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  expect(at).toBeGreaterThan(SENTINEL.length - 1);
  return bytes.subarray(at + 2, at + 2 + bytes[at + 1]!).toString('latin1');
}

// electron-builder makes Linux packages on Linux and macOS; from Windows only inside a container.
describe.skipIf(process.platform === 'win32')('the packaged app (a Linux directory build, with a stand-in Electron binary)', () => {
  beforeAll(async () => {
    const electronVite = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js');
    expect(spawnSync(process.execPath, [electronVite, 'build', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, stdio: 'pipe' }).status).toBe(0);
    expect(buildPhonePage()).toBe(true);

    workDirectory = mkdtempSync(path.join(os.tmpdir(), 'common-ground-package-'));
    // Packed from a copy, so another test that rebuilds out/ (the content check's failing build) cannot change it midway.
    const projectCopy = path.join(workDirectory, 'project');
    for (const part of ['main', 'preload', 'renderer', 'phone'])
      cpSync(path.join(PROJECT_ROOT, 'out', part), path.join(projectCopy, 'out', part), { recursive: true });
    cpSync(path.join(PROJECT_ROOT, 'package.json'), path.join(projectCopy, 'package.json'));
    symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(projectCopy, 'node_modules'), 'junction');
    const electronDist = path.join(workDirectory, 'electron');
    mkdirSync(path.join(electronDist, 'resources'), { recursive: true });
    writeFileSync(
      path.join(electronDist, 'electron'),
      Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from(DEFAULT_FUSES)]),
      {
        mode: 0o755,
      },
    );

    const { build, Platform } = await import('electron-builder');
    await build({
      projectDir: projectCopy,
      targets: Platform.LINUX.createTarget('dir'),
      publish: 'never',
      config: { ...config, electronDist, directories: { ...config.directories, output: path.join(workDirectory, 'release') } },
    });
    appDirectory = path.join(workDirectory, 'release', 'linux-unpacked');
    archive = path.join(appDirectory, 'resources', 'app.asar');
  }, 180_000);

  afterAll(() => {
    if (workDirectory) rmSync(workDirectory, { recursive: true, force: true });
  });

  it('flips the fuses: no run-as-Node, NODE_OPTIONS or inspector; cookie encryption, asar integrity and asar-only on', () => {
    expect(fuseWire(path.join(appDirectory, 'common-ground'))).toBe('01001101');
  });

  it('holds the built app and the main process’s external package only: no sources, tests, content or source maps', () => {
    const entries = listPackage(archive, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
    expect(entries).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/out/main/index.js',
        '/out/preload/index.cjs',
        '/out/renderer/index.html',
        '/out/phone/index.html',
      ]),
    );
    const allowed = new RegExp(
      `^/(package\\.json|out(/(main|preload|renderer|phone)(/.*)?)?|node_modules(/(${MAIN_PROCESS_PACKAGES.join('|')})(/.*)?)?)$`,
    );
    expect(entries.filter((entry) => !allowed.test(entry))).toEqual([]);
    expect(entries.filter((entry) => /\.(ts|cts|mts|tsx|map)$/.test(entry) || /\/(src|tests?)\//.test(entry))).toEqual([]);
  });

  it('carries every package the main bundle imports', () => {
    const main = extractFile(archive, 'out/main/index.js').toString();
    const imported = new Set([...main.matchAll(/\bfrom\s*["']([^"'./][^"']*)["']/g)].map((match) => match[1]!.split('/')[0]!));
    const external = [...imported].filter((name) => name !== 'electron' && !name.startsWith('node:'));
    expect(external.sort()).toEqual([...MAIN_PROCESS_PACKAGES].sort());
    for (const name of external) expect(extractFile(archive, `node_modules/${name}/package.json`).length).toBeGreaterThan(0);
  });

  it('writes no update configuration and keeps no package scripts', () => {
    expect(existsSync(path.join(appDirectory, 'resources', 'app-update.yml'))).toBe(false);
    const packageJson = JSON.parse(extractFile(archive, 'package.json').toString()) as Record<string, unknown>;
    expect(packageJson['main']).toBe('out/main/index.js');
    expect(packageJson).not.toHaveProperty('scripts');
    expect(packageJson).not.toHaveProperty('devDependencies');
  });
});
