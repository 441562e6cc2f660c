//! One vocabulary of outcomes for every screen: the dozen overlapping words of GetVocal, Awaz,
//! the journal and bulk runs ("completed", "pickup", "outcome", "in_queue", "unknown"…) grouped
//! into a few a person understands. The platform's own word is always kept beside the group
//! (History shows it one click away); only the group decides colours, filters and the chart.
//!
//! Calls: Upcoming, Reached, Not reached, Failed, Cancelled. Anything Callboard sends: Pending
//! while on its way, Needs a check when the answer was lost, and for what is not a call, Done or
//! Refused. The UI reads [`OUTCOMES`] (exported into the bindings as a constant) for the groups;
//! their words are in the catalogues, and `ui/src/components/OutcomeBadge.tsx` adds colours.

use serde::{Deserialize, Serialize};
use specta::Type;
use strum::{EnumString, IntoStaticStr};

#[derive(
    Serialize,
    Deserialize,
    Type,
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    IntoStaticStr,
    EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum OutcomeGroup {
    /// A call waiting for its time, queued, or under way.
    Upcoming,
    /// The person picked up (the call may have ended with results).
    Reached,
    /// Busy, voicemail, no answer.
    NotReached,
    /// The call could not be made, or the platform refused to schedule it.
    Failed,
    /// Cancelled before it happened.
    Cancelled,
    /// Sent, but no answer came back (or the platform said a word Callboard does not know):
    /// check before trying again.
    NeedsCheck,
    /// On its way right now, or waiting in a bulk run.
    Pending,
    /// Not a call: the platform applied it.
    Done,
    /// Not a call: the platform refused it; nothing was applied.
    Refused,
}

/// A group and where it applies, for the UI's filters, legends and chart. The words of each
/// group are in the catalogues (`components-outcome-…` for screens, `exports-group-…` for files).
#[derive(Serialize, Type, Clone, Copy, Debug)]
pub struct OutcomeWords {
    pub group: OutcomeGroup,
    /// Whether calls can end in this group (the chart shows only these).
    pub for_calls: bool,
}

/// Every group, in the order filters, badges' legends and the chart list them.
pub const OUTCOMES: [OutcomeWords; 9] = [
    OutcomeWords {
        group: OutcomeGroup::Upcoming,
        for_calls: true,
    },
    OutcomeWords {
        group: OutcomeGroup::Reached,
        for_calls: true,
    },
    OutcomeWords {
        group: OutcomeGroup::NotReached,
        for_calls: true,
    },
    OutcomeWords {
        group: OutcomeGroup::Failed,
        for_calls: true,
    },
    OutcomeWords {
        group: OutcomeGroup::Cancelled,
        for_calls: true,
    },
    OutcomeWords {
        group: OutcomeGroup::NeedsCheck,
        for_calls: true,
    },
    OutcomeWords {
        group: OutcomeGroup::Pending,
        for_calls: true,
    },
    OutcomeWords {
        group: OutcomeGroup::Done,
        for_calls: false,
    },
    OutcomeWords {
        group: OutcomeGroup::Refused,
        for_calls: false,
    },
];

/// Every call status word Callboard knows (GetVocal's, Awaz's, and Callboard's own words for a
/// call whose request has no answer yet), with its group. Exported into the bindings, so the
/// screens that hold a platform's raw status group it the same way.
pub const CALL_STATUSES: [(&str, OutcomeGroup); 22] = [
    // GetVocal's `call_status`.
    ("in_queue", OutcomeGroup::Upcoming),
    // Both platforms.
    ("scheduled", OutcomeGroup::Upcoming),
    // Awaz's documented statuses.
    ("pickup", OutcomeGroup::Reached),
    ("completed", OutcomeGroup::Reached),
    ("outcome", OutcomeGroup::Reached),
    ("busy", OutcomeGroup::NotReached),
    ("voicemail", OutcomeGroup::NotReached),
    ("failed", OutcomeGroup::Failed),
    ("canceled", OutcomeGroup::Cancelled),
    // Words either platform may add (both clients keep unknown words as spelled).
    ("ringing", OutcomeGroup::Upcoming),
    ("in_progress", OutcomeGroup::Upcoming),
    ("ongoing", OutcomeGroup::Upcoming),
    ("answered", OutcomeGroup::Reached),
    ("no_answer", OutcomeGroup::NotReached),
    ("unanswered", OutcomeGroup::NotReached),
    ("cancelled", OutcomeGroup::Cancelled),
    ("error", OutcomeGroup::Failed),
    // Callboard's words for the request that scheduled the call (journal and bulk runs).
    ("pending", OutcomeGroup::Pending),
    ("waiting", OutcomeGroup::Pending),
    ("sending", OutcomeGroup::Pending),
    ("unknown", OutcomeGroup::NeedsCheck),
    ("needs_check", OutcomeGroup::NeedsCheck),
];

/// Callboard's words for anything that is not a call (journal states, bulk row statuses).
const REQUEST_STATUSES: [(&str, OutcomeGroup); 8] = [
    ("done", OutcomeGroup::Done),
    ("succeeded", OutcomeGroup::Done),
    ("failed", OutcomeGroup::Refused),
    ("pending", OutcomeGroup::Pending),
    ("waiting", OutcomeGroup::Pending),
    ("sending", OutcomeGroup::Pending),
    ("unknown", OutcomeGroup::NeedsCheck),
    ("needs_check", OutcomeGroup::NeedsCheck),
];

impl OutcomeGroup {
    /// The group of a call's status, whichever platform (or Callboard) said it, in any case or
    /// spelling ("No answer", "no-answer"). A word nobody taught Callboard needs a check.
    pub fn of_call(status: &str) -> OutcomeGroup {
        look_up(&CALL_STATUSES, status).unwrap_or(OutcomeGroup::NeedsCheck)
    }

    /// The group of an action that is not a call (a lead, a top-up, a key…), from the
    /// journal's state or a bulk row's status.
    pub fn of_request(status: &str) -> OutcomeGroup {
        look_up(&REQUEST_STATUSES, status).unwrap_or(OutcomeGroup::NeedsCheck)
    }

    pub fn words(self) -> &'static OutcomeWords {
        // OUTCOMES lists every group once, in declaration order.
        &OUTCOMES[self as usize]
    }

    /// The word stored in the database and sent over IPC.
    pub fn text(self) -> &'static str {
        self.into()
    }
}

fn look_up(table: &[(&str, OutcomeGroup)], status: &str) -> Option<OutcomeGroup> {
    let word = status.trim().to_lowercase().replace(['-', ' '], "_");
    table
        .iter()
        .find(|(known, _)| *known == word)
        .map(|&(_, group)| group)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_list_every_group_in_declaration_order() {
        for (index, words) in OUTCOMES.iter().enumerate() {
            assert_eq!(words.group as usize, index);
            assert_eq!(words.group.words().group, words.group);
            assert_eq!(
                words.group.text().parse::<OutcomeGroup>().ok(),
                Some(words.group)
            );
        }
    }

    #[test]
    fn spelling_and_case_do_not_matter() {
        assert_eq!(OutcomeGroup::of_call("No answer"), OutcomeGroup::NotReached);
        assert_eq!(OutcomeGroup::of_call("no-answer"), OutcomeGroup::NotReached);
        assert_eq!(OutcomeGroup::of_call(" IN_QUEUE "), OutcomeGroup::Upcoming);
        assert_eq!(
            OutcomeGroup::of_call("teleported"),
            OutcomeGroup::NeedsCheck
        );
        assert_eq!(OutcomeGroup::of_request("Done"), OutcomeGroup::Done);
    }
}
