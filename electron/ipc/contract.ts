// The one contract between the renderer and the Electron host. The preload
// object `satisfies` HostBridge and the main process registers a handler for
// every channel, so a change here fails to compile on both sides until both
// are updated. Types only (a lint rule holds it to that), so nothing of the
// host can reach the renderer's code through it; the few names both sides
// must agree on at run time are in names.ts.

export type HostPlatform = 'windows' | 'macos' | 'linux' | 'other';

export interface AppInfo {
  name: string;
  version: string;
  platform: HostPlatform;
  /** "desktop" inside Electron, "browser" in web mode. */
  shell: 'desktop' | 'browser';
}

export interface SaveTextFileRequest {
  /** A file name to suggest, e.g. "common-ground-backup-2026-11-29.json". */
  suggestedName: string;
  content: string;
  /** What kind of file, for the save dialog's filter: a plain backup is JSON, a passphrase-protected one has its own extension. */
  kind: 'json' | 'encrypted-backup' | 'markdown';
}

/** Files shared between facilitators, several in one: a ZIP archive of Markdown files. */
export interface SaveArchiveRequest {
  /** A file name to suggest, e.g. "our-evening.zip". */
  suggestedName: string;
  bytes: Uint8Array;
}

import type { PaperSize } from '../../domain/summary/summary-choices.ts';

export type SaveOutcome = 'saved' | 'cancelled';

export type { PaperSize } from '../../domain/summary/summary-choices.ts';

export interface SavePdfRequest {
  /** A file name to suggest, e.g. "Coalition evening.pdf". */
  suggestedName: string;
  paper: PaperSize;
}

import type { PhoneInstrument } from '../../domain/check-ins/phone-round.ts';
import type { Tally } from '../../domain/check-ins/tally.ts';
import type { ParticipantLanguage } from '../../domain/sessions/session-vocabulary.ts';

/** A network address of this computer that phones in the room could reach. */
export interface PhoneRoundAddress {
  /** The interface's name, e.g. "wlan0" or "Wi-Fi". */
  name: string;
  address: string;
}

export interface StartPhoneRoundRequest {
  /** The language the session is shown to its participants in: the answer page speaks it. */
  language: ParticipantLanguage;
  /** In that language where they are translated. */
  instruments: PhoneInstrument[];
  /** One of the addresses `phoneRoundAddresses` gave. */
  address: string;
}

export type StartPhoneRoundResult =
  | { ok: true; url: string; /** Held by the opener: only it can read the count or stop the round. */ key: string }
  /** Why not; the app words it by `reason`, in its own language (checkIns catalog, phones.notStarted). */
  | { ok: false; reason: 'unsupported' | 'no-network' | 'invalid' | 'busy' | 'failed' };

/** What a phone round hands the app when it closes: counts, never answers. */
export interface PhoneRoundCounts {
  tallies: Record<string, Tally>;
  changeRequests: number;
  answered: number;
}

/** The languages the facilitator can choose for the app (renderer/src/i18n/languages.ts), and the pseudo-language for testing layouts. */
export type HostUiLanguage = 'en' | 'es' | 'en-XA';

/** Why the desktop app asks the page to lock: the OS locked the screen, or the machine is going to sleep. */
export type LockReason = 'os-lock' | 'sleep';

/**
 * The bridge's methods on which the host speaks first: the main process sends
 * on their channels and answers nothing there, so a page cannot call them.
 */
export type HostEventMethod = 'onLockRequested';

export interface HostBridge {
  getAppInfo(): Promise<AppInfo>;
  /** Asks the user, then opens the link in the system browser. Resolves true if it was opened. */
  openExternalLink(url: string): Promise<boolean>;
  /** Lets the user choose where to save a file (desktop) or downloads it (browser). */
  saveTextFile(request: SaveTextFileRequest): Promise<SaveOutcome>;
  /** The same for an archive of shared files (bytes, not text). */
  saveArchive(request: SaveArchiveRequest): Promise<SaveOutcome>;
  /** Opens the participant-facing display for a session: a second window, on a second screen when there is one. */
  openParticipantDisplay(sessionId: string): Promise<void>;
  /** Prints the page on screen through the system's print dialog. */
  printPage(): Promise<void>;
  /** Saves the page on screen as a PDF where the user chooses (desktop); the browser answers "unsupported" and the page offers print instead. */
  savePdf(request: SavePdfRequest): Promise<SaveOutcome | 'unsupported'>;
  /** Puts plain text on the clipboard. */
  copyText(text: string): Promise<void>;
  /** Where a round on phones could listen, or "unsupported" where phones cannot reach the app (a browser tab). */
  phoneRoundAddresses(): Promise<PhoneRoundAddress[] | 'unsupported'>;
  /** Starts serving the answer page for one round, on one address; refused ("busy") while another round is served. */
  startPhoneRound(request: StartPhoneRoundRequest): Promise<StartPhoneRoundResult>;
  /** How many phones have answered the round this key opened; null for any other key. */
  phoneRoundAnswered(key: string): Promise<number | null>;
  /** Stops serving the round this key opened and hands over its counts, once; null for any other key. */
  stopPhoneRound(key: string): Promise<PhoneRoundCounts | null>;
  /**
   * After the page has deleted its own storage: the desktop app relaunches and
   * removes the profile's storage folders before any window opens; a browser
   * can do no more than the page did.
   */
  wipeProfile(): Promise<'relaunching' | 'done'>;
  /**
   * With the vault just turned on, the desktop app keeps the page's sealed
   * database (every row as stored: nothing readable), wipes the profile's
   * storage folders on a relaunch, so the files that held readable copies
   * from before are gone, and hands the rows back to the next start. A
   * browser cannot ("unavailable").
   */
  rehomeVault(sealedDatabase: string): Promise<'relaunching' | 'unavailable'>;
  /** The sealed database carried across the relaunch, if one waits to be written back; null otherwise (always, in a browser). */
  takeCarriedVault(): Promise<string | null>;
  /** The carried database has been written back: its file is removed. */
  carriedVaultWritten(): Promise<void>;
  /**
   * Calls the listener when the OS locks the screen or the machine goes to
   * sleep, so the page can lock what it shows. Desktop only, and only in the
   * facilitator's windows, never the participant display; a browser tab cannot
   * see either and never calls it. Returns a function that stops the calls.
   */
  onLockRequested(listener: (reason: LockReason) => void): () => void;
  /**
   * Tells the host the facilitator's language, at start and on every change:
   * the desktop app rebuilds its menu in it and speaks it in its own dialogs.
   * A browser has neither, and does nothing.
   */
  setUiLanguage(language: HostUiLanguage): Promise<void>;
}
