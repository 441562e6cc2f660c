//! Properties of the journal under any sequence of clicks, retries, answers and kills.
//!
//! A sequence draws action keys from a small set (so the same key comes back: a double click,
//! a retry, a resumed bulk run) and mixes `begin`/`finish` by hand, `run`, `send`, a kill while a
//! request is in flight (the `send` future has started and never ends) and plain kills (the
//! journal file is reopened, as Callboard does when it starts again). Whatever the sequence:
//!
//! * at most one send per action key ever happens (counted inside the `send` futures, and one
//!   per `begin` that answered `Fresh`, since its caller then sends);
//! * a record left pending by a kill reads as `Unknown` after reopening, saying to check first;
//! * a finished record never changes again: repeats of its key return it as it is, and neither
//!   a repeat nor a kill touches its state, answer, reason or time;
//! * the journal holds exactly one record per key that was begun.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;

use callboard::journal::Sent;
use callboard::{ActionKind, ActionQuery, ActionRecord, ActionState, Begin, Error, Journal};
use callboard::{NewAction, Outcome};
use futures::executor::block_on;
use futures::FutureExt;
use proptest::prelude::*;
use serde_json::{json, Value};

const KEYS: usize = 4;

/// How a send ends.
#[derive(Debug, Clone, Copy)]
enum Reply {
    Succeeded(u8),
    /// Refused: nothing was applied.
    Failed,
    /// Sent, but no usable answer: maybe applied.
    Unknown,
}

impl Reply {
    fn result(self) -> callboard::Result<Value> {
        match self {
            Reply::Succeeded(n) => Ok(json!({ "answer": n })),
            Reply::Failed => Err(Error::InvalidField {
                field: "phone".into(),
                message: "Not a phone number".into(),
            }),
            Reply::Unknown => Err(Error::Awaz(awaz::Error::UnexpectedResponse {
                status: 200,
                raw: "<html>".into(),
            })),
        }
    }

    fn state(self) -> ActionState {
        match self {
            Reply::Succeeded(_) => ActionState::Succeeded,
            Reply::Failed => ActionState::Failed,
            Reply::Unknown => ActionState::Unknown,
        }
    }

    fn outcome(self) -> Outcome {
        match self {
            Reply::Succeeded(n) => Outcome::Succeeded(json!({ "answer": n })),
            Reply::Failed => Outcome::Failed("Refused".into()),
            Reply::Unknown => Outcome::Unknown("No answer".into()),
        }
    }
}

#[derive(Debug, Clone)]
enum Op {
    /// `begin` by hand; on `Fresh` the caller sends, and may `finish` later.
    Begin {
        key: usize,
    },
    /// `finish` of one of the actions begun by hand since the last kill.
    Finish {
        which: usize,
        reply: Reply,
    },
    Run {
        key: usize,
        reply: Reply,
    },
    Send {
        key: usize,
        reply: Reply,
    },
    /// `run` whose request is in flight when Callboard is killed.
    KillDuringSend {
        key: usize,
    },
    Kill,
}

fn reply() -> impl Strategy<Value = Reply> {
    prop_oneof![
        any::<u8>().prop_map(Reply::Succeeded),
        Just(Reply::Failed),
        Just(Reply::Unknown),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    let key = 0..KEYS;
    prop_oneof![
        2 => key.clone().prop_map(|key| Op::Begin { key }),
        2 => (any::<usize>(), reply()).prop_map(|(which, reply)| Op::Finish { which, reply }),
        3 => (key.clone(), reply()).prop_map(|(key, reply)| Op::Run { key, reply }),
        3 => (key.clone(), reply()).prop_map(|(key, reply)| Op::Send { key, reply }),
        1 => key.prop_map(|key| Op::KillDuringSend { key }),
        1 => Just(Op::Kill),
    ]
}

fn action(key: usize) -> NewAction {
    NewAction {
        action_key: format!("action-{key}"),
        kind: ActionKind::AwazCredits,
        account_id: "acc-1".into(),
        account_name: "Acme".into(),
        summary: callboard::words::Words::new("journal-getvocal-create-lead")
            .arg("lead", format!("lead {key}")),
        subject: Some("north@example.com".into()),
        request: json!({ "credits": key }),
    }
}

/// What the journal must hold for one key.
#[derive(Debug, Clone)]
struct Expected {
    state: ActionState,
    /// The record as it was when it finished; it must never change after that.
    finished: Option<ActionRecord>,
}

struct World<'a> {
    path: &'a Path,
    journal: Journal,
    expected: HashMap<usize, Expected>,
    /// Sends per key: counted in the `send` futures and for each `Fresh` begin.
    sends: RefCell<HashMap<usize, u32>>,
    /// Actions begun by hand since the last kill and not finished: (key, id).
    in_flight: Vec<(usize, i64)>,
}

