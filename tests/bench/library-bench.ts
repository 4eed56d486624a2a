import react from '@vitejs/plugin-react';
import type { Browser, Response } from '@playwright/test';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { LIBRARY_READY_MARK } from '../../renderer/src/navigation/performance-marks.ts';
import { PROJECT_ROOT } from '../support/run-command.ts';
import { APP_DIR, median, ms, serve, withoutVault, type Figure } from './bench-support.ts';

const RUNS = 21;
const BARE_DIR = path.join(PROJECT_ROOT, 'out/bench/bare-react');
const BARE_READY_MARK = 'bare-react:ready';
const MEASURED = 'bench:measured';

interface Load {
  /** The page's ready mark, set in a layout effect: its first screen is committed, not yet painted. */
  ready: number;
  /** The end of the main-thread frame that first painted content (Paint Timing's `paintTime`). */
  painted: number;
}

/**
 * One navigation in a fresh context (nothing from cache), measured from
 * inside the page: an init script watches for the ready mark and the first
 * contentful paint and logs once it has both. The bench runs nothing in the
 * page until then; polling from outside (waitForFunction) would compile
 * Playwright's injected script on the page's main thread mid-measure.
 */
async function loadOnce(browser: Browser, url: string, mark: string): Promise<Load> {
  const context = await browser.newContext();
  try {
    await withoutVault(context);
    await context.addInitScript(
      ({ readyMark, measured }) => {
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        const waiting = new Set([readyMark, 'first-contentful-paint']);
        for (const type of ['mark', 'paint']) {
          new PerformanceObserver((list) => {
            if (waiting.size === 0) return;
            for (const entry of list.getEntries()) waiting.delete(entry.name);
            if (waiting.size === 0) console.debug(measured);
          }).observe({ type, buffered: true });
        }
      },
      { readyMark: mark, measured: MEASURED },
    );
    const page = await context.newPage();
    const measured = page.waitForEvent('console', (message) => message.text() === MEASURED);
    await page.goto(url, { waitUntil: 'commit' });
    await measured;
    return await page.evaluate((readyMark) => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0] as PerformanceEntry & { paintTime?: number };
      return { ready: performance.getEntriesByName(readyMark)[0]!.startTime, painted: paint.paintTime ?? paint.startTime };
    }, mark);
  } finally {
    await context.close();
  }
}

/**
 * Interactive and on screen: the later of the ready mark and the first paint
 * of content. Both pages set their mark when the screen is committed, so this
 * is the end of the frame that paints it. (A page that painted content before
 * its ready screen would end at its mark instead, a frame early.)
 */
const shown = (load: Load) => Math.max(load.ready, load.painted);

interface InitialJavaScript {
  bytes: number;
  files: number;
  /** Whether the figure is the gzip body the server sent, or gzip computed here for a script sent uncompressed. */
  gzip: 'as served' | 'computed';
}

/**
 * Every script the page fetched before its ready mark, as seen on the
 * network: entry, module preloads and any chunk loaded on the way, gzipped.
 */
async function initialJavaScript(browser: Browser, url: string, mark: string): Promise<InitialJavaScript> {
  const context = await browser.newContext();
  try {
    await withoutVault(context);
    const page = await context.newPage();
    const responses = new Map<string, Response>();
    page.on('response', (response) => responses.set(response.url(), response));
    await page.goto(url);
    await page.waitForFunction((readyMark) => performance.getEntriesByName(readyMark).length > 0, mark);
    const fetched = await page.evaluate((readyMark) => {
      const readyAt = performance.getEntriesByName(readyMark)[0]!.startTime;
      return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.startTime < readyAt)
        .map((entry) => ({ url: entry.name, encodedBodySize: entry.encodedBodySize }));
    }, mark);
    const result: InitialJavaScript = { bytes: 0, files: 0, gzip: 'as served' };
    for (const resource of fetched) {
      const response = responses.get(resource.url);
      if (!response) throw new Error(`No response seen for ${resource.url}`);
      const headers = await response.allHeaders();
      if (!/javascript/.test(headers['content-type'] ?? '')) continue;
      result.files++;
      if (headers['content-encoding'] === 'gzip') {
        result.bytes += resource.encodedBodySize;
      } else {
        result.bytes += gzipSync(await response.body()).byteLength;
        result.gzip = 'computed';
      }
    }
    return result;
  } finally {
    await context.close();
  }
}

/** Navigation → interactive library, against a bare React page built and served the same way; initial JS size. */
export async function benchLibrary(browser: Browser): Promise<Figure[]> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: path.join(PROJECT_ROOT, 'tests/bench/bare-react'),
    plugins: [react()],
    build: { outDir: BARE_DIR, emptyOutDir: true, minify: true },
  });
  const [appServer, bareServer] = await Promise.all([serve(APP_DIR), serve(BARE_DIR)]);
  const app = { url: `${appServer.url}#/library`, mark: LIBRARY_READY_MARK, loads: [] as Load[] };
  const bare = { url: bareServer.url, mark: BARE_READY_MARK, loads: [] as Load[] };
  let script: InitialJavaScript;
  try {
    // One load of each first, not counted: the browser's and the servers'
    // one-time start-up costs (font configuration, the first renderer, the
    // servers' first responses) would otherwise fall on whichever page went first.
    for (const target of [app, bare]) await loadOnce(browser, target.url, target.mark);
    // Alternate the two pages so that machine noise falls on both alike.
    for (let run = 0; run < RUNS; run++) {
      for (const target of run % 2 ? [bare, app] : [app, bare]) target.loads.push(await loadOnce(browser, target.url, target.mark));
    }
    script = await initialJavaScript(browser, app.url, app.mark);
  } finally {
    await Promise.all([appServer.close(), bareServer.close()]);
  }
  const [library, baseline] = [app, bare].map((target) => median(target.loads.map(shown))) as [number, number];
  const [libraryReady, baselineReady] = [app, bare].map((target) => median(target.loads.map((load) => load.ready))) as [number, number];
  return [
    { name: 'navigation → library interactive and painted', value: ms(library), target: `bare React page ${ms(baseline)}`, pass: true },
    { name: 'library ÷ bare React', value: `${(library / baseline).toFixed(3)}×`, target: '≤ 1.4×', pass: library / baseline <= 1.4 },
    {
      name: 'library ÷ bare React, to the commit marks (information)',
      value: `${(libraryReady / baselineReady).toFixed(3)}×`,
      target: `${ms(libraryReady)} / ${ms(baselineReady)}`,
      pass: true,
    },
    {
      name: `JS fetched before library interactive (${script.files} files, gzip ${script.gzip})`,
      value: `${(script.bytes / 1024).toFixed(1)} kB`,
      target: '< 200 kB',
      pass: script.bytes < 200 * 1024,
    },
  ];
}
