// npm run bench — performance figures, measured in one run:
//  1. navigation → interactive library screen, production renderer, against
//     a bare React page built the same way (ratio of medians; target ≤ 1.5);
//  2. gzipped size of the JavaScript the library needs at first load (target < 200 kB).
// Later issues add their cases here.
import react from '@vitejs/plugin-react';
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';
import { LIBRARY_READY_MARK } from '../../renderer/src/features/library/library-ready-mark.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromiumInstalled } from '../support/chromium.ts';
import { PROJECT_ROOT } from '../support/run-command.ts';

const RUNS = 11;
const TARGET_RATIO = 1.5;
const TARGET_INITIAL_JS_BYTES = 200 * 1024;

const appDir = path.join(PROJECT_ROOT, 'out/renderer');
const bareDir = path.join(PROJECT_ROOT, 'out/bench/bare-react');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function buildBoth(): Promise<void> {
  const cli = path.join(PROJECT_ROOT, 'node_modules/electron-vite/bin/electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('electron-vite build failed');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: path.join(PROJECT_ROOT, 'tests/bench/bare-react'),
    plugins: [react()],
    build: { outDir: bareDir, emptyOutDir: true, minify: true },
  });
}

async function serve(outDir: string, port: number): Promise<PreviewServer> {
  return preview({ configFile: false, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
}

/** The gzipped bytes of every script the page loads before it can run: entry and module preloads. */
async function initialJavaScriptBytes(outDir: string): Promise<number> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/<script[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
  let total = 0;
  for (const url of urls) total += gzipSync(await readFile(path.join(outDir, url.replace(/^\.?\//, '')))).byteLength;
  return total;
}

async function main(): Promise<void> {
  assertChromiumInstalled();
  await buildBoth();
  const [appServer, bareServer] = await Promise.all([serve(appDir, 4391), serve(bareDir, 4392)]);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

  const targets = [
    { name: 'library', url: 'http://127.0.0.1:4391/#/library', mark: LIBRARY_READY_MARK, times: [] as number[] },
    { name: 'bare React', url: 'http://127.0.0.1:4392/', mark: 'bare-react:ready', times: [] as number[] },
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
    await browser.close();
    await Promise.all([appServer.close(), bareServer.close()]);
  }

  const [library, bare] = targets.map((target) => median(target.times)) as [number, number];
  const ratio = library / bare;
  const appBytes = await initialJavaScriptBytes(appDir);
  const bareBytes = await initialJavaScriptBytes(bareDir);

  const results = {
    runs: RUNS,
    libraryInteractiveMs: Number(library.toFixed(1)),
    bareReactInteractiveMs: Number(bare.toFixed(1)),
    ratio: Number(ratio.toFixed(2)),
    initialJavaScriptGzipBytes: appBytes,
    bareReactJavaScriptGzipBytes: bareBytes,
  };
  await mkdir(path.join(PROJECT_ROOT, 'bench-results'), { recursive: true });
  await writeFile(path.join(PROJECT_ROOT, 'bench-results/library.json'), `${JSON.stringify(results, null, 2)}\n`);

  const ratioOk = ratio <= TARGET_RATIO;
  const sizeOk = appBytes < TARGET_INITIAL_JS_BYTES;
  console.log(`\nLibrary screen benchmark (median of ${RUNS} runs, Chromium, fresh context each)`);
  console.log(`  navigation → interactive library   ${library.toFixed(1)} ms`);
  console.log(`  navigation → bare React page       ${bare.toFixed(1)} ms`);
  console.log(`  ratio                              ${ratio.toFixed(2)}×  (target ≤ ${TARGET_RATIO}×)  ${ratioOk ? 'PASS' : 'FAIL'}`);
  console.log(
    `  initial JavaScript, gzipped        ${(appBytes / 1024).toFixed(1)} kB  (target < 200 kB; bare React ${(bareBytes / 1024).toFixed(1)} kB)  ${sizeOk ? 'PASS' : 'FAIL'}`,
  );
  if (!ratioOk || !sizeOk) process.exitCode = 1;
}

await main();
