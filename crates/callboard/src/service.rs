//! The running Callboard: its accounts and their live connections, the vault, the settings and
//! the journal. The desktop shell keeps one [`Callboard`] and calls it from its commands.
//!
//! Sessions: an account is connected when its secret (GetVocal tokens or API secret, Awaz key)
//! is in its vault; the provider client is built from it on first use and kept, so every
//! screen shares one GetVocal session (one refresh) and one Awaz rate budget per account.
//! Refreshed GetVocal tokens are written back to the vault as they arrive.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use serde::Serialize;
#[cfg(feature = "demo")]
use simulator::Simulator;
use specta::Type;
use url::Url;

use crate::accounts::{
    self, optional_base_url, required, required_secret, Account, AccountKind, AccountStatus,
    AccountSummary, AwazAccountForm, GetVocalApiKeyForm, GetVocalPasswordForm, GetVocalSignIn,
};
use crate::data_lock::DataLock;
use crate::endpoints::{self, Platform};
use crate::journal::Journal;
use crate::settings::{
    choosable_language, Preferences, Settings, SettingsStore, MAX_RECENT_WORKSPACES,
};
use crate::store::Database;
use crate::vault::{MemorySecrets, SecretKind, SecretStore};
use crate::words;
use crate::{Error, NeededAccount, Result};

/// The journal's file name inside the data folder.
pub const JOURNAL_FILE: &str = "callboard.sqlite3";

pub struct OpenOptions {
    /// Where the journal lives (the app's data folder). Callboard holds its lock (see
    /// [`DataLock`]) for as long as it is open.
    pub data_dir: PathBuf,
    pub settings: Arc<dyn SettingsStore>,
    /// Where remembered accounts keep their secrets: the computer's keychain in the app.
    pub keychain: Arc<dyn SecretStore>,
    /// Start the practice workspace even when accounts are saved (they stay hidden until a
    /// real account is added, see [`Callboard::is_demo`]). Needs the `demo` feature.
    pub demo: bool,
}

/// A GetVocal account ready to use.
#[derive(Clone)]
pub struct GetVocalSession {
    pub client: getvocal::Client,
    pub company_id: String,
    pub account: Account,
}

/// An Awaz account ready to use. The client is the account's only one, cloned: every screen
/// and job share its rate budget.
#[derive(Clone)]
pub struct AwazSession {
    pub client: awaz::Client,
    pub account: Account,
}

/// The addresses of the practice platforms, in demo mode.
#[derive(Serialize, Type, Clone, Debug)]
pub struct DemoServers {
    pub getvocal_url: String,
    pub awaz_url: String,
}

pub struct Callboard {
    settings_store: Arc<dyn SettingsStore>,
    keychain: Arc<dyn SecretStore>,
    /// Secrets of accounts not remembered on this computer, and of the demo accounts.
    memory: Arc<MemorySecrets>,
    /// The one SQLite file: the journal and the bulk runs share its connection.
    database: Database,
    journal: Journal,
    /// Where token-saving tasks run (the shell's runtime).
    runtime: tokio::runtime::Handle,
    state: Mutex<State>,
    /// Keeps the practice platforms running for as long as Callboard (started in demo mode
    /// only; they keep running after demo mode ends, for accounts pointed at their address).
    #[cfg(feature = "demo")]
    simulator: Option<Simulator>,
    /// Timeouts and waits of every Awaz client made from now on (see [`Callboard::set_awaz_options`]).
    awaz_options: awaz::ClientOptions,
    /// Request timeout of every GetVocal client made from now on; `None` = the client's default.
    getvocal_timeout: Option<std::time::Duration>,
    /// The data folder's lock, released last, once the journal is closed (or by
    /// [`Callboard::install_update`], for the restarted app).
    data_lock: Mutex<Option<DataLock>>,
}

#[derive(Default)]
struct State {
    settings: Settings,
    /// Demo mode: only the practice accounts can be seen and used (saved accounts stay
    /// hidden). Ends for good, in this run, when a real account is added.
    demo: bool,
    /// The practice accounts of demo mode: in memory only, never saved.
    demo_accounts: Vec<Account>,
    sessions: HashMap<String, Session>,
    /// Accounts whose stored secret was refused: they stay "sign-in needed" until a new one
    /// is given, even though the old secret may still be in the vault.
    refused: HashSet<String>,
}

#[derive(Clone)]
enum Connection {
    GetVocal(getvocal::Client),
    Awaz(awaz::Client),
}

