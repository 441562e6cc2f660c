import { useCallback, useId, useState, type FormEvent } from "react";
import type { AwazCallForm, AwazDirectory, Call, Contact, ContactForm, ZoneChoices } from "../../bindings";
import { useBackend } from "../../backend";
import { currentLocale, useWords } from "../../i18n";
import { ForAccount } from "../../components/AccountPicker";
import { AwazActionNotice } from "../../awaz/AwazActionNotice";
import { AwazWait } from "../../awaz/AwazWait";
import { Card } from "../../components/Card";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Done, DoneButton } from "../../components/Done";
import { Field } from "../../components/Field";
import { OutcomeBadge, outcomeOfCallStatus } from "../../components/OutcomeBadge";
import { TechnicalDetails } from "../../components/TechnicalDetails";
import { formatPhone } from "../../phone";
import { Loading } from "../../components/Loading";
import { WhenPicker, scheduleAt, usePreview, type When } from "../../components/WhenPicker";
import { fieldProblem, useAction } from "../../useAction";
import { useLoadWith } from "../../useLoad";
import { CallDetails } from "../history/CallLog";
import { CallRules } from "./CallRules";
import { ConfirmCall, chosenMoment } from "./ConfirmCall";
import "../getvocal.css";

/** The contact picker's choice for "someone not in the list". */
const SOMEONE_NEW = "";

export function AwazCall() {
  return <ForAccount platform="awaz">{(account) => <AwazPlanner accountId={account.id} />}</ForAccount>;
}

type Choices = { directory: AwazDirectory; contacts: Contact[]; zones: ZoneChoices };

function AwazPlanner({ accountId }: { accountId: string }) {
  const backend = useBackend();
  const load = useCallback(async () => {
    const [directory, contacts, zones] = await Promise.all([
      backend.awazDirectory(accountId),
      backend.awazKnownContacts(accountId),
      backend.scheduleTimeZones(),
    ]);
    if (directory.status === "error") return directory;
    if (contacts.status === "error") return contacts;
    return { status: "ok" as const, data: { directory: directory.data, contacts: contacts.data, zones } };
  }, [backend, accountId]);
  const [choices, retry] = useLoadWith<Choices>(["awazCallChoices", accountId], load);
  const { t } = useWords();

  if (choices.state === "loading") return <Loading label={t("schedule-awaz-loading")} />;
  if (choices.state === "failed") return <ErrorNotice error={choices.error} onRetry={retry} />;
  return (
    <>
      <AwazCallCard accountId={accountId} choices={choices.data} />
      <SaveContactCard
        accountId={accountId}
        lists={choices.data.directory.contact_lists.map((list) =>
          list.size === undefined ? `${list.name ?? list.id}` : `${list.name ?? list.id} (${new Intl.NumberFormat(currentLocale()).format(list.size)})`,
        )}
      />
    </>
  );
}

