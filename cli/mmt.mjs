#!/usr/bin/env node
// Entry point of the `mmt` command: registers the TypeScript loader, then runs cli/main.ts.
import { register } from "tsx/esm/api";

register();
await import("./main.ts");
