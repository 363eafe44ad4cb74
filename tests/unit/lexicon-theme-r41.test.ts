import { describe, expect, it } from "vitest";
import { themes } from "./tag-helpers";

// Round 41: a migrant worker's freedom to change employer is a rights measure (context terms, so
// they count only beside a migration anchor).
describe("round 41: changing employer as migrant rights", () => {
  it.each([
    "Foreign workers on a sponsored visa may change employer without losing their residence permit.",
    "A migrant domestic worker may change employer after reporting abuse to the labour inspectorate.",
  ])("tags rights: %s", (text) => {
    expect(themes(text)).toContain("migrant-rights-protection");
  });
  it.each([
    "Staff may change employer without notice when the firm is sold, under the collective agreement.",
    "Drivers may change employer after their probation period ends.",
  ])("stays untagged: %s", (text) => {
    expect(themes(text)).toEqual([]);
  });
});
