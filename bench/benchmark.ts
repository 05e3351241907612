/**
 * The shape of a benchmark. Each `bench/*.bench.ts` file default-exports a list of these;
 * `npm run bench` runs them and reports the median time of `run` in milliseconds.
 */
export interface Benchmark<Context = unknown> {
  /** Stable name, e.g. `vault.save.10k`; the `--json` output is keyed by it. */
  name: string;
  /** Prepared once, outside the timed region. */
  setup?: () => Promise<Context> | Context;
  /**
   * The timed work. It may return `{ elapsedMs }` to report a time it measured itself (e.g. in a
   * page, from a click to the paint), which then replaces the runner's wall-clock time.
   */
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

/** A run's own measurement, when it returns one. */
export function selfReportedMs(result: unknown): number | null {
  if (typeof result !== 'object' || result === null || !('elapsedMs' in result)) return null;
  const elapsed = (result as { elapsedMs: unknown }).elapsedMs;
  return typeof elapsed === 'number' && Number.isFinite(elapsed) ? elapsed : null;
}
