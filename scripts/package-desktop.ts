// npm run package: build the app, then package it for this computer's system with electron-builder
// (AppImage and deb on Linux, an NSIS installer on Windows, a dmg on macOS) into out/release.
// `npm run package -- --dir` writes the unpacked app only, which is quicker to inspect.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildPhonePage } from './build-phone-page.ts';
import { PACKAGE_RUNTIME_MISSING_SENTENCE, fetchElectronBinary, findElectronBinary } from './electron-runtime.ts';

const require = createRequire(import.meta.url);
const projectRoot = path.resolve(import.meta.dirname, '..');

// electron-builder packs the same Electron release the npm package installs, from the same download
// cache. Where that runtime cannot be had, say so before building anything, as `npm start` does.
if (!findElectronBinary() && !fetchElectronBinary()) {
  console.error(PACKAGE_RUNTIME_MISSING_SENTENCE);
  process.exit(1);
}

const electronVite = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js');
if (spawnSync(process.execPath, [electronVite, 'build'], { cwd: projectRoot, stdio: 'inherit' }).status !== 0) process.exit(1);
if (!buildPhonePage()) process.exit(1);

const { build } = await import('electron-builder');
const { default: config } = await import('../electron-builder.config.ts');
// Nothing is uploaded from here: the release workflow publishes the files and their checksums itself.
await build({ config, projectDir: projectRoot, publish: 'never', dir: process.argv.includes('--dir') });
