//! Where each platform lives. The production URLs come from the Postman collections; an
//! account may override them, and `CALLBOARD_GETVOCAL_URL` / `CALLBOARD_AWAZ_URL` override
//! everything, but only in development builds or when `CALLBOARD_DEVELOPER=1` says a developer
//! means it (tests use them; a stray variable on a person's computer must not send their
//! accounts' requests elsewhere). Only `https://` is accepted, except loopback addresses, so a
//! token is never sent in clear text over a network, and never an address with a user name or
//! password in it.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};
use specta::Type;
use url::{Host, Url};

use crate::{words, Error, Result};

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    Type,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Platform {
    GetVocal,
    Awaz,
}

impl Platform {
    pub fn display_name(self) -> &'static str {
        match self {
            Platform::GetVocal => "GetVocal",
            Platform::Awaz => "Awaz",
        }
    }

    pub fn production_url(self) -> &'static str {
        match self {
            Platform::GetVocal => getvocal::PRODUCTION_BASE_URL,
            Platform::Awaz => awaz::PRODUCTION_BASE_URL,
        }
    }

    pub fn override_variable(self) -> &'static str {
        match self {
            Platform::GetVocal => "CALLBOARD_GETVOCAL_URL",
            Platform::Awaz => "CALLBOARD_AWAZ_URL",
        }
    }
}

/// The variable that allows the URL overrides in a release build.
pub const DEVELOPER_VARIABLE: &str = "CALLBOARD_DEVELOPER";

/// The base URL to use for `platform`: the environment override (development builds or
/// developer mode only), else the account's own setting, else production.
pub fn resolve(platform: Platform, account_setting: Option<&str>) -> Result<Url> {
    resolve_with(platform, account_setting, cfg!(debug_assertions), |name| {
        std::env::var(name).ok()
    })
}

/// [`resolve`] with the build kind and the environment given, for tests.
fn resolve_with(
    platform: Platform,
    account_setting: Option<&str>,
    debug_build: bool,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Url> {
    let from_env = env(platform.override_variable()).filter(|value| !value.trim().is_empty());
    let from_env = match from_env {
        Some(value) if debug_build || developer_mode(&env) => Some(value),
        Some(_) => {
            tracing::warn!(
                "{} is ignored: set {DEVELOPER_VARIABLE}=1 to use it in a release build",
                platform.override_variable()
            );
            None
        }
        None => None,
    };
    let chosen = from_env
        .as_deref()
        .or(account_setting)
        .filter(|value| !value.trim().is_empty())
        .unwrap_or(platform.production_url());
    parse_base_url(platform, chosen)
}

/// True in debug builds, or when `CALLBOARD_DEVELOPER=1` says a developer runs this build.
pub fn developer_build() -> bool {
    cfg!(debug_assertions) || developer_mode(&|name| std::env::var(name).ok())
}

fn developer_mode(env: &impl Fn(&str) -> Option<String>) -> bool {
    env(DEVELOPER_VARIABLE).is_some_and(|value| value.trim() == "1")
}

/// Parses and checks a base URL typed by a person or read from the environment.
pub fn parse_base_url(platform: Platform, input: &str) -> Result<Url> {
    // `reason` is the catalogue id of why, worded in the person's language.
    let invalid = |reason: &str| Error::InvalidBaseUrl {
        platform,
        input: without_user_info(input.trim()),
        reason: words::word(reason),
    };
    let url =
        Url::parse(input.trim()).map_err(|_| invalid("errors-field-base-url-not-an-address"))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid("errors-field-base-url-sign-in-inside"));
    }
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        "http" => Err(invalid("errors-field-base-url-not-secure")),
        _ => Err(invalid("errors-field-base-url-not-https")),
    }
}

/// The address as typed, with any `user:password@` part masked, so a refusal never repeats
/// a password in the window or a log.
fn without_user_info(input: &str) -> String {
    let Some((scheme, rest)) = input.split_once("://") else {
        return input.to_owned();
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{scheme}://•••@{}", &rest[at + 1..]),
        None => input.to_owned(),
    }
}

