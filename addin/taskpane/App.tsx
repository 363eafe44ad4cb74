/**
 * The task pane: Insert template / Tag rows / Push, the column chooser, threshold, overwrite,
 * settings, progress and results. Every piece of sheet or tracker text is rendered as a text
 * node (JSX children), never as HTML.
 */
import { useEffect, useState } from "preact/hooks";
import {
  doInsertTemplate,
  doPush,
  doTagRows,
  readSheetColumns,
  type SheetColumns,
} from "../app/actions";
import { RESULT_EVENT } from "../app/events";
import { checkPrefs, loadPrefs, type Prefs, savePrefs } from "../app/prefs";
import type { PushSummary } from "../app/push";
import { outboxSink } from "../app/sink";
import { TrackerClient } from "../../shared/sync/client";
import type { TagRowsReport, TemplateReport } from "../excel/adapter";
import { loadWorkbookSettings } from "../excel/settings";

type Busy = null | "template" | "tag" | "push" | "columns";

type Result =
  | { kind: "template"; report: TemplateReport }
  | { kind: "tag"; report: TagRowsReport }
  | { kind: "push"; summary: PushSummary };


function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

function pct(n: number): string {
  return `${Math.round(n * 100)}%`;
}

export function App() {
  const [prefs, setPrefs] = useState<Prefs>(loadPrefs);
  const [draft, setDraft] = useState<Prefs>(prefs);
  const [showSettings, setShowSettings] = useState(false);
  const [connection, setConnection] = useState<{ ok: boolean; message: string } | null>(null);
  const wb = loadWorkbookSettings();
  const [threshold, setThreshold] = useState(wb.threshold);
  const [overwrite, setOverwrite] = useState(wb.overwrite);
  const [columns, setColumns] = useState<SheetColumns | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState("");
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState("");

  async function refreshColumns(quiet = false) {
    setBusy("columns");
    try {
      const c = await readSheetColumns();
      setColumns(c);
      setChosen(c.textHeaders);
      if (!quiet) setError("");
    } catch (e) {
      setColumns(null);
      setChosen([]);
      if (!quiet) setError(errorText(e));
    } finally {
      setBusy(null);
    }
  }

  useEffect(() => {
    void refreshColumns(true);
    const onResult = (ev: Event) => {
      const d = (ev as CustomEvent<Result | { kind: "error"; message: string }>).detail;
      if (d.kind === "error") setError(d.message);
      else {
        setError("");
        setResult(d);
      }
    };
    globalThis.addEventListener?.(RESULT_EVENT, onResult);
    return () => globalThis.removeEventListener?.(RESULT_EVENT, onResult);
  }, []);

  async function run<T>(what: Exclude<Busy, null>, f: () => Promise<T>, done: (v: T) => Result) {
    setBusy(what);
    setError("");
    setProgress("");
    try {
      const v = await f();
      setResult(done(v));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
      setProgress("");
    }
  }

  const insert = () =>
    run(
      "template",
      async () => {
        const r = await doInsertTemplate();
        await refreshColumns(true);
        return r;
      },
      (report) => ({ kind: "template", report }),
    );

  const tagNow = () =>
    run(
      "tag",
      () =>
        doTagRows({
          scope: prefs.scope,
          textHeaders: chosen,
          threshold,
          overwrite,
          defaultCountry: prefs.defaultCountry,
          onProgress: setProgress,
        }),
      (report) => ({ kind: "tag", report }),
    );

  const push = () =>
    run(
      "push",
      async () => {
        const sink = await outboxSink({ trackerUrl: prefs.trackerUrl, token: prefs.token });
        try {
          return await doPush({ scope: prefs.scope, defaultCountry: prefs.defaultCountry, sink, onProgress: setProgress });
        } finally {
          sink.close();
        }
      },
      (summary) => ({ kind: "push", summary }),
    );

  const setScope = (scope: Prefs["scope"]) => {
    const p = { ...prefs, scope };
    setPrefs(p);
    setDraft({ ...draft, scope });
    savePrefs(p);
  };

  const toggleColumn = (h: string) =>
    setChosen((c) => (c.includes(h) ? c.filter((x) => x !== h) : [...c, h]));

  const testConnection = async () => {
    setConnection({ ok: true, message: "Checking…" });
    try {
      const r = await new TrackerClient({ baseUrl: draft.trackerUrl, token: draft.token, timeoutMs: 10_000 }).testConnection();
      setConnection({ ok: r.status === "ok", message: r.message });
    } catch (e) {
      setConnection({ ok: false, message: errorText(e) });
    }
  };

  const draftErrors = checkPrefs(draft);
  const saveSettings = () => {
    if (Object.keys(draftErrors).length) return;
    const p = { ...draft, defaultCountry: draft.defaultCountry.toUpperCase() };
    savePrefs(p);
    setPrefs(p);
    setShowSettings(false);
  };

  return (
    <main class="pane">
      <header class="brand">
        <div class="logo" aria-hidden="true">
          MM
        </div>
        <div>
          <h1>MM Tracker</h1>
          <p class="sub">Migration mainstreaming indicators</p>
        </div>
        <button
          type="button"
          class="icon"
          aria-expanded={showSettings}
          onClick={() => setShowSettings(!showSettings)}
          title="Settings"
          aria-label="Settings"
        >
          ⚙
        </button>
      </header>

      {showSettings && (
        <section class="card settings" aria-label="Settings">
          <h2>Settings</h2>
          <label>
            Tracker address
            <input
              type="url"
              placeholder="https://tracker.example.org"
              value={draft.trackerUrl}
              onInput={(e) => setDraft({ ...draft, trackerUrl: e.currentTarget.value.trim() })}
            />
            {draftErrors.trackerUrl && <span class="field-error">{draftErrors.trackerUrl}</span>}
          </label>
          <label>
            Token
            <input
              type="password"
              autocomplete="off"
              placeholder="from your tracker administrator"
              value={draft.token}
              onInput={(e) => setDraft({ ...draft, token: e.currentTarget.value.trim() })}
            />
          </label>
          <label>
            Default country
            <input
              type="text"
              maxLength={3}
              placeholder="e.g. KGZ"
              value={draft.defaultCountry}
              onInput={(e) => setDraft({ ...draft, defaultCountry: e.currentTarget.value.trim() })}
            />
            {draftErrors.defaultCountry && <span class="field-error">{draftErrors.defaultCountry}</span>}
          </label>
          <p class="hint">Kept in this browser only, never in the workbook.</p>
          {connection && (
            <p class={connection.ok ? "ok" : "error"} role="status">
              {connection.message}
            </p>
          )}
          <div class="row">
            <button type="button" class="primary" onClick={saveSettings} disabled={Object.keys(draftErrors).length > 0}>
              Save settings
            </button>
            <button type="button" onClick={testConnection} disabled={!draft.trackerUrl || Boolean(draftErrors.trackerUrl)}>
              Test connection
            </button>
            <button
              type="button"
              onClick={() => {
                setConnection(null);
                setDraft(prefs);
                setShowSettings(false);
              }}
            >
              Cancel
            </button>
          </div>
        </section>
      )}

      <section class="card">
        <h2>1. Template</h2>
        <p class="hint">A new sheet with the indicator table and drop-down lists.</p>
        <button type="button" class="primary" onClick={insert} disabled={busy !== null}>
          {busy === "template" ? "Inserting…" : "Insert template"}
        </button>
      </section>

      <section class="card">
        <h2>2. Tag rows</h2>
        <fieldset class="scope">
          <legend>Rows</legend>
          <label>
            <input type="radio" name="scope" checked={prefs.scope === "table"} onChange={() => setScope("table")} />
            Whole table
          </label>
          <label>
            <input
              type="radio"
              name="scope"
              checked={prefs.scope === "selection"}
              onChange={() => setScope("selection")}
            />
            Selected rows
          </label>
        </fieldset>

        <fieldset class="columns">
          <legend>
            Text to tag{columns ? ` (sheet “${columns.sheet}”)` : ""}
            <button type="button" class="link" onClick={() => refreshColumns()} disabled={busy !== null}>
              {busy === "columns" ? "Reading…" : "Refresh"}
            </button>
          </legend>
          {columns ? (
            <ul class="chooser">
              {columns.headers.map((h) => (
                <li key={h}>
                  <label>
                    <input type="checkbox" checked={chosen.includes(h)} onChange={() => toggleColumn(h)} />
                    <span title={h}>{h}</span>
                  </label>
                </li>
              ))}
            </ul>
          ) : (
            <p class="hint">Open your indicator sheet (or insert the template), then Refresh.</p>
          )}
        </fieldset>

        <label class="threshold">
          Review rows below confidence <strong>{pct(threshold)}</strong>
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={threshold}
            onInput={(e) => setThreshold(Number(e.currentTarget.value))}
          />
        </label>
        <label class="check">
          <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.currentTarget.checked)} />
          Replace cells that already have a value
        </label>
        <button type="button" class="primary" onClick={tagNow} disabled={busy !== null}>
          {busy === "tag" ? "Tagging…" : "Tag rows"}
        </button>
      </section>

      <section class="card">
        <h2>3. Push to tracker</h2>
        <p class="hint">
          {prefs.trackerUrl ? `To ${prefs.trackerUrl}` : "Set the tracker address in Settings (⚙)."} Rows are kept
          in the outbox until the tracker has them.
        </p>
        <button type="button" class="primary" onClick={push} disabled={busy !== null}>
          {busy === "push" ? "Pushing…" : "Push to tracker"}
        </button>
      </section>

      {progress && (
        <p class="progress" role="status">
          {progress}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {result && <ResultView result={result} />}
    </main>
  );
}

