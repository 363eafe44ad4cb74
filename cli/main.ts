/**
 * `mmt` dispatcher. Each sub-command is a module in ./commands/<name>.ts exporting
 * `summary` (one line for the help) and `run(argv)` resolving to the exit code, so a command
 * is added by adding its file, and only the command that runs is loaded.
 */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface Command {
  summary: string;
  run(argv: string[]): Promise<number>;
}

const dir = join(dirname(fileURLToPath(import.meta.url)), "commands");

async function load(name: string): Promise<Command | null> {
  if (!/^[a-z-]+$/.test(name)) return null;
  const file = join(dir, `${name}.ts`);
  if (!existsSync(file)) return null;
  return (await import(file)) as Command;
}

async function help(): Promise<void> {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.includes(".test."))
    .map((f) => f.slice(0, -3))
    .sort();
  const lines = ["usage: mmt <command> [options]", "", "commands:"];
  for (const n of names) {
    const c = await load(n);
    if (c) lines.push(`  ${n.padEnd(10)} ${c.summary}`);
  }
  lines.push("", "`mmt <command> --help` for a command's options.");
  process.stdout.write(`${lines.join("\n")}\n`);
}

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  if (!name || name === "--help" || name === "-h" || name === "help") {
    await help();
    return name ? 0 : 2;
  }
  const cmd = await load(name);
  if (!cmd) {
    process.stderr.write(`mmt: unknown command '${name}'. Run 'mmt --help'.\n`);
    return 2;
  }
  return cmd.run(rest);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`mmt: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
