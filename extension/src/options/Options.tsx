/**
 * Options: tracker URL, token (kept in extension storage only), default country, UI language,
 * and "Test connection". Saving a tracker URL asks for access to that origin only. The page
 * speaks the UI language chosen in it (at once, before Save), as the panel does.
 */
import { useEffect, useState } from "preact/hooks";
import { TrackerClient } from "../../../shared/sync/client";
import { CountryOptions } from "../common/countries";
import { LABEL_LANGS, type LabelLang } from "../../../shared/taxonomy/types";
import { type ExtApi, httpOrigin } from "../common/api";
import { t } from "../common/i18n";
import { DEFAULT_SETTINGS, loadSettings, type Settings, saveSettings, validateTrackerUrl } from "../common/settings";

const LANG_NAMES: Record<LabelLang, string> = { en: "English", fr: "Français", es: "Español", ru: "Русский" };

export function Options({ api }: { api: ExtApi }) {
  const [s, setS] = useState<Settings>(DEFAULT_SETTINGS);
  const [msg, setMsg] = useState<{ text: string; ok: boolean } | null>(null);
  useEffect(() => {
    void loadSettings(api).then(setS);
  }, [api]);

  const say = (key: Parameters<typeof t>[1], fill: Record<string, string> = {}) =>
    t(s.uiLang, key).replace(/\{(\w+)\}/g, (_, k: string) => fill[k] ?? "");

  const save = async () => {
    const v = validateTrackerUrl(s.trackerUrl);
    if (!v.ok) return setMsg({ text: say("optBadUrl", { reason: v.reason }), ok: false });
    const origin = httpOrigin(v.url);
    // Ask for the tracker's origin first, with no await before it: browsers accept a permission
    // request only straight from the click (an origin already granted resolves at once, no prompt).
    if (origin && !(await api.requestOrigin(origin))) {
      return setMsg({ text: say("optNoAccess", { origin }), ok: false });
    }
    const next = { ...s, trackerUrl: v.url, token: s.token.trim() };
    await saveSettings(api, next);
    setS(next);
    setMsg({ text: say(v.url ? "optSaved" : "optSavedLocal"), ok: true });
    void api.sendToBackground({ type: "mmt:sync" }).catch(() => {});
  };

  const test = async () => {
    const v = validateTrackerUrl(s.trackerUrl);
    if (!v.ok || !v.url) return setMsg({ text: v.ok ? say("optUrlFirst") : say("optBadUrl", { reason: v.reason }), ok: false });
    setMsg({ text: say("optTesting"), ok: true });
    const r = await new TrackerClient({ baseUrl: v.url, token: s.token.trim() || undefined, timeoutMs: 10_000 }).testConnection();
    setMsg({ text: r.message, ok: r.status === "ok" });
  };

  return (
    <main class="pad options" lang={s.uiLang}>
      <h1>{say("optionsTitle")}</h1>
      <label class="field">
        <span>{say("optTrackerUrl")}</span>
        <input type="url" value={s.trackerUrl} placeholder="https://tracker.example.org" onInput={(e) => setS({ ...s, trackerUrl: (e.target as HTMLInputElement).value })} data-testid="tracker-url" />
      </label>
      <label class="field">
        <span>{say("optToken")}</span>
        <input type="password" autocomplete="off" value={s.token} onInput={(e) => setS({ ...s, token: (e.target as HTMLInputElement).value })} data-testid="token" />
      </label>
      <label class="field">
        <span>{say("optDefaultCountry")}</span>
        <select value={s.defaultCountry} onChange={(e) => setS({ ...s, defaultCountry: (e.target as HTMLSelectElement).value })}>
          <option value="">—</option>
          <CountryOptions />
        </select>
      </label>
      <label class="field">
        <span>{say("optUiLang")}</span>
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
          {say("save")}
        </button>
        <button type="button" onClick={test} data-testid="test-connection">
          {say("optTest")}
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
