//! History's titles follow the language of the moment: a person who switches Callboard to
//! French reads the entries written before in French, whether they came from the journal, a
//! bulk run or an Awaz call log. In its own test binary: the language is the process's.

mod support;

use callboard::history::{History, HistoryKind, HistoryQuery, HistoryRow};
use callboard::words::{self, Language};

/// The titles of `rows` whose key starts with `source` ("journal:", "bulk:", "awaz:").
fn titles(rows: &[HistoryRow], source: &str, kind: HistoryKind) -> Vec<String> {
    rows.iter()
        .filter(|row| row.key.starts_with(source) && row.kind == kind)
        .map(|row| row.title.clone())
        .collect()
}

#[tokio::test]
async fn titles_written_in_english_are_read_in_french_after_a_switch() {
    let setup = support::history_scenario().await;
    let callboard = &setup.callboard;
    let history = History::default();
    let page = |text: Option<&str>| {
        let query = HistoryQuery {
            text: text.map(str::to_owned),
            ..HistoryQuery::default()
        };
        let history = &history;
        async move { history.page(callboard, &query, None).await.unwrap() }
    };

    words::set_current(Language::English);
    let english = page(None).await.rows;
    assert_eq!(
        titles(&english, "bulk:", HistoryKind::Call),
        [
            "Call to Alan Turing (+33622222222)",
            "Call to Ada Lovelace (+33611111111)"
        ]
    );

    words::set_current(Language::French);
    let french = page(None).await.rows;
    assert_eq!(english.len(), french.len());
    assert_eq!(
        titles(&french, "journal:", HistoryKind::Lead),
        [r#"Créer le prospect =HYPERLINK("http://evil.test") Dupont (+33612345678)"#]
    );
    // "maintenant", or the time the calling rules moved it to, depending on the hour the test
    // runs at; the moved time and the rule's note keep the language they were written in.
    let call = titles(&french, "journal:", HistoryKind::Call);
    assert_eq!(call.len(), 1);
    assert!(
        call[0].starts_with("Appeler Marie Curie (+33698765432) "),
        "{call:?}"
    );
    assert_eq!(
        titles(&french, "bulk:", HistoryKind::Contact),
        [
            "Enregistrer le contact Alan Turing (+33622222222)",
            "Enregistrer le contact Ada Lovelace (+33611111111)"
        ]
    );
    assert_eq!(
        titles(&french, "bulk:", HistoryKind::Call),
        [
            "Appel à Alan Turing (+33622222222)",
            "Appel à Ada Lovelace (+33611111111)"
        ]
    );
    // The calls the Awaz log holds that Callboard did not place.
    let logged = titles(&french, "awaz:", HistoryKind::Call);
    assert!(!logged.is_empty());
    assert!(
        logged.iter().all(|title| title.starts_with("Appel à ")),
        "{logged:?}"
    );
    // The search index keeps the words it was written with: names and phones find them still.
    assert_eq!(page(Some("lovelace")).await.total, Some(2));
    words::set_current(Language::English);
}
