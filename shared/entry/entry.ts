/**
 * The Entry: one record in the tracker. This zod schema is the single definition used by
 * every surface (extension, add-in, CLI) and by the tracker's validation.
 */
import { z } from "zod";

export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string().max(2000),
  /** 1-based page number, for evidence found in a PDF. */
  page: z.number().int().positive().optional(),
});
export type Span = z.infer<typeof SpanSchema>;

export const SelectorSchema = z.object({
  exact: z.string().min(1).max(20_000),
  prefix: z.string().max(2000).optional(),
  suffix: z.string().max(2000).optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Selector = z.infer<typeof SelectorSchema>;

export const SourceSchema = z.object({
  type: z.enum(["web", "excel", "file"]),
  url: z.string().max(4000).optional(),
  path: z.string().max(4000).optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, "sha256 must be 64 lowercase hex digits")
    .optional(),
  workbook: z.string().max(1000).optional(),
  sheet: z.string().max(300).optional(),
  table: z.string().max(300).optional(),
  rowKey: z.string().max(300).optional(),
  selector: SelectorSchema.optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const PolicySchema = z.object({
  status: z.enum(["draft", "adopted", "in-force", "amended", "repealed"]).optional(),
  adoptedOn: z.iso.date().optional(),
  mainstreamed: z.boolean().optional(),
  isNew: z.boolean().optional(),
});
export type Policy = z.infer<typeof PolicySchema>;

export const EntryTagSchema = z.object({
  facet: z.string().min(1).max(40),
  id: z.string().min(1).max(80),
  score: z.number().min(0).max(1).optional(),
  origin: z.enum(["auto", "human"]),
  evidence: z.array(SpanSchema).max(50).optional(),
});
export type EntryTag = z.infer<typeof EntryTagSchema>;

/** Lower-case UUID of any version; clients make UUIDv7 (time-ordered) ids. */
export const EntryIdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "id must be a lower-case UUID");

export const EntrySchema = z.object({
  id: EntryIdSchema,
  revision: z.number().int().nonnegative(),
  kind: z.enum(["document", "passage", "row"]),
  title: z.string().max(1000),
  source: SourceSchema,
  country: z
    .string()
    .regex(/^[A-Z]{3}$/, "country must be an ISO 3166-1 alpha-3 code")
    .optional(),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, "language must be an ISO 639-1 code")
    .optional(),
  year: z.number().int().min(1800).max(2200).optional(),
  instrument: z.string().max(40).optional(),
  policy: PolicySchema.optional(),
  tags: z.array(EntryTagSchema).max(500),
  status: z.enum(["suggested", "confirmed", "rejected"]),
  note: z.string().max(20_000).optional(),
  taxonomyVersion: z.string().min(1).max(40),
  author: z.string().max(200).optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type Entry = z.infer<typeof EntrySchema>;

export type EntryKind = Entry["kind"];
export type EntryStatus = Entry["status"];

/** Result of validating untrusted input: the entry, or a reason a person can read. */
export type ParseResult = { ok: true; entry: Entry } | { ok: false; reason: string };

export function parseEntry(input: unknown): ParseResult {
  const r = EntrySchema.safeParse(input);
  if (r.success) return { ok: true, entry: r.data };
  const reason = r.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join(".") || "(entry)"}: ${i.message}`)
    .join("; ");
  return { ok: false, reason };
}
