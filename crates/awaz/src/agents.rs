//! `GET /v1/agents`: the AI agents that can place calls.

use serde::{Deserialize, Serialize};

use crate::{Client, Listing, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Agent {
    pub id: String,
    #[serde(default)]
    pub name: String,
}

impl Client {
    pub async fn list_agents(&self) -> Result<Listing<Agent>> {
        self.get(&["v1", "agents"], &[]).await?.listing()
    }
}
