// npm run bench — performance figures, each against its target, in one run.
// Medians (or p95 where stated) in Debian's Chromium against the production build.
// `npm run bench -- library run` runs only the groups named (library, sessions, run, summary, phones, vault).
import { chromium } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromiumInstalled } from '../support/chromium.ts';
import { PROJECT_ROOT } from '../support/run-command.ts';
import { buildApp, type Figure } from './bench-support.ts';
import { benchLibrary } from './library-bench.ts';
import { benchPhoneRound } from './phone-round-bench.ts';
import { benchRunMode } from './run-mode-bench.ts';
import { benchSessions } from './sessions-bench.ts';
import { benchSummary } from './summary-bench.ts';
import { benchVault } from './vault-bench.ts';

const groups = [
  { key: 'library', title: 'Library', bench: benchLibrary },
  { key: 'sessions', title: 'Sessions and autosave', bench: benchSessions },
  { key: 'run', title: 'Run mode', bench: benchRunMode },
  { key: 'summary', title: 'Summary', bench: benchSummary },
  { key: 'phones', title: 'Phones on the room’s network', bench: benchPhoneRound },
  { key: 'vault', title: 'The vault', bench: benchVault },
];
const chosen = process.argv.slice(2);
const unknown = chosen.filter((key) => !groups.some((group) => group.key === key));
if (unknown.length > 0) throw new Error(`No benchmark group ${unknown.join(', ')}; the groups are ${groups.map((g) => g.key).join(', ')}.`);
assertChromiumInstalled();
buildApp();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const figures: Record<string, Figure[]> = {};
try {
  for (const group of groups) if (chosen.length === 0 || chosen.includes(group.key)) figures[group.title] = await group.bench(browser);
} finally {
  await browser.close();
}

await mkdir(path.join(PROJECT_ROOT, 'bench-results'), { recursive: true });
await writeFile(path.join(PROJECT_ROOT, 'bench-results/bench.json'), `${JSON.stringify(figures, null, 2)}\n`);

let failed = 0;
for (const [group, list] of Object.entries(figures)) {
  console.log(`\n${group}`);
  for (const figure of list) {
    if (!figure.pass) failed++;
    console.log(`  ${figure.name.padEnd(64)} ${figure.value.padStart(10)}   target ${figure.target}   ${figure.pass ? 'PASS' : 'FAIL'}`);
  }
}
if (failed > 0) process.exitCode = 1;
