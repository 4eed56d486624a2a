// npm run web [-- --port 4173 --no-build]
// Builds the renderer and serves it on localhost for any browser: the same
// React app and the same IndexedDB as the desktop shell, without Electron.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'vite';
import { SECURITY_HEADERS } from '../electron/main/content-security-policy.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' }, 'no-build': { type: 'boolean', default: false } } });
const projectRoot = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

if (!values['no-build']) {
  const cli = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js');
  const build = spawnSync(process.execPath, [cli, 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await preview({
  root: path.join(projectRoot, 'renderer'),
  configFile: false,
  logLevel: 'warn',
  build: { outDir: path.join(projectRoot, 'out/renderer') },
  // Loopback only: the app holds sensitive notes and is not for the network.
  preview: {
    host: '127.0.0.1',
    port: Number(values.port),
    strictPort: true,
    open: false,
    headers: { ...SECURITY_HEADERS, 'Referrer-Policy': 'no-referrer' },
  },
});

const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${values.port}/`;
console.log(`Common Ground is running at ${url} — open it in any browser. Press Ctrl+C to stop.`);
