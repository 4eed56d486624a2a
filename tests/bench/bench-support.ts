import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
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
}

export function serve(outDir: string, port: number): Promise<PreviewServer> {
  return preview({ configFile: false, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
}

export interface Figure {
  name: string;
  value: string;
  target: string;
  pass: boolean;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
