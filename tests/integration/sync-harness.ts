/**
 * Test harness for the sync integration tests: a real tracker process (`mmt serve`) on
 * 127.0.0.1, and a small TCP proxy in front of it whose "network" the test can cut.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import net from "node:net";
import { join, resolve } from "node:path";

export const REPO = resolve(import.meta.dirname, "../..");
/** The tests need the tracker's `serve` command; until it exists they are skipped. */
export const trackerAvailable = existsSync(join(REPO, "cli/commands/serve.ts"));

export function newToken(): string {
  return `mmt_test_${randomBytes(20).toString("hex")}`;
}

/** A port that was free a moment ago (bind 127.0.0.1:0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = net.createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => ok(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class TrackerProcess {
  readonly port: number;
  readonly proc: ChildProcess;
  /** The last few KB the process wrote, to explain a failure (tokens are never printed by us). */
  output = "";

  /** `output`, quoted so that a test runner does not take its stack lines for its own. */
  get quotedOutput(): string {
    return this.output
      .split("\n")
      .map((l) => `  | ${l}`)
      .join("\n");
  }
  #exited: Promise<void>;
  exitCode: number | null = null;

  private constructor(proc: ChildProcess, port: number) {
    this.proc = proc;
    this.port = port;
    const keep = (b: Buffer) => {
      this.output = (this.output + b.toString("utf8")).slice(-4000);
    };
    proc.stdout?.on("data", keep);
    proc.stderr?.on("data", keep);
    this.#exited = new Promise((r) =>
      proc.once("exit", (code) => {
        this.exitCode = code;
        r();
      }),
    );
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** Start `mmt serve` and wait until /healthz answers. */
  static async start(opts: { db: string; adminToken: string; port?: number; timeoutMs?: number }): Promise<TrackerProcess> {
    const port = opts.port ?? (await freePort());
    const proc = spawn(process.execPath, [join(REPO, "cli/mmt.mjs"), "serve", "--port", String(port), "--db", opts.db], {
      cwd: REPO,
      env: { ...process.env, MMT_ADMIN_TOKEN: opts.adminToken, NODE_ENV: "test" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const t = new TrackerProcess(proc, port);
    const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
    while (Date.now() < deadline) {
      if (!t.alive) throw new Error(`mmt serve exited (${t.exitCode}) before answering:\n${t.quotedOutput}`);
      try {
        const res = await fetch(`${t.url}/healthz`, { signal: AbortSignal.timeout(1000) });
        if (res.ok) return t;
      } catch {
        // not listening yet
      }
      await sleep(50);
    }
    await t.kill();
    throw new Error(`mmt serve did not answer /healthz within the time:\n${t.quotedOutput}`);
  }

  /** Kill (SIGKILL by default) and wait until the process is gone. */
  async kill(signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
    if (this.alive) this.proc.kill(signal);
    await this.#exited;
  }

  /** Ask it to stop; kill it if it does not within 5 s. */
  async stop(): Promise<void> {
    if (!this.alive) return;
    this.proc.kill("SIGTERM");
    const timer = setTimeout(() => this.proc.kill("SIGKILL"), 5000);
    await this.#exited;
    clearTimeout(timer);
  }
}

/**
 * A TCP proxy on 127.0.0.1 with a fixed port. `cut()` is a network outage (open connections
 * reset, new ones refused); `restore()` brings it back on the same port; the target may change
 * (a restarted tracker on another port).
 */
export class TcpProxy {
  readonly port: number;
  target: number;
  #server: net.Server | null = null;
  readonly #sockets = new Set<net.Socket>();

  private constructor(port: number, target: number) {
    this.port = port;
    this.target = target;
  }

  static async start(target: number): Promise<TcpProxy> {
    const p = new TcpProxy(await freePort(), target);
    await p.restore();
    return p;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get up(): boolean {
    return this.#server !== null;
  }

  async restore(): Promise<void> {
    if (this.#server) return;
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target, "127.0.0.1");
      this.#sockets.add(client);
      this.#sockets.add(upstream);
      const end = () => {
        client.destroy();
        upstream.destroy();
        this.#sockets.delete(client);
        this.#sockets.delete(upstream);
      };
      client.on("error", end);
      upstream.on("error", end);
      client.on("close", end);
      upstream.on("close", end);
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((ok, fail) => {
      server.once("error", fail);
      server.listen(this.port, "127.0.0.1", () => ok());
    });
    this.#server = server;
  }

  async cut(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    for (const s of this.#sockets) s.destroy();
    this.#sockets.clear();
    if (server) await new Promise<void>((r) => server.close(() => r()));
  }

  close(): Promise<void> {
    return this.cut();
  }
}
