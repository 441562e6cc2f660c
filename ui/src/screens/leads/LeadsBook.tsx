import { useId, useMemo, useState } from "react";
import type { AccountSummary, LeadCalls, LeadEntry } from "../../bindings";
import { Card } from "../../components/Card";
import { CancelWaitingCalls } from "../../components/CancelWaitingCalls";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { OpenCall } from "../../components/OpenCall";
import type { Loadable } from "../../useLoad";
import { formatPhone } from "../../phone";
import { calleeTimeNow, formatMoment } from "../../when";
import { CallPlanner } from "../schedule/GetVocalCall";

const callWords: Record<LeadCalls, string> = {
  no_call: "Not called yet",
  waiting: "Call waiting",
  called: "Called",
  cancelled: "Calls cancelled",
};

/**
 * The leads Callboard created, to work from: search, call one, or cancel the waiting calls of
 * several at once. GetVocal has no way to change a lead once created, so there is no "Edit".
 */
export function LeadsBook({ book, accounts, onChanged }: { book: Loadable<LeadEntry[]>; accounts: AccountSummary[]; onChanged: () => void }) {
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [calling, setCalling] = useState<LeadEntry | null>(null);
  const searchId = useId();
  const leads = book.state === "ready" ? book.data : [];
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
    <Card
      title="Your leads"
      description="Everyone you added from Callboard, by hand or from an import, newest first. Choose “Call” to call one, or tick several to cancel their waiting calls."
    >
      {book.state === "loading" && <Loading label="Loading your leads…" />}
      {book.state === "failed" && <ErrorNotice error={book.error} onRetry={onChanged} />}
      {book.state === "ready" && leads.length === 0 && (
        <p className="empty" data-testid="no-leads">
          No leads yet. Add one below, or bring a spreadsheet in Import.
        </p>
      )}
      {leads.length > 0 && (
        <>
          <div className="field list-search">
            <label htmlFor={searchId}>Search</label>
            <input id={searchId} type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="Name, phone number or reference" data-testid="leads-search" />
          </div>
          <table className="table" data-testid="leads-book">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Choose</span>
                </th>
                <th scope="col">Name</th>
                <th scope="col">Phone number</th>
                <th scope="col">Their time now</th>
                {several && <th scope="col">Account</th>}
                <th scope="col">Calls</th>
                <th scope="col">Last call</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
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
                      aria-label={`Choose ${lead.name || formatPhone(lead.phone_number)}`}
                      data-testid="lead-choose"
                    />
                  </td>
                  <td>
                    {lead.name || <span className="muted">(no name)</span>}
                    {lead.imported && (
                      <span className="badge badge-muted lead-imported" title="Added by an import">
                        Import
                      </span>
                    )}
                  </td>
                  <td className="phone-number">{formatPhone(lead.phone_number)}</td>
                  <td data-testid="lead-their-time">
                    {calleeTimeNow(lead.callee_zones) ?? <span className="muted">{lead.callee_zones.length === 0 ? "Not known" : "Same as yours"}</span>}
                  </td>
                  {several && <td>{lead.account_name}</td>}
                  <td data-testid="lead-calls">{callWords[lead.calls]}</td>
                  <td>{lead.last_call ? formatMoment(lead.last_call) : "—"}</td>
                  <td className="row-actions">
                    {lead.last_call_key && (
                      <OpenCall
                        callKey={lead.last_call_key}
                        label="Open call"
                        description={`Open the last call to ${lead.name || formatPhone(lead.phone_number)}`}
                        testId="lead-open-call"
                      />
                    )}{" "}
                    <button type="button" className="button secondary small" onClick={() => setCalling(lead)} data-testid="lead-call">
                      Call…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length === 0 && <p className="empty">Nobody matches “{search}”.</p>}
          <div className="form-actions">
            <CancelWaitingCalls
              targets={chosen.map((lead) => ({ accountId: lead.account_id, leadId: lead.lead_id, who: lead.name || formatPhone(lead.phone_number) }))}
              onFinished={() => {
                setSelected(new Set());
                onChanged();
              }}
            />
          </div>
          <p className="muted">GetVocal has no way to change a lead once it is created: to correct one, add it again with the right details.</p>
        </>
      )}
      {calling && callingAccount && (
        <section className="inline-call" aria-label={`Call ${calling.name || formatPhone(calling.phone_number)}`} data-testid="lead-call-panel">
          <div className="form-actions">
            <h3>Call {calling.name || formatPhone(calling.phone_number)}</h3>
            <button type="button" className="link-button" onClick={() => setCalling(null)} data-testid="close-call-panel">
              Close
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
