// Renders build/icon.svg to build/icon.png (1024 × 1024, transparent corners), the one bitmap
// electron-builder needs: it makes the macOS .icns, the Windows .ico and the Linux sizes from it.
// Run after editing the SVG: npx tsx scripts/render-icon.ts (CHROMIUM_PATH, or Debian's Chromium).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const buildDirectory = path.resolve(import.meta.dirname, '../build');
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
  const svg = readFileSync(path.join(buildDirectory, 'icon.svg'), 'utf8');
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
  await page.screenshot({ path: path.join(buildDirectory, 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
