import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  HostBridge,
  HostUiLanguage,
  LockReason,
  SaveArchiveRequest,
  SavePdfRequest,
  SaveTextFileRequest,
  StartPhoneRoundRequest,
} from '../ipc/contract.ts';
import { BRIDGE_GLOBAL, IPC_CHANNELS, isLockReason } from '../ipc/names.ts';

// Each method forwards one typed call; raw ipcRenderer never reaches the page.
const bridge = {
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  openExternalLink: (url: string) => ipcRenderer.invoke(IPC_CHANNELS.openExternalLink, url),
  saveTextFile: (request: SaveTextFileRequest) => ipcRenderer.invoke(IPC_CHANNELS.saveTextFile, request),
  saveArchive: (request: SaveArchiveRequest) => ipcRenderer.invoke(IPC_CHANNELS.saveArchive, request),
  openParticipantDisplay: (sessionId: string) => ipcRenderer.invoke(IPC_CHANNELS.openParticipantDisplay, sessionId),
  printPage: () => ipcRenderer.invoke(IPC_CHANNELS.printPage),
  savePdf: (request: SavePdfRequest) => ipcRenderer.invoke(IPC_CHANNELS.savePdf, request),
  copyText: (text: string) => ipcRenderer.invoke(IPC_CHANNELS.copyText, text),
  phoneRoundAddresses: () => ipcRenderer.invoke(IPC_CHANNELS.phoneRoundAddresses),
  startPhoneRound: (request: StartPhoneRoundRequest) => ipcRenderer.invoke(IPC_CHANNELS.startPhoneRound, request),
  phoneRoundAnswered: (key: string) => ipcRenderer.invoke(IPC_CHANNELS.phoneRoundAnswered, key),
  stopPhoneRound: (key: string) => ipcRenderer.invoke(IPC_CHANNELS.stopPhoneRound, key),
  wipeProfile: () => ipcRenderer.invoke(IPC_CHANNELS.wipeProfile),
  rehomeVault: (sealedDatabase: string) => ipcRenderer.invoke(IPC_CHANNELS.rehomeVault, sealedDatabase),
  takeCarriedVault: () => ipcRenderer.invoke(IPC_CHANNELS.takeCarriedVault),
  carriedVaultWritten: () => ipcRenderer.invoke(IPC_CHANNELS.carriedVaultWritten),
  setUiLanguage: (language: HostUiLanguage) => ipcRenderer.invoke(IPC_CHANNELS.setUiLanguage, language),
  // The page's listener gets the reason and nothing else: the event (with its
  // sender and ports) stays here, and so does anything but a known reason.
  onLockRequested: (listener: (reason: LockReason) => void) => {
    if (typeof listener !== 'function') throw new TypeError('onLockRequested takes a listener function.');
    const handler = (_event: IpcRendererEvent, ...args: unknown[]) => {
      if (args.length === 1 && isLockReason(args[0])) listener(args[0]);
    };
    ipcRenderer.on(IPC_CHANNELS.onLockRequested, handler);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.onLockRequested, handler);
    };
  },
} satisfies HostBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
