/**
 * Options: tracker URL, token (kept in extension storage only), default country, UI language,
 * and "Test connection". Saving a tracker URL asks for access to that origin only.
 */
import { useEffect, useState } from "preact/hooks";
import { TrackerClient } from "../../../shared/sync/client";
import { CountryOptions } from "../common/countries";
import { LABEL_LANGS, type LabelLang } from "../../../shared/taxonomy/types";
import { type ExtApi, httpOrigin } from "../common/api";
import { DEFAULT_SETTINGS, loadSettings, type Settings, saveSettings, validateTrackerUrl } from "../common/settings";

const LANG_NAMES: Record<LabelLang, string> = { en: "English", fr: "Français", es: "Español", ru: "Русский" };

export function Options({ api }: { api: ExtApi }) {
  const [s, setS] = useState<Settings>(DEFAULT_SETTINGS);
  const [msg, setMsg] = useState<{ text: string; ok: boolean } | null>(null);
  useEffect(() => {
    void loadSettings(api).then(setS);
  }, [api]);

  const save = async () => {
    const v = validateTrackerUrl(s.trackerUrl);
    if (!v.ok) return setMsg({ text: `Tracker URL: ${v.reason}`, ok: false });
    const origin = httpOrigin(v.url);
    // Ask for the tracker's origin first, with no await before it: browsers accept a permission
    // request only straight from the click (an origin already granted resolves at once, no prompt).
    if (origin && !(await api.requestOrigin(origin))) {
      return setMsg({ text: `Without access to ${origin} the extension cannot send entries; nothing saved.`, ok: false });
    }
    const next = { ...s, trackerUrl: v.url, token: s.token.trim() };
    await saveSettings(api, next);
    setS(next);
    setMsg({ text: v.url ? "Saved." : "Saved. No tracker: entries stay in this browser.", ok: true });
    void api.sendToBackground({ type: "mmt:sync" }).catch(() => {});
  };

  const test = async () => {
    const v = validateTrackerUrl(s.trackerUrl);
    if (!v.ok || !v.url) return setMsg({ text: v.ok ? "Enter a tracker URL first." : `Tracker URL: ${v.reason}`, ok: false });
    setMsg({ text: "Testing…", ok: true });
    const r = await new TrackerClient({ baseUrl: v.url, token: s.token.trim() || undefined, timeoutMs: 10_000 }).testConnection();
    setMsg({ text: r.message, ok: r.status === "ok" });
  };

  return (
    <main class="pad options">
      <h1>MM Tracker — Options</h1>
      <label class="field">
        <span>Tracker URL (leave empty to work in this browser only)</span>
        <input type="url" value={s.trackerUrl} placeholder="https://tracker.example.org" onInput={(e) => setS({ ...s, trackerUrl: (e.target as HTMLInputElement).value })} data-testid="tracker-url" />
      </label>
      <label class="field">
        <span>Token (kept in this browser's extension storage; never shown to web pages)</span>
        <input type="password" autocomplete="off" value={s.token} onInput={(e) => setS({ ...s, token: (e.target as HTMLInputElement).value })} data-testid="token" />
      </label>
      <label class="field">
        <span>Default country (when a page names none)</span>
        <select value={s.defaultCountry} onChange={(e) => setS({ ...s, defaultCountry: (e.target as HTMLSelectElement).value })}>
          <option value="">—</option>
          <CountryOptions />
        </select>
      </label>
      <label class="field">
        <span>Language of the panel and of tag labels</span>
        <select value={s.uiLang} data-testid="ui-lang" onChange={(e) => setS({ ...s, uiLang: (e.target as HTMLSelectElement).value as LabelLang })}>
          {LABEL_LANGS.map((l) => (
            <option key={l} value={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <div class="row">
        <button type="button" class="primary" onClick={save} data-testid="save-options">
          Save
        </button>
        <button type="button" onClick={test} data-testid="test-connection">
          Test connection
        </button>
      </div>
      {msg && (
        <p class={msg.ok ? "small" : "small warn"} role="status" data-testid="options-status">
          {msg.text}
        </p>
      )}
    </main>
  );
}
