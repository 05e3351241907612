/**
 * The renderer's Content-Security-Policy. Sent as a header by the app:// protocol handler and
 * repeated as a meta tag in renderer/index.html (a unit test keeps the two in step), so the
 * policy holds even if one of the two paths is bypassed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  // Only the bundled scripts and styles; never inline scripts or eval.
  "script-src 'self'",
  "style-src 'self'",
  // data: images for the recovery-key "save as text" link and inline SVG exports.
  "img-src 'self' data:",
  "font-src 'self'",
  // The renderer talks to the core over IPC only; it has no business with any network.
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Directives a browser ignores (and warns about) when the policy comes from a meta tag. */
const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'];

/** The same policy as it appears in renderer/index.html's meta tag. */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !HEADER_ONLY_DIRECTIVES.includes(directive.split(' ')[0]!))
  .join('; ');