struct Session {
    connection: Connection,
    /// While true, refreshed tokens are written to the vault. Turned off (under its lock)
    /// before a sign-out deletes them, so a refresh landing late cannot write them back.
    saving_tokens: Option<Arc<Mutex<bool>>>,
}

impl Session {
    fn stop_saving_tokens(&self) {
        if let Some(flag) = &self.saving_tokens {
            *lock(flag) = false;
        }
    }
}

impl Callboard {
    /// Takes the data folder's lock, then loads the settings and the journal. In demo mode
    /// (asked for, or no saved account; needs the `demo` feature) the practice platforms start
    /// on loopback with two practice accounts kept in memory only: "Demo GetVocal" (signed in
    /// with the practice email and password) and "Demo Awaz".
    ///
    /// Fails with [`Error::DataFolderInUse`] while another Callboard has the same data folder
    /// open, and with [`Error::SettingsDamaged`] when the settings can't be read.
    pub async fn open(options: OpenOptions) -> Result<Callboard> {
        let data_lock = DataLock::acquire(&options.data_dir)?;
        let settings = options.settings.load()?;
        words::set_current(words::resolve(settings.preferences.language.as_deref()));
        let database = Database::open(&options.data_dir.join(JOURNAL_FILE))?;
        let journal = Journal::new(database.clone());
        #[cfg(feature = "demo")]
        let (demo_mode, simulator) = if options.demo || settings.accounts.is_empty() {
            (true, Some(crate::demo::start_simulator().await?))
        } else {
            (false, None)
        };
        #[cfg(not(feature = "demo"))]
        let demo_mode = if options.demo {
            return Err(Error::DemoUnavailable(
                "this build of Callboard has no demo mode (the `demo` feature is off)".to_owned(),
            ));
        } else {
            false
        };
        let callboard = Callboard {
            settings_store: options.settings,
            keychain: options.keychain,
            memory: Arc::new(MemorySecrets::new()),
            database,
            journal,
            runtime: tokio::runtime::Handle::current(),
            state: Mutex::new(State {
                settings,
                demo: demo_mode,
                ..State::default()
            }),
            awaz_options: awaz::ClientOptions::default(),
            getvocal_timeout: None,
            #[cfg(feature = "demo")]
            simulator,
            data_lock: Mutex::new(Some(data_lock)),
        };
        #[cfg(feature = "demo")]
        if let Some(simulator) = &callboard.simulator {
            callboard.add_demo_accounts(simulator).await?;
        }
        Ok(callboard)
    }

    #[cfg(feature = "demo")]
    async fn add_demo_accounts(&self, simulator: &Simulator) -> Result<()> {
        use crate::demo;
        let getvocal_url = simulator.getvocal_url();
        let (client, login) = getvocal::Client::login(
            endpoints::parse_base_url(Platform::GetVocal, &getvocal_url)?,
            demo::GETVOCAL_EMAIL,
            demo::GETVOCAL_PASSWORD,
        )
        .await?;
        let kind = AccountKind::GetVocal {
            company_id: demo::GETVOCAL_COMPANY_ID.to_owned(),
            sign_in: GetVocalSignIn::Password {
                email: demo::GETVOCAL_EMAIL.to_owned(),
            },
        };
        let getvocal = new_account(
            words::word("journal-demo-getvocal"),
            Some(getvocal_url),
            false,
            kind,
        );
        self.memory.write(
            &getvocal.id,
            SecretKind::GetVocalTokens,
            &tokens_json(&login.tokens())?,
        )?;

        let awaz_url = simulator.awaz_url();
        let awaz = new_account(
            words::word("journal-demo-awaz"),
            Some(awaz_url),
            false,
            AccountKind::Awaz,
        );
        self.memory
            .write(&awaz.id, SecretKind::AwazApiKey, demo::AWAZ_API_KEY)?;

        self.start_session(&getvocal, Connection::GetVocal(client));
        let mut state = self.lock_state();
        state.demo_accounts = vec![getvocal, awaz];
        Ok(())
    }

    /// Changes the timeouts and waits of the Awaz clients connected from now on (clients
    /// already connected keep theirs). Tests shorten the request timeout to make an answer
    /// "lost" quickly; the app keeps the defaults.
    pub fn set_awaz_options(&mut self, options: awaz::ClientOptions) {
        self.awaz_options = options;
    }

