import { isAppUrl, type AppOrigin } from './app-origin.ts';

/** The parts of an IPC sender frame that decide whether to trust it. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * An IPC message is answered only when it comes from the app's own top
 * frame: never from a sub-frame, never from a page that was navigated
 * elsewhere, never from a frame that has already gone away.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, origin: AppOrigin): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, origin);
}
