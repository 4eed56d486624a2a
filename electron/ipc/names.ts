import type { HostBridge, HostEventMethod, LockReason } from './contract.ts';

// The names the renderer, the preload and the main process must agree on at
// run time: plain constants, importing nothing but the contract's types.

export const IPC_CHANNELS = {
  getAppInfo: 'common-ground:get-app-info',
  openExternalLink: 'common-ground:open-external-link',
  saveTextFile: 'common-ground:save-text-file',
  saveArchive: 'common-ground:save-archive',
  openParticipantDisplay: 'common-ground:open-participant-display',
  printPage: 'common-ground:print-page',
  savePdf: 'common-ground:save-pdf',
  copyText: 'common-ground:copy-text',
  phoneRoundAddresses: 'common-ground:phone-round-addresses',
  startPhoneRound: 'common-ground:start-phone-round',
  phoneRoundAnswered: 'common-ground:phone-round-answered',
  stopPhoneRound: 'common-ground:stop-phone-round',
  wipeProfile: 'common-ground:wipe-profile',
  rehomeVault: 'common-ground:rehome-vault',
  takeCarriedVault: 'common-ground:take-carried-vault',
  carriedVaultWritten: 'common-ground:carried-vault-written',
  onLockRequested: 'common-ground:lock-requested',
  setUiLanguage: 'common-ground:set-ui-language',
} as const satisfies Record<keyof HostBridge, string>;

// Records rather than lists, so the compiler holds each to its type exactly: a name missing or extra fails to compile.
const HOST_EVENT_METHODS: Record<HostEventMethod, true> = { onLockRequested: true };
const LOCK_REASONS: Record<LockReason, true> = { 'os-lock': true, sleep: true };

/** True for a method on whose channel the main process sends and registers no handler. */
export function isHostEventMethod(name: keyof HostBridge): name is HostEventMethod {
  return Object.hasOwn(HOST_EVENT_METHODS, name);
}

/** The preload passes the page nothing on the lock channel but one of these. */
export function isLockReason(value: unknown): value is LockReason {
  return typeof value === 'string' && Object.hasOwn(LOCK_REASONS, value);
}

/** The largest archive of shared files the host will write: a few hundred exercises. */
export const MAX_SAVED_ARCHIVE_BYTES = 20 * 1024 * 1024;

/** The largest file the host will write for the app. */
export const MAX_SAVED_FILE_CHARACTERS = 60 * 1024 * 1024;

/** Session ids as the app makes them; anything else is refused by the host. */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{1,80}$/;

/** The app route that shows a session's participant display. */
export function participantDisplayRoute(sessionId: string): string {
  return `/display/${sessionId}`;
}

/** Web mode, development and tests only: where the server script answers the phone-round calls, behind a per-launch secret. */
export const PHONE_ROUNDS_DEV_PATH = '/__phone-rounds/';
export const PHONE_ROUNDS_SECRET_HEADER = 'X-Phone-Rounds-Secret';
/** The meta tag through which that server hands the page its secret. */
export const PHONE_ROUNDS_SECRET_META = 'common-ground-phone-rounds';

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'commonGroundHost';
