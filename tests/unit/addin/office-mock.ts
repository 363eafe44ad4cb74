/**
 * A small fake of the Office.js / Excel JavaScript API, written for MM Tracker's add-in tests.
 *
 * It holds a real 2-D grid per worksheet and follows the Office.js proxy model: setting a
 * property or calling a method queues a command; `load()` queues a read; nothing happens until
 * `context.sync()`, which runs the queue in order, fills loaded properties, COUNTS the sync and
 * records the request and response payload sizes. Reading a property that was not loaded throws,
 * like Office.js does. A request or response over 5 MB throws `RequestPayloadSizeLimitExceeded`,
 * the limit of Excel on the web.
 *
 * Cell semantics that matter for the tests: a string written through `values` that Excel would
 * take as a formula (leading `=`, or `+` / `-` / `@` not followed by a plain number) becomes a
 * formula cell; a leading apostrophe makes the rest literal text (Excel's quote prefix); `null`
 * in a 2-D array leaves that cell unchanged; `""` clears it.
 *
 * No DOM and no Node built-ins: the same file is bundled into the Chromium test page.
 */

export type CellValue = string | number | boolean;

export interface Cell {
  value: CellValue;
  /** Set when the cell holds a formula (what the add-in must never create from text). */
  formula?: string;
  /** Excel's quote prefix: the value was written as "'text". */
  quotePrefix?: boolean;
}

interface Rect {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

export interface Validation {
  address: string;
  rule: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  commands: number;
  calcSuspended: boolean;
}

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

// ----------------------------------------------------------------------------- A1 addresses

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function colLetters(i: number): string {
  let s = "";
  let n = i + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** Parses "A1", "A1:C3", "A:C", "2:5", optionally prefixed by "Sheet!" or "'My sheet'!". */
export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  let a = address.trim();
  let sheet: string | undefined;
  const bang = a.lastIndexOf("!");
  if (bang >= 0) {
    sheet = a.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    a = a.slice(bang + 1);
  }
  a = a.replace(/\$/g, "");
  const [p, q = p] = a.split(":");
  const cell = /^([A-Za-z]+)(\d+)$/;
  const colOnly = /^([A-Za-z]+)$/;
  const rowOnly = /^(\d+)$/;
  let r0: number;
  let c0: number;
  let r1: number;
  let c1: number;
  const mp = cell.exec(p);
  const mq = cell.exec(q);
  if (mp && mq) {
    r0 = Number(mp[2]) - 1;
    c0 = colIndex(mp[1]);
    r1 = Number(mq[2]) - 1;
    c1 = colIndex(mq[1]);
  } else if (colOnly.test(p) && colOnly.test(q)) {
    r0 = 0;
    r1 = MAX_ROWS - 1;
    c0 = colIndex(p);
    c1 = colIndex(q);
  } else if (rowOnly.test(p) && rowOnly.test(q)) {
    c0 = 0;
    c1 = MAX_COLS - 1;
    r0 = Number(p) - 1;
    r1 = Number(q) - 1;
  } else {
    throw mockError("InvalidArgument", `bad address ${address}`);
  }
  return {
    sheet,
    rect: { r0: Math.min(r0, r1), c0: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 },
  };
}

function rectAddress(sheet: string, r: Rect): string {
  const q = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const a = `${colLetters(r.c0)}${r.r0 + 1}`;
  const b = `${colLetters(r.c0 + r.cols - 1)}${r.r0 + r.rows}`;
  return `${q}!${a === b ? a : `${a}:${b}`}`;
}

function intersect(a: Rect, b: Rect): Rect | null {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r0 + a.rows, b.r0 + b.rows);
  const c1 = Math.min(a.c0 + a.cols, b.c0 + b.cols);
  if (r1 <= r0 || c1 <= c0) return null;
  return { r0, c0, rows: r1 - r0, cols: c1 - c0 };
}

