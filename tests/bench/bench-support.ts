import type { Browser, BrowserContext, Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { preview } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/content-security-policy.ts';
import { buildPhonePage } from '../../scripts/build-phone-page.ts';
import { PROJECT_ROOT } from '../support/run-command.ts';

export const APP_DIR = path.join(PROJECT_ROOT, 'out/renderer');

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function buildApp(): void {
  const cli = path.join(PROJECT_ROOT, 'node_modules/electron-vite/bin/electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('electron-vite build failed');
  if (!buildPhonePage()) throw new Error('The phone page build failed');
}

export interface StaticServer {
  /** Where the server listens, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built page on loopback the way `npm run web` does (Vite's preview
 * server: gzip on the fly, the same security headers), on a port the system
 * picks, so that benchmarks never collide with other checkouts' servers.
 */
export async function serve(outDir: string): Promise<StaticServer> {
  const server = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: {
      host: '127.0.0.1',
      port: 0,
      open: false,
      headers: {
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      },
    },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`The preview server for ${outDir} did not say where it listens.`);
  return { url, close: () => server.close() };
}

export interface Figure {
  name: string;
  value: string;
  target: string;
  pass: boolean;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Records to write, store by store, exactly as the app keeps them. */
export type StoreRecords = Record<string, unknown[]>;

export function emptyStores(...names: string[]): StoreRecords {
  return Object.fromEntries(names.map((name) => [name, []]));
}

/** Writes records straight into the app's database, in one transaction, as the app would have stored them. */
export async function putRecords(page: Page, stores: StoreRecords): Promise<void> {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('common-ground');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(records), 'readwrite');
      for (const [store, rows] of Object.entries(records)) for (const row of rows) tx.objectStore(store).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, stores);
}

/** The vault's first-run choice, made as "Not now": benchmarks measure the app as someone without a vault meets it every day. */
export async function withoutVault(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    if (localStorage.getItem('common-ground:vault') === null) localStorage.setItem('common-ground:vault', 'off');
  });
}

/** One benchmark against the built app on a free port, in a fresh 1280×800 context, closed afterwards whatever happens. */
export async function withAppPage<T>(browser: Browser, run: (page: Page, context: BrowserContext, base: string) => Promise<T>): Promise<T> {
  const server = await serve(APP_DIR);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await withoutVault(context);
  try {
    return await run(await context.newPage(), context, server.url);
  } finally {
    await context.close();
    await server.close();
  }
}
