use chrono::{DateTime, Duration as ChronoDuration, Utc};
use getvocal::{CallStatus, Client, Error, LeadStatus, NewLead, TriggerCall};
use simulator::{seed, SimConfig};

use super::{base_url, create_lead, first_persona_id, lead, sign_in, start, start_default};

fn api_error(error: Error) -> (u16, getvocal::Problem) {
    match error {
        Error::Api { status, problem } => (status, problem),
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[tokio::test]
async fn login_returns_the_user_and_publishes_the_tokens() {
    let sim = start_default().await;
    let (client, login) = Client::login(
        base_url(&sim),
        seed::GETVOCAL_EMAIL,
        seed::GETVOCAL_PASSWORD,
    )
    .await
    .unwrap();
    assert!(login.user_id > 0);
    assert_eq!(*client.tokens_watch().borrow(), Some(login.tokens()));
    assert!(!format!("{login:?}").contains(&login.access_token));
    sim.shutdown().await;
}

#[tokio::test]
async fn a_malformed_email_is_reported_on_the_email_field() {
    let sim = start_default().await;
    let error = Client::login(base_url(&sim), "YOUR_EMAIL_HERE", "whatever")
        .await
        .unwrap_err();
    let (status, problem) = api_error(error);
    assert_eq!(status, 422);
    let field = problem
        .field_error("email")
        .expect("an error on the email field");
    assert_eq!(field.kind, "value_error");
    assert!(field.message.contains("must have an @-sign"), "{field:?}");
    sim.shutdown().await;
}

#[tokio::test]
async fn a_wrong_password_is_a_401_with_the_provider_message() {
    let sim = start_default().await;
    let error = Client::login(base_url(&sim), seed::GETVOCAL_EMAIL, "wrong-password")
        .await
        .unwrap_err();
    let (status, problem) = api_error(error);
    assert_eq!(status, 401);
    assert_eq!(problem.message, "Incorrect email or password");
    sim.shutdown().await;
}

#[tokio::test]
async fn api_keys_are_created_listed_used_and_revoked() {
    let sim = start_default().await;
    let client = sign_in(&sim).await;

    let created = client.create_api_key("Laptop").await.unwrap();
    assert_eq!(created.name, "Laptop");
    assert_eq!(created.secret.len(), 32);
    assert!(!format!("{created:?}").contains(&created.secret));

    let listed = client.list_api_keys().await.unwrap();
    let key = listed
        .iter()
        .find(|key| key.uuid_id == created.key_id)
        .expect("the new key is listed");
    assert_eq!(key.name, "Laptop");
    assert!(!key.dt_created.is_empty());
    assert_eq!(key.dt_revoked, None);

    let by_key = Client::with_api_key(base_url(&sim), &created.key_id, &created.secret).unwrap();
    assert!(!by_key
        .personas(seed::GETVOCAL_COMPANY_ID)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(*by_key.tokens_watch().borrow(), None);

    let revoked = client.revoke_api_key(&created.key_id).await.unwrap();
    assert_eq!(revoked.uuid_id, created.key_id);
    assert!(revoked.dt_revoked.is_some());

    let error = by_key
        .personas(seed::GETVOCAL_COMPANY_ID)
        .await
        .unwrap_err();
    assert!(error.needs_sign_in(), "{error:?}");
    assert_eq!(api_error(error).0, 401);

    let (status, problem) = api_error(client.revoke_api_key("no-such-key").await.unwrap_err());
    assert_eq!(
        (status, problem.message.as_str()),
        (404, "API key not found")
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn leads_are_created_alone_or_in_batches_and_recognised_when_existing() {
    let sim = start_default().await;
    let client = sign_in(&sim).await;

    let first = create_lead(&client, "+33612345678").await;
    assert_eq!(first.status, LeadStatus::Created);
    assert_eq!(first.name, "Jeanne Martin");
    assert_eq!(first.phone_number, "+33612345678");
    assert!(!first.id.is_empty());

    let with_own_id = NewLead {
        customer_lead_id: Some("crm-42".to_owned()),
        email_address: Some("paul@example.org".to_owned()),
        static_data: Some([("DATE_OF_BIRTH".to_owned(), "06/04/1998".to_owned())].into()),
        language: Some("fr".to_owned()),
        ..lead("+33698765432")
    };
    let batch = client
        .create_leads(&[lead("+33612345678"), with_own_id.clone()])
        .await
        .unwrap();
    let statuses: Vec<_> = batch.iter().map(|result| result.status.clone()).collect();
    assert_eq!(statuses, [LeadStatus::Existing, LeadStatus::Created]);
    assert_eq!(batch[0].id, first.id);
    assert_eq!(batch[1].email_address.as_deref(), Some("paul@example.org"));

    // Same customer_lead_id, other phone number: still the same lead.
    let again = client
        .create_lead(&NewLead {
            phone_number: "+33600000001".to_owned(),
            ..with_own_id
        })
        .await
        .unwrap();
    assert_eq!(
        (again.status, again.id),
        (LeadStatus::Existing, batch[1].id.clone())
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn a_lead_without_phone_number_is_reported_on_that_item() {
    let sim = start_default().await;
    let client = sign_in(&sim).await;
    let error = client
        .create_leads(&[NewLead::default()])
        .await
        .unwrap_err();
    let (status, problem) = api_error(error);
    assert_eq!(status, 422);
    let field = problem
        .field_error("items.0.phone_number")
        .expect("an error on the item's phone number");
    assert_eq!(field.kind, "missing");
    sim.shutdown().await;
}

#[tokio::test]
async fn empty_requests_are_refused_before_sending() {
    let sim = start_default().await;
    let client = sign_in(&sim).await;
    assert!(matches!(
        client.create_leads(&[]).await,
        Err(Error::InvalidInput(_))
    ));
    assert!(matches!(
        client.personas(" ").await,
        Err(Error::InvalidInput(_))
    ));
    assert!(matches!(
        client.delete_scheduled_calls("").await,
        Err(Error::InvalidInput(_))
    ));
    sim.shutdown().await;
}

#[tokio::test]
async fn personas_are_listed_per_company() {
    let sim = start_default().await;
    let client = sign_in(&sim).await;
    let personas = client.personas(seed::GETVOCAL_COMPANY_ID).await.unwrap();
    assert!(personas
        .iter()
        .all(|persona| !persona.id.is_empty() && !persona.name.is_empty()));

    let (status, problem) = api_error(client.personas("unknown-company").await.unwrap_err());
    assert_eq!(
        (status, problem.message.as_str()),
        (404, "Company not found")
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn a_call_now_is_queued_once_and_can_be_cancelled() {
    let sim = start_default().await;
    let client = sign_in(&sim).await;
    let lead = create_lead(&client, "+33612345678").await;
    let call = TriggerCall {
        persona_id: first_persona_id(&client).await,
        lead_id: lead.id.clone(),
        schedule: None,
    };

    let triggered = client.trigger_call(&call).await.unwrap();
    assert_eq!(triggered.call_status, CallStatus::InQueue);
    assert_eq!(triggered.lead_id, lead.id);
    assert_eq!(triggered.to_phone_number.as_deref(), Some("+33612345678"));
    assert!(triggered.start_time.is_some());
    assert_eq!(triggered.end_time, None);

    let (status, problem) = api_error(client.trigger_call(&call).await.unwrap_err());
    assert_eq!(status, 400);
    assert!(problem.is_already_queued(), "{problem:?}");
    assert!(!problem.is_call_limit_reached());
    assert_eq!(problem.solution.as_deref(), Some("Try again."));

    let deleted = client.delete_scheduled_calls(&lead.id).await.unwrap();
    assert_eq!(
        (deleted.lead_id.as_str(), deleted.number_of_calls_deleted),
        (lead.id.as_str(), 1)
    );
    let deleted = client.delete_scheduled_calls(&lead.id).await.unwrap();
    assert_eq!(deleted.number_of_calls_deleted, 0);
    sim.shutdown().await;
}

#[tokio::test]
async fn a_scheduled_call_starts_at_the_requested_time() {
    let sim = start_default().await;
    let client = sign_in(&sim).await;
    let lead = create_lead(&client, "+33612345678").await;
    let at = Utc::now() + ChronoDuration::hours(2);
    let triggered = client
        .trigger_call(&TriggerCall {
            persona_id: first_persona_id(&client).await,
            lead_id: lead.id.clone(),
            schedule: Some(at),
        })
        .await
        .unwrap();
    assert_eq!(triggered.call_status, CallStatus::Scheduled);
    let start: DateTime<Utc> = triggered.start_time.unwrap().parse().unwrap();
    assert!(
        (start - at).abs() < ChronoDuration::milliseconds(10),
        "{start} vs {at}"
    );

    let deleted = client.delete_scheduled_calls(&lead.id).await.unwrap();
    assert_eq!(deleted.number_of_calls_deleted, 1);
    sim.shutdown().await;
}

#[tokio::test]
async fn the_call_limit_is_recognised() {
    // Simulated time runs fast so the first call ends (120 simulated seconds) almost at once.
    let sim = start(SimConfig {
        time_scale: 1000.0,
        access_ttl: std::time::Duration::from_secs(24 * 3600),
        max_calls_per_lead: 1,
        ..SimConfig::default()
    })
    .await;
    let client = sign_in(&sim).await;
    let lead = create_lead(&client, "+33612345678").await;
    let call = TriggerCall {
        persona_id: first_persona_id(&client).await,
        lead_id: lead.id,
        schedule: None,
    };
    client.trigger_call(&call).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;

    let (status, problem) = api_error(client.trigger_call(&call).await.unwrap_err());
    assert_eq!(status, 400);
    assert!(problem.is_call_limit_reached(), "{problem:?}");
    assert!(!problem.is_already_queued());
    sim.shutdown().await;
}

#[tokio::test]
async fn unknown_leads_cannot_be_called_or_cancelled() {
    let sim = start_default().await;
    let client = sign_in(&sim).await;
    let call = TriggerCall {
        persona_id: first_persona_id(&client).await,
        lead_id: "sjxwfMNBdVFrHRXn5If2_adad130335".to_owned(),
        schedule: None,
    };
    let (status, problem) = api_error(client.trigger_call(&call).await.unwrap_err());
    assert_eq!(status, 404);
    assert!(problem.message.contains("not found"), "{problem:?}");

    let error = client
        .delete_scheduled_calls(&call.lead_id)
        .await
        .unwrap_err();
    assert_eq!(api_error(error).0, 404);
    sim.shutdown().await;
}