    /// Changes the request timeout of the GetVocal clients connected from now on, like
    /// [`Callboard::set_awaz_options`]: tests shorten it to make an answer "lost" quickly.
    pub fn set_getvocal_timeout(&mut self, timeout: std::time::Duration) {
        self.getvocal_timeout = Some(timeout);
    }

    fn getvocal_builder(&self, url: Url) -> getvocal::ClientBuilder {
        let builder = getvocal::Client::builder(url);
        match self.getvocal_timeout {
            Some(timeout) => builder.request_timeout(timeout),
            None => builder,
        }
    }

    /// Demo mode: the practice accounts are the only ones shown and used, and the window says
    /// nothing is really called or charged. Adding a real account ends it at once (see
    /// [`Callboard::add_awaz`] and the others), so demo and real accounts never mix.
    pub fn is_demo(&self) -> bool {
        self.lock_state().demo
    }

    /// The practice platforms' addresses, while in demo mode.
    pub fn demo_servers(&self) -> Option<DemoServers> {
        if !self.is_demo() {
            return None;
        }
        #[cfg(feature = "demo")]
        if let Some(simulator) = &self.simulator {
            return Some(DemoServers {
                getvocal_url: simulator.getvocal_url(),
                awaz_url: simulator.awaz_url(),
            });
        }
        None
    }

    /// Every account that can be chosen, with whether it can be used right now: the practice
    /// accounts in demo mode, the saved ones otherwise.
    pub fn accounts(&self) -> Vec<AccountSummary> {
        let (is_demo, visible) = {
            let state = self.lock_state();
            (state.demo, visible_accounts(&state).to_vec())
        };
        visible
            .iter()
            .map(|account| {
                // A keychain that cannot be read leaves the account waiting for a sign-in,
                // which then explains what is wrong with the keychain.
                let status = match self.connect(account) {
                    Ok(Some(_)) => AccountStatus::Connected,
                    Ok(None) | Err(_) => AccountStatus::NeedsSignIn,
                };
                account.summary(status, is_demo)
            })
            .collect()
    }

    pub async fn add_getvocal_with_password(
        &self,
        form: GetVocalPasswordForm,
    ) -> Result<AccountSummary> {
        let name = required("name", &form.name, "errors-field-what-account-name")?;
        let email = accounts::email(&form.email)?;
        required_secret(
            "password",
            &form.password,
            "errors-field-what-getvocal-password",
        )?;
        let company_id = required(
            "company_id",
            &form.company_id,
            "errors-field-what-company-id",
        )?;
        let base_url = optional_base_url(Platform::GetVocal, form.base_url.as_deref())?;
        let url = endpoints::resolve(Platform::GetVocal, base_url.as_deref())?;

        let (client, tokens) = login(self.getvocal_builder(url), &email, &form.password).await?;
        check_company(&client, &company_id, wrong_password).await?;
        let kind = AccountKind::GetVocal {
            company_id,
            sign_in: GetVocalSignIn::Password { email },
        };
        self.save_new_account(
            new_account(name, base_url, form.remember, kind),
            (SecretKind::GetVocalTokens, &tokens_json(&tokens)?),
            Connection::GetVocal(client),
        )
    }

    /// Verified by listing the company's personas with the key.
    pub async fn add_getvocal_with_api_key(
        &self,
        form: GetVocalApiKeyForm,
    ) -> Result<AccountSummary> {
        let name = required("name", &form.name, "errors-field-what-account-name")?;
        let key_id = required("key_id", &form.key_id, "errors-field-what-key-id")?;
        required_secret("secret", &form.secret, "errors-field-what-key-secret")?;
        let company_id = required(
            "company_id",
            &form.company_id,
            "errors-field-what-company-id",
        )?;
        let base_url = optional_base_url(Platform::GetVocal, form.base_url.as_deref())?;
        let url = endpoints::resolve(Platform::GetVocal, base_url.as_deref())?;

        let client = self
            .getvocal_builder(url)
            .build(getvocal::Credentials::ApiKey {
                key_id: key_id.clone(),
                secret: form.secret.clone(),
            })?;
        check_company(&client, &company_id, wrong_api_key).await?;
        let kind = AccountKind::GetVocal {
            company_id,
            sign_in: GetVocalSignIn::ApiKey { key_id },
        };
        self.save_new_account(
            new_account(name, base_url, form.remember, kind),
            (SecretKind::GetVocalApiSecret, &form.secret),
            Connection::GetVocal(client),
        )
    }

