/**
 * Run by tagger.bench.ts in a fresh process each time: what a new process (a CLI run, a
 * worker, a woken service worker) pays before its first tag(). Prints one JSON line.
 */
const t0 = performance.now();
const { tag, warmUp } = await import("../shared/tagger/index");
const t1 = performance.now();
const w = warmUp();
const t2 = performance.now();
tag("The national strategy on labour migration supports the reintegration of returning migrants.");
const t3 = performance.now();
process.stdout.write(`${JSON.stringify({ importMs: t1 - t0, engineMs: t2 - t1, firstTagMs: t3 - t2, fromSnapshot: w.fromSnapshot })}\n`);
export {};
