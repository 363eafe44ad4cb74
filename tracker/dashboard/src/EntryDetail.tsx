/**
 * One entry in a modal dialog: what it is, where it comes from (a web link, an Excel
 * workbook/sheet/row, a file path), its tags grouped by facet with their evidence quotes, and
 * its note. Everything is rendered as text.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Entry } from "../../../shared/entry/entry";
import { labelOf } from "../../../shared/taxonomy/categories";
import type { Session } from "./App";
import { cap, countryName, facetLabel, formatDate, languageName } from "./format";
import { safeHttpUrl, sortTags } from "./review";

export function groupByFacet<T extends { facet: string }>(tags: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const t of tags) {
    const g = groups.get(t.facet) ?? [];
    g.push(t);
    groups.set(t.facet, g);
  }
  return [...groups.entries()];
}

export function SourceView({ entry }: { entry: Entry }) {
  const s = entry.source;
  const href = safeHttpUrl(s.url);
  return (
    <dl class="meta">
      <dt>Source</dt>
      <dd>{cap(s.type)}</dd>
      {s.url && (
        <>
          <dt>Address</dt>
          <dd class="break">
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {s.url}
              </a>
            ) : (
              <span>{s.url}</span>
            )}
          </dd>
        </>
      )}
      {s.workbook && (
        <>
          <dt>Workbook</dt>
          <dd class="break">{s.workbook}</dd>
        </>
      )}
      {s.sheet && (
        <>
          <dt>Sheet</dt>
          <dd>{s.sheet}</dd>
        </>
      )}
      {s.table && (
        <>
          <dt>Table</dt>
          <dd>{s.table}</dd>
        </>
      )}
      {s.rowKey && (
        <>
          <dt>Row</dt>
          <dd>{s.rowKey}</dd>
        </>
      )}
      {s.path && (
        <>
          <dt>File</dt>
          <dd class="break">
            <code>{s.path}</code>
          </dd>
        </>
      )}
      {s.sha256 && (
        <>
          <dt>SHA-256</dt>
          <dd class="break">
            <code>{s.sha256}</code>
          </dd>
        </>
      )}
      {s.selector?.exact && (
        <>
          <dt>Selected text</dt>
          <dd>
            <blockquote>{s.selector.exact}</blockquote>
          </dd>
        </>
      )}
    </dl>
  );
}

export function TagGroups({ entry }: { entry: Entry }) {
  if (entry.tags.length === 0) return <p class="muted">No tags.</p>;
  return (
    <div class="tag-groups">
      {groupByFacet(sortTags(entry.tags)).map(([facet, tags]) => (
        <section key={facet} class="facet-group" aria-label={facetLabel(facet)}>
          <h3>{facetLabel(facet)}</h3>
          <ul>
            {tags.map((t) => (
              <li key={t.id}>
                <span class="tag-label">{labelOf(t.facet, t.id)}</span>
                <span class="muted">
                  {" "}
                  {t.origin === "human" ? "added by a person" : "suggested"}
                  {t.score !== undefined ? ` · score ${t.score.toFixed(2)}` : ""}
                </span>
                {t.evidence && t.evidence.length > 0 && (
                  <ul class="evidence" aria-label="Evidence">
                    {t.evidence.map((q, i) => (
                      <li key={`${q.start}-${i}`}>
                        <blockquote>{q.quote}</blockquote>
                        {q.page !== undefined && <span class="muted"> page {q.page}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function EntryDetail({
  session,
  id,
  initial,
  onClose,
}: {
  session: Session;
  id: string;
  /** The entry as the list has it, shown while the fresh copy loads. */
  initial?: Entry;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [e, setE] = useState<Entry | null>(initial ?? null);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    d?.querySelector<HTMLElement>("h2")?.focus();
  }, []);

  useEffect(() => {
    let live = true;
    session.client.getEntry(id).then(
      (fresh) => {
        if (!live) return;
        if (fresh) setE(fresh);
        else setNote("The tracker has no entry with this id: it may have been deleted.");
      },
      (err) => {
        if (live) setNote(`Could not refresh the entry: ${session.fail(err)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [id, session]);

  return (
    <dialog ref={ref} class="detail" aria-labelledby="detail-title" onClose={onClose}>
      <div class="detail-head">
        <h2 id="detail-title" tabIndex={-1}>
          {e ? e.title || "(untitled)" : note ? "Entry not found" : "Loading the entry…"}
        </h2>
        <button type="button" onClick={() => ref.current?.close()} aria-label="Close details">
          Close
        </button>
      </div>
      {note && (
        <p class="banner warn" role="status">
          {note}
        </p>
      )}
      {e && <EntryBody e={e} />}
    </dialog>
  );
}

function EntryBody({ e }: { e: Entry }) {
  return (
    <>
      <dl class="meta">
        <dt>Status</dt>
        <dd>
          <span class={`pill ${e.status}`}>{cap(e.status)}</span>
        </dd>
        <dt>Kind</dt>
        <dd>{cap(e.kind)}</dd>
        <dt>Country</dt>
        <dd>{countryName(e.country)}</dd>
        {e.language && (
          <>
            <dt>Language</dt>
            <dd>{languageName(e.language)}</dd>
          </>
        )}
        {e.year !== undefined && (
          <>
            <dt>Year</dt>
            <dd>{e.year}</dd>
          </>
        )}
        {e.instrument && (
          <>
            <dt>Instrument</dt>
            <dd>{labelOf("instrument", e.instrument)}</dd>
          </>
        )}
        {e.policy?.status && (
          <>
            <dt>Policy status</dt>
            <dd>
              {cap(e.policy.status)}
              {e.policy.adoptedOn ? `, adopted ${e.policy.adoptedOn}` : ""}
            </dd>
          </>
        )}
        <dt>Author</dt>
        <dd>{e.author ?? "unknown"}</dd>
        <dt>Updated</dt>
        <dd>
          {formatDate(e.updatedAt)} (revision {e.revision})
        </dd>
        <dt>Created</dt>
        <dd>{formatDate(e.createdAt)}</dd>
      </dl>
      <h3>Source</h3>
      <SourceView entry={e} />
      <h3>Tags</h3>
      <TagGroups entry={e} />
      {e.note && (
        <>
          <h3>Note</h3>
          <p class="note">{e.note}</p>
        </>
      )}
      <p class="muted small">
        Id <code>{e.id}</code> · taxonomy {e.taxonomyVersion}
      </p>
    </>
  );
}
