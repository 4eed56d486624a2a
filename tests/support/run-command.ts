import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a project command the way a person would, from the project root. */
export function runCommand(command: string, args: string[], options: SpawnSyncOptions = {}): CommandResult {
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 120_000, ...options });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}
