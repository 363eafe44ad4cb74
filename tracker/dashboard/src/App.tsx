/**
 * The dashboard shell: sign-in, the three views (Entries, Review, Coverage) behind tabs, and
 * the route (view + filters) kept in the URL hash so a filtered view can be bookmarked or
 * shared. The token is kept in sessionStorage only.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { TAXONOMY_VERSION } from "../../../shared/taxonomy/categories";
import { classify, loadToken, makeClient, saveToken } from "./api";
import { CoverageView } from "./Coverage";
import { EntriesView } from "./Entries";
import { type Filters, hashToRoute, type Route, routeToHash, type View } from "./filters";
import { ReviewView } from "./Review";
import { SignIn } from "./SignIn";

export interface Session {
  token: string;
  client: ReturnType<typeof makeClient>;
  /** Call with any error from the tracker: a 401 ends the session. Returns the message. */
  fail: (e: unknown) => string;
}

const TABS: { view: View; label: string }[] = [
  { view: "entries", label: "Entries" },
  { view: "review", label: "Review queue" },
  { view: "coverage", label: "Coverage" },
];

export function App() {
  const [token, setToken] = useState<string | null>(() => loadToken());
  const [signInMessage, setSignInMessage] = useState<string | null>(null);
  const [route, setRoute] = useState<Route>(() => hashToRoute(location.hash));
  // The route as last set, before Preact renders it: a change made from an older render (a
  // dialog closing while a filter is being picked) builds on this one, so it cannot put back
  // the filters the person has just changed.
  const latest = useRef(route);
  const [taxonomyNote, setTaxonomyNote] = useState<string | null>(null);

  useEffect(() => {
    // Keep the same route object when the hash is the one we just set (no second fetch).
    const onHash = () =>
      setRoute((prev) => {
        const next = routeToHash(prev) === location.hash ? prev : hashToRoute(location.hash);
        latest.current = next;
        return next;
      });
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  /** Move to a route; `replace` rewrites the current history step instead of adding one. */
  const go = useCallback((r: Route, replace = false) => {
    latest.current = r;
    const h = routeToHash(r);
    if (h !== location.hash) {
      if (replace) history.replaceState(null, "", h);
      else location.hash = h;
    }
    setRoute(r);
  }, []);

  const signOut = useCallback((message: string | null) => {
    saveToken(null);
    setToken(null);
    setSignInMessage(message);
  }, []);

  const session = useMemo<Session | null>(() => {
    if (!token) return null;
    return {
      token,
      client: makeClient(token),
      fail: (e: unknown) => {
        const c = classify(e);
        if (c.kind === "auth") signOut(c.message);
        return c.message;
      },
    };
  }, [token, signOut]);

  useEffect(() => {
    if (!session) return;
    let live = true;
    session.client.taxonomy().then(
      (t) => {
        if (live && t.version !== TAXONOMY_VERSION) {
          setTaxonomyNote(`The tracker speaks taxonomy ${t.version}; this dashboard was built for ${TAXONOMY_VERSION}. Some categories may show as ids.`);
        }
      },
      (e) => {
        if (live) session.fail(e);
      },
    );
    return () => {
      live = false;
    };
  }, [session]);

  useEffect(() => {
    const tab = TABS.find((t) => t.view === route.view)?.label ?? "";
    document.title = `${tab} — MM Tracker`;
  }, [route.view]);

  if (!session) {
    return (
      <SignIn
        message={signInMessage}
        onSignedIn={(t) => {
          saveToken(t);
          setSignInMessage(null);
          setToken(t);
        }}
      />
    );
  }

  const setFilters = (filters: Filters, view: View = latest.current.view) => go({ ...latest.current, view, filters, entry: undefined });

  return (
    <div class="shell">
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <div class="brand">
          <span class="mark" aria-hidden="true" />
          MM Tracker
        </div>
        <nav aria-label="Views">
          <ul class="tabs">
            {TABS.map((t) => (
              <li key={t.view}>
                <a href={routeToHash({ ...route, view: t.view, entry: undefined })} aria-current={route.view === t.view ? "page" : undefined}>
                  {t.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" class="link" onClick={() => signOut("You signed out.")}>
          Sign out
        </button>
      </header>
      {taxonomyNote && (
        <p class="banner warn" role="status">
          {taxonomyNote}
        </p>
      )}
      <main id="main" tabIndex={-1}>
        {route.view === "entries" && (
          <EntriesView
            session={session}
            filters={route.filters}
            onFilters={(f) => setFilters(f)}
            entryId={route.entry}
            onEntry={(id) => go({ ...latest.current, entry: id }, id === undefined)}
          />
        )}
        {route.view === "review" && <ReviewView session={session} filters={route.filters} onFilters={(f) => setFilters(f)} />}
        {route.view === "coverage" && (
          <CoverageView
            session={session}
            filters={route.filters}
            by={route.by}
            onBy={(by) => go({ ...latest.current, by })}
            onFilters={(f) => setFilters(f)}
            onCell={(f) => setFilters(f, "entries")}
          />
        )}
      </main>
    </div>
  );
}
