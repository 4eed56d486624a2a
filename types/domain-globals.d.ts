// The domain core compiles without DOM or Node types, yet runs only where
// the WHATWG URL class exists (browsers, Node, Electron). This declares just
// the part of it the core uses; only tsconfig.domain.json includes this file.
interface URL {
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
}

declare var URL: {
  prototype: URL;
  new (url: string, base?: string): URL;
};

// The vault's cryptography (domain/vault) needs a little more of what every
// target has: UTF-8 encoding, base64, a clock for calibration, and the
// platform's random source (present on plain http, unlike crypto.subtle).
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare function btoa(data: string): string;
declare function atob(data: string): string;

declare var performance: { now(): number };

declare var crypto: { getRandomValues<T extends ArrayBufferView>(array: T): T };

// An encrypted backup (domain/backup/encrypted-backup.ts) opens back into text.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
