/**
 * Generates Excel's custom-functions metadata (functions.json) from the JSDoc of
 * addin/functions/functions.ts.
 *
 * Why our own generator: Microsoft's `custom-functions-metadata` (2.2.x) parses with the
 * TypeScript 5 compiler API and fails under the repository's TypeScript 7. Our functions use a
 * small, fixed subset of the JSDoc tags, so a strict parser of that subset is short, and it
 * fails loudly on anything it does not understand instead of guessing.
 *
 * Supported, per exported function:
 *   @customfunction [ID] [NAME]   (id and name default to the function name in upper case)
 *   @param {type} name text      ({type} optional: taken from the TypeScript signature;
 *   @param {type} [name] text     square brackets or `name?:` make the parameter optional)
 *   @returns {type} text
 *   @volatile                     (marks the function volatile)
 * Types: string, number, boolean, any, and T[][] (a matrix of T).
 *
 * Pure: string in, object out (build.ts reads and writes the files).
 */

export type CfType = "string" | "number" | "boolean" | "any";

export interface CfParameter {
  name: string;
  description?: string;
  type: CfType;
  dimensionality?: "matrix";
  optional?: boolean;
}

export interface CfFunction {
  id: string;
  name: string;
  description: string;
  parameters: CfParameter[];
  result: { type: CfType; dimensionality?: "matrix" };
  options?: { volatile?: boolean };
}

export interface CfMetadata {
  functions: CfFunction[];
}

function parseType(raw: string, where: string): { type: CfType; dimensionality?: "matrix" } {
  const t = raw.trim().replace(/\s+/g, "");
  const m = /^(string|number|boolean|any)(\[\]\[\])?$/.exec(t);
  if (!m) throw new Error(`${where}: unsupported type "${raw}" (string, number, boolean, any, or T[][])`);
  return m[2] ? { type: m[1] as CfType, dimensionality: "matrix" } : { type: m[1] as CfType };
}

interface SigParam {
  name: string;
  type: string;
  optional: boolean;
}

function parseSignature(params: string, where: string): SigParam[] {
  const out: SigParam[] = [];
  for (const part of params.split(",").map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\w+)(\?)?\s*:\s*([^=]+?)(\s*=.*)?$/.exec(part);
    if (!m) throw new Error(`${where}: cannot read parameter "${part}"`);
    out.push({ name: m[1], type: m[3].trim(), optional: Boolean(m[2] || m[4]) });
  }
  return out;
}

/** Reads the @customfunction blocks of a TypeScript source and returns functions.json. */
export function generateMetadata(source: string): CfMetadata {
  const functions: CfFunction[] = [];
  const block = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export\s+(?:async\s+)?function\s+(\w+)\s*\(([^)]*)\)\s*:\s*([^{]+?)\s*\{/g;
  for (const m of source.matchAll(block)) {
    const doc = m[1]
      .split("\n")
      .map((l) => l.replace(/^\s*\*\s?/, "").trimEnd())
      .join("\n")
      .trim();
    if (!/(^|\n)@customfunction\b/.test(doc)) continue;
    const fnName = m[2];
    const where = `function ${fnName}`;
    const sig = parseSignature(m[3], where);
    const [descPart, ...tagParts] = doc.split(/\n(?=@)/);
    const description = descPart.startsWith("@") ? "" : descPart.replace(/\s+/g, " ").trim();
    const tagsText = descPart.startsWith("@") ? [descPart, ...tagParts] : tagParts;

    let id = fnName.toUpperCase();
    let name = id;
    const parameters: CfParameter[] = [];
    let result: CfFunction["result"] | null = null;
    let volatile = false;
    for (const raw of tagsText) {
      const t = raw.replace(/\s+/g, " ").trim();
      const tm = /^@(\w+)\s*(.*)$/.exec(t);
      if (!tm) continue;
      const [, tagName, rest] = tm;
      if (tagName === "customfunction") {
        const [i, n] = rest.split(" ").filter(Boolean);
        if (i) id = i;
        name = n ?? id;
        if (!/^[A-Za-z][A-Za-z0-9._]*$/.test(id) || !/^[A-Za-z][A-Za-z0-9._]*$/.test(name)) {
          throw new Error(`${where}: bad id or name "${rest}"`);
        }
      } else if (tagName === "param") {
        const pm = /^(?:\{([^}]+)\}\s*)?(\[?)(\w+)\]?\s*(.*)$/.exec(rest);
        if (!pm) throw new Error(`${where}: cannot read @param "${rest}"`);
        const s = sig.find((p) => p.name === pm[3]);
        if (!s) throw new Error(`${where}: @param ${pm[3]} is not a parameter of the function`);
        const ty = parseType(pm[1] ?? s.type.replace(/\s*\|\s*undefined$/, ""), `${where}, @param ${pm[3]}`);
        const p: CfParameter = { name: pm[3], type: ty.type };
        if (pm[4]) p.description = pm[4];
        if (ty.dimensionality) p.dimensionality = ty.dimensionality;
        if (pm[2] === "[" || s.optional) p.optional = true;
        parameters.push(p);
      } else if (tagName === "returns" || tagName === "return") {
        const rm = /^(?:\{([^}]+)\})?/.exec(rest);
        result = parseType(rm?.[1] ?? m[4], `${where}, @returns`);
      } else if (tagName === "volatile") {
        volatile = true;
      } else {
        throw new Error(`${where}: unsupported JSDoc tag @${tagName}`);
      }
    }
    // Parameters keep the order of the signature; every one must be documented.
    const ordered = sig.map((s) => {
      const p = parameters.find((x) => x.name === s.name);
      if (!p) throw new Error(`${where}: parameter ${s.name} has no @param`);
      return p;
    });
    const firstOptional = ordered.findIndex((p) => p.optional);
    if (firstOptional >= 0 && ordered.slice(firstOptional).some((p) => !p.optional)) {
      throw new Error(`${where}: a required parameter follows an optional one`);
    }
    const fn: CfFunction = {
      id,
      name,
      description,
      parameters: ordered,
      result: result ?? parseType(m[4], `${where}, return type`),
    };
    if (volatile) fn.options = { volatile: true };
    functions.push(fn);
  }
  const ids = new Set<string>();
  for (const f of functions) {
    if (ids.has(f.id)) throw new Error(`duplicate custom function id ${f.id}`);
    ids.add(f.id);
  }
  return { functions };
}
