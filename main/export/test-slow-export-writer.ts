/**
 * Test helper (write-export-file.test.ts): writes a large export to argv[2] through the real
 * export path, slowly enough that the test can kill this process while the temp file exists.
 */
import { writeExportFile } from './write-export-file.ts';

const target = process.argv[2];
if (!target) throw new Error('usage: test-slow-export-writer.ts TARGET');
for (;;) await writeExportFile(target, 'plaintext words '.repeat(6 * 1024 * 1024));