    /// Verified by listing the account's phone numbers with the key.
    pub async fn add_awaz(&self, form: AwazAccountForm) -> Result<AccountSummary> {
        let name = required("name", &form.name, "errors-field-what-account-name")?;
        required_secret("api_key", &form.api_key, "errors-field-what-awaz-key")?;
        let base_url = optional_base_url(Platform::Awaz, form.base_url.as_deref())?;
        let url = endpoints::resolve(Platform::Awaz, base_url.as_deref())?;

        let client = awaz_client(url, &form.api_key, &self.awaz_options).await?;
        self.save_new_account(
            new_account(name, base_url, form.remember, AccountKind::Awaz),
            (SecretKind::AwazApiKey, &form.api_key),
            Connection::Awaz(client),
        )
    }

    /// Signs a GetVocal email-and-password account in again (its email is kept).
    pub async fn sign_in_again(
        &self,
        account_id: &str,
        password: String,
    ) -> Result<AccountSummary> {
        let account = self.account(account_id)?;
        let AccountKind::GetVocal {
            sign_in: GetVocalSignIn::Password { email },
            ..
        } = &account.kind
        else {
            return Err(Error::WrongPlatform {
                account_name: account.name,
                needed: NeededAccount::GetVocalPassword,
            });
        };
        required_secret("password", &password, "errors-field-what-getvocal-password")?;
        let url = endpoints::resolve(Platform::GetVocal, account.base_url.as_deref())?;
        let (client, tokens) = login(self.getvocal_builder(url), email, &password).await?;
        self.vault_for(&account).write(
            &account.id,
            SecretKind::GetVocalTokens,
            &tokens_json(&tokens)?,
        )?;
        self.replace_session(&account, Connection::GetVocal(client));
        Ok(account.summary(AccountStatus::Connected, self.is_demo_account(account_id)))
    }

    /// "Use this key for this account": the GetVocal account signs its requests with this API
    /// key from now on (checked first by listing its personas); stored tokens are dropped.
    pub async fn use_getvocal_api_key(
        &self,
        account_id: &str,
        key_id: String,
        secret: String,
    ) -> Result<AccountSummary> {
        let mut account = self.account(account_id)?;
        let AccountKind::GetVocal { company_id, .. } = &account.kind else {
            return Err(Error::WrongPlatform {
                account_name: account.name,
                needed: NeededAccount::GetVocal,
            });
        };
        let company_id = company_id.clone();
        let key_id = required("key_id", &key_id, "errors-field-what-key-id")?;
        required_secret("secret", &secret, "errors-field-what-key-secret")?;
        let url = endpoints::resolve(Platform::GetVocal, account.base_url.as_deref())?;
        let client = self
            .getvocal_builder(url)
            .build(getvocal::Credentials::ApiKey {
                key_id: key_id.clone(),
                secret: secret.clone(),
            })?;
        check_company(&client, &company_id, wrong_api_key).await?;

        let vault = self.vault_for(&account);
        vault.write(&account.id, SecretKind::GetVocalApiSecret, &secret)?;
        account.kind = AccountKind::GetVocal {
            company_id,
            sign_in: GetVocalSignIn::ApiKey { key_id },
        };
        self.update_account(&account)?;
        self.replace_session(&account, Connection::GetVocal(client));
        vault.delete(&account.id, SecretKind::GetVocalTokens)?;
        Ok(account.summary(AccountStatus::Connected, self.is_demo_account(account_id)))
    }

    /// Gives an Awaz account a new API key (checked first by listing its phone numbers).
    pub async fn use_awaz_api_key(
        &self,
        account_id: &str,
        api_key: String,
    ) -> Result<AccountSummary> {
        let account = self.account(account_id)?;
        if account.kind != AccountKind::Awaz {
            return Err(Error::WrongPlatform {
                account_name: account.name,
                needed: NeededAccount::Awaz,
            });
        }
        required_secret("api_key", &api_key, "errors-field-what-awaz-key")?;
        let url = endpoints::resolve(Platform::Awaz, account.base_url.as_deref())?;
        let client = awaz_client(url, &api_key, &self.awaz_options).await?;
        self.vault_for(&account)
            .write(&account.id, SecretKind::AwazApiKey, &api_key)?;
        self.replace_session(&account, Connection::Awaz(client));
        Ok(account.summary(AccountStatus::Connected, self.is_demo_account(account_id)))
    }

