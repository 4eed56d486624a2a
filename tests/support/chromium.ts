import { chromium } from '@playwright/test';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

// The browser the end-to-end tests and the benchmarks drive, found once.
// In order: CHROMIUM_PATH when it is set (a choice made on purpose, so a
// wrong one is reported, not silently replaced); Playwright's own Chromium
// where `npx playwright install chromium` has put it; the system's Chromium
// or Chrome on PATH or where Debian, Ubuntu and Google's packages install it.
// Where there is none, the tests stop before building anything, with one
// sentence saying how to get one (`tests/support/require-chromium.ts`).
//
// To see that sentence on a machine that has a browser, hide it from one
// shell only, in a private mount namespace, and leave CHROMIUM_PATH unset:
//   unshare -m sh -c 'mount --bind /dev/null /usr/bin/chromium && npm run test:e2e'
// (the bind mount puts an empty, non-executable file where the browser was,
// for that shell and nothing else).

/** Where to look, passed in so that the decision can be tested without the machine's files. */
export interface BrowserPlaces {
  /** CHROMIUM_PATH, when set. */
  chromiumPath: string | undefined;
  /** Where Playwright keeps its own Chromium, whether or not it has been installed. */
  playwrightChromium: string | undefined;
  /** The directories on PATH. */
  pathDirectories: readonly string[];
  isExecutableFile: (file: string) => boolean;
}

export type BrowserSearch = { found: true; path: string; from: string } | { found: false; problem: string };

export const SYSTEM_BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;
/** Where packages put it, for a PATH that does not include them. */
export const SYSTEM_BROWSER_FILES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
] as const;

const HOW_TO_GET_ONE =
  'install one with "apt-get install -y chromium" (Debian or Ubuntu) or "npx playwright install chromium", or set CHROMIUM_PATH to a Chromium or Chrome executable';

export function findChromium(places: BrowserPlaces): BrowserSearch {
  if (places.chromiumPath) {
    if (places.isExecutableFile(places.chromiumPath)) return { found: true, path: places.chromiumPath, from: 'CHROMIUM_PATH' };
    return {
      found: false,
      problem: `The end-to-end tests need a browser, but CHROMIUM_PATH is set to ${places.chromiumPath}, which is not a program: point it at a Chromium or Chrome executable, or unset it to use one that is installed.`,
    };
  }
  if (places.playwrightChromium && places.isExecutableFile(places.playwrightChromium)) {
    return { found: true, path: places.playwrightChromium, from: 'Playwright’s own Chromium' };
  }
  for (const name of SYSTEM_BROWSER_NAMES) {
    for (const directory of places.pathDirectories) {
      const candidate = path.join(directory, name);
      if (places.isExecutableFile(candidate)) return { found: true, path: candidate, from: 'the system’s browser, on PATH' };
    }
  }
  for (const file of SYSTEM_BROWSER_FILES) {
    if (places.isExecutableFile(file)) return { found: true, path: file, from: 'the system’s browser' };
  }
  return { found: false, problem: `The end-to-end tests need Chromium and none was found: ${HOW_TO_GET_ONE}.` };
}

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    // No build of Playwright's Chromium for this platform.
    return undefined;
  }
}

export const BROWSER: BrowserSearch = findChromium({
  chromiumPath: process.env['CHROMIUM_PATH'] || undefined,
  playwrightChromium: playwrightChromium(),
  pathDirectories: (process.env['PATH'] ?? '').split(path.delimiter).filter(Boolean),
  isExecutableFile,
});

/** The browser found; empty when there is none, which `assertChromiumInstalled` reports first. */
export const CHROMIUM_PATH: string = BROWSER.found ? BROWSER.path : '';

// With the switches this closed-network machine needs: without the
// background-networking ones Chromium keeps dialling Google's hosts.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function assertChromiumInstalled(): void {
  if (!BROWSER.found) throw new Error(BROWSER.problem);
}
