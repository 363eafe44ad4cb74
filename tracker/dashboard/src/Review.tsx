/**
 * The review queue: suggested entries matching the filters, one at a time. Confirm, reject,
 * remove or add tags, with the keyboard (shortcuts on screen) or the buttons. Every decision
 * is a PUT of the entry with the revision the reviewer saw; when someone else changed it in
 * the meantime the tracker answers "conflict" and the reviewer sees both versions — nothing is
 * overwritten.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Entry, EntryTag } from "../../../shared/entry/entry";
import { categoriesOf, labelOf } from "../../../shared/taxonomy/categories";
import type { Facet } from "../../../shared/taxonomy/types";
import type { Session } from "./App";
import { EntryDetail, SourceView } from "./EntryDetail";
import { FilterBar } from "./FilterBar";
import { type Filters, toApiFilter, withinTo } from "./filters";
import { cap, countryName, FACET_LIST, facetLabel, formatDate } from "./format";
import { reviewKey, SHORTCUTS } from "./keys";
import { addTag, type Decision, decide, diffEntries, editedTags, NO_EDITS, sortTags, type TagEdits, tagKey, toggleRemoved } from "./review";

const PAGE = 25;

interface Conflict {
  mine: Entry;
  theirs: Entry | null;
}

function inField(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  if (!el?.tagName) return false;
  return ["INPUT", "SELECT", "TEXTAREA"].includes(el.tagName) || el.isContentEditable;
}

export function ReviewView({ session, filters, onFilters }: { session: Session; filters: Filters; onFilters: (f: Filters) => void }) {
  const [queue, setQueue] = useState<Entry[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [i, setI] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [edits, setEditsState] = useState<TagEdits>(NO_EDITS);
  // The latest edits, readable at once: a key press right after another (before Preact
  // re-renders) must see the tag the first one removed.
  const editsRef = useRef<TagEdits>(NO_EDITS);
  const setEdits = (next: TagEdits | ((prev: TagEdits) => TagEdits)) => {
    const v = typeof next === "function" ? next(editsRef.current) : next;
    editsRef.current = v;
    setEditsState(v);
  };
  const [busy, setBusy] = useState(false);
  // Set at once on a decision and cleared only after the re-render that follows it, so a
  // second key press cannot send the same (now stale) revision again.
  const busyRef = useRef(false);
  const [settled, setSettled] = useState(0);
  useEffect(() => {
    busyRef.current = false;
  }, [settled]);
  const [status, setStatus] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [decided, setDecided] = useState<Record<string, Decision>>({});
  const [help, setHelp] = useState(true);
  const [detail, setDetail] = useState(false);
  const [addFacet, setAddFacet] = useState<Facet>("theme");
  const [addId, setAddId] = useState("");
  const addRef = useRef<HTMLSelectElement>(null);
  const headRef = useRef<HTMLHeadingElement>(null);
  const gen = useRef(0);

  const fetchPage = async (cursor: string | null, keep: Entry[]) => {
    const my = ++gen.current;
    setLoading(true);
    setError(null);
    try {
      const page = await session.client.listEntries({ ...toApiFilter(filters), status: "suggested", limit: PAGE, cursor: cursor ?? undefined });
      if (my !== gen.current) return;
      setQueue([...keep, ...page.entries.filter((e) => withinTo(filters, e.updatedAt))]);
      setNext(page.next);
    } catch (e) {
      if (my === gen.current) setError(session.fail(e));
    } finally {
      if (my === gen.current) setLoading(false);
    }
  };

  useEffect(() => {
    setI(0);
    setEdits(NO_EDITS);
    setConflict(null);
    setDecided({});
    setStatus(null);
    void fetchPage(null, []);
  }, [filters, session]);

  const cur: Entry | undefined = queue[i];

  const moveTo = (n: number) => {
    if (n < 0) return;
    if (n >= queue.length) {
      if (next && !loading) void fetchPage(next, queue).then(() => setI(n));
      else setI(Math.min(n, queue.length));
    } else setI(n);
    setEdits(NO_EDITS);
    setConflict(null);
    setTimeout(() => headRef.current?.focus(), 0);
  };

  const nextUndecided = (from: number, done: Record<string, Decision>): number => {
    for (let k = from + 1; k < queue.length; k++) if (!done[queue[k].id]) return k;
    return queue.length;
  };

  const submit = async (decision: Decision) => {
    if (!cur || busyRef.current) return;
    busyRef.current = true;
    const mine = decide(cur, decision, editsRef.current);
    setBusy(true);
    setStatus(null);
    setError(null);
    try {
      const [r] = await session.client.putEntries([mine]);
      if (r.result === "updated" || r.result === "unchanged") {
        const saved: Entry = { ...mine, revision: r.revision ?? cur.revision + 1, author: cur.author, createdAt: cur.createdAt, updatedAt: new Date().toISOString() };
        const q = queue.slice();
        q[i] = saved;
        setQueue(q);
        const done = { ...decided, [cur.id]: decision };
        setDecided(done);
        setStatus(`${decision === "confirmed" ? "Confirmed" : "Rejected"}: “${cur.title || "(untitled)"}”.`);
        const n = nextUndecided(i, done);
        if (n >= queue.length && next) {
          await fetchPage(next, q);
          setI(n);
        } else setI(n);
        setEdits(NO_EDITS);
        setTimeout(() => headRef.current?.focus(), 0);
      } else if (r.result === "conflict") {
        setConflict({ mine, theirs: r.current ?? null });
      } else if (r.result === "invalid") {
        setError(
          r.reason?.startsWith("forbidden")
            ? `The tracker did not allow this: ${r.reason}. Confirming and rejecting needs a reviewer token.`
            : `The tracker refused the change: ${r.reason ?? "invalid entry"}.`,
        );
      } else {
        setError(`Unexpected answer from the tracker: ${r.result}.`);
      }
    } catch (e) {
      setError(`Nothing was saved. ${session.fail(e)}`);
    } finally {
      setBusy(false);
      setSettled((k) => k + 1);
    }
  };

  const takeTheirs = () => {
    if (!conflict) return;
    const q = queue.slice();
    if (conflict.theirs) q[i] = conflict.theirs;
    else q.splice(i, 1);
    setQueue(q);
    if (conflict.theirs && conflict.theirs.status !== "suggested") setDecided({ ...decided, [conflict.theirs.id]: conflict.theirs.status as Decision });
    setConflict(null);
    setEdits(NO_EDITS);
    setStatus(conflict.theirs ? "Showing the tracker's current version. Your change was not saved; decide again if you still want it." : "The entry was deleted by someone else.");
    setTimeout(() => headRef.current?.focus(), 0);
  };

  const shownTags = cur ? sortTags([...cur.tags, ...edits.added.map((a): EntryTag => ({ ...a, origin: "human" }))]) : [];

  // The key handler of this render; one document listener calls the latest one.
  const onKeyRef = useRef<(e: KeyboardEvent) => void>(() => {});
  onKeyRef.current = (e: KeyboardEvent) => {
    if (detail || e.defaultPrevented) return;
    if (document.querySelector("dialog[open]")) return;
    const a = reviewKey({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, inField: inField(e.target) });
    if (!a) return;
    if (a.type === "help") {
      e.preventDefault();
      setHelp((h) => !h);
      return;
    }
    if (!cur) return;
    if (conflict && a.type !== "next" && a.type !== "prev") return;
    e.preventDefault();
    switch (a.type) {
      case "confirm":
        void submit("confirmed");
        break;
      case "reject":
        void submit("rejected");
        break;
      case "next":
        moveTo(i + 1);
        break;
      case "prev":
        moveTo(i - 1);
        break;
      case "toggleTag": {
        const t = shownTags[a.index];
        if (t) setEdits((prev) => toggleRemoved(prev, tagKey(t)));
        break;
      }
      case "addTag":
        addRef.current?.focus();
        break;
      case "open":
        setDetail(true);
        break;
    }
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => onKeyRef.current(e);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const kept = cur ? new Set(editedTags(cur, edits).map(tagKey)) : new Set<string>();
  const addable = categoriesOf(addFacet).filter((c) => !kept.has(`${addFacet}:${c.id}`));
  const undecidedLeft = queue.filter((e) => !decided[e.id]).length;

  return (
    <section aria-labelledby="review-title">
      <div class="head">
        <h1 id="review-title">Review queue</h1>
        <p class="muted" aria-live="polite">
          {loading ? "Loading…" : `${undecidedLeft} suggested ${undecidedLeft === 1 ? "entry" : "entries"} to review${next ? " (more on the tracker)" : ""}`}
        </p>
      </div>
      <FilterBar filters={filters} onFilters={onFilters} hide={["status"]} idPrefix="rf" />
      <div class="review-layout">
        <div class="review-main">
          {status && (
            <p class="banner ok" role="status">
              {status}
            </p>
          )}
          {error && (
            <div class="banner error" role="alert">
              {error}
            </div>
          )}
          {conflict && cur && (
            <div class="conflict" role="alert" aria-labelledby="conflict-title">
              <h2 id="conflict-title">Someone else changed this entry</h2>
              {conflict.theirs ? (
                <>
                  <p>
                    Your decision was not saved: someone changed the entry at {formatDate(conflict.theirs.updatedAt)}, so the tracker now has
                    revision {conflict.theirs.revision} and you reviewed revision {conflict.mine.revision}. Nothing was overwritten. Compare
                    below, then look at the current version and decide again.
                  </p>
                  <table class="diff">
                    <caption class="sr-only">Differences between your change and the tracker's current version</caption>
                    <thead>
                      <tr>
                        <th scope="col">Field</th>
                        <th scope="col">Your change</th>
                        <th scope="col">Current on the tracker</th>
                      </tr>
                    </thead>
                    <tbody>
                      {diffEntries(conflict.mine, conflict.theirs).map((d) => (
                        <tr key={d.field}>
                          <th scope="row">{d.field}</th>
                          <td>{d.mine}</td>
                          <td>{d.theirs}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              ) : (
                <p>Your decision was not saved: the entry was deleted on the tracker.</p>
              )}
              <div class="buttons">
                <button type="button" class="primary" onClick={takeTheirs}>
                  {conflict.theirs ? "Show the current version" : "Remove it from the queue"}
                </button>
                <button type="button" onClick={() => moveTo(i + 1)}>
                  Skip this entry
                </button>
              </div>
            </div>
          )}
          {!loading && !error && queue.length === 0 && (
            <div class="empty">
              <p>Nothing to review: no suggested entries match these filters.</p>
            </div>
          )}
          {!cur && queue.length > 0 && !loading && (
            <div class="empty">
              <p>You have reached the end of the queue{undecidedLeft > 0 ? ` (${undecidedLeft} skipped)` : ""}.</p>
              <button type="button" onClick={() => moveTo(0)}>
                Back to the first entry
              </button>
            </div>
          )}
          {cur && (
            <article class={`card ${decided[cur.id] ?? ""}`} aria-labelledby="review-entry-title" data-id={cur.id}>
              <p class="muted small">
                Entry {i + 1} of {queue.length}
                {next ? "+" : ""}
                {decided[cur.id] ? ` · ${cap(decided[cur.id])}` : ""}
              </p>
              <h2 id="review-entry-title" ref={headRef} tabIndex={-1}>
                {cur.title || "(untitled)"}
              </h2>
              <p class="muted">
                {countryName(cur.country)} · {cap(cur.kind)} · revision {cur.revision} · by {cur.author ?? "unknown"} · {formatDate(cur.updatedAt)}
              </p>
              <h3 id="review-tags">Tags ({kept.size} kept)</h3>
              {shownTags.length === 0 && <p class="muted">No tags suggested. Add one below, or reject the entry.</p>}
              <ol class="review-tags" aria-labelledby="review-tags">
                {shownTags.map((t, n) => {
                  const k = tagKey(t);
                  const on = kept.has(k);
                  return (
                    <li key={k} class={on ? "" : "removed"}>
                      <button type="button" class="toggle" aria-pressed={on} onClick={() => setEdits((prev) => toggleRemoved(prev, k))} aria-keyshortcuts={n < 9 ? String(n + 1) : undefined}>
                        <kbd>{n < 9 ? n + 1 : " "}</kbd>
                        <span class="facet">{facetLabel(t.facet)}</span>
                        <span class="tag-label">{labelOf(t.facet, t.id)}</span>
                        {t.origin === "human" && <span class="muted"> (added)</span>}
                        <span class="sr-only">{on ? ", kept" : ", removed"}</span>
                      </button>
                      {t.evidence?.slice(0, 3).map((q, qi) => (
                        <blockquote key={qi} class="evidence-quote">
                          {q.quote}
                          {q.page !== undefined ? ` (page ${q.page})` : ""}
                        </blockquote>
                      ))}
                    </li>
                  );
                })}
              </ol>
              <form
                class="add-tag"
                aria-label="Add a tag"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (!addId || !cur) return;
                  setEdits((prev) => addTag(prev, cur, { facet: addFacet, id: addId }));
                  setAddId("");
                  headRef.current?.focus();
                }}
              >
                <label for="add-facet">Add a tag: facet</label>
                <select
                  id="add-facet"
                  ref={addRef}
                  value={addFacet}
                  onChange={(e) => {
                    setAddFacet((e.target as HTMLSelectElement).value as Facet);
                    setAddId("");
                  }}
                >
                  {FACET_LIST.map((f) => (
                    <option key={f} value={f}>
                      {facetLabel(f)}
                    </option>
                  ))}
                </select>
                <label for="add-id">category</label>
                <select id="add-id" value={addId} onChange={(e) => setAddId((e.target as HTMLSelectElement).value)}>
                  <option value="">Choose…</option>
                  {addable.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.label.en}
                    </option>
                  ))}
                </select>
                <button type="submit" disabled={!addId}>
                  Add
                </button>
              </form>
              {cur.note && (
                <>
                  <h3>Note</h3>
                  <p class="note">{cur.note}</p>
                </>
              )}
              <details>
                <summary>Source</summary>
                <SourceView entry={cur} />
              </details>
              <div class="buttons decide">
                <button type="button" class="primary" disabled={busy || Boolean(conflict)} onClick={() => submit("confirmed")} aria-keyshortcuts="C">
                  Confirm <kbd>C</kbd>
                </button>
                <button type="button" class="danger" disabled={busy || Boolean(conflict)} onClick={() => submit("rejected")} aria-keyshortcuts="R">
                  Reject <kbd>R</kbd>
                </button>
                <button type="button" disabled={i === 0} onClick={() => moveTo(i - 1)} aria-keyshortcuts="K ArrowLeft">
                  Previous <kbd>K</kbd>
                </button>
                <button type="button" onClick={() => moveTo(i + 1)} aria-keyshortcuts="J ArrowRight">
                  Skip <kbd>J</kbd>
                </button>
                <button type="button" onClick={() => setDetail(true)} aria-keyshortcuts="D">
                  Details <kbd>D</kbd>
                </button>
              </div>
              {busy && (
                <p role="status" class="muted">
                  Saving…
                </p>
              )}
            </article>
          )}
        </div>
        <aside class="shortcuts" aria-labelledby="shortcuts-title">
          <h2 id="shortcuts-title">
            <button type="button" class="link" aria-expanded={help} onClick={() => setHelp(!help)}>
              Keyboard shortcuts
            </button>
          </h2>
          {help && (
            <dl>
              {SHORTCUTS.map((s) => (
                <div key={s.what}>
                  <dt>
                    {s.keys.map((k) => (k === "…" ? " … " : <kbd key={k}>{k}</kbd>))}
                  </dt>
                  <dd>{s.what}</dd>
                </div>
              ))}
            </dl>
          )}
          <p class="muted small">Shortcuts work when focus is not in a text field or list box.</p>
        </aside>
      </div>
      {detail && cur && (
        <EntryDetail
          session={session}
          id={cur.id}
          initial={cur}
          onClose={() => {
            setDetail(false);
            headRef.current?.focus();
          }}
        />
      )}
    </section>
  );
}
