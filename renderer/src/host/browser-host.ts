import { toSafeExternalUrl } from '../../../domain/links/external-url.ts';
import type { SaveTextFileRequest } from '../../../electron/ipc/contract.ts';
import { PHONE_ROUNDS_DEV_PATH, PHONE_ROUNDS_SECRET_HEADER, participantDisplayRoute } from '../../../electron/ipc/names.ts';
import { translate } from '../i18n/current.ts';
import type { AppInfo, Host, HostPlatform } from './host.ts';

export interface BrowserEnvironment {
  confirm(message: string): boolean;
  open(url: string, target: string, features: string): unknown;
  /** Hands the browser a file to download under the given name. */
  download(name: string, content: Blob): void;
  print(): void;
  writeClipboard(text: string): Promise<void>;
  platformHint: string;
  /**
   * Set only when the web mode's server script runs with phone rounds for
   * development and tests: a browser tab cannot accept connections itself,
   * so that server runs the round on loopback, behind this per-launch secret.
   */
  phoneRoundSecret?: string | null;
  fetch?: typeof fetch;
}

const MIME_TYPES: Record<SaveTextFileRequest['kind'], string> = {
  json: 'application/json',
  // Opaque to anything but the app: nothing should offer to open it as text.
  'encrypted-backup': 'application/octet-stream',
  markdown: 'text/markdown',
};

function platformFromHint(hint: string): HostPlatform {
  const lower = hint.toLowerCase();
  if (lower.includes('win')) return 'windows';
  if (lower.includes('mac')) return 'macos';
  if (lower.includes('linux') || lower.includes('x11')) return 'linux';
  return 'other';
}

/** The web-mode host: the browser's own confirm and a new tab that cannot reach back into the app. */
export function createBrowserHost(environment: BrowserEnvironment, version: string): Host {
  const info: AppInfo = { name: 'Common Ground', version, platform: platformFromHint(environment.platformHint), shell: 'browser' };
  return {
    getAppInfo: async () => info,
    openExternalLink: async (raw) => {
      const url = toSafeExternalUrl(raw);
      if (url === null) return false;
      // The browser's own dialog, in the app's language (the shell's catalog is there from the start).
      if (!environment.confirm(translate('shell:openLink', { url }))) return false;
      environment.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    openParticipantDisplay: async (sessionId) => {
      // A popup of the same app; it reads the session from the same database.
      environment.open(`#${participantDisplayRoute(sessionId)}`, 'common-ground-display', 'popup,width=1280,height=720');
    },
    saveTextFile: async (request) => {
      environment.download(request.suggestedName, new Blob([request.content], { type: `${MIME_TYPES[request.kind]};charset=utf-8` }));
      return 'saved';
    },
    saveArchive: async (request) => {
      environment.download(request.suggestedName, new Blob([request.bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
      return 'saved';
    },
    printPage: async () => environment.print(),
    // A page cannot write a PDF file by itself; the summary screen offers the print dialog's "Save as PDF" instead.
    savePdf: async () => 'unsupported',
    copyText: (text) => environment.writeClipboard(text),
    ...phoneRounds(environment),
    // The page has deleted its database and storage; a browser offers nothing more to a page.
    wipeProfile: async () => 'done',
    // A page cannot remove its browser's files, so there is nothing to carry across.
    rehomeVault: async () => 'unavailable',
    takeCarriedVault: async () => null,
    carriedVaultWritten: async () => undefined,
    // A browser tab cannot see the OS lock the screen or the machine sleep, so it never asks the page to lock.
    onLockRequested: () => () => {},
    // A browser tab has no menu or dialogs of the app's own: the page's words are all there is.
    setUiLanguage: async () => undefined,
  };
}

type PhoneRoundMethods = Pick<Host, 'phoneRoundAddresses' | 'startPhoneRound' | 'phoneRoundAnswered' | 'stopPhoneRound'>;

/** Phones cannot reach a browser tab; only the development server's stand-in can run a round for it. */
function phoneRounds(environment: BrowserEnvironment): PhoneRoundMethods {
  const secret = environment.phoneRoundSecret;
  const send = environment.fetch;
  if (!secret || !send) {
    return {
      phoneRoundAddresses: async () => 'unsupported',
      startPhoneRound: async () => ({ ok: false, reason: 'unsupported' }),
      phoneRoundAnswered: async () => null,
      stopPhoneRound: async () => null,
    };
  }
  const call = async <T>(action: string, body?: unknown): Promise<T> => {
    const response = await send(`${PHONE_ROUNDS_DEV_PATH}${action}`, {
      method: 'POST',
      headers: { [PHONE_ROUNDS_SECRET_HEADER]: secret, 'Content-Type': 'application/json' },
      body: JSON.stringify(body ?? null),
    });
    if (!response.ok) throw new Error(`The development server refused ${action}.`);
    return (await response.json()) as T;
  };
  return {
    phoneRoundAddresses: () => call('addresses'),
    startPhoneRound: (request) => call('start', request),
    phoneRoundAnswered: (key) => call('answered', { key }),
    stopPhoneRound: (key) => call('stop', { key }),
  };
}
