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

/**
 * The policy as a response header, which can also say that no other page
 * may show the app in a frame (a page dressed up around the real app could
 * trick people into clicking or typing). Browsers ignore frame-ancestors in
 * a meta tag, so it is only here, not in index.html.
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Sent with every file the app:// handler and the web server serve. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  // The same refusal for browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
};
