/**
 * Ribbon commands (manifest <FunctionName>s): the same actions as the pane's buttons, with
 * the saved settings. They run in the shared runtime, so the pane shows their results; when
 * one fails, the pane opens to say why.
 */
import { doInsertTemplate, doPush, doTagRows } from "../app/actions";
import { announce } from "../app/events";
import { loadPrefs } from "../app/prefs";
import { outboxSink } from "../app/sink";
import { type CommandHandler, showTaskpane } from "../excel/register";

async function guarded(f: () => Promise<unknown>): Promise<void> {
  try {
    announce(await f());
  } catch (e) {
    announce({ kind: "error", message: e instanceof Error ? e.message : String(e) });
    await showTaskpane();
  }
}

export const COMMANDS: Record<string, CommandHandler> = {
  insertTemplate: () => guarded(async () => ({ kind: "template", report: await doInsertTemplate() })),
  tagRows: () =>
    guarded(async () => {
      const p = loadPrefs();
      return { kind: "tag", report: await doTagRows({ scope: p.scope, defaultCountry: p.defaultCountry }) };
    }),
  pushRows: () =>
    guarded(async () => {
      const p = loadPrefs();
      const sink = await outboxSink({ trackerUrl: p.trackerUrl, token: p.token });
      try {
        return { kind: "push", summary: await doPush({ scope: p.scope, defaultCountry: p.defaultCountry, sink }) };
      } finally {
        sink.close();
      }
    }),
};
