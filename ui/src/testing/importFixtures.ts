import type { HistoryRow, ImportPreview, JobView, PreviewRow } from "../bindings";

const emptyValues: PreviewRow["values"] = {
  phone: null,
  name: null,
  first_name: null,
  last_name: null,
  email: null,
  company_name: null,
  customer_lead_id: null,
  language: null,
  static_data: {},
};

export function previewRow(line: number, cells: string[], overrides: Partial<PreviewRow> = {}): PreviewRow {
  return { line, cells, values: { ...emptyValues, phone: cells[0] }, problems: [], duplicate_of: null, ...overrides };
}

/** "clients.csv": line 2 ready, line 3 with a bad phone, line 4 the same person as line 2. */
export function importPreview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    import_id: "imp-1",
    file_name: "clients.csv",
    sniffed: { encoding: "windows1252", delimiter: 59, has_header: true },
    options: { encoding: "windows1252", delimiter: 59, has_header: true },
    target: "get_vocal_leads",
    headers: ["Téléphone", "Prénom", "Date de naissance"],
    mapping: {
      columns: [
        { kind: "field", field: "phone" },
        { kind: "field", field: "first_name" },
        { kind: "static_data", key: "DATE_DE_NAISSANCE" },
      ],
    },
    mapping_problems: [],
    summary: { total: 3, valid: 1, with_problems: 2, duplicates: 1 },
    rows: [
      previewRow(3, ["06 98 76", "Jean", "01/02/1980"], {
        problems: [{ field: "phone", message: "Phone number: This number is too short. Check that no digit is missing." }],
      }),
      previewRow(4, ["+33 6 12 34 56 78", "Marie again", ""], {
        problems: [{ field: "phone", message: "Phone number: Same phone number as line 2. Only the first row with it is kept." }],
        duplicate_of: 2,
      }),
      previewRow(2, ["06 12 34 56 78", "Marie", "07/11/1967"]),
    ],
    ...overrides,
  };
}

export function job(overrides: Partial<JobView> = {}): JobView {
  return {
    id: 7,
    account_id: "acc-getvocal",
    account_name: "Acme – GetVocal",
    platform: "getvocal",
    target: "get_vocal_leads",
    state: "running",
    total: 2,
    done: 0,
    failed: 0,
    skipped: 0,
    unknown: 0,
    waiting: 2,
    waiting_for_budget_until: null,
    created_at: "2026-11-24T14:00:00Z",
    finished_at: null,
    ...overrides,
  };
}

export function historyRow(index: number, overrides: Partial<HistoryRow> = {}): HistoryRow {
  return {
    key: `journal-${index}`,
    when: "2026-11-24T14:00:00Z",
    platform: "getvocal",
    account_name: "Acme – GetVocal",
    kind: "call",
    outcome: "upcoming",
    status: "scheduled",
    title: `Call to Person ${index} (+3361234${String(index).padStart(4, "0")})`,
    detail: null,
    ...overrides,
  };
}
