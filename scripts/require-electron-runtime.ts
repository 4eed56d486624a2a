// The release workflow's guard: the desktop-shell tests skip where the Electron runtime is missing,
// which is right on a machine that cannot download it, but on the hosted runners it would hide them.
// So there the runtime must be present before `npm test` runs, or the workflow stops here.
import { RUNTIME_MISSING_SENTENCE, fetchElectronBinary, findElectronBinary } from './electron-runtime.ts';

const binary = findElectronBinary() ?? fetchElectronBinary();
if (binary === null) {
  console.error(RUNTIME_MISSING_SENTENCE);
  process.exit(1);
}
console.log(`Electron runtime: ${binary}`);
