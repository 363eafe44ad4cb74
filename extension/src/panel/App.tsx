/**
 * The side panel: what the tagger suggests for the tab, and the analyst's review of it.
 * Every page-derived string is rendered as Preact text (escaped text nodes), never as HTML.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import { newEntryId } from "../../../shared/entry/ids";
import type { Entry, Span } from "../../../shared/entry/entry";
import { categoriesOf, labelOf } from "../../../shared/taxonomy/categories";
import type { LabelLang } from "../../../shared/taxonomy/types";
import { askContent, type ExtApi, type TabInfo } from "../common/api";
import { CountryOptions } from "../common/countries";
import { facetName, type MessageKey, t } from "../common/i18n";
import type { HighlightReply } from "../common/messages";
import { loadSettings, type Settings } from "../common/settings";
import { clientFor, existingFor, openOutbox, type SaveOutcome, saveAndPush, syncNow } from "../common/sync";
import type { Tagged } from "./evidence";
import { fullText, type LoadedPage, openTarget, type PdfText, type TabPage } from "./load";
import { pageTagOptions, recall, remembered } from "../common/page-tags";
import type { Tagger } from "./tagging";
import { mark, publishMarks } from "./timing";
import {
  addTag,
  type Decision,
  type Draft,
  type DraftTag,
  draftFromResult,
  draftProblems,
  groupByFacet,
  mergeExisting,
  relativeHint,
  searchCategories,
  setDecision,
  toEntry,
} from "./state";

export interface AppProps {
  api: ExtApi;
  /** location.search of the panel page (?tabId=N). */
  search: string;
  readPdf: (data: ArrayBuffer) => Promise<PdfText>;
  /** performance.now() when the panel script started; for the "tags shown" timing. */
  openedAt: number;
  /** tag(), in a worker that was started (and warmed up) when the panel opened. */
  tagText: Tagger;
  /** The tab and its text, already being read (main.tsx starts this before the first render). */
  first?: Promise<TabPage>;
  /** Told whether the panel could read its tab (the real panel reloads on a later grant). */
  onReadable?: (readable: boolean) => void;
  /** Shown because the tab has just loaded a new document. */
  newDocument?: boolean;
}

type View =
  | { kind: "loading"; pdf?: boolean }
  | { kind: "ready"; page: LoadedPage; draft: Draft }
  | { kind: "needs-permission"; origin: string; tab: TabInfo }
  | { kind: "unreadable"; reason: string };

const STATE_KEY: Record<string, MessageKey> = {
  local: "savedLocally",
  queued: "queued",
  synced: "synced",
  conflict: "conflict",
  invalid: "invalid",
  "auth-stopped": "authStopped",
};

