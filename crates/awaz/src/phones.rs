//! `GET /v1/phones`: the numbers calls can be placed from.

use serde::{Deserialize, Serialize};

use crate::{Client, Listing, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Phone {
    pub id: String,
    /// E.164, e.g. `+11111111111`.
    #[serde(default)]
    pub number: String,
}

impl Client {
    pub async fn list_phones(&self) -> Result<Listing<Phone>> {
        self.get(&["v1", "phones"], &[]).await?.listing()
    }
}
