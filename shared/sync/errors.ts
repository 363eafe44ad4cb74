/**
 * Typed errors of the tracker client. Messages are written for a person and never contain the
 * token (nor a password from the base URL): they name the route, the HTTP status and the
 * tracker's own message.
 */

export abstract class TrackerError extends Error {
  /** True when sending the same request later may succeed (network down, 5xx, 429). */
  abstract readonly retryable: boolean;
  /** HTTP status, when the tracker answered at all. */
  readonly status: number | undefined;
  /** The tracker's error code (`unauthorized`, `bad_request`, ...), when it gave one. */
  readonly code: string | undefined;

  constructor(message: string, status?: number, code?: string) {
    super(message);
    this.name = new.target.name;
    this.status = status;
    this.code = code;
  }
}

/** 401 (missing, unknown or revoked token) or 403 (the token's role does not allow it). */
export class AuthError extends TrackerError {
  readonly retryable = false;
}

/** Any other 4xx: the request itself is wrong; sending it again will not help. */
export class HttpError extends TrackerError {
  readonly retryable = false;
}

/**
 * The tracker could not be reached or failed: fetch threw, the request timed out, a 5xx, 408
 * or 429 answer, or an answer that is not the tracker's JSON. Retry later.
 */
export class NetworkError extends TrackerError {
  readonly retryable = true;
  /** How long the tracker asked us to wait (Retry-After), in ms. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, status?: number, code?: string, retryAfterMs?: number) {
    super(message, status, code);
    this.retryAfterMs = retryAfterMs;
  }
}
