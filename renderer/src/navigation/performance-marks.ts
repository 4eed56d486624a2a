// Names of the performance marks the app sets; `npm run bench` reads them.

/** The library list can be used. */
export const LIBRARY_READY_MARK = 'common-ground:library-ready';
/** The sessions screen shows its sessions. */
export const SESSIONS_READY_MARK = 'common-ground:sessions-ready';
/** The planner shows a session (detail: the session id). */
export const PLANNER_READY_MARK = 'common-ground:planner-ready';
/** From a keystroke to the IndexedDB commit that contains it. */
export const AUTOSAVE_COMMIT_MEASURE = 'common-ground:autosave-commit';
/** The session summary is on screen, ready to print (detail: the session id). */
export const SUMMARY_READY_MARK = 'common-ground:summary-ready';
/** The vault has been unlocked: its keys are open and the screens behind it start to mount. */
export const VAULT_UNLOCKED_MARK = 'common-ground:vault-unlocked';

/**
 * Resolves once `mark` is set and the frame after it has had its turn: for
 * code a screen can do without at first (the facilitator's own exercises
 * under the library's list), so fetching and compiling it never competes
 * with the screen's first paint. A hidden window paints no frames, so a
 * second at most.
 */
export function afterMarkPainted(mark: string): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 1000);
    const painted = () =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(fallback);
          resolve();
        }, 0),
      );
    if (performance.getEntriesByName(mark).length > 0) return painted();
    const observer = new PerformanceObserver(() => {
      if (performance.getEntriesByName(mark).length === 0) return;
      observer.disconnect();
      painted();
    });
    observer.observe({ type: 'mark' });
  });
}