function mockError(code: string, message: string): Error & { code: string } {
  const e = new Error(message) as Error & { code: string };
  e.name = "RichApi.Error";
  e.code = code;
  return e;
}

// ----------------------------------------------------------------------------- the data

export class SheetData {
  /** Sparse rows of cells. */
  readonly rows: (Cell | undefined)[][] = [];
  readonly fills = new Map<string, string>();
  readonly numberFormats = new Map<string, string>();
  readonly bold = new Set<string>();
  readonly validations: Validation[] = [];
  readonly tables: TableData[] = [];
  frozenRows = 0;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  constructor(
    public name: string,
    public readonly id: string,
  ) {}

  cell(r: number, c: number): Cell | undefined {
    return this.rows[r]?.[c];
  }
  value(r: number, c: number): CellValue {
    return this.cell(r, c)?.value ?? "";
  }
  setCell(r: number, c: number, cell: Cell | undefined): void {
    if (!this.rows[r]) this.rows[r] = [];
    this.rows[r][c] = cell;
  }
  /** Bounding rectangle of non-empty cells, or null when the sheet is empty. */
  usedRect(): Rect | null {
    let r0 = Number.POSITIVE_INFINITY;
    let c0 = Number.POSITIVE_INFINITY;
    let r1 = -1;
    let c1 = -1;
    this.rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (cell && cell.value !== "") {
          r0 = Math.min(r0, r);
          r1 = Math.max(r1, r);
          c0 = Math.min(c0, c);
          c1 = Math.max(c1, c);
        }
      });
    });
    for (const t of this.tables) {
      r0 = Math.min(r0, t.rect.r0);
      c0 = Math.min(c0, t.rect.c0);
      r1 = Math.max(r1, t.rect.r0 + t.rect.rows - 1);
      c1 = Math.max(c1, t.rect.c0 + t.rect.cols - 1);
    }
    if (r1 < 0) return null;
    return { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
  /** Fill-in helper for tests: writes plain values from (r0, c0). */
  put(r0: number, c0: number, values: CellValue[][]): void {
    values.forEach((row, i) => {
      row.forEach((v, j) => {
        this.setCell(r0 + i, c0 + j, v === "" ? undefined : { value: v });
      });
    });
  }
  /** Values of a rectangle, for assertions. */
  grid(r0: number, c0: number, rows: number, cols: number): CellValue[][] {
    return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => this.value(r0 + i, c0 + j)));
  }
  /** Every cell holding a formula, as "A1" => formula. */
  formulas(): Map<string, string> {
    const out = new Map<string, string>();
    this.rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (cell?.formula) out.set(`${colLetters(c)}${r + 1}`, cell.formula);
      });
    });
    return out;
  }
}

export class TableData {
  constructor(
    public name: string,
    public readonly id: string,
    public readonly sheet: SheetData,
    public rect: Rect,
    public style = "TableStyleMedium2",
  ) {}
}

export class WorkbookData {
  readonly sheets: SheetData[] = [];
  active: SheetData;
  selection: { sheet: SheetData; rect: Rect };
  readonly settings = new Map<string, unknown>();
  settingsSaves = 0;
  url = "https://contoso.sharepoint.com/Shared%20Documents/Indicators.xlsx";
  private nextId = 1;
  constructor(firstSheet = "Sheet1") {
    this.active = this.addSheet(firstSheet);
    this.selection = { sheet: this.active, rect: { r0: 0, c0: 0, rows: 1, cols: 1 } };
  }
  addSheet(name: string): SheetData {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw mockError("ItemAlreadyExists", `a sheet named ${name} exists`);
    }
    const s = new SheetData(name, `{sheet-${this.nextId++}}`);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): SheetData {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw mockError("ItemNotFound", `no sheet ${name}`);
    return s;
  }
  allTables(): TableData[] {
    return this.sheets.flatMap((s) => s.tables);
  }
  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }
  /** Selects a range on a sheet, as the person would with the mouse. */
  select(sheet: SheetData, address: string): void {
    this.active = sheet;
    this.selection = { sheet, rect: parseAddress(address).rect };
  }
}

