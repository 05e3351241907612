import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../main/electron/csp.ts';
import { mimeTypeFor, resolveAppAssetPath } from '../main/electron/protocol-path.ts';

/** The origin the harness serves the built renderer from (never touches a real network). */
export const HARNESS_ORIGIN = 'http://interlude.localhost';

/**
 * Serves out/renderer to the page through `page.route`, with the same CSP header and the same
 * path guard as the app:// protocol, and aborts every other request, as the app's session does.
 */
export async function serveRenderer(page: Page, rendererRoot: string): Promise<void> {
  await page.route('**/*', async (route) => {
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
