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
