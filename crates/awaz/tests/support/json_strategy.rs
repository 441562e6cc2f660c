//! Random JSON shaped like a platform's answers, for the answer-parsing properties of both
//! clients: keys mostly from the platform's own vocabulary, leaves mostly from its own words.

use proptest::prelude::*;
use serde_json::Value;

/// Objects and arrays (three levels deep at most) whose keys come from `keys` or match
/// `other_key`, and whose text leaves come from `words` or are any short printable text.
pub fn json_value(
    keys: &'static [&'static str],
    other_key: &'static str,
    words: &'static [&'static str],
) -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        prop::sample::select(keys).prop_map(str::to_owned),
        other_key,
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u32>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop::sample::select(words).prop_map(Value::from),
        "[ -~]{0,10}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 32, 5, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..5)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}
