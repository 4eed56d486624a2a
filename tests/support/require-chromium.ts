// npm run test:e2e runs this first, before the build: with no browser to
// drive, it stops at once with one sentence saying how to get one, instead
// of building and then failing every end-to-end test with the same error.
import { BROWSER } from './chromium.ts';

if (BROWSER.found) {
  console.log(`End-to-end tests drive ${BROWSER.path} (${BROWSER.from}).`);
} else {
  console.error(BROWSER.problem);
  process.exitCode = 1;
}
