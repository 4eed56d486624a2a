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
