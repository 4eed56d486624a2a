import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, IPC_CHANNELS, type HostBridge, type SaveTextFileRequest } from '../ipc/contract.ts';

// Each method forwards one typed call; raw ipcRenderer never reaches the page.
const bridge = {
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  openExternalLink: (url: string) => ipcRenderer.invoke(IPC_CHANNELS.openExternalLink, url),
  saveTextFile: (request: SaveTextFileRequest) => ipcRenderer.invoke(IPC_CHANNELS.saveTextFile, request),
  openParticipantDisplay: (sessionId: string) => ipcRenderer.invoke(IPC_CHANNELS.openParticipantDisplay, sessionId),
} satisfies HostBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
