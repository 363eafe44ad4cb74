/**
 * Moments of a panel opening, for the benchmark (bench/extension.bench.ts) and for anyone
 * wondering why a panel was slow: ms on the panel page's clock (performance.now(), 0 = the
 * page's navigation start). The worker and the content script live on other clocks, so they
 * report epoch times (timeOrigin + now) and fromEpoch() puts them on this one.
 */
const marks: Record<string, number> = {};

export function mark(name: string, at = performance.now()): void {
  marks[name] = Math.round(at * 10) / 10;
}

/** An epoch time from another context (worker, content script) on this page's clock. */
export function fromEpoch(ms: number): number {
  return ms - performance.timeOrigin;
}

export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** The marks so far, as <html data-marks> (JSON), where the benchmark reads them. */
export function publishMarks(): void {
  if (typeof document === "undefined") return;
  document.documentElement.dataset.marks = JSON.stringify(marks);
}
