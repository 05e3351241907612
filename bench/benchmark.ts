/**
 * The shape of a benchmark. Each `bench/*.bench.ts` file default-exports a list of these;
 * `npm run bench` runs them and reports the median time of `run` in milliseconds.
 */
export interface Benchmark<Context = unknown> {
  /** Stable name, e.g. `vault.save.10k`; the `--json` output is keyed by it. */
  name: string;
  /** Prepared once, outside the timed region. */
  setup?: () => Promise<Context> | Context;
  /** The timed work. */
  run: (context: Context) => Promise<unknown> | unknown;
  teardown?: (context: Context) => Promise<void> | void;
  /** Timed runs (after one untimed warm-up). Default 10. */
  iterations?: number;
  /** What "good" means, shown beside the number, e.g. "< 30 ms". */
  target?: string;
}

/** Declares benchmarks; each keeps its own context type, which the list erases. */
// biome-ignore lint/suspicious/noExplicitAny: a list of benchmarks mixes context types; each is checked where it is written.
export function defineBenchmarks(list: Benchmark<any>[]): Benchmark[] {
  return list;
}
