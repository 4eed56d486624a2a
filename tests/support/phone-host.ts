/**
 * The host name the round server gives phones in the end-to-end tests. The
 * phones' browser maps it to 127.0.0.1 (--host-resolver-rules), so the
 * answer page loads from a name that is not localhost and is therefore not a
 * secure context, as on a real phone; no traffic leaves loopback.
 */
export const PHONE_HOST = 'cg-room.test';
