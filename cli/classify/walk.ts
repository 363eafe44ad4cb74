/** Expands PATH arguments into files (folders recursively, sorted, symlink loops avoided). */
import { type Dirent, promises as fs } from "node:fs";
import { join, resolve } from "node:path";

export interface FoundFile {
  path: string;
  size: number;
}

export interface WalkProblem {
  path: string;
  code: string;
  reason: string;
}

const SKIP_DIRS = new Set([".git", "node_modules", ".mmt"]);

function why(e: unknown): { code: string; reason: string } {
  const code = (e as NodeJS.ErrnoException).code ?? "error";
  const text: Record<string, string> = {
    ENOENT: "no such file or folder",
    EACCES: "permission denied",
    EPERM: "permission denied",
    ELOOP: "symbolic link loop",
    EISDIR: "is a folder",
  };
  return { code: "unreadable", reason: `cannot read: ${text[code] ?? code}` };
}

export async function walk(inputs: readonly string[], skip: (path: string) => boolean = () => false): Promise<{
  files: FoundFile[];
  problems: WalkProblem[];
}> {
  const files: FoundFile[] = [];
  const problems: WalkProblem[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();

  async function visit(path: string, top: boolean): Promise<void> {
    let st: Awaited<ReturnType<typeof fs.stat>>;
    try {
      st = await fs.stat(path);
    } catch (e) {
      problems.push({ path, ...why(e) });
      return;
    }
    if (st.isDirectory()) {
      let real: string;
      try {
        real = await fs.realpath(path);
      } catch (e) {
        problems.push({ path, ...why(e) });
        return;
      }
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      let items: Dirent[];
      try {
        items = await fs.readdir(path, { withFileTypes: true });
      } catch (e) {
        problems.push({ path, ...why(e) });
        return;
      }
      items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const it of items) {
        if (it.isDirectory() && (SKIP_DIRS.has(it.name) || it.name.startsWith("."))) continue;
        if (!it.isDirectory() && it.name.startsWith(".")) continue;
        await visit(join(path, it.name), false);
      }
      return;
    }
    if (!st.isFile()) {
      if (top) problems.push({ path, code: "unsupported", reason: "not a regular file" });
      return;
    }
    const abs = resolve(path);
    if (seenFiles.has(abs) || skip(abs)) return;
    seenFiles.add(abs);
    files.push({ path, size: st.size });
  }

  for (const input of inputs) await visit(input, true);
  return { files, problems };
}
