import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Electron binary's path when it has been downloaded, else null. Never `require('electron')`
 * to find out: in plain Node that starts a download.
 */
export function findElectronBinary(projectRoot: string): string | null {
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const binary = path.join(packageDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}
