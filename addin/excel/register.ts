/**
 * Registration with the Office runtime: custom functions (CustomFunctions.associate) and
 * ribbon commands (Office.actions.associate). Part of the Excel adapter: the rest of the add-in
 * never touches the Office globals.
 */
import { FUNCTIONS } from "../functions/functions";

interface CustomFunctionsApi {
  associate(id: string, fn: (...args: never[]) => unknown): void;
}

/** Ids passed to CustomFunctions.associate; a test compares them with functions.json. */
export function registerFunctions(): string[] {
  const cf = (globalThis as { CustomFunctions?: CustomFunctionsApi }).CustomFunctions;
  if (!cf) return [];
  for (const [id, fn] of Object.entries(FUNCTIONS)) cf.associate(id, fn);
  return Object.keys(FUNCTIONS);
}

export type CommandHandler = () => Promise<void>;

/**
 * Ribbon buttons of the manifest (<FunctionName>): each runs its handler and then tells Office
 * the command is done, even when it failed (the handler reports its own errors).
 */
export function registerCommands(handlers: Record<string, CommandHandler>): string[] {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const names = Object.keys(handlers);
  for (const name of names) {
    const action = async (event: Office.AddinCommands.Event) => {
      try {
        await handlers[name]();
      } finally {
        event.completed();
      }
    };
    if (office?.actions?.associate) office.actions.associate(name, action);
    // Hosts without Office.actions look the function up on the global object.
    (globalThis as Record<string, unknown>)[name] = action;
  }
  return names;
}

/** Resolves when Office.js is ready (immediately outside Office, e.g. in a plain browser). */
export async function officeReady(): Promise<{ host: string | null }> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return { host: null };
  const info = await office.onReady();
  return { host: info?.host ? String(info.host) : null };
}

/** Shows the task pane (shared runtime), e.g. after a ribbon command reported a problem. */
export async function showTaskpane(): Promise<void> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    await office?.addin?.showAsTaskpane?.();
  } catch {
    // Not in a shared runtime: nothing to show.
  }
}

/** Runs a batch in Excel. */
export function runExcel<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  const excel = (globalThis as { Excel?: typeof Excel }).Excel;
  if (!excel?.run) return Promise.reject(new Error("Excel is not available: open this pane inside Excel."));
  return excel.run(batch);
}
