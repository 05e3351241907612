/**
 * The command-line front end, run through the `interlude` bin (bin/interlude.js). Commands live
 * in main/cli/ and are listed in main/cli/command-table.ts.
 */
import { createNodeIo } from './cli/node-io.ts';
import { runCli } from './cli/run-cli.ts';

process.exitCode = await runCli(process.argv.slice(2), createNodeIo());
