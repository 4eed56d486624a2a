import { describe, expect, it } from 'vitest';
import { PACKAGE_RUNTIME_MISSING_SENTENCE, findElectronBinary } from '../../../scripts/electron-runtime.ts';
import { runCommand } from '../../support/run-command.ts';

const binary = findElectronBinary();

describe('npm run package', () => {
  // Where the binary is installed this path cannot be reached; the test is then reported as skipped.
  it.skipIf(binary !== null)(
    'explains in one sentence, without a stack trace and before building, that the desktop runtime is missing',
    () => {
      // A mirror on a closed loopback port makes the download fail at once, as it does with no route to Electron's servers.
      const result = runCommand('npm', ['run', 'package', '--silent'], { env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/' } });
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(PACKAGE_RUNTIME_MISSING_SENTENCE);
      expect(result.stdout.trim()).toBe('');
      expect(PACKAGE_RUNTIME_MISSING_SENTENCE).toMatch(/^Common Ground cannot be packaged here because .*\.$/);
      expect(PACKAGE_RUNTIME_MISSING_SENTENCE).not.toContain('\n');
    },
  );
});