export function App({ api, search, readPdf, openedAt, tagText, first, onReadable, newDocument }: AppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [view, setView] = useState<View>({ kind: "loading" });
  const [saved, setSaved] = useState<SaveOutcome | null>(null);
  const [inTracker, setInTracker] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [highlightMiss, setHighlightMiss] = useState<string | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [passages, setPassages] = useState<Entry[]>([]);
  const [orphans, setOrphans] = useState<ReadonlySet<string>>(new Set());
  const lang: LabelLang = settings?.uiLang ?? "en";

  useEffect(() => {
    let cancelled = false;
    (async () => {
      mark("appStart");
      // Started by main.tsx for the panel's first view; reading the page is the slow part.
      const target = reloadKey === 0 && first ? first : openTarget(api, search, { readPdf, newDocument: reloadKey === 0 && newDocument });
      const boxP = openOutbox();
      const s = await loadSettings(api);
      if (cancelled) return;
      setSettings(s);
      document.documentElement.lang = s.uiLang;
      mark("settings");
      const { tab, page } = await target;
      if (!tab || !page) return setView({ kind: "unreadable", reason: "no tab" });
      if (cancelled) return;
      if (page.kind === "unreadable") return setView({ kind: "unreadable", reason: page.reason });
      if (page.kind === "needs-permission") return setView({ kind: "needs-permission", origin: page.origin, tab });
      const url = page.kind === "html" ? page.page.url : page.url;
      const title = page.kind === "html" ? page.page.title : page.title;
      const html = page.kind === "html" ? page.page : undefined;
      const options = pageTagOptions(title);
      // The outbox look-up needs only the URL: it runs while the text is tagged.
      const knownP = boxP.then(async (box) => ({
        known: await existingFor(box, url),
        mine: (await box.findByUrl(url)).filter((f) => f.entry.kind === "passage").map((f) => f.entry),
      }));
      // Tags an earlier panel left with this same text (the page has not changed since).
      const recalled = html && recall(html.remembered, title, options.maxEvidence);
      let textLength = html?.textLength ?? (html ? html.text.length : page.kind === "pdf" ? page.pdf.text.length : 0);
      let tagged: Tagged;
      if (recalled) tagged = recalled;
      else {
        const text = html ? (await fullText(api, tab, html)).text : page.kind === "pdf" ? page.pdf.text : "";
        textLength = text.length;
        tagged = await tagText(text, options);
      }
      if (cancelled) return;
      mark("tagged");
      document.documentElement.dataset.textChars = String(textLength);
      document.documentElement.dataset.textCached = String(Boolean(html?.cached));
      document.documentElement.dataset.tagsRecalled = String(Boolean(recalled));
      if (html?.extractor) document.documentElement.dataset.extractor = html.extractor;
      const remember = (textId: number | undefined, t: Tagged) => {
        if (textId === undefined) return;
        const value = remembered(title, t);
        void askContent(api, tab.id, { type: "mmt:remember", textId, value }).catch(() => {});
      };
      const { known, mine } = await knownP;
      const box = await boxP;
      const draftOf = ({ result, sentences }: Tagged, length: number) => {
        const d = draftFromResult({
          url,
          title,
          textLength: length,
          result,
          sentences,
          defaultCountry: s.defaultCountry,
          pageLang: html?.lang,
          ...(page.kind === "pdf" ? { pdf: { pageStarts: page.pdf.pageStarts } } : {}),
        });
        return known ? mergeExisting(d, known.entry) : d;
      };
      const draft = draftOf(tagged, textLength);
      if (known) {
        setSaved({ state: known.state });
        setInTracker(known.state === "synced");
      }
      if (cancelled) return;
      mark("outbox");
      setPassages(mine);
      setView({ kind: "ready", page, draft });
      if (recalled && html) {
        // Shown at once. Then, once they are on screen (a 1 MB reply to parse would delay
        // the paint), check them: fetch the text, tag it again in the worker, and put the
        // fresh tags in if they differ and the analyst has not touched the draft yet.
        void (async () => {
          await new Promise((r) => setTimeout(r, 250));
          if (cancelled) return;
          const again = await fullText(api, tab, html);
          const fresh = await tagText(again.text, options);
          if (cancelled) return;
          const same = JSON.stringify(fresh) === JSON.stringify(recalled);
          document.documentElement.dataset.tagsRechecked = same ? "same" : "changed";
          if (same) return;
          remember(again.textId, fresh);
          setView((v) => (v.kind === "ready" && v.draft === draft ? { ...v, draft: draftOf(fresh, again.text.length) } : v));
        })().catch(() => {});
      } else if (html) remember(html.textId, tagged);
      void api.sendToBackground({ type: "mmt:badge", tabId: tab.id, inTracker: known?.state === "synced" }).catch(() => {});
      // Push what is waiting and refresh the local copy of the tracker, without blocking the panel.
      void syncNow(box, s).then(async () => {
        const again = await existingFor(box, url);
        if (!cancelled && again?.state === "synced") setInTracker(true);
      });
    })().catch((e) => setView({ kind: "unreadable", reason: e instanceof Error ? e.message : String(e) }));
    return () => {
      cancelled = true;
    };
  }, [api, search, readPdf, tagText, reloadKey, first, newDocument]);

  useEffect(() => {
    if (view.kind !== "loading") onReadable?.(view.kind === "ready");
  }, [view.kind, onReadable]);

  useEffect(() => {
    if (view.kind === "ready") {
      const now = performance.now();
      document.documentElement.dataset.tagsShownMs = (now - openedAt).toFixed(1);
      document.documentElement.dataset.sinceNavigationMs = now.toFixed(1);
      mark("shown", now);
      publishMarks();
    }
  }, [view.kind, openedAt]);

  if (view.kind === "loading") return <p class="muted pad">{t(lang, view.pdf ? "readingPdf" : "reading")}</p>;
  if (view.kind === "unreadable")
    return (
      <div class="pad">
        <p>{t(lang, "cannotRead")}</p>
        <p class="muted small">{view.reason}</p>
      </div>
    );
  if (view.kind === "needs-permission") {
    return (
      <div class="pad">
        <button
          type="button"
          class="primary"
          onClick={() => {
            // permissions.request must be the first thing the click does.
            void api.requestOrigin(view.origin).then((ok) => ok && setReloadKey((k) => k + 1));
          }}
        >
          {t(lang, "allowPdf")} {view.origin}
        </button>
      </div>
    );
  }

  const { draft, page } = view;
  const update = (d: Draft) => setView({ ...view, draft: d });
  const isPdf = page.kind === "pdf";

  const showEvidence = async (span: Span) => {
    setHighlightMiss(null);
    if (isPdf) return;
    try {
      const r = await askContent<HighlightReply>(api, page.tab.id, { type: "mmt:highlight", quote: span.quote, hint: relativeHint(span, draft.textLength) });
      if (!r.found) setHighlightMiss(span.quote);
    } catch {
      setHighlightMiss(span.quote);
    }
  };

  const showPassage = async (p: Entry) => {
    const sel = p.source.selector;
    if (!sel || isPdf) return;
    let found = false;
    try {
      found = (await askContent<HighlightReply>(api, page.tab.id, { type: "mmt:highlight", quote: sel.exact, selector: sel })).found;
    } catch {
      found = false;
    }
    const next = new Set(orphans);
    if (found) next.delete(p.id);
    else next.add(p.id);
    setOrphans(next);
  };

  const tagSelection = async () => {
    await api.sendToBackground({ type: "mmt:tag-selection", tabId: page.tab.id }).catch(() => {});
    const box = await openOutbox();
    setPassages((await box.findByUrl(draft.url)).filter((f) => f.entry.kind === "passage").map((f) => f.entry));
  };

  /** The answer to a conflict: send mine on top of the tracker's revision, or take the tracker's. */
  const resolve = async (choice: "keep-mine" | "take-theirs") => {
    if (!draft.id || !settings) return;
    const box = await openOutbox();
    await box.resolveConflict(draft.id, choice);
    if (choice === "take-theirs") {
      setSaved(null);
      setReloadKey((k) => k + 1);
      return;
    }
    const client = clientFor(settings);
    const report = client ? await box.push(client) : null;
    const state = await box.stateOf(draft.id);
    const local = await box.get(draft.id);
    update({ ...draft, revision: local?.entry.revision ?? draft.revision });
    setSaved({ state: state === "unknown" ? "queued" : state, ...(report?.error ? { error: report.error } : {}) });
    if (state === "synced") setInTracker(true);
  };

  const save = async () => {
    const p = draftProblems(draft);
    setProblems(p);
    if (p.length || !settings) return;
    setSaving(true);
    // The last save's state ("Synced") says nothing about this one until it is answered.
    setSaved(null);
    try {
      const entry = toEntry(draft, { id: newEntryId(), now: new Date().toISOString() });
      const box = await openOutbox();
      const outcome = await saveAndPush(box, entry, settings);
      // After a save the entry has an id; a second save updates it (the tracker bumps revisions).
      const local = await box.get(entry.id);
      update({ ...draft, id: entry.id, revision: local?.entry.revision ?? draft.revision });
      setSaved(outcome);
      if (outcome.state === "synced") setInTracker(true);
      void api.sendToBackground({ type: "mmt:badge", tabId: page.tab.id, inTracker: outcome.state === "synced" }).catch(() => {});
    } finally {
      setSaving(false);
    }
  };

  return (
    <main>
      <header class="pad">
        <div class="row">
          <strong class="brand">MM Tracker</strong>
          {inTracker && (
            <span class="chip ok" data-testid="in-tracker">
              ✓ {t(lang, "inTracker")}
            </span>
          )}
        </div>
        <label class="field">
          <span>{t(lang, "title")}</span>
          <input value={draft.title} onInput={(e) => update({ ...draft, title: (e.target as HTMLInputElement).value })} data-testid="title" />
        </label>
        <p class="muted small url" title={draft.url}>
          {isPdf ? `PDF · ${page.pdf.pages} ${t(lang, "pages")} · ` : ""}
          {draft.url}
        </p>
        <Meta draft={draft} lang={lang} onChange={update} />
        <p class="small">
          {t(lang, "relevance")}: <Meter value={draft.relevance} /> {Math.round(draft.relevance * 100)}%
        </p>
      </header>

      <section class="pad" data-testid="tags">
        <h2>{t(lang, "suggested")}</h2>
        {draft.tags.length === 0 && <p class="muted">{t(lang, "noTags")}</p>}
        {groupByFacet(draft).map((g) => (
          <div class="facet" key={g.facet} data-facet={g.facet}>
            <h3>{facetName(g.facet, lang)}</h3>
            {g.tags.map((tg) => (
              <TagRow
                key={`${tg.facet}:${tg.id}`}
                tag={tg}
                lang={lang}
                isPdf={isPdf}
                onDecide={(d) => update(setDecision(draft, tg.facet, tg.id, d))}
                onEvidence={showEvidence}
              />
            ))}
          </div>
        ))}
        {highlightMiss !== null && <p class="warn small">{t(lang, "notFound")}</p>}
        <Picker lang={lang} draft={draft} onAdd={(f, id) => update(addTag(draft, f, id))} />
      </section>

      {passages.length > 0 && (
        <section class="pad" data-testid="passages">
          <h2>
            {t(lang, "passages")} ({passages.length})
          </h2>
          <ul class="evidence">
            {passages.map((p) => (
              <li key={p.id} data-testid="passage" data-id={p.id}>
                <button type="button" class="quote" onClick={() => showPassage(p)} disabled={isPdf}>
                  {(p.source.selector?.exact ?? "").slice(0, 300)}
                </button>
                <span class="muted small">{p.tags.map((x) => labelOf(x.facet, x.id, lang)).join(" · ")}</span>
                {orphans.has(p.id) && (
                  <p class="warn small" data-testid="orphan">
                    {t(lang, "orphan")}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section class="pad">
        <label class="field">
          <span>{t(lang, "note")}</span>
          <textarea rows={3} value={draft.note} onInput={(e) => update({ ...draft, note: (e.target as HTMLTextAreaElement).value })} data-testid="note" />
        </label>
        {problems.map((p) => (
          <p class="warn small" key={p}>
            {p}
          </p>
        ))}
        <div class="row">
          <button type="button" class="primary" disabled={saving} onClick={save} data-testid="save">
            {saving ? t(lang, "saving") : t(lang, "save")}
          </button>
          <button type="button" onClick={tagSelection} disabled={isPdf} data-testid="tag-selection">
            {t(lang, "tagSelection")}
          </button>
        </div>
        {saved && (
          <p class={`status small ${saved.state}`} data-testid="sync-state" data-state={saved.state}>
            {t(lang, "statusLabel")}: {t(lang, STATE_KEY[saved.state] ?? "queued")}
            {saved.error ? ` (${saved.error})` : ""}
          </p>
        )}
        {saved?.state === "conflict" && (
          <div class="row">
            <button type="button" onClick={() => resolve("keep-mine")} data-testid="keep-mine">
              {t(lang, "keepMine")}
            </button>
            <button type="button" onClick={() => resolve("take-theirs")} data-testid="take-theirs">
              {t(lang, "takeTheirs")}
            </button>
          </div>
        )}
        {settings && !settings.trackerUrl && <p class="muted small">{t(lang, "localOnly")}</p>}
      </section>
    </main>
  );
}

function Meter({ value }: { value: number }) {
  return (
    <span class="meter" aria-hidden="true">
      <span style={{ width: `${Math.round(Math.max(0, Math.min(1, value)) * 100)}%` }} />
    </span>
  );
}

function Meta({ draft, lang, onChange }: { draft: Draft; lang: LabelLang; onChange: (d: Draft) => void }) {
  const instruments = useMemo(() => categoriesOf("instrument"), []);
  return (
    <div class="meta">
      <label class="field">
        <span>{t(lang, "country")}</span>
        <select value={draft.country} onChange={(e) => onChange({ ...draft, country: (e.target as HTMLSelectElement).value })} data-testid="country">
          <option value="">{t(lang, "none")}</option>
          <CountryOptions />
        </select>
      </label>
      <label class="field">
        <span>{t(lang, "language")}</span>
        <input value={draft.language} size={3} maxLength={2} onInput={(e) => onChange({ ...draft, language: (e.target as HTMLInputElement).value.toLowerCase() })} data-testid="language" />
      </label>
      <label class="field">
        <span>{t(lang, "docType")}</span>
        <select value={draft.instrument} onChange={(e) => onChange({ ...draft, instrument: (e.target as HTMLSelectElement).value })} data-testid="instrument">
          <option value="">{t(lang, "none")}</option>
          {instruments.map((c) => (
            <option key={c.id} value={c.id}>
              {labelOf("instrument", c.id, lang)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t(lang, "year")}</span>
        <input value={draft.year} size={5} inputMode="numeric" onInput={(e) => onChange({ ...draft, year: (e.target as HTMLInputElement).value.trim() })} data-testid="year" />
      </label>
    </div>
  );
}

interface TagRowProps {
  tag: DraftTag;
  lang: LabelLang;
  isPdf: boolean;
  onDecide: (d: Decision) => void;
  onEvidence: (s: Span) => void;
}

function TagRow({ tag: tg, lang, isPdf, onDecide, onEvidence }: TagRowProps) {
  const [open, setOpen] = useState(false);
  const label = labelOf(tg.facet, tg.id, lang);
  return (
    <div class={`tag ${tg.decision}`} data-testid="tag" data-tag={`${tg.facet}:${tg.id}`} data-decision={tg.decision}>
      <div class="row">
        <button type="button" class="link grow" onClick={() => setOpen(!open)} aria-expanded={open} disabled={!tg.evidence.length}>
          {tg.evidence.length ? (open ? "▾ " : "▸ ") : "  "}
          {label}
        </button>
        {tg.score !== undefined && (
          <span class="score" title={`score ${tg.score.toFixed(2)}`}>
            <Meter value={tg.score} /> {Math.round(tg.score * 100)}
          </span>
        )}
        {tg.added && <span class="chip">{t(lang, "human")}</span>}
        {tg.decision === "suggested" ? (
          <>
            <button type="button" class="icon ok" title={t(lang, "accept")} aria-label={`${t(lang, "accept")}: ${label}`} onClick={() => onDecide("accepted")} data-testid="accept">
              ✓
            </button>
            <button type="button" class="icon no" title={t(lang, "reject")} aria-label={`${t(lang, "reject")}: ${label}`} onClick={() => onDecide("rejected")} data-testid="reject">
              ✕
            </button>
          </>
        ) : (
          <>
            <span class={`chip ${tg.decision === "accepted" ? "ok" : "no"}`}>{t(lang, tg.decision === "accepted" ? "accepted" : "rejected")}</span>
            <button type="button" class="icon" title={t(lang, "undo")} aria-label={`${t(lang, "undo")}: ${label}`} onClick={() => onDecide(tg.added ? "rejected" : "suggested")}>
              ↺
            </button>
          </>
        )}
      </div>
      {open && (
        <ul class="evidence">
          {tg.evidence.map((s) => (
            <li key={s.start}>
              <button type="button" class="quote" onClick={() => onEvidence(s)} data-testid="evidence" disabled={isPdf}>
                {s.page ? <span class="page">{`${t(lang, "page")} ${s.page}`}</span> : null}
                {s.quote}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Picker({ lang, draft, onAdd }: { lang: LabelLang; draft: Draft; onAdd: (facet: string, id: string) => void }) {
  const [q, setQ] = useState("");
  const have = useMemo(() => new Set(draft.tags.filter((x) => x.decision !== "rejected").map((x) => `${x.facet}:${x.id}`)), [draft.tags]);
  const items = q.trim() ? searchCategories(q, lang, have, 12) : [];
  return (
    <div class="picker">
      <label class="field">
        <span>{t(lang, "addTag")}</span>
        <input type="search" value={q} placeholder={t(lang, "searchTaxonomy")} onInput={(e) => setQ((e.target as HTMLInputElement).value)} data-testid="picker" />
      </label>
      {items.length > 0 && (
        <ul class="choices">
          {items.map((it) => (
            <li key={`${it.facet}:${it.id}`}>
              <button
                type="button"
                class="link"
                onClick={() => {
                  onAdd(it.facet, it.id);
                  setQ("");
                }}
                data-testid="pick"
              >
                <span class="muted small">{facetName(it.facet, lang)} · </span>
                {it.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