impl World<'_> {
    fn count_send(&self, key: usize) {
        let mut sends = self.sends.borrow_mut();
        let count = sends.entry(key).or_default();
        *count += 1;
        assert!(*count <= 1, "action-{key} was sent {count} times");
    }

    fn send_future(
        &self,
        key: usize,
        reply: Reply,
    ) -> impl std::future::Future<Output = callboard::Result<Value>> + '_ {
        async move {
            self.count_send(key);
            reply.result()
        }
    }

    /// The record a call returned for `key`: new if the key is new, else the one recorded.
    fn returned(&mut self, key: usize, record: &ActionRecord, fresh_state: ActionState) {
        assert_eq!(record.action_key, format!("action-{key}"));
        match self.expected.get(&key) {
            Some(expected) => {
                assert_eq!(
                    record.state, expected.state,
                    "a repeat returns the record as it is"
                );
                if let Some(finished) = &expected.finished {
                    assert_eq!(record, finished, "a finished record never changes");
                }
            }
            None => {
                assert_eq!(record.state, fresh_state);
                let finished = (fresh_state != ActionState::Pending).then(|| record.clone());
                self.expected.insert(
                    key,
                    Expected {
                        state: fresh_state,
                        finished,
                    },
                );
            }
        }
    }

    fn apply(&mut self, op: &Op) {
        match *op {
            Op::Begin { key } => match self.journal.begin(action(key)).expect("begin") {
                Begin::Fresh(id) => {
                    assert!(
                        !self.expected.contains_key(&key),
                        "action-{key} begun twice"
                    );
                    self.count_send(key);
                    let record = self.journal.get(id).expect("get").expect("the new record");
                    self.returned(key, &record, ActionState::Pending);
                    self.in_flight.push((key, id));
                }
                Begin::AlreadyRecorded(record) => {
                    assert!(self.expected.contains_key(&key), "a new key is fresh");
                    self.returned(key, &record, ActionState::Pending);
                }
                Begin::Unsettled(record) => {
                    panic!("a plain begin checks no earlier action: {record:?}")
                }
            },
            Op::Finish { which, reply } => {
                if self.in_flight.is_empty() {
                    return;
                }
                let (key, id) = self.in_flight.remove(which % self.in_flight.len());
                let record = self.journal.finish(id, reply.outcome()).expect("finish");
                assert_eq!(record.state, reply.state());
                assert!(record.finished_at.is_some());
                let expected = self.expected.get_mut(&key).expect("a begun key");
                assert_eq!(
                    expected.state,
                    ActionState::Pending,
                    "only pending is finished"
                );
                expected.state = reply.state();
                expected.finished = Some(record);
            }
            Op::Run { key, reply } => {
                let new = !self.expected.contains_key(&key);
                let result = block_on(self.journal.run(action(key), self.send_future(key, reply)));
                let record = match result {
                    Ok(record) => {
                        assert!(!new || matches!(reply, Reply::Succeeded(_)), "{record:?}");
                        record
                    }
                    Err(Error::ActionFailed { record, .. }) => {
                        assert!(new && !matches!(reply, Reply::Succeeded(_)));
                        *record
                    }
                    Err(error) => panic!("run failed: {error:?}"),
                };
                self.returned(key, &record, reply.state());
            }
            Op::Send { key, reply } => {
                let new = !self.expected.contains_key(&key);
                let result: callboard::Result<Sent<Value>> =
                    block_on(self.journal.send(action(key), self.send_future(key, reply)));
                match result {
                    Ok(sent) => {
                        assert!(!new || !matches!(reply, Reply::Failed), "{sent:?}");
                        let answer = sent
                            .record
                            .response
                            .as_deref()
                            .map(|text| serde_json::from_str::<Value>(text).expect("JSON"));
                        let succeeded = sent.record.state == ActionState::Succeeded;
                        assert_eq!(sent.answer, answer.filter(|_| succeeded));
                        if let (true, Reply::Succeeded(n)) = (new, reply) {
                            assert_eq!(sent.answer, Some(json!({ "answer": n })));
                        }
                        self.returned(key, &sent.record, reply.state());
                    }
                    Err(Error::ActionFailed { record, .. }) => {
                        assert!(new && matches!(reply, Reply::Failed), "{record:?}");
                        self.returned(key, &record, ActionState::Failed);
                    }
                    Err(error) => panic!("send failed: {error:?}"),
                }
            }
            Op::KillDuringSend { key } => {
                let new = !self.expected.contains_key(&key);
                let in_flight = async {
                    self.count_send(key);
                    std::future::pending::<callboard::Result<Value>>().await
                };
                match self.journal.run(action(key), in_flight).now_or_never() {
                    None => {
                        assert!(new, "a recorded key is never sent again");
                        let records = self.records();
                        let record = records.get(&key).expect("recorded before sending");
                        self.returned(key, record, ActionState::Pending);
                    }
                    Some(Ok(record)) => {
                        assert!(!new);
                        self.returned(key, &record, ActionState::Pending);
                    }
                    Some(Err(error)) => panic!("run failed: {error:?}"),
                }
                self.kill();
            }
            Op::Kill => self.kill(),
        }
    }

    /// Callboard stops without finishing anything, then opens its journal again.
    fn kill(&mut self) {
        self.journal = Journal::open(self.path).expect("the journal reopens");
        self.in_flight.clear();
        let records = self.records();
        for (key, expected) in &mut self.expected {
            if expected.state == ActionState::Pending {
                let record = &records[key];
                assert_eq!(
                    record.state,
                    ActionState::Unknown,
                    "pending reads as unknown"
                );
                let reason = record.error.as_deref().unwrap_or_default();
                assert!(reason.contains("Check before retrying"), "{reason}");
                expected.state = ActionState::Unknown;
                expected.finished = Some(record.clone());
            }
        }
    }

    fn records(&self) -> HashMap<usize, ActionRecord> {
        self.journal
            .list(&ActionQuery::default())
            .expect("list")
            .into_iter()
            .map(|record| {
                let key = record
                    .action_key
                    .strip_prefix("action-")
                    .and_then(|key| key.parse().ok())
                    .expect("one of our keys");
                (key, record)
            })
            .collect()
    }

    /// The whole journal agrees with what was done so far.
    fn check(&self) {
        let records = self.records();
        assert_eq!(
            records.len(),
            self.expected.len(),
            "one record per begun key"
        );
        for (key, expected) in &self.expected {
            let record = &records[key];
            assert_eq!(record.state, expected.state, "action-{key}");
            if let Some(finished) = &expected.finished {
                assert_eq!(record, finished, "a finished record never changes");
            }
        }
    }
}

