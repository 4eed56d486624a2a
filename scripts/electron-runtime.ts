import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// Electron 42 and later install without their binary and fetch it on first
// use. Asking for it by `require('electron')` would download and then throw
// with a stack trace when offline, so this module looks for the binary
// itself and runs Electron's own installer only when asked to.

const require = createRequire(import.meta.url);

function electronPackageDir(): string {
  return path.dirname(require.resolve('electron/package.json'));
}

/** The path of the installed Electron executable, or null if it is not there. */
export function findElectronBinary(): string | null {
  const packageDir = electronPackageDir();
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/**
 * Runs Electron's installer, quietly. Returns the binary's path, or null if
 * it could not be fetched (offline, blocked, or the download server refused).
 */
export function fetchElectronBinary(): string | null {
  const installer = path.join(electronPackageDir(), 'install.js');
  const result = spawnSync(process.execPath, [installer], { stdio: 'pipe', timeout: 10 * 60 * 1000 });
  if (result.status !== 0) return null;
  return findElectronBinary();
}

export const RUNTIME_MISSING_SENTENCE =
  'Common Ground cannot open as a desktop app here because the Electron runtime is not installed and could not be downloaded; run "npm run web" to use the same app in your browser.';

export const PACKAGE_RUNTIME_MISSING_SENTENCE =
  'Common Ground cannot be packaged here because the Electron runtime is not installed and could not be downloaded; package on a machine that can reach Electron’s downloads, as the release workflow (.github/workflows/release.yml) does.';
