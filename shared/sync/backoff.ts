/**
 * Exponential backoff with full jitter: the n-th failed attempt waits a uniformly random time
 * in [0, min(cap, base * 2^(n-1))). Randomising the whole interval spreads the retries of many
 * clients that failed together (a tracker restart) instead of having them return in waves.
 */

export interface BackoffPolicy {
  /** Ceiling of the first retry's wait, ms. */
  baseMs: number;
  /** Largest ceiling, ms. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 10 * 60_000 };

/** The ceiling of the wait after `attempt` failures (attempt ≥ 1). */
export function backoffCeiling(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const n = Math.max(1, Math.floor(attempt));
  // 2^(n-1) overflows to Infinity for large n; min() keeps it at the cap.
  return Math.min(policy.capMs, policy.baseMs * 2 ** (n - 1));
}

/** The wait after `attempt` failures; `random` returns [0, 1) like Math.random. */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const r = Math.min(Math.max(random(), 0), 1 - Number.EPSILON);
  return Math.floor(r * backoffCeiling(attempt, policy));
}
