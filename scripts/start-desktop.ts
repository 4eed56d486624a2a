// npm start: build and open the desktop app. npm run dev: the same with hot reload.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildPhonePage } from './build-phone-page.ts';
import { RUNTIME_MISSING_SENTENCE, fetchElectronBinary, findElectronBinary } from './electron-runtime.ts';

const require = createRequire(import.meta.url);
const development = process.argv.includes('--dev');

if (!findElectronBinary() && !fetchElectronBinary()) {
  console.error(RUNTIME_MISSING_SENTENCE);
  process.exit(1);
}

// The phone page the app serves to phones in a round is a build of its own; then `preview` builds
// the rest and opens the production build in Electron (`dev`, with hot reload).
if (!buildPhonePage()) process.exit(1);
const electronViteDir = path.dirname(require.resolve('electron-vite/package.json'));
const child = spawn(process.execPath, [path.join(electronViteDir, 'bin/electron-vite.js'), development ? 'dev' : 'preview'], {
  stdio: 'inherit',
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
