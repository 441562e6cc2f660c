import { useId, useMemo, useState } from "react";
import type { AccountSummary, LeadCalls, LeadEntry } from "../../bindings";
import { Card } from "../../components/Card";
import { useWords } from "../../i18n";
import { CancelWaitingCalls } from "../../components/CancelWaitingCalls";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { OpenCall } from "../../components/OpenCall";
import type { Loadable } from "../../useLoad";
import { formatPhone } from "../../phone";
import { calleeTimeNow, formatMoment } from "../../when";
import { CallPlanner } from "../schedule/GetVocalCall";

/** The catalogue id of where each lead's calls stand. */
const callWords: Record<LeadCalls, string> = {
  no_call: "leads-calls-none",
  waiting: "leads-calls-waiting",
  called: "leads-calls-called",
  cancelled: "leads-calls-cancelled",
};

/**
 * The leads Callboard created, to work from: search, call one, or cancel the waiting calls of
 * several at once. GetVocal has no way to change a lead once created, so there is no "Edit".
 */
export function LeadsBook({ book, accounts, onChanged }: { book: Loadable<LeadEntry[]>; accounts: AccountSummary[]; onChanged: () => void }) {
  const { t } = useWords();
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [calling, setCalling] = useState<LeadEntry | null>(null);
  const searchId = useId();
  const leads = useMemo(() => (book.state === "ready" ? book.data : []), [book]);
  const shown = useMemo(() => leads.filter((lead) => matches(lead, search)), [leads, search]);
  const several = new Set(leads.map((lead) => lead.account_id)).size > 1;
  const chosen = leads.filter((lead) => selected.has(keyOf(lead)));
  const callingAccount = calling ? accounts.find((account) => account.id === calling.account_id) : undefined;

  function toggle(lead: LeadEntry) {
    const next = new Set(selected);
    if (!next.delete(keyOf(lead))) next.add(keyOf(lead));
    setSelected(next);
  }

  return (
    <Card title={t("leads-book-title")} description={t("leads-book-description")}>
      {book.state === "loading" && <Loading label={t("leads-book-loading")} />}
      {book.state === "failed" && <ErrorNotice error={book.error} onRetry={onChanged} />}
      {book.state === "ready" && leads.length === 0 && (
        <p className="empty" data-testid="no-leads">
          {t("leads-book-empty")}
        </p>
      )}
      {leads.length > 0 && (
        <>
          <div className="field list-search">
            <label htmlFor={searchId}>{t("leads-search")}</label>
            <input
              id={searchId}
              type="search"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              placeholder={t("leads-search-placeholder")}
              data-testid="leads-search"
            />
          </div>
          <table className="table" data-testid="leads-book">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t("leads-column-choose")}</span>
                </th>
                <th scope="col">{t("leads-column-name")}</th>
                <th scope="col">{t("leads-column-phone")}</th>
                <th scope="col">{t("leads-column-their-time")}</th>
                {several && <th scope="col">{t("leads-column-account")}</th>}
                <th scope="col">{t("leads-column-calls")}</th>
                <th scope="col">{t("leads-column-last-call")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("leads-column-actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((lead) => (
                <tr key={keyOf(lead)} data-testid="lead-row">
                  <td>
                    <input
                      type="checkbox"
                      checked={selected.has(keyOf(lead))}
                      onChange={() => toggle(lead)}
                      aria-label={t("leads-choose", { who: lead.name || formatPhone(lead.phone_number) })}
                      data-testid="lead-choose"
                    />
                  </td>
                  <td>
                    {lead.name || <span className="muted">{t("leads-no-name")}</span>}
                    {lead.imported && (
                      <span className="badge badge-muted lead-imported" title={t("leads-imported-tip")}>
                        {t("leads-imported")}
                      </span>
                    )}
                  </td>
                  <td className="phone-number">{formatPhone(lead.phone_number)}</td>
                  <td data-testid="lead-their-time">
                    {calleeTimeNow(lead.callee_zones) ?? (
                      <span className="muted">{lead.callee_zones.length === 0 ? t("leads-time-not-known") : t("leads-time-same")}</span>
                    )}
                  </td>
                  {several && <td>{lead.account_name}</td>}
                  <td data-testid="lead-calls">{t(callWords[lead.calls])}</td>
                  <td>{lead.last_call ? formatMoment(lead.last_call) : "—"}</td>
                  <td className="row-actions">
                    {lead.last_call_key && (
                      <OpenCall
                        callKey={lead.last_call_key}
                        label={t("leads-open-call")}
                        description={t("leads-open-call-description", { who: lead.name || formatPhone(lead.phone_number) })}
                        testId="lead-open-call"
                      />
                    )}{" "}
                    <button type="button" className="button secondary small" onClick={() => setCalling(lead)} data-testid="lead-call">
                      {t("leads-call")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length === 0 && <p className="empty">{t("leads-nobody-matches", { search })}</p>}
          <div className="form-actions">
            <CancelWaitingCalls
              targets={chosen.map((lead) => ({ accountId: lead.account_id, leadId: lead.lead_id, who: lead.name || formatPhone(lead.phone_number) }))}
              onFinished={() => {
                setSelected(new Set());
                onChanged();
              }}
            />
          </div>
          <p className="muted">{t("leads-cannot-change")}</p>
        </>
      )}
      {calling && callingAccount && (
        <section
          className="inline-call"
          aria-label={t("leads-call-panel", { who: calling.name || formatPhone(calling.phone_number) })}
          data-testid="lead-call-panel"
        >
          <div className="form-actions">
            <h3>{t("leads-call-panel", { who: calling.name || formatPhone(calling.phone_number) })}</h3>
            <button type="button" className="link-button" onClick={() => setCalling(null)} data-testid="close-call-panel">
              {t("leads-call-panel-close")}
            </button>
          </div>
          <CallPlanner key={keyOf(calling)} account={callingAccount} leadId={calling.lead_id} onPlaced={onChanged} />
        </section>
      )}
    </Card>
  );
}

function keyOf(lead: LeadEntry): string {
  return `${lead.account_id}:${lead.lead_id}`;
}

function matches(lead: LeadEntry, search: string): boolean {
  const words = search.trim().toLowerCase();
  if (!words) return true;
  // A search for a number ignores how it is written ("06 12", "+33612"); one with letters does not.
  const digits = /[a-z]/.test(words) ? "" : words.replace(/[^\d]/g, "");
  return (
    lead.name.toLowerCase().includes(words) ||
    (lead.customer_lead_id ?? "").toLowerCase().includes(words) ||
    (digits.length > 0 && (lead.phone_number.includes(digits) || formatPhone(lead.phone_number).replace(/[^\d]/g, "").includes(digits)))
  );
}
