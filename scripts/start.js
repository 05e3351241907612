#!/usr/bin/env node
// `npm start`: build, then launch the Electron app (its runtime downloads itself on the first
// start). When that runtime cannot be had, or with `npm start -- --browser`, open the same app in
// a Chromium-family browser instead (main/browser-host/). Plain JS so it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const wantsBrowser = process.argv.slice(2).includes('--browser');

function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status ?? 1;
}

/** Opens the browser host; it finds the browser and says which one it opens, or what to install. */
function runBrowserHost(extraArgs) {
  return run(process.execPath, [
    '--disable-warning=ExperimentalWarning',
    path.join(root, 'main', 'browser-host', 'start.ts'),
    ...extraArgs,
  ]);
}

if (!existsSync(electronDir)) {
  console.error('Interlude is not installed yet. Run `npm install` first, then `npm start`.');
  process.exit(1);
}

if (
  run(process.execPath, [
    path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
    'build',
  ]) !== 0
) {
  console.error('The build failed (see above), so Interlude cannot start.');
  process.exit(1);
}

if (wantsBrowser) process.exit(runBrowserHost([]));

if (!electronBinary()) {
  console.log('Fetching the Electron runtime (first start only)…');
  // Its output is a stack trace when the download fails; the browser host says it in plain words.
  const status = run(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  if (status !== 0 || !electronBinary()) process.exit(runBrowserHost(['--electron-unavailable']));
}

process.exit(run(electronBinary(), [path.join(root, 'out', 'main', 'index.js')]));
