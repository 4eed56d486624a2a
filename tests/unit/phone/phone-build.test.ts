import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import english from '../../../renderer/src/locales/en/handAround.json' with { type: 'json' };
import { PROJECT_ROOT } from '../../support/run-command.ts';

// The phone page as it is built (renderer/phone/vite.config.ts), into a
// folder of the test's own: what the round server will serve, under its CSP
// (no inline script or style, nothing from elsewhere) and within the budget
// an old phone on a busy Wi-Fi can load quickly.

let outDir = '';
let html = '';
let assets: string[] = [];

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'phone-page-'));
  await build({
    configFile: path.join(PROJECT_ROOT, 'renderer/phone/vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  assets = await readdir(path.join(outDir, 'assets'));
});

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

const read = (name: string) => readFile(path.join(outDir, 'assets', name));

describe('the built phone page', () => {
  it('holds the placeholder the server fills, a viewport, a language and its title', () => {
    expect(html).toContain('<!--round-data-->');
    expect(html).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1"/);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<title>${english.label}</title>`);
  });

  it('loads one script and one style sheet, by relative address, hashed, and nothing inline or from elsewhere', () => {
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^<script type="module" crossorigin src="\.\/assets\/[\w-]+-[\w-]{8}\.js">$/);
    expect(html).toMatch(/<link rel="stylesheet" crossorigin href="\.\/assets\/[\w-]+-[\w-]{8}\.css">/);
    expect(html).not.toMatch(/<style|style=|modulepreload|https?:\/\/|data:/);
    expect(assets.filter((name) => name.endsWith('.js'))).toHaveLength(1);
    expect(assets.filter((name) => name.endsWith('.map'))).toEqual([]);
  });

  it('keeps its JavaScript under 15 kB gzipped, with no validator, framework or markup-from-strings in it', async () => {
    const scripts = await Promise.all(assets.filter((name) => name.endsWith('.js')).map(read));
    const gzipped = scripts.reduce((sum, script) => sum + gzipSync(script).length, 0);
    expect(gzipped).toBeLessThan(15 * 1024);
    const text = scripts.map(String).join('\n');
    expect(text).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|randomUUID|crypto\.subtle/);
    expect(text).not.toMatch(/ZodError|react\.element|__reactFiber/i);
  });

  it('has style sheets that load nothing (no url(), no @import)', async () => {
    const sheets = await Promise.all(assets.filter((name) => name.endsWith('.css')).map(read));
    for (const sheet of sheets) expect(String(sheet)).not.toMatch(/url\(|@import/);
  });
});
