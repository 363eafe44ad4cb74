/**
 * Worker thread (started through worker-entry.mjs, which has loaded the libraries): builds the
 * tagger before saying it is ready, then answers Jobs with WireResults (entries as JSON lines).
 */
import { parentPort } from "node:worker_threads";
import { tag } from "../../shared/tagger/index";
import { type Job, processJob, toWire } from "./process";

if (!parentPort) throw new Error("worker.ts must run in a worker thread");
const port = parentPort;

async function preload(): Promise<void> {
  tag("warm-up: labour migration");
}

port.on("message", (job: Job) => {
  processJob(job).then(
    (result) => port.postMessage(toWire(result)),
    (e: unknown) => port.postMessage({ seq: job.seq, ok: false, code: "error", reason: String(e) }),
  );
});
preload().then(
  () => port.postMessage({ ready: true }),
  () => port.postMessage({ ready: true }),
);
