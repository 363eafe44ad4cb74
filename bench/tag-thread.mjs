// Worker thread for classify.bench.ts's machine baseline: tags a fixed text `rounds` times per
// message and answers with the milliseconds it took. Started once and warmed up, so the timing
// holds no thread start-up, only the same kind of JavaScript work classify does.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { tag } = await import("../shared/tagger/index.ts");
const { policyText } = await import("./policy-text.ts");
const text = policyText();
for (let i = 0; i < 20; i++) tag(text);
parentPort.on("message", (rounds) => {
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) tag(text);
  parentPort.postMessage(performance.now() - t0);
});
parentPort.postMessage("ready");
