// Timing and summary helpers: every figure the bench reports is a median (and p95 where runs vary) of bounded loops.
import { performance } from 'node:perf_hooks';

export interface Summary {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}

/** Nearest-rank percentile: always a value that was actually measured. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarize(values: readonly number[]): Summary {
  return {
    median: percentile(values, 50),
    p95: percentile(values, 95),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
    runs: values.length,
  };
}

export interface RepeatOptions {
  /** Runs discarded before measuring (JIT, connection pools, caches). */
  warmup?: number;
  /** Upper bound on measured runs. */
  runs: number;
  /** Upper bound on measuring time; at least `minRuns` run even when it is exceeded. */
  maxMs?: number;
  minRuns?: number;
}

/** Times `fn` repeatedly, bounded in count and time, and returns the per-run durations in ms. */
export async function repeat(fn: () => Promise<unknown> | unknown, options: RepeatOptions): Promise<number[]> {
  const { warmup = 0, runs, maxMs = Number.POSITIVE_INFINITY, minRuns = Math.min(5, runs) } = options;
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  const deadline = performance.now() + maxMs;
  for (let i = 0; i < runs; i++) {
    if (i >= minRuns && performance.now() > deadline) break;
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times;
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

export const round = (value: number, digits = 2) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);
