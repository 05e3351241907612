import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../electron/csp.ts';
import { mimeTypeFor, resolveAppAssetPath } from '../electron/protocol-path.ts';

/**
 * The origin the browser hosts (the e2e harness and the fallback app window) serve the built
 * renderer from. It never touches a real network: every request is answered or refused below.
 */
export const HARNESS_ORIGIN = 'http://interlude.localhost';

/**
 * Serves out/renderer through `route` (of one page, or of a whole browser context), with the same
 * CSP header and the same path guard as the app:// protocol, and aborts every other request, as
 * the app's session does.
 */
export async function serveRenderer(target: Page | BrowserContext, rendererRoot: string): Promise<void> {
  await target.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== HARNESS_ORIGIN) return route.abort('blockedbyclient');
    const filePath = resolveAppAssetPath(rendererRoot, `app://interlude${url.pathname}`);
    if (!filePath) return route.fulfill({ status: 404, body: 'Not found' });
    try {
      const body = await readFile(filePath);
      return route.fulfill({
        status: 200,
        body,
        headers: {
          'Content-Type': mimeTypeFor(filePath),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return route.fulfill({ status: 404, body: 'Not found' });
    }
  });
}