fn run_sequence(ops: &[Op]) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("journal.sqlite3");
    let mut world = World {
        path: &path,
        journal: Journal::open(&path).expect("the journal opens"),
        expected: HashMap::new(),
        sends: RefCell::new(HashMap::new()),
        in_flight: Vec::new(),
    };
    for op in ops {
        world.apply(op);
        world.check();
    }
    // A last kill: nothing is left pending, and every finished record stays as it was.
    world.kill();
    world.check();
    let sends = world.sends.borrow();
    assert!(sends.values().all(|&count| count == 1));
    assert_eq!(
        sends.len(),
        world.expected.len(),
        "each recorded key was sent once"
    );
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 96,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn at_most_one_send_per_key_and_finished_records_never_change(
        ops in prop::collection::vec(op(), 1..40),
    ) {
        run_sequence(&ops);
    }
}

#[test]
fn a_double_click_during_a_kill_and_a_retry() {
    run_sequence(&[
        Op::Begin { key: 0 },
        Op::Begin { key: 0 },
        Op::KillDuringSend { key: 1 },
        Op::Run {
            key: 1,
            reply: Reply::Succeeded(1),
        },
        Op::Send {
            key: 2,
            reply: Reply::Unknown,
        },
        Op::Send {
            key: 2,
            reply: Reply::Succeeded(2),
        },
        Op::Finish {
            which: 0,
            reply: Reply::Failed,
        },
        Op::Kill,
        Op::Run {
            key: 0,
            reply: Reply::Succeeded(3),
        },
    ]);
}