function AwazCallCard({ accountId, choices }: { accountId: string; choices: Choices }) {
  const backend = useBackend();
  const { t } = useWords();
  const ids = useId();
  const { agents, phones } = choices.directory;
  const [agentId, setAgentId] = useState(agents[0]?.id ?? "");
  const [fromPhoneId, setFromPhoneId] = useState(phones[0]?.id ?? "");
  const [picked, setPicked] = useState(SOMEONE_NEW);
  const [contactName, setContactName] = useState("");
  const [contactPhone, setContactPhone] = useState("");
  const [when, setWhen] = useState<When>({ mode: "now" });
  const preview = usePreview(when);
  const [confirming, setConfirming] = useState(false);
  const [showDetails, setShowDetails] = useState(false);
  const call = useAction<Call>();

  const agent = agents.find((known) => known.id === agentId);
  const fromPhone = phones.find((known) => known.id === fromPhoneId);

  function pick(phone: string) {
    setPicked(phone);
    const contact = choices.contacts.find((known) => known.phone === phone);
    setContactName(contact?.name ?? "");
    setContactPhone(contact?.phone ?? "");
  }

  function review(event: FormEvent) {
    event.preventDefault();
    call.reset();
    setShowDetails(false);
    setConfirming(true);
  }

  async function confirm() {
    const at = scheduleAt(when);
    const form: AwazCallForm = {
      agent_id: agentId,
      from_phone_id: fromPhoneId,
      contact_name: contactName,
      contact_phone: contactPhone,
      when: at ? { kind: "at", ...at } : { kind: "now" },
    };
    await call.run((actionKey) => backend.awazScheduleCall(accountId, actionKey, form));
    setConfirming(false);
  }

  const calleeName = contactName.trim() || t("schedule-awaz-the-contact");
  const callee = { name: calleeName, phone: formatPhone(contactPhone.trim()) || t("schedule-awaz-no-number") };
  const done = call.current.state === "done";
  function another() {
    call.reset();
    setShowDetails(false);
    pick(SOMEONE_NEW);
    setWhen({ mode: "now" });
  }
  const asked = { ...callee, agent: agent?.name ?? agentId, from: formatPhone(fromPhone?.number) || fromPhoneId };
  const question = when.mode === "now" ? t("schedule-awaz-confirm-now", asked) : t("schedule-awaz-confirm-at", { ...asked, moment: chosenMoment(preview) });
  const error = call.current.state === "error" ? call.current.error : null;

  return (
    <Card title={t("schedule-awaz-title")} description={t("schedule-awaz-description")}>
      {call.current.state === "done" && (
        <Done
          testId="result-awaz-call"
          title={
            call.current.answer.status === "scheduled" ? t("schedule-awaz-scheduled", { name: calleeName }) : t("schedule-awaz-taken", { name: calleeName })
          }
          again={t("schedule-another-call")}
          onAgain={another}
        >
          <dl className="facts">
            <dt>{t("schedule-result-status")}</dt>
            <dd>
              <OutcomeBadge outcome={outcomeOfCallStatus(call.current.answer.status)} status={call.current.answer.status} platform="awaz" />
            </dd>
            <dt>{t("schedule-result-what")}</dt>
            <dd>{call.current.record.summary}</dd>
          </dl>
          <p className="muted">
            {t("schedule-awaz-listed")}{" "}
            <button type="button" className="link-button" onClick={() => setShowDetails(true)} data-testid="show-call-details">
              {t("schedule-awaz-show-details")}
            </button>
          </p>
          <TechnicalDetails>
            <p>
              {t("schedule-awaz-call-id")} <code data-testid="result-awaz-call-id">{call.current.answer.id}</code>
            </p>
          </TechnicalDetails>
        </Done>
      )}
      {call.current.state === "done" && showDetails && <CallDetails accountId={accountId} callId={call.current.answer.id} />}
      <form className="form" onSubmit={review} data-testid="awaz-call-form">
        <fieldset className="form-lock" disabled={done || confirming}>
          <legend className="visually-hidden">{t("schedule-call-legend")}</legend>
          <div className="form-grid">
            <Field
              id={`${ids}-agent`}
              name="agent_id"
              label={t("schedule-awaz-agent")}
              hint={t("schedule-awaz-agent-hint")}
              problem={fieldProblem(call.current, "agent_id")}
            >
              <select id={`${ids}-agent`} value={agentId} onChange={(event) => setAgentId(event.target.value)} data-testid="field-agent_id">
                {agents.length === 0 && <option value="">{t("schedule-awaz-no-agent")}</option>}
                {agents.map((known) => (
                  <option key={known.id} value={known.id}>
                    {known.name || known.id}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id={`${ids}-from`}
              name="from_phone_id"
              label={t("schedule-awaz-from")}
              hint={t("schedule-awaz-from-hint")}
              problem={fieldProblem(call.current, "from_phone_id")}
            >
              <select id={`${ids}-from`} value={fromPhoneId} onChange={(event) => setFromPhoneId(event.target.value)} data-testid="field-from_phone_id">
                {phones.length === 0 && <option value="">{t("schedule-awaz-no-phone")}</option>}
                {phones.map((known) => (
                  <option key={known.id} value={known.id}>
                    {formatPhone(known.number) || known.id}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={`${ids}-pick`} name="contact" label={t("schedule-awaz-contact")} hint={t("schedule-awaz-contact-hint")}>
              <select id={`${ids}-pick`} value={picked} onChange={(event) => pick(event.target.value)} data-testid="field-contact">
                <option value={SOMEONE_NEW}>{t("schedule-awaz-someone-new")}</option>
                {choices.contacts.map((contact) => (
                  <option key={contact.phone} value={contact.phone}>
                    {contact.name ? `${contact.name} — ${formatPhone(contact.phone)}` : formatPhone(contact.phone)}
                  </option>
                ))}
              </select>
            </Field>
            <div />
            <Field
              id={`${ids}-name`}
              name="contact_name"
              label={t("schedule-awaz-contact-name")}
              hint={t("schedule-awaz-contact-name-hint")}
              problem={fieldProblem(call.current, "contact_name")}
            >
              <input id={`${ids}-name`} value={contactName} onChange={(event) => setContactName(event.target.value)} data-testid="field-contact_name" />
            </Field>
            <Field
              id={`${ids}-phone`}
              name="contact_phone"
              label={t("schedule-awaz-contact-phone")}
              hint={t("schedule-awaz-contact-phone-hint")}
              problem={fieldProblem(call.current, "contact_phone")}
            >
              <input
                id={`${ids}-phone`}
                type="tel"
                value={contactPhone}
                onChange={(event) => setContactPhone(event.target.value)}
                data-testid="field-contact_phone"
              />
            </Field>
          </div>
          <WhenPicker value={when} onChange={setWhen} zones={choices.zones.zones} defaultZone={choices.zones.default_zone} preview={preview} problem={error} />
        </fieldset>
        <div className="form-actions">
          {done ? (
            <DoneButton />
          ) : (
            <button
              type="submit"
              className="button"
              disabled={call.busy || call.mustConfirm || confirming || !agentId || !fromPhoneId}
              data-testid="submit-awaz-call"
            >
              {t("schedule-review")}
            </button>
          )}
        </div>
      </form>
      {confirming && (
        <ConfirmCall
          testId="dialog-awaz-call"
          confirmTestId="confirm-awaz-call"
          question={question}
          when={when}
          busy={call.busy}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
        />
      )}
      {confirming && <CallRules accountId={accountId} name={contactName} phone={contactPhone.trim() || null} when={when} />}
      <AwazWait accountId={accountId} active={call.busy} />
      <AwazActionNotice current={call.current} accountId={accountId} whereToCheck={t("schedule-awaz-where-to-check")} onCheckedNotApplied={call.reset} />
    </Card>
  );
}

const emptyContact: ContactForm = { name: "", phone: "", email: "" };

function SaveContactCard({ accountId, lists }: { accountId: string; lists: string[] }) {
  const backend = useBackend();
  const { t } = useWords();
  const ids = useId();
  const [form, setForm] = useState<ContactForm>(emptyContact);
  const save = useAction<Contact>();
  const done = save.current.state === "done";

  async function submit(event: FormEvent) {
    event.preventDefault();
    await save.run((actionKey) => backend.awazSaveContact(accountId, actionKey, form));
  }

  function another() {
    setForm(emptyContact);
    save.reset();
  }

  return (
    <Card
      title={t("schedule-contact-title")}
      description={
        lists.length > 0
          ? t("schedule-contact-description-with-lists", { lists: new Intl.ListFormat(currentLocale(), { type: "unit", style: "short" }).format(lists) })
          : t("schedule-contact-description")
      }
    >
      {save.current.state === "done" && (
        <Done
          testId="result-contact"
          title={t("schedule-contact-saved", { name: save.current.answer.name, phone: formatPhone(save.current.answer.phone) })}
          again={t("schedule-contact-another")}
          onAgain={another}
        >
          <p className="muted">{t("schedule-contact-reopen")}</p>
        </Done>
      )}
      <form className="form" onSubmit={submit} data-testid="contact-form">
        <fieldset className="form-lock" disabled={done}>
          <legend className="visually-hidden">{t("schedule-contact-legend")}</legend>
          <div className="form-grid">
            <Field id={`${ids}-name`} name="name" label={t("schedule-contact-name")} problem={fieldProblem(save.current, "name")}>
              <input id={`${ids}-name`} value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} data-testid="field-name" />
            </Field>
            <Field
              id={`${ids}-phone`}
              name="phone"
              label={t("schedule-contact-phone")}
              hint={t("schedule-contact-phone-hint")}
              problem={fieldProblem(save.current, "phone")}
            >
              <input
                id={`${ids}-phone`}
                type="tel"
                value={form.phone}
                onChange={(event) => setForm({ ...form, phone: event.target.value })}
                data-testid="field-phone"
              />
            </Field>
            <Field
              id={`${ids}-email`}
              name="email"
              label={t("schedule-contact-email")}
              hint={t("schedule-contact-email-hint")}
              problem={fieldProblem(save.current, "email")}
            >
              <input
                id={`${ids}-email`}
                type="email"
                value={form.email}
                onChange={(event) => setForm({ ...form, email: event.target.value })}
                data-testid="field-email"
              />
            </Field>
          </div>
        </fieldset>
        <div className="form-actions">
          {done ? (
            <DoneButton />
          ) : (
            <button type="submit" className="button" disabled={save.busy || save.mustConfirm} data-testid="submit-contact">
              {save.busy ? t("schedule-contact-saving") : t("schedule-contact-save")}
            </button>
          )}
        </div>
      </form>
      <AwazWait accountId={accountId} active={save.busy} />
      <AwazActionNotice current={save.current} accountId={accountId} whereToCheck={t("schedule-contact-where-to-check")} onCheckedNotApplied={save.reset} />
    </Card>
  );
}
