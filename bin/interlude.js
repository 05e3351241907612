#!/usr/bin/env node
// The `interlude` command. The CLI is TypeScript that Node runs directly (type stripping): on
// Node 22.18+/23.6+ in this process, on older Node 22 through a child started with the flag.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../main/cli.ts', import.meta.url));

if (process.features.typescript) {
  // Some Node versions announce type stripping as experimental; that note is not for our users.
  const emitWarning = process.emitWarning.bind(process);
  process.emitWarning = (warning, ...rest) => {
    const text = typeof warning === 'string' ? warning : warning?.message;
    if (/type stripping/i.test(String(text))) return;
    emitWarning(warning, ...rest);
  };
  await import(new URL('../main/cli.ts', import.meta.url).href);
} else {
  const result = spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', cli, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  process.exitCode = result.status ?? 1;
}
