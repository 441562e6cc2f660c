// The issue 6 commands as /tmp/brief/issue6.md declares them, until bindings.ts is regenerated
// with the Rust side's real ones. Delete this file then and import from "../../bindings".
import type { Result } from "../../backend";
import type { Explanation, ExportedFile, Platform, ScheduleAt } from "../../bindings";

export type ImportSource = { kind: "path"; path: string } | { kind: "bytes"; name: string; base64: string };
export type Encoding = "utf8" | "utf8_bom" | "windows1252";
export type Sniffed = { encoding: Encoding; delimiter: number; has_header: boolean };
export type ReadOptions = { delimiter: number; has_header: boolean; encoding: Encoding };
export type Target = "get_vocal_leads" | "awaz_contacts";
export type Field = "phone" | "name" | "first_name" | "last_name" | "email" | "company_name" | "customer_lead_id" | "language";
export type Destination = { kind: "field"; field: Field } | { kind: "static_data"; key: string } | { kind: "ignored" };
export type Mapping = { columns: Destination[] };
export type ImportChange = { options: ReadOptions | null; target: Target | null; mapping: Mapping | null; default_country: string | null };
export type RowValues = {
  phone: string | null;
  name: string | null;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  company_name: string | null;
  customer_lead_id: string | null;
  language: string | null;
  static_data: Partial<{ [key in string]: string }>;
};
export type RowProblem = { field: Field | null; message: string };
export type PreviewRow = { line: number; cells: string[]; values: RowValues; problems: RowProblem[]; duplicate_of: number | null };
export type ImportSummary = { total: number; valid: number; with_problems: number; duplicates: number };
export type ImportPreview = {
  import_id: string;
  file_name: string;
  sniffed: Sniffed;
  options: ReadOptions;
  target: Target;
  headers: string[];
  mapping: Mapping;
  mapping_problems: string[];
  summary: ImportSummary;
  rows: PreviewRow[];
};

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export type CallingWindow = { from: string; to: string; zone: string; days: Weekday[] };
export type CallWho = { platform: "getvocal"; persona_id: string } | { platform: "awaz"; agent_id: string; from_phone_id: string };
export type BulkStart = { kind: "now" } | { kind: "at"; at: ScheduleAt };
export type BulkCalls = { who: CallWho; start: BulkStart; window: CallingWindow | null; spacing_seconds: number };
export type BulkRequest = { import_id: string; account_id: string; calls: BulkCalls | null };
export type JobState = "running" | "paused" | "interrupted" | "cancelled" | "finished";
export type JobView = {
  id: number;
  account_id: string;
  account_name: string;
  platform: Platform;
  target: Target;
  state: JobState;
  total: number;
  done: number;
  failed: number;
  unknown: number;
  waiting: number;
  waiting_for_budget_until: string | null;
  created_at: string;
  finished_at: string | null;
};
export type BulkRowView = { line: number; name: string; phone: string; stage: string; reason: string | null };

export type HistorySort = "newest" | "oldest";
export type HistoryQuery = {
  platforms: Platform[];
  account_id: string | null;
  statuses: string[];
  from: string | null;
  to: string | null;
  text: string | null;
  sort: HistorySort;
};
export type HistoryKind = "call" | "lead" | "top_up" | "contact" | "webhook" | "api_key" | "cancel";
export type HistoryRow = {
  key: string;
  when: string;
  platform: Platform;
  account_name: string;
  kind: HistoryKind;
  status: string;
  title: string;
  detail: string | null;
};
export type HistoryPage = { rows: HistoryRow[]; awaz_pages_loaded: number; complete: boolean };
export type StatusCount = { status: string; count: number };
export type ChartBucket = { day: string; counts: StatusCount[] };

type Answer<T> = Promise<Result<T, Explanation>>;

/** The commands the Rust side adds for issue 6, named as tauri-specta will name them. */
export type ImportCommands = {
  importOpen: (source: ImportSource) => Answer<ImportPreview>;
  importUpdate: (importId: string, change: ImportChange) => Answer<ImportPreview>;
  importFixCell: (importId: string, line: number, column: number, value: string) => Answer<ImportPreview>;
  bulkStart: (request: BulkRequest) => Answer<JobView>;
  bulkJobs: () => Answer<JobView[]>;
  bulkStatus: (jobId: number) => Answer<JobView>;
  bulkPause: (jobId: number) => Answer<JobView>;
  bulkResume: (jobId: number) => Answer<JobView>;
  bulkCancel: (jobId: number) => Answer<JobView>;
  bulkFailedRows: (jobId: number) => Answer<BulkRowView[]>;
  bulkRetryRows: (jobId: number, lines: number[]) => Answer<JobView>;
  bulkExportFailed: (jobId: number) => Answer<ExportedFile>;
  history: (query: HistoryQuery) => Answer<HistoryPage>;
  historyChart: (query: HistoryQuery) => Answer<ChartBucket[]>;
  historyExport: (query: HistoryQuery) => Answer<ExportedFile>;
};
