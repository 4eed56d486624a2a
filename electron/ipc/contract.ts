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
  /** What kind of file, for the save dialog's filter. */
  kind: 'json' | 'markdown';
}

import type { PaperSize } from '../../domain/summary/summary-choices.ts';

export type SaveOutcome = 'saved' | 'cancelled';

export type { PaperSize } from '../../domain/summary/summary-choices.ts';

export interface SavePdfRequest {
  /** A file name to suggest, e.g. "Coalition evening.pdf". */
  suggestedName: string;
  paper: PaperSize;
}

export interface HostBridge {
  getAppInfo(): Promise<AppInfo>;
  /** Asks the user, then opens the link in the system browser. Resolves true if it was opened. */
  openExternalLink(url: string): Promise<boolean>;
  /** Lets the user choose where to save a file (desktop) or downloads it (browser). */
  saveTextFile(request: SaveTextFileRequest): Promise<SaveOutcome>;
  /** Opens the participant-facing display for a session: a second window, on a second screen when there is one. */
  openParticipantDisplay(sessionId: string): Promise<void>;
  /** Prints the page on screen through the system's print dialog. */
  printPage(): Promise<void>;
  /** Saves the page on screen as a PDF where the user chooses (desktop); the browser answers "unsupported" and the page offers print instead. */
  savePdf(request: SavePdfRequest): Promise<SaveOutcome | 'unsupported'>;
  /** Puts plain text on the clipboard. */
  copyText(text: string): Promise<void>;
}
