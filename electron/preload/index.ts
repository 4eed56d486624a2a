import { contextBridge, ipcRenderer } from 'electron';
import type { HostBridge, SavePdfRequest, SaveTextFileRequest, StartPhoneRoundRequest } from '../ipc/contract.ts';
import { BRIDGE_GLOBAL, IPC_CHANNELS } from '../ipc/names.ts';

// Each method forwards one typed call; raw ipcRenderer never reaches the page.
const bridge = {
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  openExternalLink: (url: string) => ipcRenderer.invoke(IPC_CHANNELS.openExternalLink, url),
  saveTextFile: (request: SaveTextFileRequest) => ipcRenderer.invoke(IPC_CHANNELS.saveTextFile, request),
  openParticipantDisplay: (sessionId: string) => ipcRenderer.invoke(IPC_CHANNELS.openParticipantDisplay, sessionId),
  printPage: () => ipcRenderer.invoke(IPC_CHANNELS.printPage),
  savePdf: (request: SavePdfRequest) => ipcRenderer.invoke(IPC_CHANNELS.savePdf, request),
  copyText: (text: string) => ipcRenderer.invoke(IPC_CHANNELS.copyText, text),
  phoneRoundAddresses: () => ipcRenderer.invoke(IPC_CHANNELS.phoneRoundAddresses),
  startPhoneRound: (request: StartPhoneRoundRequest) => ipcRenderer.invoke(IPC_CHANNELS.startPhoneRound, request),
  phoneRoundAnswered: (key: string) => ipcRenderer.invoke(IPC_CHANNELS.phoneRoundAnswered, key),
  stopPhoneRound: (key: string) => ipcRenderer.invoke(IPC_CHANNELS.stopPhoneRound, key),
  wipeProfile: () => ipcRenderer.invoke(IPC_CHANNELS.wipeProfile),
} satisfies HostBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
