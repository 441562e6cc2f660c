//! Lenient parsing: one odd item never costs the caller the whole list.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

/// The parsed items of a list answer, and how many items could not be read.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Listing<T> {
    pub items: Vec<T>,
    /// Items left out because they lacked a required field or had one of the wrong type.
    pub skipped: u32,
}

/// Reads `{"items": [...]}` (or a bare array) item by item; `None` when the body is no list at all.
pub(crate) fn parse_listing<T: DeserializeOwned>(body: &str) -> Option<Listing<T>> {
    let items = match serde_json::from_str::<Value>(body).ok()? {
        Value::Array(items) => items,
        Value::Object(mut object) => match object.remove("items")? {
            Value::Array(items) => items,
            Value::Null => Vec::new(),
            _ => return None,
        },
        _ => return None,
    };
    let mut listing = Listing {
        items: Vec::with_capacity(items.len()),
        skipped: 0,
    };
    for item in items {
        match serde_json::from_value::<T>(item) {
            Ok(parsed) => listing.items.push(parsed),
            Err(error) => {
                listing.skipped += 1;
                tracing::warn!(
                    item = std::any::type_name::<T>(),
                    %error,
                    "skipped an Awaz list item that could not be read"
                );
            }
        }
    }
    Some(listing)
}

/// For fields whose `null` means "nothing", like an empty `extracted_variables`.
pub(crate) fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Call, CallStatus, Phone};

    #[test]
    fn a_bad_item_is_skipped_not_fatal() {
        let body = r#"{"items": [
            {"id": "p1", "number": "+11111111111", "label": "unknown fields are ignored"},
            {"number": "+12222222222"},
            {"id": "p3"}
        ]}"#;
        let listing = parse_listing::<Phone>(body).expect("a list");
        assert_eq!(listing.skipped, 1, "the item without an id is skipped");
        let ids: Vec<_> = listing
            .items
            .iter()
            .map(|phone| phone.id.as_str())
            .collect();
        assert_eq!(ids, ["p1", "p3"]);
        assert_eq!(
            listing.items[1].number, "",
            "a missing optional field defaults"
        );
    }

    #[test]
    fn calls_keep_unknown_statuses_and_tolerate_nulls() {
        let body = r#"{"items": [
            {"id": "c1", "contact": {"id": "k1", "name": "Ann", "phone": "+1", "email": null},
             "status": "ringing", "extracted_variables": null},
            {"id": "c2", "status": "pickup", "extracted_variables": {"budget": 1200, "notes": ["a"]}},
            {"id": 3, "status": "busy"}
        ]}"#;
        let listing = parse_listing::<Call>(body).expect("a list");
        assert_eq!(listing.skipped, 1, "a numeric id is not a call id");
        let [ringing, pickup] = &listing.items[..] else {
            panic!("expected two calls, got {:?}", listing.items);
        };
        assert_eq!(ringing.status, CallStatus::Other("ringing".into()));
        assert_eq!(ringing.contact.email, None);
        assert!(ringing.extracted_variables.is_empty());
        assert_eq!(pickup.status, CallStatus::Pickup);
        assert_eq!(pickup.extracted_variables["budget"], 1200);
    }

    #[test]
    fn a_body_that_is_no_list_is_rejected() {
        assert!(parse_listing::<Phone>("<html>busy</html>").is_none());
        assert!(parse_listing::<Phone>(r#"{"message": "nope"}"#).is_none());
        let empty = parse_listing::<Phone>(r#"{"items": null}"#).expect("a list");
        assert!(empty.items.is_empty());
    }
}
