import type { HostBridge } from '../../../electron/ipc/contract.ts';
import type { Host } from './host.ts';

/** The desktop host: every call crosses the preload bridge to the main process, which asks the user where needed. */
export function createElectronHost(bridge: HostBridge): Host {
  return {
    getAppInfo: () => bridge.getAppInfo(),
    openExternalLink: (url) => bridge.openExternalLink(url),
    saveTextFile: (request) => bridge.saveTextFile(request),
    saveArchive: (request) => bridge.saveArchive(request),
    openParticipantDisplay: (sessionId) => bridge.openParticipantDisplay(sessionId),
    printPage: () => bridge.printPage(),
    savePdf: (request) => bridge.savePdf(request),
    copyText: (text) => bridge.copyText(text),
    phoneRoundAddresses: () => bridge.phoneRoundAddresses(),
    startPhoneRound: (request) => bridge.startPhoneRound(request),
    phoneRoundAnswered: (key) => bridge.phoneRoundAnswered(key),
    stopPhoneRound: (key) => bridge.stopPhoneRound(key),
    wipeProfile: () => bridge.wipeProfile(),
    rehomeVault: (sealedDatabase) => bridge.rehomeVault(sealedDatabase),
    takeCarriedVault: () => bridge.takeCarriedVault(),
    carriedVaultWritten: () => bridge.carriedVaultWritten(),
    onLockRequested: (listener) => bridge.onLockRequested(listener),
    setUiLanguage: (language) => bridge.setUiLanguage(language),
  };
}
