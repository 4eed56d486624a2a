// The app loads nothing from anywhere but itself: no remote origins, no
// inline script, no plugins, no frames, no form posts. The same policy is
// sent as a header by the app:// handler and written into index.html at build
// time, so the web mode is held to it too.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