function ResultView({ result }: { result: Result }) {
  if (result.kind === "template") {
    return (
      <section class="card result" aria-label="Result">
        <h2>Template ready</h2>
        <p>
          Sheet “{result.report.sheet}”, table {result.report.table}. Fill in Title and Description, then Tag rows.
        </p>
      </section>
    );
  }
  if (result.kind === "tag") {
    const r = result.report;
    return (
      <section class="card result" aria-label="Result">
        <h2>Tagged {r.stats.tagged} rows</h2>
        <dl class="stats">
          <dt>Rows</dt>
          <dd>
            {r.firstRow}–{r.lastRow} of “{r.sheet}” ({r.scope === "selection" ? "selection" : "whole table"})
          </dd>
          <dt>To review</dt>
          <dd class={r.stats.low ? "warn" : ""}>{r.stats.low} highlighted</dd>
          <dt>Empty rows</dt>
          <dd>{r.stats.empty}</dd>
          <dt>Cells written</dt>
          <dd>{r.stats.cellsWritten}</dd>
          <dt>Kept (yours)</dt>
          <dd>{r.stats.cellsKept}</dd>
          <dt>Text from</dt>
          <dd>{r.textHeaders.join(", ")}</dd>
          <dt>Time</dt>
          <dd>
            {r.ms} ms, {r.syncs} round trips
          </dd>
        </dl>
      </section>
    );
  }
  const s = result.summary;
  return (
    <section class="card result" aria-label="Result">
      <h2>Pushed {s.rows} rows</h2>
      <dl class="stats">
        <dt>Synced</dt>
        <dd>{s.synced}</dd>
        <dt>Queued</dt>
        <dd>{s.queued}</dd>
        <dt>Conflicts</dt>
        <dd class={s.conflict ? "warn" : ""}>{s.conflict}</dd>
        <dt>Invalid</dt>
        <dd class={s.invalid ? "warn" : ""}>{s.invalid}</dd>
        <dt>Skipped (empty)</dt>
        <dd>{s.skipped}</dd>
      </dl>
      {s.warnings.length > 0 && (
        <ul class="warnings">
          {s.warnings.slice(0, 20).map((w) => (
            <li key={`${w.row}:${w.message}`}>
              Row {w.row}: {w.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
