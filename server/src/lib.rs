//! The `opstap` server: configuration, database start-up (connect + migrate), the HTTP
//! router, the demo region and the command line. Pages, server functions and SQL live in
//! the `app` crate; this crate wires them to the outside world.

pub mod accounts;
pub mod backup;
pub mod bench;
pub mod config;
pub mod demo;
pub mod jobs;
pub mod load;
pub mod mail;
pub mod messages;
pub use app::store::migrate;
pub mod web;
pub mod write_load;

use app::state::AppState;
use app::store::{settings, Db};
use config::Config;
use leptos::config::LeptosOptions;
use std::sync::Arc;

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("configuration: {0}")]
    Config(#[from] config::ConfigError),
    #[error("cannot open the database at {url}: {source}")]
    Connect { url: String, source: sqlx::Error },
    #[error("cannot create the database folder {folder}: {source}")]
    Folder {
        folder: String,
        source: std::io::Error,
    },
    #[error("database migration failed: {0}")]
    Migration(#[from] migrate::MigrationError),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("e-mail: {0}")]
    Mail(#[from] mail::MailError),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: String,
        source: std::io::Error,
    },
}

/// Connects to the configured database (creating a SQLite file and its folder when
/// missing) and brings its schema up to date.
pub async fn open_database(url: &str) -> Result<Db, StartupError> {
    if let Some(folder) = config::sqlite_folder(url) {
        std::fs::create_dir_all(&folder).map_err(|source| StartupError::Folder {
            folder: folder.display().to_string(),
            source,
        })?;
    }
    let db = Db::connect(url)
        .await
        .map_err(|source| StartupError::Connect {
            url: redact(url),
            source,
        })?;
    let ran = migrate::run(&db).await?;
    tracing::info!(
        backend = db.backend().name(),
        migrations_applied = ran,
        "database ready"
    );
    Ok(db)
}

/// The shared state of a running portal.
pub async fn app_state(config: &Config, db: Db) -> Result<AppState, StartupError> {
    let secret = match &config.session_secret {
        Some(secret) => secret.clone(),
        // Generated on first start and kept in the database, so sessions and forms stay
        // valid across restarts and instances.
        None => {
            settings::get_or_insert(&db, "session_secret", &app::auth::tokens::random_token())
                .await?
        }
    };
    let leptos_options = LeptosOptions::builder()
        .output_name("opstap")
        .site_root(config.site_root.as_str())
        .site_pkg_dir("pkg")
        .site_addr(config.site_addr)
        .build();
    Ok(AppState {
        db,
        leptos_options,
        secret: Arc::from(secret.as_str()),
        https: config.https(),
        public_url: Arc::from(config.public_url.trim_end_matches('/')),
        mail_wake: Arc::new(tokio::sync::Notify::new()),
        clock: Default::default(),
        trusted_proxies: config.trusted_proxies.clone().into(),
        assets: Arc::new(web::assets::load(std::path::Path::new(&config.site_root))),
    })
}

/// How long the outbox worker may take to finish its message at shutdown.
const WORKER_GRACE: std::time::Duration = std::time::Duration::from_secs(30);

/// Runs the portal until Ctrl-C or SIGTERM, then shuts down gracefully: no new
/// connections, requests in flight finish, the outbox worker finishes its message.
pub async fn serve(config: &Config, state: AppState) -> Result<(), StartupError> {
    let db = state.db.clone();
    let router = web::router(state.clone());
    let listener = tokio::net::TcpListener::bind(config.site_addr)
        .await
        .map_err(|source| StartupError::Listen {
            addr: config.site_addr.to_string(),
            source,
        })?;
    tracing::info!("Opstap listening on http://{}", config.site_addr);
    let mailer = mail::Mailer::new(&config.mail, &config.mail_from)?;
    let (stop_worker, worker_stop) = tokio::sync::watch::channel(false);
    let mut worker = tokio::spawn(jobs::outbox::run_worker(
        db.clone(),
        mailer,
        state.mail_wake.clone(),
        worker_stop,
    ));
    let scheduled = jobs::spawn(&jobs::Context {
        db: db.clone(),
        public_url: state.public_url.clone(),
        mail_wake: state.mail_wake.clone(),
    });
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .map_err(|source| StartupError::Listen {
        addr: config.site_addr.to_string(),
        source,
    })?;
    // Requests in flight have finished. The scheduled jobs work in transactions, so
    // stopping them between steps loses nothing; the outbox worker finishes the message it
    // is sending (at most the SMTP timeout), then the database is closed.
    for job in &scheduled {
        job.abort();
    }
    let _ = stop_worker.send(true);
    if tokio::time::timeout(WORKER_GRACE, &mut worker)
        .await
        .is_err()
    {
        tracing::warn!("outbox worker did not stop in time; its message is sent again later");
        worker.abort();
    }
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::warn!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}

/// A database URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            let user = userinfo.split(':').next().unwrap_or_default();
            format!("{}{}:***{}", &url[..scheme + 3], user, &url[at..])
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            super::redact("postgres://opstap:geheim@db:5432/opstap"),
            "postgres://opstap:***@db:5432/opstap"
        );
        assert_eq!(
            super::redact("sqlite://data/opstap.db"),
            "sqlite://data/opstap.db"
        );
    }
}
