/**
 * Entry ids: UUIDv7 (time-ordered, RFC 9562), made by the client that first saves the entry.
 * The id is the idempotency key everywhere: the outbox keys its records by it, and the tracker
 * answers a replayed entry with `unchanged`.
 */
import { v7 as uuidv7, validate as uuidValidate, version as uuidVersion } from "uuid";

/** A new lower-case UUIDv7. Monotonic within one JavaScript realm. */
export function newEntryId(): string {
  return uuidv7();
}

/** True for a lower-case UUID of version 7 (what `newEntryId` makes). */
export function isEntryIdV7(id: string): boolean {
  return id === id.toLowerCase() && uuidValidate(id) && uuidVersion(id) === 7;
}
