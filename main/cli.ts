/**
 * The command-line front end: `npm run cli -- <command>`, or the `interlude` bin. Commands live
 * in main/cli/ and are listed in main/cli/command-table.ts.
 */
import { createNodeIo } from './cli/node-io.ts';
import { runCli } from './cli/run-cli.ts';

process.exitCode = await runCli(process.argv.slice(2), createNodeIo());
