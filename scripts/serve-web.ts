// npm run web [-- --port 4173 --no-build]
// Builds the renderer and serves it on localhost for any browser: the same
// React app and the same IndexedDB as the desktop shell, without Electron.
//
// --phone-rounds <host name>: for development and tests, also runs check-in
// rounds on phones, which a browser tab cannot do itself. The round server
// listens on loopback only, and phones are given <host name> (a test maps it
// to 127.0.0.1, so the page is not a secure context, as on a real phone). The
// page reaches this stand-in through a per-launch secret in a meta tag.
import { spawnSync } from 'node:child_process';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { preview, type Plugin } from 'vite';
import { PHONE_ROUNDS_DEV_PATH, PHONE_ROUNDS_SECRET_HEADER, PHONE_ROUNDS_SECRET_META } from '../electron/ipc/names.ts';
import { SECURITY_HEADERS } from '../electron/main/content-security-policy.ts';
import { createPhoneRoundControl } from '../electron/round-server/phone-round-control.ts';
import { buildPhonePage } from './build-phone-page.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4173' },
    'no-build': { type: 'boolean', default: false },
    'phone-rounds': { type: 'string' },
  },
});
const projectRoot = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

if (!values['no-build']) {
  const cli = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js');
  const build = spawnSync(process.execPath, [cli, 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  if (!buildPhonePage()) process.exit(1);
}

/** The phone-round stand-in: loopback only, and only for a page that carries this launch's secret. */
function phoneRoundsPlugin(hostName: string): Plugin {
  const secret = randomBytes(32).toString('base64url');
  const control = createPhoneRoundControl({
    pageDirectory: path.join(projectRoot, 'out/phone'),
    addresses: () => [{ name: 'loopback (development)', address: '127.0.0.1', family: 'IPv4' }],
    hostName,
  });
  const actions: Record<string, (body: unknown) => Promise<unknown>> = {
    addresses: async () => control.addresses(),
    start: (body) => control.start(body),
    answered: async (body) => control.answered((body as { key?: unknown } | null)?.key),
    stop: (body) => control.stop((body as { key?: unknown } | null)?.key),
  };
  return {
    name: 'common-ground:phone-rounds',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = request.url ?? '/';
        if (request.method === 'GET' && (url === '/' || url.startsWith('/index.html') || url.startsWith('/?'))) {
          void readFile(path.join(projectRoot, 'out/renderer/index.html'), 'utf8').then((html) => {
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
            response.end(html.replace('<head>', `<head><meta name="${PHONE_ROUNDS_SECRET_META}" content="${secret}">`));
          }, next);
          return;
        }
        if (!url.startsWith(PHONE_ROUNDS_DEV_PATH)) return next();
        const action = actions[url.slice(PHONE_ROUNDS_DEV_PATH.length)];
        const given = Buffer.from(String(request.headers[PHONE_ROUNDS_SECRET_HEADER.toLowerCase()] ?? ''));
        const expected = Buffer.from(secret);
        const sameSite = request.headers['sec-fetch-site'] === undefined || request.headers['sec-fetch-site'] === 'same-origin';
        if (request.method !== 'POST' || !sameSite || given.length !== expected.length || !timingSafeEqual(given, expected) || !action) {
          response.statusCode = 403;
          response.end();
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        request.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > 64 * 1024) request.destroy();
          else chunks.push(chunk);
        });
        request.on('end', () => {
          void (async () => {
            try {
              const result = await action(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
              response.setHeader('Content-Type', 'application/json');
              response.end(JSON.stringify(result));
            } catch {
              response.statusCode = 400;
              response.end();
            }
          })();
        });
      });
    },
  };
}

const server = await preview({
  root: path.join(projectRoot, 'renderer'),
  configFile: false,
  plugins: values['phone-rounds'] ? [phoneRoundsPlugin(values['phone-rounds'])] : [],
  logLevel: 'warn',
  build: { outDir: path.join(projectRoot, 'out/renderer') },
  // Loopback only: the app holds sensitive notes and is not for the network.
  preview: {
    host: '127.0.0.1',
    port: Number(values.port),
    strictPort: true,
    open: false,
    // No other origin may read the page (and the phone-round secret in it).
    cors: false,
    headers: { ...SECURITY_HEADERS, 'Referrer-Policy': 'no-referrer' },
  },
});

const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${values.port}/`;
console.log(`Common Ground is running at ${url} — open it in any browser. Press Ctrl+C to stop.`);
