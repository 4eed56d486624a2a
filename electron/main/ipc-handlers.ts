import { app, clipboard, dialog, ipcMain, shell, BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { toSafeExternalUrl } from '../../domain/links/external-url.ts';
import { writeFile } from 'node:fs/promises';
import type {
  PaperSize,
  SavePdfRequest,
  AppInfo,
  HostBridge,
  HostEventMethod,
  HostUiLanguage,
  HostPlatform,
  SaveArchiveRequest,
  SaveTextFileRequest,
} from '../ipc/contract.ts';
import { IPC_CHANNELS, isHostEventMethod, MAX_SAVED_ARCHIVE_BYTES, MAX_SAVED_FILE_CHARACTERS, SESSION_ID_PATTERN } from '../ipc/names.ts';
import { PAPER_SIZES } from '../../domain/summary/summary-choices.ts';
import type { PhoneRoundControl } from '../round-server/phone-round-control.ts';
import type { AppOrigin } from './app-origin.ts';
import { openParticipantDisplay } from './participant-display.ts';
import { markProfileForWipe } from './profile-wipe.ts';
import { currentWords, setUiLanguage } from './ui-language.ts';
import { isDesktopLanguage, type DesktopKey } from './desktop-words.ts';
import { CarryRefusedError, forgetCarried, keepCarried, takeCarried } from './vault-carry.ts';
import { isTrustedSender } from './trusted-sender.ts';

export class UntrustedSenderError extends Error {
  constructor(channel: string) {
    super(`Refused ${channel}: the message did not come from the app's own top frame.`);
  }
}

export class InvalidArgumentError extends Error {}

function hostPlatform(): HostPlatform {
  switch (process.platform) {
    case 'win32':
      return 'windows';
    case 'darwin':
      return 'macos';
    case 'linux':
      return 'linux';
    default:
      return 'other';
  }
}

/** Each kind of saved file: its filter's name in the catalog, and its extensions. */
const FILE_FILTERS: Record<SaveTextFileRequest['kind'], { name: DesktopKey; extensions: string[] }> = {
  json: { name: 'files.backup', extensions: ['json'] },
  'encrypted-backup': { name: 'files.encryptedBackup', extensions: ['cgbackup'] },
  markdown: { name: 'files.markdown', extensions: ['md'] },
};

/** A save dialog's filter, named in the facilitator's language. */
function fileFilter(name: DesktopKey, extensions: string[]): Electron.FileFilter {
  return { name: currentWords()(name), extensions };
}

function onlyRequest(channel: string, args: unknown[], fields: readonly string[]): Record<string, unknown> {
  if (args.length !== 1 || typeof args[0] !== 'object' || args[0] === null)
    throw new InvalidArgumentError(`${channel} takes one request object.`);
  const request = args[0] as Record<string, unknown>;
  if (Object.keys(request).some((key) => !fields.includes(key))) throw new InvalidArgumentError(`${channel} was given unknown fields.`);
  return request;
}

function plainFileName(channel: string, name: unknown): string {
  if (typeof name !== 'string' || !/^[\w .()-]{1,120}$/.test(name) || name.startsWith('.')) {
    throw new InvalidArgumentError(`${channel} needs a plain file name.`);
  }
  return name;
}

/** Checks a save request field by field; the renderer is not trusted to have done so. */
export function validateSaveRequest(args: unknown[]): SaveTextFileRequest {
  const { suggestedName: name, content, kind } = onlyRequest('saveTextFile', args, ['suggestedName', 'content', 'kind']);
  const suggestedName = plainFileName('saveTextFile', name);
  if (typeof content !== 'string' || content.length > MAX_SAVED_FILE_CHARACTERS)
    throw new InvalidArgumentError('saveTextFile content must be text of a sensible size.');
  if (!Object.hasOwn(FILE_FILTERS, kind as string))
    throw new InvalidArgumentError('saveTextFile kind must be json, encrypted-backup or markdown.');
  return { suggestedName, content, kind: kind as SaveTextFileRequest['kind'] };
}

/** Checks an archive save request: a plain .zip name and bytes of a sensible size. */
export function validateSaveArchiveRequest(args: unknown[]): SaveArchiveRequest {
  const { suggestedName: name, bytes } = onlyRequest('saveArchive', args, ['suggestedName', 'bytes']);
  const suggestedName = plainFileName('saveArchive', name);
  if (!suggestedName.toLowerCase().endsWith('.zip')) throw new InvalidArgumentError('saveArchive needs a .zip file name.');
  if (!(bytes instanceof Uint8Array) || bytes.byteLength > MAX_SAVED_ARCHIVE_BYTES)
    throw new InvalidArgumentError('saveArchive bytes must be an archive of a sensible size.');
  return { suggestedName, bytes };
}

export function validateSavePdfRequest(args: unknown[]): SavePdfRequest {
  const { suggestedName, paper } = onlyRequest('savePdf', args, ['suggestedName', 'paper']);
  if (!PAPER_SIZES.includes(paper as PaperSize)) throw new InvalidArgumentError('savePdf paper must be A4 or Letter.');
  return { suggestedName: plainFileName('savePdf', suggestedName), paper: paper as PaperSize };
}

/** Only the app's own languages: anything else is refused, not guessed at. */
export function validateUiLanguage(args: unknown[]): HostUiLanguage {
  if (args.length !== 1 || !isDesktopLanguage(args[0])) throw new InvalidArgumentError('setUiLanguage takes one of en, es or en-XA.');
  return args[0];
}

/** The clipboard takes the same sizes of text as a saved file, and nothing but text. */
export function validateCopiedText(args: unknown[]): string {
  if (args.length !== 1 || typeof args[0] !== 'string' || args[0].length > MAX_SAVED_FILE_CHARACTERS)
    throw new InvalidArgumentError('copyText takes one piece of text of a sensible size.');
  return args[0];
}

type Handlers = {
  [K in Exclude<keyof HostBridge, HostEventMethod>]: (event: IpcMainInvokeEvent, ...args: unknown[]) => ReturnType<HostBridge[K]>;
};

export interface WindowSources {
  preloadPath: string;
  /** Where the app's own pages load from: app:// in production, the dev server in development. */
  entryUrl: string;
}

function noArguments(channel: string, args: unknown[]): void {
  if (args.length !== 0) throw new InvalidArgumentError(`${channel} takes no arguments.`);
}

const createHandlers = (windows: WindowSources, phoneRounds: PhoneRoundControl): Handlers => ({
  async getAppInfo(): Promise<AppInfo> {
    return { name: app.getName(), version: app.getVersion(), platform: hostPlatform(), shell: 'desktop' };
  },

  async openExternalLink(event, ...args) {
    if (args.length !== 1) throw new InvalidArgumentError('openExternalLink takes exactly one URL.');
    const url = toSafeExternalUrl(args[0]);
    if (url === null) throw new InvalidArgumentError('openExternalLink was given something that is not a web or mail link.');
    // The confirmation is shown by the main process, so a compromised page
    // cannot skip it.
    const parent = BrowserWindow.fromWebContents(event.sender);
    const t = currentWords();
    const options = {
      type: 'question' as const,
      buttons: [t('link.open'), t('buttons.cancel')],
      defaultId: 1,
      cancelId: 1,
      message: t('link.message'),
      detail: t('link.detail', { url }),
    };
    const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
    if (response !== 0) return false;
    await shell.openExternal(url);
    return true;
  },

  async saveTextFile(event, ...args) {
    const request = validateSaveRequest(args);
    const parent = BrowserWindow.fromWebContents(event.sender);
    const options = {
      defaultPath: request.suggestedName,
      filters: [fileFilter(FILE_FILTERS[request.kind].name, FILE_FILTERS[request.kind].extensions)],
    };
    const { canceled, filePath } = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (canceled || !filePath) return 'cancelled';
    // Only the path the user picked in the system dialog is ever written.
    await writeFile(filePath, request.content, 'utf8');
    return 'saved';
  },

  async saveArchive(event, ...args) {
    const request = validateSaveArchiveRequest(args);
    const parent = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: request.suggestedName, filters: [fileFilter('files.archive', ['zip'])] };
    const { canceled, filePath } = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (canceled || !filePath) return 'cancelled';
    // Only the path the user picked in the system dialog is ever written.
    await writeFile(filePath, request.bytes);
    return 'saved';
  },

  async openParticipantDisplay(_event, ...args) {
    if (args.length !== 1 || typeof args[0] !== 'string' || !SESSION_ID_PATTERN.test(args[0])) {
      throw new InvalidArgumentError('openParticipantDisplay takes one session id.');
    }
    openParticipantDisplay(windows.preloadPath, windows.entryUrl, args[0]);
  },

  async printPage(event, ...args) {
    if (args.length !== 0) throw new InvalidArgumentError('printPage takes no arguments.');
    await new Promise<void>((resolve, reject) => {
      // The system dialog lets the user pick printer, paper and pages; a cancelled print is not an error.
      event.sender.print({}, (success, reason) =>
        success || reason === 'Print job canceled' || reason === 'cancelled' ? resolve() : reject(new Error(reason)),
      );
    });
  },

  async savePdf(event, ...args) {
    const request = validateSavePdfRequest(args);
    // The page's own @page rules (A4 or Letter, margins, header and page numbers) decide the layout.
    const pdf = await event.sender.printToPDF({ pageSize: request.paper, preferCSSPageSize: true, printBackground: true });
    const parent = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: request.suggestedName, filters: [fileFilter('files.pdf', ['pdf'])] };
    const { canceled, filePath } = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (canceled || !filePath) return 'cancelled';
    await writeFile(filePath, pdf);
    return 'saved';
  },

  async copyText(_event, ...args) {
    clipboard.writeText(validateCopiedText(args));
  },

  async phoneRoundAddresses(_event, ...args) {
    noArguments('phoneRoundAddresses', args);
    return phoneRounds.addresses();
  },

  // The request is checked field by field in the control, before any socket opens. The round
  // belongs to the page that opened it: if that page reloads, navigates or goes away, nobody can
  // collect its counts, so it stops serving at once (phones then hear that it closed).
  async startPhoneRound(event, ...args) {
    if (args.length !== 1) throw new InvalidArgumentError('startPhoneRound takes one request.');
    const owner = event.sender;
    const result = await phoneRounds.start(args[0], owner);
    if (result.ok) stopWhenOwnerLeaves(owner, phoneRounds);
    return result;
  },

  async phoneRoundAnswered(_event, ...args) {
    if (args.length !== 1) throw new InvalidArgumentError('phoneRoundAnswered takes the round key.');
    return phoneRounds.answered(args[0]);
  },

  async stopPhoneRound(_event, ...args) {
    if (args.length !== 1) throw new InvalidArgumentError('stopPhoneRound takes the round key.');
    return phoneRounds.stop(args[0]);
  },

  async wipeProfile(_event, ...args) {
    noArguments('wipeProfile', args);
    await phoneRounds.stopAll();
    return relaunchWiped();
  },

  async rehomeVault(_event, ...args) {
    if (args.length !== 1) throw new InvalidArgumentError('rehomeVault takes the sealed database.');
    try {
      keepCarried(app.getPath('userData'), args[0]);
    } catch (error) {
      if (error instanceof CarryRefusedError) throw new InvalidArgumentError(error.message);
      throw error;
    }
    await phoneRounds.stopAll();
    return relaunchWiped();
  },

  async takeCarriedVault(_event, ...args) {
    noArguments('takeCarriedVault', args);
    return takeCarried(app.getPath('userData'));
  },

  async carriedVaultWritten(_event, ...args) {
    noArguments('carriedVaultWritten', args);
    forgetCarried(app.getPath('userData'));
  },

  async setUiLanguage(_event, ...args) {
    setUiLanguage(validateUiLanguage(args));
  },
});

