import { BROWSER } from './chromium.ts';

// The same check once more for `npx playwright test` run on its own: one
// error before any test starts, not the same failure in every test.
export default function requireChromium(): void {
  if (BROWSER.found) return;
  const error = new Error(BROWSER.problem);
  // The sentence is the whole message: a stack trace here would only point at this file.
  error.stack = BROWSER.problem;
  throw error;
}
