//! The document's words, from the Fluent catalogues at the repository's root
//! (`locales/<language>/statements.ftl`), compiled into the crate so a statement never depends
//! on files next to the program.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::Language;

const ENGLISH: &str = include_str!("../../../locales/en/statements.ftl");
const FRENCH: &str = include_str!("../../../locales/fr/statements.ftl");

pub(crate) struct Words {
    bundle: FluentBundle<FluentResource>,
}

impl Words {
    pub(crate) fn new(language: Language) -> Words {
        let source = match language {
            Language::En => ENGLISH,
            Language::Fr => FRENCH,
        };
        let id: unic_langid::LanguageIdentifier = language
            .code()
            .parse()
            .expect("en and fr are language codes");
        // The catalogues are compiled in and checked by this crate's tests, so a syntax error
        // is a programming error caught before release.
        let resource = FluentResource::try_new(source.to_owned())
            .expect("statements.ftl is valid Fluent (checked by tests)");
        let mut bundle = FluentBundle::new(vec![id]);
        // No Unicode isolation marks: they would be copied into the PDF's text and the CSV.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .expect("statements.ftl has no duplicate ids (checked by tests)");
        Words { bundle }
    }

    pub(crate) fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub(crate) fn with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Number(number) => FluentValue::from(*number),
            };
            fluent_args.set(*name, value);
        }
        self.format(id, Some(&fluent_args))
    }

    /// The message, or its id when the catalogue lacks it (a test checks none is missing).
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// A value given to a message: numbers choose plural forms and variants.
pub(crate) enum Arg {
    Text(String),
    Number(i64),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(source: &str) -> Vec<String> {
        let resource = FluentResource::try_new(source.to_owned()).expect("valid Fluent");
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn both_catalogues_parse_and_have_the_same_messages() {
        let english = ids(ENGLISH);
        let french = ids(FRENCH);
        assert!(english.len() > 30, "{english:?}");
        assert_eq!(english, french);
        for id in &english {
            assert!(
                id.starts_with("statements-"),
                "{id} must start with the area"
            );
        }
    }

    #[test]
    fn plural_forms_follow_each_language() {
        let english = Words::new(Language::En);
        let french = Words::new(Language::Fr);
        let count = |n| [("count", Arg::Number(n))];
        assert_eq!(
            english.with("statements-workspaces", &count(1)),
            "Workspace"
        );
        assert_eq!(
            english.with("statements-workspaces", &count(2)),
            "Workspaces"
        );
        assert_eq!(
            french.with("statements-workspaces", &count(2)),
            "Espaces client"
        );
        assert!(french
            .with("statements-not-counted-summary", &count(3))
            .starts_with("3 recharges ne sont pas comptées"));
    }
}