/** Marks the profile and relaunches once the reply has gone: the storage folders are removed before any window opens. */
function relaunchWiped(): 'relaunching' {
  markProfileForWipe(app.getPath('userData'));
  setTimeout(() => {
    app.relaunch();
    app.exit(0);
  }, 100);
  return 'relaunching';
}

/** Stops the owner's round when its page reloads or navigates away, its renderer dies, or its window closes. */
function stopWhenOwnerLeaves(owner: Electron.WebContents, phoneRounds: PhoneRoundControl): void {
  const stop = () => void phoneRounds.stopOwnedBy(owner);
  owner.once('destroyed', stop);
  owner.once('render-process-gone', stop);
  const onNavigation = (details: { isMainFrame: boolean; isSameDocument: boolean }) => {
    if (!details.isMainFrame || details.isSameDocument) return;
    owner.off('did-start-navigation', onNavigation);
    stop();
  };
  owner.on('did-start-navigation', onNavigation);
}

export function registerIpcHandlers(origin: AppOrigin, windows: WindowSources, phoneRounds: PhoneRoundControl): void {
  const handlers = createHandlers(windows, phoneRounds);
  for (const name of Object.keys(IPC_CHANNELS) as (keyof HostBridge)[]) {
    // The main process speaks first on an event channel (lock-signal.ts); a page cannot call it.
    if (isHostEventMethod(name)) continue;
    const channel = IPC_CHANNELS[name];
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame, origin)) throw new UntrustedSenderError(channel);
      return handlers[name](event, ...args);
    });
  }
}
