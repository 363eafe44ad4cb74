/**
 * pdf.js's legacy build (the one that runs on Node 20) carries core-js, which on load replaces
 * built-ins that V8 already implements natively: JSON.stringify and JSON.parse (for the
 * JSON.rawJSON / source-text proposals), Array.prototype.push (an edge case of non-writable
 * lengths), Function.prototype.toString, and %IteratorPrototype%.constructor. The replacements
 * are JavaScript, and they also knock V8 off its fast paths for the rest of the thread: in a
 * classify worker that had met one PDF, JSON.stringify ran ~6x slower and tag() ~30% slower on
 * every later file, whatever its format. None of the proposals is used by pdf.js or by us, so
 * after loading it we put the engine's own functions back; the methods core-js ADDS (iterator
 * helpers, Set methods, Map.getOrInsert, Uint8Array base64/hex) stay, as pdf.js uses them.
 */

interface Natives {
  stringify: typeof JSON.stringify;
  parse: typeof JSON.parse;
  push: typeof Array.prototype.push;
  toString: typeof Function.prototype.toString;
  iteratorConstructor: PropertyDescriptor | undefined;
}

const iteratorPrototype: object = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

function capture(): Natives {
  return {
    stringify: JSON.stringify,
    parse: JSON.parse,
    push: Array.prototype.push,
    toString: Function.prototype.toString,
    iteratorConstructor: Object.getOwnPropertyDescriptor(iteratorPrototype, "constructor"),
  };
}

function restore(n: Natives): void {
  JSON.stringify = n.stringify;
  JSON.parse = n.parse;
  Array.prototype.push = n.push;
  Function.prototype.toString = n.toString;
  if (n.iteratorConstructor) Object.defineProperty(iteratorPrototype, "constructor", n.iteratorConstructor);
  else Reflect.deleteProperty(iteratorPrototype, "constructor");
}

/** Runs `load` (imports that may install polyfills) and then restores the built-ins listed above. */
export async function keepingNativeBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const natives = capture();
  try {
    return await load();
  } finally {
    restore(natives);
  }
}
