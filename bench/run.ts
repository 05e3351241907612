/**
 * `npm run bench [-- --json] [name-filter…]`: runs every benchmark in bench/*.bench.ts and prints
 * a table, or with --json one object mapping each benchmark name to its median in milliseconds.
 * Benchmarks that compare against a baseline measure it in the same run, on the same machine.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Benchmark, selfReportedMs } from './benchmark.ts';
import { summarise, type Timing } from './statistics.ts';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const filters = args.filter((arg) => !arg.startsWith('--'));

async function loadBenchmarks(): Promise<Benchmark[]> {
  const dir = import.meta.dirname;
  const files = (await readdir(dir)).filter((name) => name.endsWith('.bench.ts')).sort();
  const all: Benchmark[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(dir, file)).href)) as { default: Benchmark[] };
    all.push(...module.default);
  }
  return all.filter((bench) => filters.length === 0 || filters.some((filter) => bench.name.includes(filter)));
}

async function measure(bench: Benchmark): Promise<Timing> {
  const context = await bench.setup?.();
  try {
    await bench.run(context); // warm-up: JIT, caches, lazy imports
    const samples: number[] = [];
    for (let i = 0; i < (bench.iterations ?? 10); i++) {
      const start = performance.now();
      const result = await bench.run(context);
      samples.push(selfReportedMs(result) ?? performance.now() - start);
    }
    return summarise(samples);
  } finally {
    await bench.teardown?.(context);
  }
}

const results: Record<string, number> = {};
const rows: string[] = [];
for (const bench of await loadBenchmarks()) {
  if (!asJson) process.stderr.write(`running ${bench.name}…\n`);
  const timing = await measure(bench);
  results[bench.name] = Number(timing.median.toFixed(3));
  rows.push(
    [
      bench.name.padEnd(32),
      `${timing.median.toFixed(2)} ms`.padStart(13),
      `${timing.min.toFixed(2)}–${timing.max.toFixed(2)} ms`.padStart(22),
      String(timing.count).padStart(4),
      `  ${bench.target ?? ''}`,
    ].join(''),
  );
}

if (asJson) {
  process.stdout.write(`${JSON.stringify(results)}\n`);
} else {
  process.stdout.write(
    `${'benchmark'.padEnd(32)}${'median'.padStart(13)}${'range'.padStart(22)}${'n'.padStart(4)}  target\n`,
  );
  process.stdout.write(`${rows.join('\n')}\n`);
}
