//! A call's page and the lists it is opened from, against the simulator over loopback HTTP:
//! leads and calls sent by an import are listed with the form's, each with its callee's zone;
//! a call's page says who, on which clock, which persona or agent, how it went, what the AI
//! found out (as labelled, typed fields) and the person's other entries.

mod support;

use callboard::awaz_actions::{self, AwazCallForm};
use callboard::bulk::CallWho;
use callboard::call_book::{self, LeadCalls};
use callboard::call_page::{self, FindingValue};
use callboard::endpoints::Platform;
use callboard::getvocal_actions::CallWhen;
use callboard::history::{History, HistoryKind, HistoryQuery};
use callboard::import::Target;
use callboard::outcome::OutcomeGroup;
use callboard::Callboard;
use simulator::{SimConfig, Simulator};

const PERSONA: &str = "2f8d0c4e-6b1a-4c39-9e57-0d3a8b6f1c21";
use support::{FIRST_PHONE, RECEPTION_AGENT};
/// Olivia Bennett's call in the simulator's Awaz log, with what the AI found out.
const OLIVIA_CALL: &str = "674b1c995e504fadc9b6fa01";
const OLIVIA_PHONE: &str = "+12025550143";

async fn callboard(sim: &Simulator, dir: &tempfile::TempDir) -> (Callboard, String, String) {
    let callboard = support::open(dir.path()).await;
    let getvocal = support::add_getvocal(&callboard, sim, "Acme – GetVocal").await;
    let awaz = support::add_awaz(&callboard, sim, "Clinics – Awaz").await;
    // The French people below are called without a recorded consent date: this client's lists
    // are not covered by the consent law (see the calling rules).
    support::without_consent_law(&callboard, &getvocal);
    (callboard, getvocal, awaz)
}

#[tokio::test]
async fn an_imported_lead_and_its_call_are_listed_and_open_on_a_page() {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (callboard, getvocal, _) = callboard(&sim, &dir).await;
    let (_bulk, job_id) = support::people_called_now(
        &callboard,
        dir.path(),
        &getvocal,
        "First name,Last name,Phone\nAda,Lovelace,+33 6 11 11 11 11\nAlan,Turing,+44 20 7946 0958\n",
        Target::GetVocalLeads,
        CallWho::GetVocal {
            persona_id: PERSONA.to_owned(),
        },
    )
    .await;

    let leads = call_book::leads(&callboard).unwrap();
    assert_eq!(leads.len(), 2, "{leads:#?}");
    let ada = leads
        .iter()
        .find(|lead| lead.name == "Ada Lovelace")
        .unwrap();
    assert!(ada.imported);
    assert_eq!(ada.phone_number, "+33611111111");
    assert_eq!(ada.callee_zones, vec!["Europe/Paris".to_owned()]);
    assert_eq!(ada.calls, LeadCalls::Waiting, "{ada:#?}");
    let key = ada.last_call_key.clone().unwrap();
    assert!(key.starts_with(&format!("bulk:{job_id}:")), "{key}");
    let alan = leads
        .iter()
        .find(|lead| lead.name == "Alan Turing")
        .unwrap();
    assert_eq!(alan.callee_zones, vec!["Europe/London".to_owned()]);

    let upcoming = call_book::upcoming(&callboard).unwrap();
    let keys: Vec<&str> = upcoming.iter().map(|call| call.key.as_str()).collect();
    assert!(keys.contains(&key.as_str()), "{upcoming:#?}");
    assert!(upcoming.iter().all(|call| call.agent_id == PERSONA));

    let page = call_page::call_page(&callboard, &key).await.unwrap();
    assert_eq!(page.platform, Platform::GetVocal);
    assert_eq!(page.name.as_deref(), Some("Ada Lovelace"));
    assert_eq!(page.phone_number.as_deref(), Some("+33611111111"));
    assert_eq!(page.callee_zones, vec!["Europe/Paris".to_owned()]);
    assert_eq!(
        page.agent_name.as_deref(),
        Some("Inbound Lead Qualification")
    );
    assert_eq!(page.outcome, OutcomeGroup::Upcoming);
    assert_eq!(page.lead_id.as_deref(), Some(ada.lead_id.as_str()));
    assert!(page.findings.is_empty());
    // Her other entry: the lead the import created.
    assert_eq!(
        page.person_history
            .iter()
            .map(|row| row.kind)
            .collect::<Vec<_>>(),
        vec![HistoryKind::Lead]
    );

    let unknown = call_page::call_page(&callboard, "journal:999").await;
    assert!(unknown.is_err());
}

#[tokio::test]
async fn an_awaz_call_from_the_log_says_what_the_ai_found_out_and_the_persons_history() {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (callboard, _, awaz) = callboard(&sim, &dir).await;
    // Olivia is called again from the form: her page lists it.
    awaz_actions::schedule_call(
        &callboard,
        &awaz,
        "call-olivia".to_owned(),
        AwazCallForm {
            agent_id: RECEPTION_AGENT.to_owned(),
            from_phone_id: FIRST_PHONE.to_owned(),
            contact_name: "Olivia Bennett".to_owned(),
            contact_phone: OLIVIA_PHONE.to_owned(),
            when: CallWhen::Now,
        },
    )
    .await
    .unwrap();
    // History reads the call log into the store.
    History::default()
        .page(&callboard, &HistoryQuery::default(), None)
        .await
        .unwrap();

    let key = format!("awaz:{awaz}:{OLIVIA_CALL}");
    let page = call_page::call_page(&callboard, &key).await.unwrap();
    assert_eq!(page.platform, Platform::Awaz);
    assert_eq!(page.name.as_deref(), Some("Olivia Bennett"));
    assert_eq!(page.callee_zones, vec!["America/New_York".to_owned()]);
    assert_eq!(page.outcome, OutcomeGroup::Reached);
    assert_eq!(page.status, "outcome");
    let findings: Vec<(&str, &FindingValue)> = page
        .findings
        .iter()
        .map(|finding| (finding.label.as_str(), &finding.value))
        .collect();
    assert_eq!(
        findings,
        vec![
            (
                "Appointment date",
                &FindingValue::Day {
                    day: "2026-11-03".to_owned()
                }
            ),
            ("Interested", &FindingValue::YesNo { yes: true }),
        ]
    );
    assert_eq!(page.person_history.len(), 1, "{:#?}", page.person_history);
    let again = &page.person_history[0];
    assert_eq!(again.kind, HistoryKind::Call);
    assert!(again.key.starts_with("journal:"), "{}", again.key);

    // The call scheduled from the form: its agent and number by name, its outcome from Awaz.
    let scheduled = call_page::call_page(&callboard, &again.key).await.unwrap();
    assert_eq!(scheduled.agent_name.as_deref(), Some("Reception assistant"));
    assert_eq!(scheduled.from_number.as_deref(), Some("+12025550101"));
    assert_eq!(scheduled.phone_number.as_deref(), Some(OLIVIA_PHONE));
    assert!(scheduled.platform_call_id.is_some());
    assert_eq!(scheduled.person_history.len(), 1);
    assert_eq!(scheduled.person_history[0].key, key);
}