pub(crate) fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn production_urls_are_valid() {
        for platform in [Platform::GetVocal, Platform::Awaz] {
            let url = parse_base_url(platform, platform.production_url()).unwrap();
            assert_eq!(url.scheme(), "https");
        }
    }

    #[test]
    fn plain_http_is_refused_except_on_loopback() {
        for accepted in [
            "http://127.0.0.1:4010/v1",
            "http://localhost:4011",
            "http://[::1]:9/v1",
            "https://staging.example.org/v1",
        ] {
            assert!(
                parse_base_url(Platform::GetVocal, accepted).is_ok(),
                "{accepted}"
            );
        }
        for refused in [
            "http://api.awaz.ai",
            "http://10.0.0.8/v1",
            "ftp://127.0.0.1/",
            "api.awaz.ai",
        ] {
            let error = parse_base_url(Platform::Awaz, refused).unwrap_err();
            assert!(matches!(error, Error::InvalidBaseUrl { .. }), "{refused}");
        }
    }

    #[test]
    fn the_refusal_names_the_field_and_the_fix() {
        let explanation = parse_base_url(Platform::Awaz, "http://api.awaz.ai")
            .unwrap_err()
            .explain();
        assert_eq!(explanation.field.as_deref(), Some("base_url"));
        assert!(explanation.next_step.contains("https://"));
    }

    #[test]
    fn addresses_with_a_user_name_or_password_are_refused_without_repeating_it() {
        for refused in [
            "https://user:pass@api.awaz.ai",
            "https://user@api.awaz.ai/v1",
            "http://admin:hunter2@127.0.0.1:4010/v1",
            "https://:hunter2@api.awaz.ai",
        ] {
            let error = parse_base_url(Platform::Awaz, refused).unwrap_err();
            assert!(matches!(error, Error::InvalidBaseUrl { .. }), "{refused}");
            let explanation = error.explain();
            assert!(
                explanation.title.contains("user name or password"),
                "{}",
                explanation.title
            );
            let shown = format!("{explanation:?}");
            assert!(
                !shown.contains("hunter2") && !shown.contains("pass@"),
                "{shown}"
            );
        }
    }

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(known, _)| known == name)
                .map(|(_, value)| value.clone())
        }
    }

    #[test]
    fn environment_overrides_need_a_development_build_or_developer_mode() {
        let with_override = [("CALLBOARD_GETVOCAL_URL", "http://127.0.0.1:9/v1")];
        let resolved = |debug: bool, env: &[(&str, &str)]| {
            resolve_with(Platform::GetVocal, None, debug, env_of(env))
                .unwrap()
                .to_string()
        };
        assert_eq!(resolved(true, &with_override), "http://127.0.0.1:9/v1");
        assert_eq!(
            resolved(false, &with_override),
            "https://nexus.production.getvocal.ai/v1",
            "a release build ignores a stray override"
        );
        let developer = [with_override[0], ("CALLBOARD_DEVELOPER", "1")];
        assert_eq!(resolved(false, &developer), "http://127.0.0.1:9/v1");
        let not_one = [with_override[0], ("CALLBOARD_DEVELOPER", "yes")];
        assert_eq!(
            resolved(false, &not_one),
            "https://nexus.production.getvocal.ai/v1"
        );

        // Ignored in a release build, the account's own address is used.
        let url = resolve_with(
            Platform::GetVocal,
            Some("https://staging.example.org/v1"),
            false,
            env_of(&with_override),
        )
        .unwrap();
        assert_eq!(url.as_str(), "https://staging.example.org/v1");

        // An override with a password in it is refused even for a developer.
        let error = resolve_with(
            Platform::Awaz,
            None,
            true,
            env_of(&[("CALLBOARD_AWAZ_URL", "https://u:p@awaz.example")]),
        )
        .unwrap_err();
        assert!(matches!(error, Error::InvalidBaseUrl { .. }));
    }

    #[test]
    fn account_setting_is_used_when_no_override_is_set() {
        // The override variables are only set by test harnesses of the app, never here.
        let url = resolve(Platform::Awaz, Some("https://eu.awaz.example")).unwrap();
        assert_eq!(url.as_str(), "https://eu.awaz.example/");
        let url = resolve(Platform::Awaz, None).unwrap();
        assert_eq!(url.as_str(), "https://api.awaz.ai/");
    }
}
