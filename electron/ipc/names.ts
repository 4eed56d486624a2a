import type { HostBridge } from './contract.ts';

// The names the renderer, the preload and the main process must agree on at
// run time: plain constants, importing nothing but the contract's types.

export const IPC_CHANNELS = {
  getAppInfo: 'common-ground:get-app-info',
  openExternalLink: 'common-ground:open-external-link',
  saveTextFile: 'common-ground:save-text-file',
  openParticipantDisplay: 'common-ground:open-participant-display',
  printPage: 'common-ground:print-page',
  savePdf: 'common-ground:save-pdf',
  copyText: 'common-ground:copy-text',
  phoneRoundAddresses: 'common-ground:phone-round-addresses',
  startPhoneRound: 'common-ground:start-phone-round',
  phoneRoundAnswered: 'common-ground:phone-round-answered',
  stopPhoneRound: 'common-ground:stop-phone-round',
  wipeProfile: 'common-ground:wipe-profile',
} as const satisfies Record<keyof HostBridge, string>;

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
