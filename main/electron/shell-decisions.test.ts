import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from './app-origin.ts';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from './csp.ts';
import { isNetworkRequest, shouldAllowNavigation } from './navigation.ts';
import { mimeTypeFor, resolveAppAssetPath } from './protocol-path.ts';
import { isTrustedSender } from './sender.ts';
import { mainWindowOptions } from './window-options.ts';

const rendererRoot = path.resolve('/srv/interlude/out/renderer');

describe('the main window', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, web security on', () => {
    const prefs = mainWindowOptions('/app/out/preload/index.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('denies by default and allows scripts only from the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('lets the renderer reach no network at all', () => {
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
  });

  it('is the same policy in the header and in the page’s meta tag, less what a meta tag cannot carry', () => {
    const html = readFileSync(path.resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });
});

describe('navigation and network', () => {
  it('never lets the window navigate, not even to another app:// page', () => {
    expect(shouldAllowNavigation('https://example.com/')).toBe(false);
    expect(shouldAllowNavigation('file:///etc/passwd')).toBe(false);
    expect(shouldAllowNavigation(APP_ENTRY_URL)).toBe(false);
  });

  it('cancels every http, https and websocket request, and anything unparseable', () => {
    for (const url of [
      'http://example.com',
      'https://example.com/x',
      'ws://localhost:1',
      'wss://a.b',
      'not a url',
    ]) {
      expect(isNetworkRequest(url), url).toBe(true);
    }
    expect(isNetworkRequest('app://interlude/assets/index.js')).toBe(false);
    expect(isNetworkRequest('devtools://devtools/bundled/x')).toBe(false);
  });

  it('recognises only our own app:// origin', () => {
    expect(isAppUrl('app://interlude/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://interlude/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
  });
});

describe('the IPC sender check', () => {
  it('answers the app’s own top frame', () => {
    expect(isTrustedSender({ url: 'app://interlude/index.html', parent: null })).toBe(true);
  });

  it('refuses subframes, other origins and destroyed frames', () => {
    expect(isTrustedSender({ url: 'app://interlude/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///app/index.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('app:// path resolution', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppAssetPath(rendererRoot, 'app://interlude/')).toBe(path.join(rendererRoot, 'index.html'));
    expect(resolveAppAssetPath(rendererRoot, 'app://interlude/assets/index-abc.js')).toBe(
      path.join(rendererRoot, 'assets', 'index-abc.js'),
    );
  });

  it('never resolves to a file outside the folder, however the path is dressed up', () => {
    const attempts = [
      'app://interlude/../main/index.js',
      'app://interlude/%2e%2e/%2e%2e/etc/passwd',
      'app://interlude/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://interlude/..%5c..%5cwindows%5csystem32',
      'app://interlude//etc/passwd',
    ];
    for (const url of attempts) {
      const resolved = resolveAppAssetPath(rendererRoot, url);
      if (resolved !== null) expect(resolved.startsWith(rendererRoot + path.sep), url).toBe(true);
    }
    expect(
      resolveAppAssetPath(rendererRoot, 'app://interlude/assets/..%2f..%2f..%2fetc%2fpasswd'),
    ).toBeNull();
  });

  it('refuses other hosts, other schemes, NUL bytes and broken escapes', () => {
    const refused = [
      'app://other/index.html',
      'file:///etc/passwd',
      'app://interlude/a%00.js',
      'app://interlude/%E0%A4%A',
      'app://interlude/..%5c..%5cwindows',
    ];
    for (const url of refused) expect(resolveAppAssetPath(rendererRoot, url), url).toBeNull();
  });

  it('serves scripts and pages with their real content types', () => {
    expect(mimeTypeFor('/x/index.html')).toContain('text/html');
    expect(mimeTypeFor('/x/app.js')).toContain('text/javascript');
    expect(mimeTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});