    /// The account's secrets leave the vault; the account stays, waiting for a sign-in.
    pub fn sign_out(&self, account_id: &str) -> Result<()> {
        let account = self.account(account_id)?;
        if let Some(session) = self.lock_state().sessions.remove(account_id) {
            session.stop_saving_tokens();
        }
        let vault = self.vault_for(&account);
        for kind in SecretKind::ALL {
            vault.delete(account_id, kind)?;
        }
        Ok(())
    }

    /// The account's secrets leave the vault, then the account is forgotten.
    pub fn remove_account(&self, account_id: &str) -> Result<()> {
        self.sign_out(account_id)?;
        let mut state = self.lock_state();
        state.refused.remove(account_id);
        state
            .demo_accounts
            .retain(|account| account.id != account_id);
        let before = state.settings.accounts.len();
        state
            .settings
            .accounts
            .retain(|account| account.id != account_id);
        if state.settings.accounts.len() != before {
            self.settings_store.save(&state.settings)?;
        }
        Ok(())
    }

    pub async fn getvocal(&self, account_id: &str) -> Result<GetVocalSession> {
        let account = self.account(account_id)?;
        let AccountKind::GetVocal { company_id, .. } = &account.kind else {
            return Err(Error::WrongPlatform {
                account_name: account.name,
                needed: NeededAccount::GetVocal,
            });
        };
        match self.connect(&account)? {
            Some(Connection::GetVocal(client)) => Ok(GetVocalSession {
                client,
                company_id: company_id.clone(),
                account,
            }),
            _ => Err(Error::NeedsSignIn {
                account_name: account.name,
            }),
        }
    }

    pub async fn awaz(&self, account_id: &str) -> Result<AwazSession> {
        let account = self.account(account_id)?;
        if account.kind != AccountKind::Awaz {
            return Err(Error::WrongPlatform {
                account_name: account.name,
                needed: NeededAccount::Awaz,
            });
        }
        match self.connect(&account)? {
            Some(Connection::Awaz(client)) => Ok(AwazSession { client, account }),
            _ => Err(Error::NeedsSignIn {
                account_name: account.name,
            }),
        }
    }

    /// Passes on an error from using an account's client, first noting when it means the
    /// account's sign-in is over: the account then shows "sign-in needed", and a GetVocal
    /// failure becomes [`Error::NeedsSignIn`] (an Awaz one keeps its "key is wrong" wording).
    /// Every screen should pass its provider errors through here.
    pub fn check_sign_in(&self, account_id: &str, error: Error) -> Error {
        let refused = matches!(error, Error::GetVocal(_) | Error::Awaz(_)) && error.needs_sign_in();
        if !refused {
            return error;
        }
        let Ok(account) = self.account(account_id) else {
            return error;
        };
        {
            let mut state = self.lock_state();
            if let Some(session) = state.sessions.remove(account_id) {
                session.stop_saving_tokens();
            }
            state.refused.insert(account_id.to_owned());
        }
        if matches!(&error, Error::GetVocal(inner) if matches!(**inner, getvocal::Error::SessionExpired))
        {
            // Dead tokens are of no use to anyone: they leave the vault.
            if let Err(cleanup) = self
                .vault_for(&account)
                .delete(account_id, SecretKind::GetVocalTokens)
            {
                tracing::warn!("could not delete expired tokens: {cleanup}");
            }
        }
        match error {
            Error::GetVocal(_) => Error::NeedsSignIn {
                account_name: account.name,
            },
            other => other,
        }
    }

    /// The store that owns the SQLite file, for the bulk runs.
    pub fn database(&self) -> &Database {
        &self.database
    }

    /// Lets another program open the data folder; only once the journal is closed.
    pub(crate) fn release_data_folder(&self) {
        lock(&self.data_lock).take();
    }

    pub fn journal(&self) -> &Journal {
        &self.journal
    }

    pub fn settings(&self) -> Settings {
        self.lock_state().settings.clone()
    }

    /// Saves the preferences; a change of language applies at once.
    pub fn save_preferences(&self, preferences: Preferences) -> Result<Settings> {
        let preferences = preferences.normalized()?;
        let mut state = self.lock_state();
        let mut settings = state.settings.clone();
        let language_changed = settings.preferences.language != preferences.language;
        settings.preferences = preferences;
        self.settings_store.save(&settings)?;
        state.settings = settings.clone();
        if language_changed {
            words::set_current(words::resolve(settings.preferences.language.as_deref()));
        }
        Ok(settings)
    }

