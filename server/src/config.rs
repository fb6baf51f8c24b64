//! Configuration from the environment (and a `.env` file, see `.env.example`). Every
//! setting has a default that works on a laptop: a SQLite file under `./data/`, the site
//! on 127.0.0.1:3000, e-mail written to a folder.

use std::net::SocketAddr;
use std::path::PathBuf;

/// Where outgoing e-mail goes (used by the mail worker of the outbox).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MailTransport {
    /// Real delivery over SMTP.
    Smtp {
        host: String,
        port: u16,
        username: Option<String>,
        password: Option<String>,
        starttls: bool,
    },
    /// One `.eml` file per message in this folder.
    Folder(PathBuf),
}

#[derive(Clone, Debug)]
pub struct Config {
    pub database_url: String,
    pub site_addr: SocketAddr,
    pub site_root: String,
    /// The address people use to reach the portal, for links in e-mail and `Secure` cookies.
    pub public_url: String,
    pub session_secret: Option<String>,
    pub mail: MailTransport,
    pub mail_from: String,
    /// Reverse proxies whose `X-Forwarded-For`/`Forwarded` name the client
    /// (`OPSTAP_TRUSTED_PROXIES`); none by default.
    pub trusted_proxies: Vec<app::domain::client_address::AddressRange>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name} is not valid: {reason}")]
    Invalid { name: &'static str, reason: String },
}

/// Where the static files are when `LEPTOS_SITE_ROOT` does not say: the `site` folder
/// beside the binary in a release (`./dev release` packs them so), else the build's
/// `target/site`.
fn default_site_root() -> String {
    let beside_binary = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("site")))
        .filter(|dir| dir.join("pkg").is_dir());
    match beside_binary {
        Some(dir) => dir.display().to_string(),
        None => "target/site".to_string(),
    }
}

/// The default database: a SQLite file in `./data/`, created with its folder.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/opstap.db?mode=rwc";

impl Config {
    /// Reads the configuration from the process environment.
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
    }

    /// Reads the configuration through `get` (tests pass a map).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let database_url = get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_string());
        let site_addr = get("LEPTOS_SITE_ADDR").unwrap_or_else(|| "127.0.0.1:3000".to_string());
        let site_addr: SocketAddr = site_addr.parse().map_err(|e| ConfigError::Invalid {
            name: "LEPTOS_SITE_ADDR",
            reason: format!("{e}"),
        })?;
        let trusted_proxies = match get("OPSTAP_TRUSTED_PROXIES") {
            Some(list) => app::domain::client_address::parse_list(&list).map_err(|bad| {
                ConfigError::Invalid {
                    name: "OPSTAP_TRUSTED_PROXIES",
                    reason: format!("{bad:?} is not an address or a range like 10.0.0.0/8"),
                }
            })?,
            None => Vec::new(),
        };
        let site_root = get("LEPTOS_SITE_ROOT").unwrap_or_else(default_site_root);
        let public_url = get("OPSTAP_PUBLIC_URL").unwrap_or_else(|| format!("http://{site_addr}"));
        let mail = match get("SMTP_HOST") {
            Some(host) => {
                let port = match get("SMTP_PORT") {
                    Some(p) => p.parse().map_err(|e| ConfigError::Invalid {
                        name: "SMTP_PORT",
                        reason: format!("{e}"),
                    })?,
                    None => 587,
                };
                let starttls =
                    !matches!(get("SMTP_TLS").as_deref(), Some("off" | "none" | "false"));
                MailTransport::Smtp {
                    host,
                    port,
                    username: get("SMTP_USERNAME"),
                    password: get("SMTP_PASSWORD"),
                    starttls,
                }
            }
            None => MailTransport::Folder(PathBuf::from(
                get("OPSTAP_MAIL_DIR").unwrap_or_else(|| "data/mail".to_string()),
            )),
        };
        Ok(Config {
            database_url,
            site_addr,
            site_root,
            trusted_proxies,
            public_url,
            session_secret: get("OPSTAP_SESSION_SECRET"),
            mail,
            mail_from: get("OPSTAP_MAIL_FROM")
                .unwrap_or_else(|| "Opstap <noreply@opstap.example>".to_string()),
        })
    }

    pub fn https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// For a SQLite URL, the folder its file lives in (to create it when missing).
pub fn sqlite_folder(url: &str) -> Option<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next()?;
    if path.is_empty() || path == ":memory:" {
        return None;
    }
    let parent = PathBuf::from(path).parent()?.to_path_buf();
    (!parent.as_os_str().is_empty()).then_some(parent)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn defaults_need_nothing() {
        let c = config(&[]).unwrap();
        assert_eq!(c.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(c.site_addr.port(), 3000);
        assert_eq!(c.mail, MailTransport::Folder(PathBuf::from("data/mail")));
        assert!(!c.https());
    }

    #[test]
    fn smtp_and_https_are_read() {
        let c = config(&[
            ("SMTP_HOST", "mail.example"),
            ("SMTP_PORT", "2525"),
            ("OPSTAP_PUBLIC_URL", "https://opstap.example"),
        ])
        .unwrap();
        assert!(matches!(c.mail, MailTransport::Smtp { port: 2525, .. }));
        assert!(c.https());
        assert!(config(&[("SMTP_HOST", "x"), ("SMTP_PORT", "lots")]).is_err());
        assert!(config(&[("LEPTOS_SITE_ADDR", "nowhere")]).is_err());
    }

    #[test]
    fn sqlite_folders() {
        assert_eq!(
            sqlite_folder(DEFAULT_DATABASE_URL),
            Some(PathBuf::from("data"))
        );
        assert_eq!(sqlite_folder("sqlite::memory:"), None);
        assert_eq!(sqlite_folder("sqlite://opstap.db"), None);
        assert_eq!(sqlite_folder("postgres://x/y"), None);
    }
}
