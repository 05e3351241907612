import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { mimeTypeFor, resolveAppAssetPath } from './protocol-path.ts';
import { PRINT_SCHEME_PRIVILEGES } from './print-to-pdf.ts';

/**
 * Must run before `app.ready`, once (a second call replaces the first): app:// behaves like a
 * secure, standard origin; the export print scheme is only parsed as a standard URL.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    PRINT_SCHEME_PRIVILEGES,
  ]);
}

/** Serves the built renderer from `rendererRoot` over app://, with the CSP as a header. */
export function serveRendererOverAppScheme(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const filePath = resolveAppAssetPath(rendererRoot, request.url);
    if (!filePath) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(filePath);
      return new Response(body, {
        headers: {
          'Content-Type': mimeTypeFor(filePath),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
