import react from '@vitejs/plugin-react';
import type { Browser } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { LIBRARY_READY_MARK } from '../../renderer/src/navigation/performance-marks.ts';
import { PROJECT_ROOT } from '../support/run-command.ts';
import { APP_DIR, median, ms, serve, type Figure } from './bench-support.ts';

const RUNS = 21;
const BARE_DIR = path.join(PROJECT_ROOT, 'out/bench/bare-react');

/** The gzipped bytes of every script the page loads before it can run: entry and module preloads. */
async function initialJavaScriptBytes(outDir: string): Promise<number> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/<script[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
  let total = 0;
  for (const url of urls) total += gzipSync(await readFile(path.join(outDir, url.replace(/^\.?\//, '')))).byteLength;
  return total;
}

/** Navigation → interactive library, against a bare React page built the same way; initial JS size. */
export async function benchLibrary(browser: Browser): Promise<Figure[]> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: path.join(PROJECT_ROOT, 'tests/bench/bare-react'),
    plugins: [react()],
    build: { outDir: BARE_DIR, emptyOutDir: true, minify: true },
  });
  const [appServer, bareServer] = await Promise.all([serve(APP_DIR, 4391), serve(BARE_DIR, 4392)]);
  const targets = [
    { url: 'http://127.0.0.1:4391/#/library', mark: LIBRARY_READY_MARK, times: [] as number[] },
    { url: 'http://127.0.0.1:4392/', mark: 'bare-react:ready', times: [] as number[] },
  ];
  try {
    // Alternate the two pages so that machine noise falls on both alike;
    // every load is in a fresh context, so nothing comes from cache.
    for (let run = 0; run < RUNS; run++) {
      for (const target of run % 2 ? [...targets].reverse() : targets) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(target.url);
        await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, target.mark);
        target.times.push(await page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, target.mark));
        await context.close();
      }
    }
  } finally {
    await Promise.all([appServer.close(), bareServer.close()]);
  }
  const [library, bare] = targets.map((target) => median(target.times)) as [number, number];
  const appBytes = await initialJavaScriptBytes(APP_DIR);
  return [
    { name: 'navigation → interactive library', value: ms(library), target: `bare React page ${ms(bare)}`, pass: true },
    { name: 'library ÷ bare React', value: `${(library / bare).toFixed(2)}×`, target: '≤ 1.5×', pass: library / bare <= 1.5 },
    { name: 'initial JavaScript, gzipped', value: `${(appBytes / 1024).toFixed(1)} kB`, target: '< 200 kB', pass: appBytes < 200 * 1024 },
  ];
}
