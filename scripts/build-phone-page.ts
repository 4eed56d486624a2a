import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

// The phone page (renderer/phone/) is its own small Vite build, to out/phone/,
// which the round server reads when a round opens on phones. Every way of
// building or starting the app builds it: npm run build, npm start and npm
// run dev, npm run web, and the bench.

const projectRoot = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

/** Builds the phone page; true if it built. */
export function buildPhonePage(logLevel: 'info' | 'warn' = 'warn'): boolean {
  const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/phone/vite.config.ts', '--logLevel', logLevel], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  return result.status === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(buildPhonePage() ? 0 : 1);
