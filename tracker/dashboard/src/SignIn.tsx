/** Sign in with a token: checked against the tracker before it is kept (sessionStorage). */
import { useState } from "preact/hooks";
import { makeClient } from "./api";

export function SignIn({ message, onSignedIn }: { message: string | null; onSignedIn: (token: string) => void }) {
  const [token, setToken] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const t = token.trim();
    if (!t) {
      setError("Paste the token your tracker admin gave you.");
      return;
    }
    setBusy(true);
    setError(null);
    const check = await makeClient(t).testConnection();
    setBusy(false);
    if (check.status === "ok") onSignedIn(t);
    else setError(check.message);
  };

  return (
    <main class="signin" id="main">
      <form onSubmit={submit} aria-labelledby="signin-title" noValidate>
        <h1 id="signin-title">
          <span class="mark" aria-hidden="true" /> MM Tracker
        </h1>
        <p class="muted">Review, coverage and export of migration-mainstreaming entries.</p>
        {message && (
          <p class="banner info" role="status">
            {message}
          </p>
        )}
        <label for="token">Access token</label>
        <input
          id="token"
          name="token"
          type="password"
          autoComplete="off"
          spellcheck={false}
          value={token}
          onInput={(e) => setToken((e.target as HTMLInputElement).value)}
          aria-describedby="token-help"
          aria-invalid={error ? true : undefined}
        />
        <p id="token-help" class="hint">
          Kept for this browser tab only; closing the tab signs you out. Ask the admin for a token ('mmt token create').
        </p>
        {error && (
          <p class="banner error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? "Checking…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
