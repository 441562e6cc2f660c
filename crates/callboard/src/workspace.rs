//! The connected platforms of this run of the app and the reads the first screen needs.

use simulator::Simulator;
use url::Url;

use crate::endpoints::{parse_base_url, Platform};
use crate::{demo, Result};

pub struct Workspace {
    getvocal: getvocal::Client,
    company_id: String,
    awaz: awaz::Client,
    /// Keeps the practice platforms alive for as long as the workspace (demo mode only).
    demo: Option<Simulator>,
}

impl Workspace {
    /// Starts the simulator and connects to it exactly as to the real services: a GetVocal
    /// login with email and password, an Awaz API key, real HTTP on loopback.
    pub async fn start_demo() -> Result<Self> {
        let simulator = demo::start_simulator().await?;
        let getvocal_url = parse_base_url(Platform::GetVocal, &simulator.getvocal_url())?;
        let awaz_url = parse_base_url(Platform::Awaz, &simulator.awaz_url())?;
        let (getvocal, _login) =
            getvocal::Client::login(getvocal_url, demo::GETVOCAL_EMAIL, demo::GETVOCAL_PASSWORD)
                .await?;
        let awaz = awaz::Client::new(awaz_url, demo::AWAZ_API_KEY, awaz::ClientOptions::default())?;
        Ok(Self {
            getvocal,
            company_id: demo::GETVOCAL_COMPANY_ID.to_owned(),
            awaz,
            demo: Some(simulator),
        })
    }

    pub fn is_demo(&self) -> bool {
        self.demo.is_some()
    }

    pub fn getvocal_url(&self) -> String {
        display_url(self.getvocal.base_url())
    }

    pub fn awaz_url(&self) -> String {
        display_url(self.awaz.base_url())
    }

    pub async fn personas(&self) -> Result<Vec<getvocal::Persona>> {
        Ok(self.getvocal.personas(&self.company_id).await?)
    }

    pub async fn agents(&self) -> Result<Vec<awaz::Agent>> {
        Ok(self.awaz.list_agents().await?.items)
    }

    pub async fn phones(&self) -> Result<Vec<awaz::Phone>> {
        Ok(self.awaz.list_phones().await?.items)
    }
}

fn display_url(url: &Url) -> String {
    url.as_str().trim_end_matches('/').to_owned()
}