    /// The person chose a language in Settings (`en` or `fr`): saved, and what Callboard words
    /// from now on is in it, without a restart (even over [`words::LANGUAGE_VARIABLE`]: the
    /// person's choice of the moment wins).
    pub fn set_language(&self, code: &str) -> Result<Settings> {
        let language = choosable_language(code)?;
        let mut state = self.lock_state();
        let mut settings = state.settings.clone();
        settings.preferences.language = Some(language.code().to_owned());
        self.settings_store.save(&settings)?;
        state.settings = settings.clone();
        words::set_current(language);
        Ok(settings)
    }

    /// Saves the agency's name and logo file, shown on client statements.
    pub fn save_agency(&self, name: &str, logo_path: Option<String>) -> Result<Settings> {
        let logo_path = logo_path
            .map(|path| path.trim().to_owned())
            .filter(|path| !path.is_empty());
        if let Some(path) = &logo_path {
            if !std::path::Path::new(path).is_file() {
                return Err(Error::InvalidField {
                    field: "agency_logo_path".to_owned(),
                    message: crate::words::Words::new("errors-field-no-file")
                        .arg("path", path.as_str())
                        .text(),
                });
            }
        }
        let mut state = self.lock_state();
        let mut settings = state.settings.clone();
        settings.agency_name = name.trim().to_owned();
        settings.agency_logo_path = logo_path;
        self.settings_store.save(&settings)?;
        state.settings = settings.clone();
        Ok(settings)
    }

    /// Puts an Awaz workspace (email or id) first in the recent list.
    pub fn remember_workspace(&self, workspace: &str) -> Result<()> {
        let workspace = required("workspace", workspace, "errors-field-what-workspace")?;
        let mut state = self.lock_state();
        let mut settings = state.settings.clone();
        settings
            .recent_workspaces
            .retain(|known| !known.eq_ignore_ascii_case(&workspace));
        settings.recent_workspaces.insert(0, workspace);
        settings.recent_workspaces.truncate(MAX_RECENT_WORKSPACES);
        self.settings_store.save(&settings)?;
        state.settings = settings;
        Ok(())
    }

    pub async fn personas(&self, account_id: &str) -> Result<Vec<getvocal::Persona>> {
        let session = self.getvocal(account_id).await?;
        session
            .client
            .personas(&session.company_id)
            .await
            .map_err(|error| self.check_sign_in(account_id, error.into()))
    }

    pub async fn agents(&self, account_id: &str) -> Result<Vec<awaz::Agent>> {
        let session = self.awaz(account_id).await?;
        match session.client.list_agents().await {
            Ok(listing) => Ok(listing.items),
            Err(error) => Err(self.check_sign_in(account_id, error.into())),
        }
    }

    pub async fn phones(&self, account_id: &str) -> Result<Vec<awaz::Phone>> {
        let session = self.awaz(account_id).await?;
        match session.client.list_phones().await {
            Ok(listing) => Ok(listing.items),
            Err(error) => Err(self.check_sign_in(account_id, error.into())),
        }
    }

