/**
 * Checks shared by the extension's end-to-end tests in Chromium and Firefox (kept apart from
 * extension-fixtures.ts, which the benchmark imports outside vitest).
 */
import { expect } from "vitest";
import type { Entry } from "../../shared/entry/entry";
import { POLICY_TITLE } from "./extension-fixtures";

/** The tracker's answer for the policy page after the panel's review (accept labour migration,
 *  pick capacity building, a note, Moldova) was saved: one confirmed entry holding that review. */
export function expectReviewedPolicy(found: { entries: Entry[] }, note: string): void {
  expect(found.entries).toHaveLength(1);
  const e = found.entries[0];
  expect(e).toMatchObject({ kind: "document", status: "confirmed", country: "MDA", note, title: POLICY_TITLE });
  expect(e.tags.find((t) => t.id === "labour-migration")?.origin).toBe("human");
  expect(e.tags.find((t) => t.id === "capacity-building")?.origin).toBe("human");
  expect(e.tags.find((t) => t.id === "remittances")?.evidence?.[0].quote).toMatch(/remittances/i);
}
