import { describe, expect, it } from 'vitest';
import { findChromium, type BrowserPlaces } from '../../support/chromium.ts';

const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine on which only the given files are executable. */
function machine(executables: string[], places: Partial<BrowserPlaces> = {}): BrowserPlaces {
  return {
    chromiumPath: undefined,
    playwrightChromium: PLAYWRIGHT,
    pathDirectories: ['/home/me/bin', '/usr/local/bin', '/usr/bin'],
    isExecutableFile: (file) => executables.includes(file),
    ...places,
  };
}

describe('finding a browser for the end-to-end tests', () => {
  it('takes CHROMIUM_PATH first, when it is set and is a program', () => {
    expect(findChromium(machine(['/opt/chrome/chrome', PLAYWRIGHT, '/usr/bin/chromium'], { chromiumPath: '/opt/chrome/chrome' }))).toEqual({
      found: true,
      path: '/opt/chrome/chrome',
      from: 'CHROMIUM_PATH',
    });
  });

  it('says so when CHROMIUM_PATH is set to something that is not there, rather than quietly using another browser', () => {
    const search = findChromium(machine([PLAYWRIGHT, '/usr/bin/chromium'], { chromiumPath: '/nonexistent' }));
    expect(search).toEqual({ found: false, problem: expect.stringContaining('CHROMIUM_PATH is set to /nonexistent') });
  });

  it('then Playwright’s own Chromium, where it has been installed', () => {
    expect(findChromium(machine([PLAYWRIGHT, '/usr/bin/chromium']))).toMatchObject({ found: true, path: PLAYWRIGHT });
  });

  it('then the system’s Chromium or Chrome on PATH, in PATH order', () => {
    expect(findChromium(machine(['/usr/bin/chromium', '/usr/local/bin/chromium']))).toMatchObject({
      found: true,
      path: '/usr/local/bin/chromium',
    });
    expect(findChromium(machine(['/usr/bin/chromium-browser']))).toMatchObject({ found: true, path: '/usr/bin/chromium-browser' });
    expect(findChromium(machine(['/home/me/bin/google-chrome']))).toMatchObject({ found: true, path: '/home/me/bin/google-chrome' });
    expect(findChromium(machine(['/usr/bin/google-chrome-stable']))).toMatchObject({ found: true, path: '/usr/bin/google-chrome-stable' });
  });

  it('then where the packages install it, for a PATH that leaves it out', () => {
    expect(findChromium(machine(['/usr/bin/chromium'], { pathDirectories: ['/usr/local/bin'] }))).toMatchObject({
      found: true,
      path: '/usr/bin/chromium',
    });
    expect(findChromium(machine(['/snap/bin/chromium'], { pathDirectories: [] }))).toMatchObject({
      found: true,
      path: '/snap/bin/chromium',
    });
  });

  it('ignores Playwright’s path when its browser is not installed, and a platform with no build of it', () => {
    expect(findChromium(machine(['/usr/bin/chromium']))).toMatchObject({ found: true, path: '/usr/bin/chromium' });
    expect(findChromium(machine(['/usr/bin/chromium'], { playwrightChromium: undefined }))).toMatchObject({ path: '/usr/bin/chromium' });
  });

  it('with no browser anywhere, says in one sentence how to get one', () => {
    const search = findChromium(machine([]));
    expect(search.found).toBe(false);
    const problem = search.found ? '' : search.problem;
    expect(problem).toMatch(
      /^The end-to-end tests need Chromium and none was found: .*apt-get install -y chromium.*npx playwright install chromium.*CHROMIUM_PATH.*\.$/,
    );
    // One sentence: one full stop, at the end.
    expect(problem.match(/\.(\s|$)/g)).toHaveLength(1);
  });
});