    fn lock_state(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    /// A visible account (see [`Callboard::accounts`]): saved accounts can't be used in demo
    /// mode, nor practice accounts after it.
    fn account(&self, account_id: &str) -> Result<Account> {
        let state = self.lock_state();
        visible_accounts(&state)
            .iter()
            .find(|account| account.id == account_id)
            .cloned()
            .ok_or_else(|| Error::UnknownAccount {
                account_id: account_id.to_owned(),
            })
    }

    fn is_demo_account(&self, account_id: &str) -> bool {
        let state = self.lock_state();
        state.demo
            && state
                .demo_accounts
                .iter()
                .any(|account| account.id == account_id)
    }

    /// A real account was added: demo mode ends for good in this run. The practice accounts,
    /// their sessions and their in-memory secrets go; the saved accounts (hidden in a demo
    /// asked for with saved accounts) become the ones shown.
    fn end_demo(&self) {
        let practice = {
            let mut state = self.lock_state();
            if !state.demo {
                return;
            }
            state.demo = false;
            let practice = std::mem::take(&mut state.demo_accounts);
            for account in &practice {
                if let Some(session) = state.sessions.remove(&account.id) {
                    session.stop_saving_tokens();
                }
                state.refused.remove(&account.id);
            }
            practice
        };
        for account in &practice {
            for kind in SecretKind::ALL {
                if let Err(error) = self.memory.delete(&account.id, kind) {
                    tracing::warn!("a practice account's secret stayed in memory: {error}");
                }
            }
        }
        tracing::info!("a real account was added: demo mode is over");
    }

    /// Remembered accounts keep their secrets in the keychain, the others in memory.
    fn vault_for(&self, account: &Account) -> Arc<dyn SecretStore> {
        if account.remember {
            self.keychain.clone()
        } else {
            self.memory.clone()
        }
    }

    /// The account's live connection, built from its vault on first use; `None` when it has
    /// no usable secret.
    fn connect(&self, account: &Account) -> Result<Option<Connection>> {
        {
            let state = self.lock_state();
            if let Some(session) = state.sessions.get(&account.id) {
                return Ok(Some(session.connection.clone()));
            }
            if state.refused.contains(&account.id) {
                return Ok(None);
            }
        }
        // The vault is read without holding the state: a keychain may take a moment.
        let vault = self.vault_for(account);
        let url = endpoints::resolve(account.platform(), account.base_url.as_deref())?;
        let connection = match &account.kind {
            AccountKind::GetVocal {
                sign_in: GetVocalSignIn::Password { .. },
                ..
            } => match vault.read(&account.id, SecretKind::GetVocalTokens)? {
                Some(json) => {
                    let tokens: getvocal::TokenPair = serde_json::from_str(&json)
                        .map_err(|error| Error::Storage(format!("stored tokens: {error}")))?;
                    Connection::GetVocal(self.getvocal_builder(url).build(tokens.into())?)
                }
                None => return Ok(None),
            },
            AccountKind::GetVocal {
                sign_in: GetVocalSignIn::ApiKey { key_id },
                ..
            } => match vault.read(&account.id, SecretKind::GetVocalApiSecret)? {
                Some(secret) => Connection::GetVocal(self.getvocal_builder(url).build(
                    getvocal::Credentials::ApiKey {
                        key_id: key_id.clone(),
                        secret,
                    },
                )?),
                None => return Ok(None),
            },
            AccountKind::Awaz => match vault.read(&account.id, SecretKind::AwazApiKey)? {
                Some(key) => {
                    Connection::Awaz(awaz::Client::new(url, key, self.awaz_options.clone())?)
                }
                None => return Ok(None),
            },
        };
        Ok(Some(self.start_session(account, connection)))
    }

    /// Keeps a connection for the account, unless another one got there first (then that one
    /// is used, so an account never has two clients).
    fn start_session(&self, account: &Account, connection: Connection) -> Connection {
        let mut state = self.lock_state();
        if let Some(existing) = state.sessions.get(&account.id) {
            return existing.connection.clone();
        }
        let session = self.session(account, connection);
        let connection = session.connection.clone();
        state.sessions.insert(account.id.clone(), session);
        state.refused.remove(&account.id);
        connection
    }

    /// Swaps in a freshly signed-in connection.
    fn replace_session(&self, account: &Account, connection: Connection) {
        let session = self.session(account, connection);
        let mut state = self.lock_state();
        if let Some(old) = state.sessions.insert(account.id.clone(), session) {
            old.stop_saving_tokens();
        }
        state.refused.remove(&account.id);
    }

    fn session(&self, account: &Account, connection: Connection) -> Session {
        let saving_tokens = match &connection {
            Connection::GetVocal(client) => Some(self.save_refreshed_tokens(account, client)),
            Connection::Awaz(_) => None,
        };
        Session {
            connection,
            saving_tokens,
        }
    }

    /// Writes each refreshed token pair to the account's vault, until the session ends.
    fn save_refreshed_tokens(
        &self,
        account: &Account,
        client: &getvocal::Client,
    ) -> Arc<Mutex<bool>> {
        let active = Arc::new(Mutex::new(true));
        let mut tokens = client.tokens_watch();
        let vault = self.vault_for(account);
        let account_id = account.id.clone();
        let flag = active.clone();
        self.runtime.spawn(async move {
            // Ends when the client is dropped (the watch's sender goes with it).
            while tokens.changed().await.is_ok() {
                let Some(pair) = tokens.borrow_and_update().clone() else {
                    continue;
                };
                let (vault, account_id, flag) = (vault.clone(), account_id.clone(), flag.clone());
                let saved = tokio::task::spawn_blocking(move || {
                    let still_signed_in = lock(&flag);
                    if !*still_signed_in {
                        return Ok(());
                    }
                    vault.write(
                        &account_id,
                        SecretKind::GetVocalTokens,
                        &tokens_json(&pair)?,
                    )
                })
                .await;
                match saved {
                    Ok(Ok(())) => {}
                    Ok(Err(error)) => {
                        tracing::warn!("refreshed GetVocal tokens not saved: {error}")
                    }
                    Err(error) => tracing::warn!("refreshed GetVocal tokens not saved: {error}"),
                }
            }
        });
        active
    }

    /// Keeps a verified account's secret in the vault, then the account in the settings; a
    /// real account saved ends demo mode (the practice accounts go).
    fn save_new_account(
        &self,
        account: Account,
        (secret_kind, secret): (SecretKind, &str),
        connection: Connection,
    ) -> Result<AccountSummary> {
        self.vault_for(&account)
            .write(&account.id, secret_kind, secret)?;
        let mut state = self.lock_state();
        let mut settings = state.settings.clone();
        settings.accounts.push(account.clone());
        if let Err(error) = self.settings_store.save(&settings) {
            drop(state);
            // Without its account the secret would be an orphan in the keychain.
            let vault = self.vault_for(&account);
            for kind in SecretKind::ALL {
                let _ = vault.delete(&account.id, kind);
            }
            return Err(error);
        }
        state.settings = settings;
        drop(state);
        self.end_demo();
        self.replace_session(&account, connection);
        Ok(account.summary(AccountStatus::Connected, false))
    }

    fn update_account(&self, account: &Account) -> Result<()> {
        let mut state = self.lock_state();
        if let Some(demo) = state.demo_accounts.iter_mut().find(|a| a.id == account.id) {
            *demo = account.clone();
            return Ok(());
        }
        let mut settings = state.settings.clone();
        let Some(saved) = settings.accounts.iter_mut().find(|a| a.id == account.id) else {
            return Err(Error::UnknownAccount {
                account_id: account.id.clone(),
            });
        };
        *saved = account.clone();
        self.settings_store.save(&settings)?;
        state.settings = settings;
        Ok(())
    }
}

/// The accounts that can be seen and used: the practice ones in demo mode, else the saved ones.
fn visible_accounts(state: &State) -> &[Account] {
    if state.demo {
        &state.demo_accounts
    } else {
        &state.settings.accounts
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A new account, under a new id (a UUID v4, also its secrets' key in the vault).
fn new_account(
    name: String,
    base_url: Option<String>,
    remember: bool,
    kind: AccountKind,
) -> Account {
    Account {
        id: uuid::Uuid::new_v4().to_string(),
        name,
        base_url,
        remember,
        kind,
    }
}

fn tokens_json(tokens: &getvocal::TokenPair) -> Result<String> {
    serde_json::to_string(tokens).map_err(|error| Error::Storage(error.to_string()))
}

/// Signs in; a refused email and password is a message under the password field.
async fn login(
    builder: getvocal::ClientBuilder,
    email: &str,
    password: &str,
) -> Result<(getvocal::Client, getvocal::TokenPair)> {
    match builder.login(email, password).await {
        Ok((client, login)) => Ok((client, login.tokens())),
        Err(getvocal::Error::Api { status: 401, .. }) => Err(wrong_password()),
        Err(error) => Err(error.into()),
    }
}

fn wrong_password() -> Error {
    Error::InvalidField {
        field: "password".to_owned(),
        message: "GetVocal did not accept this email and password.".to_owned(),
    }
}

fn wrong_api_key() -> Error {
    Error::InvalidField {
        field: "secret".to_owned(),
        message: "GetVocal did not accept this API key id and secret.".to_owned(),
    }
}

/// Lists the company's personas to check the company id (and the credentials: a refusal is
/// the error `refused` makes).
async fn check_company(
    client: &getvocal::Client,
    company_id: &str,
    refused: fn() -> Error,
) -> Result<()> {
    match client.personas(company_id).await {
        Ok(_) => Ok(()),
        Err(getvocal::Error::Api { status: 404 | 403, .. }) => Err(Error::InvalidField {
            field: "company_id".to_owned(),
            message: format!(
                "GetVocal has no company “{company_id}” for this sign-in. Check the company id GetVocal gave you."
            ),
        }),
        Err(getvocal::Error::Api { status: 401, .. }) => Err(refused()),
        Err(error) => Err(error.into()),
    }
}

/// The account's Awaz client, after checking the key by listing its phone numbers.
async fn awaz_client(
    url: Url,
    api_key: &str,
    options: &awaz::ClientOptions,
) -> Result<awaz::Client> {
    let client = awaz::Client::new(url, api_key, options.clone())?;
    client.list_phones().await?;
    Ok(client)
}
