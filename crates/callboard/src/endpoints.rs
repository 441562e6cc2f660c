//! Where each platform lives. The production URLs come from the Postman collections; an
//! account may override them, and `CALLBOARD_GETVOCAL_URL` / `CALLBOARD_AWAZ_URL` override
//! everything (used by tests). Only `https://` is accepted, except loopback addresses, so a
//! token is never sent in clear text over a network.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};
use specta::Type;
use url::{Host, Url};

use crate::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "lowercase")]
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

/// The base URL to use for `platform`: the environment override, else the account's own
/// setting, else production.
pub fn resolve(platform: Platform, account_setting: Option<&str>) -> Result<Url> {
    let from_env = std::env::var(platform.override_variable()).ok();
    let chosen = from_env
        .as_deref()
        .or(account_setting)
        .filter(|value| !value.trim().is_empty())
        .unwrap_or(platform.production_url());
    parse_base_url(platform, chosen)
}

/// Parses and checks a base URL typed by a person or read from the environment.
pub fn parse_base_url(platform: Platform, input: &str) -> Result<Url> {
    let invalid = |reason: &str| Error::InvalidBaseUrl {
        platform,
        input: input.trim().to_owned(),
        reason: reason.to_owned(),
    };
    let url = Url::parse(input.trim()).map_err(|_| invalid("it is not a web address"))?;
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        "http" => Err(invalid("only secure https:// addresses are allowed")),
        _ => Err(invalid("it must start with https://")),
    }
}

fn is_loopback(url: &Url) -> bool {
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
    fn account_setting_is_used_when_no_override_is_set() {
        // The override variables are only set by test harnesses of the app, never here.
        let url = resolve(Platform::Awaz, Some("https://eu.awaz.example")).unwrap();
        assert_eq!(url.as_str(), "https://eu.awaz.example/");
        let url = resolve(Platform::Awaz, None).unwrap();
        assert_eq!(url.as_str(), "https://api.awaz.ai/");
    }
}
