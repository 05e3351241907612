#!/usr/bin/env node
// `npm start`: build, make sure the Electron runtime is here (it downloads itself on first
// start), then launch the app. Plain JS so it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.join(root, 'node_modules', 'electron');

function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
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

if (!electronBinary()) {
  console.log('Fetching the Electron runtime (first start only)…');
  const status = run(process.execPath, [path.join(electronDir, 'install.js')]);
  if (status !== 0 || !electronBinary()) {
    console.error(
      [
        '',
        'Interlude could not start: the Electron runtime could not be downloaded.',
        'Electron fetches itself from the internet the first time the app starts, and that download failed.',
        'Connect this machine to the internet and run `npm start` again.',
        '(Everything else works offline: `npm test` runs the whole app through Chromium without Electron.)',
      ].join('\n'),
    );
    process.exit(1);
  }
}

process.exit(run(electronBinary(), [path.join(root, 'out', 'main', 'index.js')]));