// ----------------------------------------------------------------------------- the proxies

interface Command {
  bytes: number;
  run: () => unknown;
}

export class MockContext {
  readonly workbook: MockWorkbook;
  syncCount = 0;
  readonly syncs: SyncRecord[] = [];
  private queue: Command[] = [];
  private calcSuspended = false;
  constructor(readonly data: WorkbookData) {
    this.workbook = new MockWorkbook(this);
  }
  /** Queues a command; `args` is what Office.js would serialise into the request. */
  enqueue(args: unknown, run: () => unknown): void {
    this.queue.push({ bytes: 64 + (args === undefined ? 0 : JSON.stringify(args).length), run });
  }
  suspendCalculation(): void {
    this.enqueue(undefined, () => {
      this.calcSuspended = true;
    });
  }
  async sync(): Promise<void> {
    const q = this.queue;
    this.queue = [];
    const requestBytes = q.reduce((n, c) => n + c.bytes, 0);
    this.syncCount++;
    if (requestBytes > PAYLOAD_LIMIT) {
      this.syncs.push({ requestBytes, responseBytes: 0, commands: q.length, calcSuspended: false });
      throw mockError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes exceeds 5 MB`);
    }
    this.calcSuspended = false;
    let responseBytes = 0;
    for (const c of q) {
      const out = c.run();
      if (out !== undefined) responseBytes += JSON.stringify(out).length;
    }
    this.syncs.push({ requestBytes, responseBytes, commands: q.length, calcSuspended: this.calcSuspended });
    if (responseBytes > PAYLOAD_LIMIT) {
      throw mockError("RequestPayloadSizeLimitExceeded", `response of ${responseBytes} bytes exceeds 5 MB`);
    }
  }
  /** Largest request of any sync so far. */
  maxRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }
}

type Props = Record<string, unknown>;

function propList(arg: unknown): string[] {
  if (arg === undefined) return [];
  if (typeof arg === "string") return arg.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => propList(a));
  if (typeof arg === "object" && arg !== null && "select" in arg) return propList((arg as { select: unknown }).select);
  return [];
}

abstract class ClientObject {
  protected loaded: Props = {};
  constructor(protected readonly ctx: MockContext) {}
  protected abstract readProp(name: string): unknown;
  protected readonly loadable: readonly string[] = [];
  load(props?: unknown): this {
    const names = propList(props);
    for (const n of names) {
      if (!this.loadable.includes(n)) throw mockError("InvalidArgument", `${this.constructor.name} cannot load '${n}'`);
    }
    this.ctx.enqueue(names, () => {
      const out: Props = {};
      // Office.js fills isNullObject of any loaded *OrNullObject proxy.
      if (this.loadable.includes("isNullObject")) this.loaded.isNullObject = this.readProp("isNullObject");
      if (this.loaded.isNullObject === true) return out;
      for (const n of names) out[n] = this.readProp(n);
      Object.assign(this.loaded, out);
      return out;
    });
    return this;
  }
  protected get<T>(name: string): T {
    if (!(name in this.loaded)) {
      throw mockError("PropertyNotLoaded", `${this.constructor.name}.${name} was read before load() and sync()`);
    }
    return this.loaded[name] as T;
  }
  untrack(): this {
    return this;
  }
  track(): this {
    return this;
  }
}

/** Converts a value written through `values` the way Excel does. */
function toCell(v: unknown): Cell | undefined | null {
  if (v === null) return null; // unchanged
  if (v === "" || v === undefined) return undefined; // cleared
  if (typeof v === "number" || typeof v === "boolean") return { value: v };
  const s = String(v);
  if (s.startsWith("'")) return { value: s.slice(1), quotePrefix: true };
  const t = s.trim();
  if (t !== "" && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { value: Number(t) };
  if (/^[=+\-@]/.test(s)) return { value: "#FORMULA", formula: s.startsWith("=") ? s : `=${s}` };
  return { value: s };
}

export class MockRange extends ClientObject {
  protected override readonly loadable = [
    "values",
    "numberFormat",
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "isNullObject",
  ];
  constructor(
    ctx: MockContext,
    readonly sheet: SheetData,
    /** Resolved when commands run, like Office.js resolves ranges on the host. */
    readonly resolve: () => Rect | null,
    readonly nullable = false,
  ) {
    super(ctx);
  }
  private rect(): Rect {
    const r = this.resolve();
    if (!r) throw mockError("ItemNotFound", "the range does not exist");
    return r;
  }
  protected readProp(name: string): unknown {
    const r = this.resolve();
    if (name === "isNullObject") return r === null;
    if (!r) {
      if (this.nullable) return null;
      throw mockError("ItemNotFound", "the range does not exist");
    }
    switch (name) {
      case "values":
        return this.sheet.grid(r.r0, r.c0, r.rows, r.cols);
      case "numberFormat":
        return Array.from({ length: r.rows }, (_, i) =>
          Array.from(
            { length: r.cols },
            (_, j) => this.sheet.numberFormats.get(`${r.r0 + i},${r.c0 + j}`) ?? "General",
          ),
        );
      case "address":
        return rectAddress(this.sheet.name, r);
      case "rowIndex":
        return r.r0;
      case "columnIndex":
        return r.c0;
      case "rowCount":
        return r.rows;
      case "columnCount":
        return r.cols;
    }
    return undefined;
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get values(): CellValue[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.ctx.enqueue(v, () => {
      const r = this.rect();
      if (v.length !== r.rows || v.some((row) => row.length !== r.cols)) {
        throw mockError("InvalidArgument", `values of ${v.length}x${v[0]?.length} written to a ${r.rows}x${r.cols} range`);
      }
      v.forEach((row, i) => {
        row.forEach((x, j) => {
          const cell = toCell(x);
          if (cell !== null) this.sheet.setCell(r.r0 + i, r.c0 + j, cell);
        });
      });
    });
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: (string | null)[][]) {
    this.ctx.enqueue(v, () => {
      const r = this.rect();
      v.forEach((row, i) => {
        row.forEach((x, j) => {
          if (x !== null) this.sheet.numberFormats.set(`${r.r0 + i},${r.c0 + j}`, x);
        });
      });
    });
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  private derive(f: (r: Rect) => Rect | null, nullable = this.nullable): MockRange {
    return new MockRange(
      this.ctx,
      this.sheet,
      () => {
        const r = this.resolve();
        return r ? f(r) : null;
      },
      nullable,
    );
  }
  getCell(row: number, column: number): MockRange {
    return this.derive((r) => ({ r0: r.r0 + row, c0: r.c0 + column, rows: 1, cols: 1 }));
  }
  getColumn(column: number): MockRange {
    return this.derive((r) => ({ r0: r.r0, c0: r.c0 + column, rows: r.rows, cols: 1 }));
  }
  getRow(row: number): MockRange {
    return this.derive((r) => ({ r0: r.r0 + row, c0: r.c0, rows: 1, cols: r.cols }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): MockRange {
    return this.derive((r) => ({ r0: r.r0, c0: r.c0, rows: r.rows + deltaRows, cols: r.cols + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): MockRange {
    return this.derive((r) => ({ r0: r.r0 + rowOffset, c0: r.c0 + columnOffset, rows: r.rows, cols: r.cols }));
  }
  getIntersectionOrNullObject(other: MockRange | string): MockRange {
    return this.derive((r) => {
      const o = typeof other === "string" ? parseAddress(other).rect : other.resolve();
      return o ? intersect(r, o) : null;
    }, true);
  }
  readonly format = new MockFormat(this.ctx, () => this.rect(), this.sheetRef());
  readonly dataValidation = new MockDataValidation(this.ctx, () => this.rect(), this.sheetRef());
  private sheetRef(): () => SheetData {
    return () => this.sheet;
  }
}

class MockFill {
  constructor(
    private readonly ctx: MockContext,
    private readonly rects: () => Rect[],
    private readonly sheet: () => SheetData,
  ) {}
  set color(c: string) {
    this.ctx.enqueue(c, () => {
      for (const r of this.rects()) {
        for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) this.sheet().fills.set(`${r.r0 + i},${r.c0 + j}`, c);
      }
    });
  }
  clear(): void {
    this.ctx.enqueue(undefined, () => {
      for (const r of this.rects()) {
        for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) this.sheet().fills.delete(`${r.r0 + i},${r.c0 + j}`);
      }
    });
  }
}

class MockFont {
  constructor(
    private readonly ctx: MockContext,
    private readonly rect: () => Rect,
    private readonly sheet: () => SheetData,
  ) {}
  set bold(b: boolean) {
    this.ctx.enqueue(b, () => {
      const r = this.rect();
      for (let i = 0; i < r.rows; i++)
        for (let j = 0; j < r.cols; j++) {
          const k = `${r.r0 + i},${r.c0 + j}`;
          if (b) this.sheet().bold.add(k);
          else this.sheet().bold.delete(k);
        }
    });
  }
  set color(c: string) {
    this.ctx.enqueue(c, () => undefined);
  }
}

class MockFormat {
  readonly fill: MockFill;
  readonly font: MockFont;
  constructor(
    private readonly ctx: MockContext,
    rect: () => Rect,
    sheet: () => SheetData,
  ) {
    this.fill = new MockFill(ctx, () => [rect()], sheet);
    this.font = new MockFont(ctx, rect, sheet);
  }
  set wrapText(w: boolean) {
    this.ctx.enqueue(w, () => undefined);
  }
  set columnWidth(w: number) {
    this.ctx.enqueue(w, () => undefined);
  }
  set verticalAlignment(v: string) {
    this.ctx.enqueue(v, () => undefined);
  }
  autofitColumns(): void {
    this.ctx.enqueue(undefined, () => undefined);
  }
  autofitRows(): void {
    this.ctx.enqueue(undefined, () => undefined);
  }
}

class MockDataValidation {
  constructor(
    private readonly ctx: MockContext,
    private readonly rect: () => Rect,
    private readonly sheet: () => SheetData,
  ) {}
  private current(): Validation {
    const address = rectAddress(this.sheet().name, this.rect());
    let v = this.sheet().validations.find((x) => x.address === address);
    if (!v) {
      v = { address, rule: undefined };
      this.sheet().validations.push(v);
    }
    return v;
  }
  set rule(rule: unknown) {
    this.ctx.enqueue(rule, () => {
      this.current().rule = rule;
    });
  }
  set prompt(p: unknown) {
    this.ctx.enqueue(p, () => {
      this.current().prompt = p;
    });
  }
  set errorAlert(e: unknown) {
    this.ctx.enqueue(e, () => {
      this.current().errorAlert = e;
    });
  }
  clear(): void {
    this.ctx.enqueue(undefined, () => {
      const address = rectAddress(this.sheet().name, this.rect());
      const list = this.sheet().validations;
      const i = list.findIndex((x) => x.address === address);
      if (i >= 0) list.splice(i, 1);
    });
  }
}

export class MockRangeAreas {
  readonly format: { fill: MockFill };
  constructor(
    ctx: MockContext,
    readonly sheet: SheetData,
    readonly addresses: string,
  ) {
    const rects = () => addresses.split(",").map((a) => parseAddress(a).rect);
    this.format = { fill: new MockFill(ctx, rects, () => sheet) };
    ctx.enqueue(addresses, () => undefined);
  }
}

export class MockTable extends ClientObject {
  protected override readonly loadable = ["name", "id", "style"];
  constructor(
    ctx: MockContext,
    private readonly table: () => TableData,
  ) {
    super(ctx);
  }
  protected readProp(name: string): unknown {
    const t = this.table();
    if (name === "name") return t.name;
    if (name === "id") return t.id;
    if (name === "style") return t.style;
    return undefined;
  }
  get name(): string {
    return this.get("name");
  }
  set name(n: string) {
    this.ctx.enqueue(n, () => {
      if (this.ctx.data.allTables().some((t) => t !== this.table() && t.name.toLowerCase() === n.toLowerCase())) {
        throw mockError("InvalidArgument", `a table named ${n} exists`);
      }
      this.table().name = n;
    });
  }
  set style(s: string) {
    this.ctx.enqueue(s, () => {
      this.table().style = s;
    });
  }
  set showBandedRows(_b: boolean) {
    this.ctx.enqueue(_b, () => undefined);
  }
  getRange(): MockRange {
    return new MockRange(this.ctx, this.sheetOf(), () => this.table().rect);
  }
  getHeaderRowRange(): MockRange {
    return new MockRange(this.ctx, this.sheetOf(), () => ({ ...this.table().rect, rows: 1 }));
  }
  getDataBodyRange(): MockRange {
    return new MockRange(this.ctx, this.sheetOf(), () => {
      const r = this.table().rect;
      return { r0: r.r0 + 1, c0: r.c0, rows: r.rows - 1, cols: r.cols };
    });
  }
  private sheetOf(): SheetData {
    // Tables never move between sheets; resolving eagerly is safe once the table exists.
    return this.lazySheet;
  }
  lazySheet!: SheetData;
}

export class MockTableCollection extends ClientObject {
  protected override readonly loadable = ["items/name", "items/id", "items"];
  private itemsList: MockTable[] = [];
  constructor(
    ctx: MockContext,
    private readonly sheet: (() => SheetData) | null,
  ) {
    super(ctx);
  }
  private all(): TableData[] {
    return this.sheet ? this.sheet().tables : this.ctx.data.allTables();
  }
  protected readProp(name: string): unknown {
    const tables = this.all();
    this.itemsList = tables.map((t) => {
      const m = new MockTable(this.ctx, () => t);
      m.lazySheet = t.sheet;
      (m as unknown as { loaded: Props }).loaded = { name: t.name, id: t.id };
      return m;
    });
    return tables.map((t) => (name === "items/id" ? t.id : t.name));
  }
  override load(props?: unknown): this {
    super.load(props);
    this.ctx.enqueue(undefined, () => {
      this.loaded.items = this.itemsList;
    });
    return this;
  }
  get items(): MockTable[] {
    return this.get("items");
  }
  add(address: string, hasHeaders: boolean): MockTable {
    let created: TableData | null = null;
    const sheetFn = this.sheet;
    const parsed = parseAddress(address);
    this.ctx.enqueue({ address, hasHeaders }, () => {
      const sheet = parsed.sheet ? this.ctx.data.sheet(parsed.sheet) : sheetFn ? sheetFn() : this.ctx.data.active;
      const n = this.ctx.data.allTables().length + 1;
      created = new TableData(`Table${n}`, this.ctx.data.newId("table"), sheet, parsed.rect);
      sheet.tables.push(created);
    });
    const t = new MockTable(this.ctx, () => {
      if (!created) throw mockError("ItemNotFound", "table not created yet");
      return created;
    });
    Object.defineProperty(t, "lazySheet", {
      get: () => {
        if (!created) throw mockError("ItemNotFound", "table not created yet");
        return created.sheet;
      },
    });
    return t;
  }
  getItemOrNullObject(name: string): MockTable & { isNullObject: boolean } {
    const find = () => this.all().find((t) => t.name.toLowerCase() === name.toLowerCase());
    const t = new MockTable(this.ctx, () => {
      const x = find();
      if (!x) throw mockError("ItemNotFound", `no table ${name}`);
      return x;
    }) as MockTable & { isNullObject: boolean };
    Object.defineProperty(t, "lazySheet", { get: () => find()?.sheet });
    return t;
  }
}

export class MockWorksheet extends ClientObject {
  protected override readonly loadable = ["name", "id", "visibility", "isNullObject"];
  readonly tables: MockTableCollection;
  readonly freezePanes: { freezeRows: (n: number) => void };
  constructor(
    ctx: MockContext,
    private readonly sheetFn: () => SheetData | null,
  ) {
    super(ctx);
    this.tables = new MockTableCollection(ctx, () => this.sheet());
    this.freezePanes = {
      freezeRows: (n: number) =>
        ctx.enqueue(n, () => {
          this.sheet().frozenRows = n;
        }),
    };
  }
  sheet(): SheetData {
    const s = this.sheetFn();
    if (!s) throw mockError("ItemNotFound", "no such worksheet");
    return s;
  }
  protected readProp(name: string): unknown {
    if (name === "isNullObject") return this.sheetFn() === null;
    const s = this.sheet();
    if (name === "name") return s.name;
    if (name === "id") return s.id;
    if (name === "visibility") return s.visibility;
    return undefined;
  }
  get name(): string {
    return this.get("name");
  }
  set name(n: string) {
    this.ctx.enqueue(n, () => {
      this.sheet().name = n;
    });
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this.ctx.enqueue(v, () => {
      this.sheet().visibility = v;
    });
  }
  activate(): void {
    this.ctx.enqueue(undefined, () => {
      this.ctx.data.active = this.sheet();
    });
  }
  private lazyRange(f: (s: SheetData) => Rect | null, nullable = false): MockRange {
    // The sheet may not exist until the queue runs (a sheet added in the same batch).
    const holder = { sheet: null as SheetData | null };
    const range = new MockRange(
      this.ctx,
      new SheetRef(() => holder.sheet ?? this.sheet()) as unknown as SheetData,
      () => {
        holder.sheet = this.sheet();
        return f(holder.sheet);
      },
      nullable,
    );
    return range;
  }
  getRange(address?: string): MockRange {
    const rect = address ? parseAddress(address).rect : { r0: 0, c0: 0, rows: MAX_ROWS, cols: MAX_COLS };
    return this.lazyRange(() => rect);
  }
  getRanges(address: string): MockRangeAreas {
    return new MockRangeAreas(this.ctx, this.sheet(), address);
  }
  getUsedRange(_valuesOnly?: boolean): MockRange {
    return this.lazyRange((s) => {
      const r = s.usedRect();
      if (!r) return { r0: 0, c0: 0, rows: 1, cols: 1 };
      return r;
    });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): MockRange {
    return this.lazyRange((s) => s.usedRect(), true);
  }
}

/** Forwards every property read to the sheet resolved at run time. */
class SheetRef {
  constructor(get: () => SheetData) {
    // biome-ignore lint/correctness/noConstructorReturn: a forwarding object is the point here
    return new Proxy(
      {},
      {
        get: (_t, p) => {
          const s = get() as unknown as Record<string | symbol, unknown>;
          const v = s[p];
          return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(s) : v;
        },
      },
    );
  }
}

export class MockWorksheetCollection extends ClientObject {
  protected override readonly loadable = ["items/name", "items/id", "items", "items/visibility"];
  constructor(ctx: MockContext) {
    super(ctx);
  }
  protected readProp(name: string): unknown {
    const sheets = this.ctx.data.sheets;
    this.loaded.items = sheets.map((s) => {
      const w = new MockWorksheet(this.ctx, () => s);
      (w as unknown as { loaded: Props }).loaded = { name: s.name, id: s.id, visibility: s.visibility };
      return w;
    });
    return sheets.map((s) => (name === "items/id" ? s.id : s.name));
  }
  get items(): MockWorksheet[] {
    return this.get("items");
  }
  add(name: string): MockWorksheet {
    let created: SheetData | null = null;
    this.ctx.enqueue(name, () => {
      created = this.ctx.data.addSheet(name);
    });
    return new MockWorksheet(this.ctx, () => created);
  }
  getItem(name: string): MockWorksheet {
    return new MockWorksheet(this.ctx, () => this.ctx.data.sheet(name));
  }
  getItemOrNullObject(name: string): MockWorksheet {
    return new MockWorksheet(
      this.ctx,
      () => this.ctx.data.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null,
    );
  }
  getActiveWorksheet(): MockWorksheet {
    return new MockWorksheet(this.ctx, () => this.ctx.data.active);
  }
}

export class MockWorkbook {
  readonly worksheets: MockWorksheetCollection;
  readonly tables: MockTableCollection;
  readonly application: {
    suspendApiCalculationUntilNextSync: () => void;
    suspendScreenUpdatingUntilNextSync: () => void;
  };
  constructor(private readonly ctx: MockContext) {
    this.worksheets = new MockWorksheetCollection(ctx);
    this.tables = new MockTableCollection(ctx, null);
    this.application = {
      suspendApiCalculationUntilNextSync: () => ctx.suspendCalculation(),
      suspendScreenUpdatingUntilNextSync: () => ctx.enqueue(undefined, () => undefined),
    };
  }
  getSelectedRange(): MockRange {
    const data = this.ctx.data;
    return new MockRange(this.ctx, new SheetRef(() => data.selection.sheet) as unknown as SheetData, () => data.selection.rect);
  }
}

// ----------------------------------------------------------------------------- the host

export interface MockHost {
  data: WorkbookData;
  /** Every context Excel.run made, in order. */
  contexts: MockContext[];
  /** Total context.sync calls across all Excel.run batches. */
  syncCount(): number;
  Office: unknown;
  Excel: unknown;
  CustomFunctions: { associations: Map<string, (...a: unknown[]) => unknown>; associate: (id: string, f: unknown) => void };
  actions: Map<string, (event: unknown) => unknown>;
  /** Makes globalThis.Office / Excel / CustomFunctions this host. */
  install(target?: Record<string, unknown>): void;
}

export function createMockHost(data = new WorkbookData()): MockHost {
  const contexts: MockContext[] = [];
  const actions = new Map<string, (event: unknown) => unknown>();
  const associations = new Map<string, (...a: unknown[]) => unknown>();
  const settings = {
    get: (k: string) => (data.settings.has(k) ? structuredClone(data.settings.get(k)) : null),
    set: (k: string, v: unknown) => {
      data.settings.set(k, structuredClone(v));
    },
    remove: (k: string) => {
      data.settings.delete(k);
    },
    saveAsync: (cb?: (r: { status: string }) => void) => {
      data.settingsSaves++;
      cb?.({ status: "succeeded" });
    },
  };
  const Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      document: {
        settings,
        get url() {
          return data.url;
        },
      },
      displayLanguage: "en-US",
      requirements: { isSetSupported: () => true },
    },
    onReady: async (cb?: (info: unknown) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      cb?.(info);
      return info;
    },
    actions: {
      associate: (name: string, f: (event: unknown) => unknown) => {
        actions.set(name, f);
      },
    },
    addin: {
      showAsTaskpane: async () => undefined,
    },
  };
  const Excel = {
    run: async <T>(batch: (ctx: MockContext) => Promise<T>): Promise<T> => {
      const ctx = new MockContext(data);
      contexts.push(ctx);
      return batch(ctx);
    },
    RequestContext: MockContext,
  };
  const CustomFunctions = {
    associations,
    associate: (id: string, f: unknown) => {
      associations.set(id, f as (...a: unknown[]) => unknown);
    },
  };
  return {
    data,
    contexts,
    syncCount: () => contexts.reduce((n, c) => n + c.syncCount, 0),
    Office,
    Excel,
    CustomFunctions,
    actions,
    install(target = globalThis as unknown as Record<string, unknown>) {
      target.Office = Office;
      target.Excel = Excel;
      target.CustomFunctions = CustomFunctions;
    },
  };
}

export { colLetters, rectAddress };
