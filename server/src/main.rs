//! `opstap`: the command line of the portal. See `opstap --help`.

use app::domain::Role;
use clap::{Parser, Subcommand, ValueEnum};
use opstap_server::{accounts, config::Config, demo, StartupError};
use std::io::Read;
use std::process::ExitCode;

/// mimalloc instead of glibc's malloc: under load the desk's candidate list spent about a
/// quarter of its CPU in malloc and free (their arena locks); see README, "Load test".
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Opstap, the vacancy and placement portal of a regional employer service desk.
///
/// Configuration comes from environment variables (and a `.env` file); see `.env.example`.
#[derive(Parser)]
#[command(name = "opstap", version)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start the portal (the default). Runs the database migrations first.
    Serve {
        /// Load the demo region first when the database holds no accounts yet.
        #[arg(long)]
        demo: bool,
    },
    /// Bring the database schema up to date and stop.
    Migrate,
    /// Write a consistent copy of the SQLite database to PATH (safe while the portal runs).
    Backup {
        /// The new file (must not exist yet).
        path: std::path::PathBuf,
    },
    /// Load the demo region (with the demo accounts) into an empty database.
    Demo {
        /// Multiply every count of the demo region by N (for benchmarks).
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=1000))]
        scale: u32,
    },
    /// Time a step on the configured database (load a region first with `opstap demo`).
    Bench {
        #[command(subcommand)]
        what: BenchCommand,
    },
    /// Static files of the site folder.
    Assets {
        #[command(subcommand)]
        what: AssetsCommand,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Rank the whole candidate pool for published openings, as the matching page does.
    Matching {
        /// How many openings to rank for.
        #[arg(long, default_value_t = 20)]
        runs: usize,
    },
    /// Render the whole reports page (this year, the whole region) as the desk gets it.
    Reports {
        /// How many times to render it.
        #[arg(long, default_value_t = 20)]
        runs: usize,
    },
    /// Render the largest intake campaign's page (coverage, waves, invitations) as the desk
    /// gets it.
    Coverage {
        /// How many times to render it.
        #[arg(long, default_value_t = 20)]
        runs: usize,
    },
    /// Load-test a running portal on this database: board, an opening, the API list, the
    /// desk's candidate list and a check-in post, each with N connections for S seconds.
    Load {
        /// Where the portal listens, e.g. 127.0.0.1:3000.
        #[arg(long)]
        addr: String,
        /// Concurrent keep-alive connections.
        #[arg(long, default_value_t = 32)]
        connections: usize,
        /// Seconds per request kind (after one second of warm-up).
        #[arg(long, default_value_t = 10)]
        seconds: u64,
        /// The portal's process id, to report its peak memory.
        #[arg(long)]
        pid: Option<u32>,
        /// Only the requests whose name contains this (e.g. `kandidaten`), besides the
        /// `/healthz` baseline.
        #[arg(long)]
        only: Option<String>,
    },
    /// A busy morning: concurrent writers saving candidates, proposing, recording consents
    /// and logging check-ins on a running portal; every answered write must be stored.
    Writes {
        /// Where the portal listens, e.g. 127.0.0.1:3000.
        #[arg(long)]
        addr: String,
        /// Concurrent writers.
        #[arg(long, default_value_t = 16)]
        writers: usize,
        /// How long, in seconds.
        #[arg(long, default_value_t = 10)]
        seconds: u64,
    },
}

#[derive(Subcommand)]
enum AssetsCommand {
    /// Write the smallest brotli (`.br`) and gzip (`.gz`) copy beside every file the portal
    /// serves from the site folder (`./dev` runs this after each build; the server answers
    /// with them).
    Compress {
        /// The site folder (default: LEPTOS_SITE_ROOT, as `opstap serve` uses it).
        site: Option<std::path::PathBuf>,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account. The password is read from standard input (one line).
    Add {
        /// The account's role.
        #[arg(long, value_enum)]
        role: RoleArg,
        /// The e-mail address the user logs in with.
        #[arg(long)]
        email: String,
        /// The name shown in the portal (defaults to the part of the address before @).
        #[arg(long)]
        name: Option<String>,
        /// For an employer user: the id of their employer.
        #[arg(long)]
        employer: Option<i64>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum RoleArg {
    Admin,
    Desk,
    Employer,
    Buddy,
}

impl From<RoleArg> for Role {
    fn from(r: RoleArg) -> Role {
        match r {
            RoleArg::Admin => Role::Admin,
            RoleArg::Desk => Role::Desk,
            RoleArg::Employer => Role::Employer,
            RoleArg::Buddy => Role::Buddy,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let _ = dotenvy::dotenv();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,sqlx::query=error".into()),
        )
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(error) => {
            eprintln!("opstap: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command.unwrap_or(Command::Serve { demo: false }))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            tracing::error!("{message}");
            eprintln!("opstap: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command) -> Result<(), String> {
    let config = Config::from_env().map_err(|e| StartupError::from(e).to_string())?;
    if let Command::Assets {
        what: AssetsCommand::Compress { site },
    } = &command
    {
        return compress_assets(
            site.clone()
                .unwrap_or_else(|| config.site_root.clone().into()),
        );
    }
    let db = opstap_server::open_database(&config.database_url)
        .await
        .map_err(|e| e.to_string())?;
    match command {
        Command::Migrate => {
            println!("database schema is up to date");
            Ok(())
        }
        Command::Backup { path } => {
            let result = opstap_server::backup::copy_sqlite(&db, &path).await;
            db.close().await;
            let bytes = result.map_err(|e| e.to_string())?;
            println!("backup written to {} ({bytes} bytes)", path.display());
            Ok(())
        }
        Command::Serve { demo } => {
            if demo
                && app::store::users::count(&db)
                    .await
                    .map_err(|e| e.to_string())?
                    == 0
            {
                load_demo(&db, 1).await?;
            }
            let state = opstap_server::app_state(&config, db)
                .await
                .map_err(|e| e.to_string())?;
            opstap_server::serve(&config, state)
                .await
                .map_err(|e| e.to_string())
        }
        Command::Demo { scale } => {
            load_demo(&db, scale as usize).await?;
            db.close().await;
            Ok(())
        }
        Command::Bench {
            what: BenchCommand::Matching { runs },
        } => {
            let report = opstap_server::bench::matching(&db, runs)
                .await
                .map_err(|e| e.to_string())?;
            let (whole_median, whole_worst) = opstap_server::bench::summary(&report.whole);
            let (rank_median, rank_worst) = opstap_server::bench::summary(&report.ranking_only);
            println!(
                "matching: {} candidates ranked for each of {} openings ({} build)",
                report.candidates,
                report.openings,
                if cfg!(debug_assertions) {
                    "debug"
                } else {
                    "release"
                }
            );
            println!(
                "  pool from memory + rank + reasons for the best 50: median {whole_median:.1} ms, worst {whole_worst:.1} ms (goal: at most 10 ms)"
            );
            let (reload_median, reload_worst) =
                opstap_server::bench::summary(&report.after_a_change);
            println!(
                "  the same just after one candidate changed (read again): median {reload_median:.1} ms, worst {reload_worst:.1} ms"
            );
            println!(
                "  ranking in memory alone: median {rank_median:.1} ms, worst {rank_worst:.1} ms"
            );
            println!(
                "  the pool's first read from the database (at start): {:.1} ms",
                report.first_read.as_secs_f64() * 1000.0
            );
            db.close().await;
            Ok(())
        }
        Command::Bench {
            what: BenchCommand::Coverage { runs },
        } => {
            let state = opstap_server::app_state(&config, db.clone())
                .await
                .map_err(|e| e.to_string())?;
            let report = opstap_server::bench::coverage_page(state, runs).await?;
            let (median, worst) = opstap_server::bench::summary(&report.times);
            let (base, _) = opstap_server::bench::summary(&report.healthz);
            println!(
                "campaign page: {} people, {} invitations, {} runs ({} build), {} kB of HTML",
                report.members,
                report.invitations,
                report.times.len(),
                if cfg!(debug_assertions) {
                    "debug"
                } else {
                    "release"
                },
                report.bytes / 1024
            );
            println!(
                "  whole page (session, coverage, SVG, HTML): median {median:.1} ms, worst {worst:.1} ms (goal: under 150 ms)"
            );
            println!(
                "  /healthz through the same router: median {base:.2} ms (the page is {:.0}x that)",
                median / base.max(0.001)
            );
            db.close().await;
            Ok(())
        }
        Command::Bench {
            what: BenchCommand::Reports { runs },
        } => {
            let state = opstap_server::app_state(&config, db.clone())
                .await
                .map_err(|e| e.to_string())?;
            let report = opstap_server::bench::reports_page(state, runs).await?;
            let (median, worst) = opstap_server::bench::summary(&report.times);
            println!(
                "reports page: {} candidates, {} placements, {} runs ({} build), {} kB of HTML",
                report.candidates,
                report.placements,
                report.times.len(),
                if cfg!(debug_assertions) {
                    "debug"
                } else {
                    "release"
                },
                report.bytes / 1024
            );
            println!(
                "  whole page (session, figures, SVG, HTML): median {median:.1} ms, worst {worst:.1} ms (goal: at most 100 ms, issue #18)"
            );
            let (median, worst) = opstap_server::bench::summary(&report.figures);
            println!("  of which the figures alone: median {median:.1} ms, worst {worst:.1} ms");
            println!("  each query alone, one after the other (median):");
            for (name, took, rows) in &report.queries {
                println!(
                    "    {name:<24} {:>7.2} ms {rows:>6} rows",
                    took.as_secs_f64() * 1000.0
                );
            }
            db.close().await;
            Ok(())
        }
        Command::Bench {
            what:
                BenchCommand::Load {
                    addr,
                    connections,
                    seconds,
                    pid,
                    only,
                },
        } => {
            use opstap_server::load;
            let mut targets = load::targets(&db, &addr).await?;
            if let Some(only) = &only {
                targets
                    .retain(|t| t.name.starts_with("baseline") || t.name.contains(only.as_str()));
            }
            let count = |sql: &'static str| {
                let db = db.clone();
                async move {
                    sqlx::query_scalar::<_, i64>(sql)
                        .fetch_one(db.pool())
                        .await
                        .map_err(|e| e.to_string())
                }
            };
            let candidates = count("SELECT COUNT(*) FROM candidates").await?;
            let checkins_before = count("SELECT COUNT(*) FROM checkins").await?;
            println!(
                "load test on http://{addr}: {candidates} candidates, {connections} connections, {seconds} s per request"
            );
            println!(
                "  {:<26} {:>8} {:>8} {:>8} {:>8} {:>8} {:>6}",
                "request", "count", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors"
            );
            let mut errors = 0;
            let mut outcomes = Vec::new();
            for target in &targets {
                let outcome = load::run(&addr, target, connections, seconds).await;
                println!(
                    "  {:<26} {:>8} {:>8.0} {:>8.1} {:>8.1} {:>8.1} {:>6}",
                    outcome.name,
                    outcome.latencies.len(),
                    outcome.per_second(),
                    outcome.percentile(50.0),
                    outcome.percentile(95.0),
                    outcome.percentile(99.0),
                    outcome.errors
                );
                if let Some(error) = &outcome.first_error {
                    println!("    first error: {error}");
                }
                errors += outcome.errors;
                if target.method == "POST" {
                    // Every answered post must have stored its check-in.
                    let stored = count("SELECT COUNT(*) FROM checkins").await? - checkins_before;
                    println!(
                        "    check-ins stored: {stored} of {} answered",
                        outcome.succeeded
                    );
                    if stored != outcome.succeeded as i64 {
                        errors += 1;
                    }
                }
                outcomes.push(outcome);
            }
            db.close().await;
            if let (Some(base), Some(css)) = (
                outcomes.iter().find(|o| o.name.starts_with("baseline")),
                outcomes.iter().find(|o| o.name.starts_with("style sheet")),
            ) {
                println!(
                    "  static files: {:.0}% of the /healthz rate (goal: at least 50%)",
                    100.0 * css.per_second() / base.per_second().max(1e-9)
                );
            }
            if let Some(mib) = pid.and_then(load::peak_memory_mib) {
                println!("  portal peak memory (VmHWM): {mib:.0} MiB (goal: under 200 MiB)");
            }
            if errors > 0 {
                return Err(format!("{errors} requests failed"));
            }
            Ok(())
        }
        Command::Bench {
            what:
                BenchCommand::Writes {
                    addr,
                    writers,
                    seconds,
                },
        } => {
            use opstap_server::write_load::{self, percentile};
            let before = write_load::stored(&db).await?;
            let plan = write_load::plan(&db, writers).await?;
            println!(
                "write load on http://{addr} ({}): {writers} writers for {seconds} s",
                db.backend().name()
            );
            let outcome = write_load::run(&addr, plan, writers, seconds).await;
            let after = write_load::stored(&db).await?;
            db.close().await;
            println!(
                "  {:<16} {:>7} {:>8} {:>8} {:>8} {:>8} {:>6}",
                "write", "count", "per s", "p50 ms", "p95 ms", "p99 ms", "errors"
            );
            let secs = outcome.elapsed.as_secs_f64().max(1e-9);
            let mut errors = 0;
            for (kind, o) in &outcome.per_kind {
                println!(
                    "  {:<16} {:>7} {:>8.0} {:>8.1} {:>8.1} {:>8.1} {:>6}",
                    kind.name(),
                    o.succeeded,
                    o.succeeded as f64 / secs,
                    percentile(&o.latencies, 50.0),
                    percentile(&o.latencies, 95.0),
                    percentile(&o.latencies, 99.0),
                    o.errors
                );
                if let Some(e) = &o.first_error {
                    println!("    first error: {e}");
                }
                errors += o.errors;
            }
            let all = outcome.all_latencies();
            println!(
                "  {:<16} {:>7} {:>8.0} {:>8.1} {:>8.1} {:>8.1} {:>6}   (goal on SQLite: 0 errors, >= 500/s, p95 < 50 ms)",
                "all",
                all.len(),
                all.len() as f64 / secs,
                percentile(&all, 50.0),
                percentile(&all, 95.0),
                percentile(&all, 99.0),
                errors
            );
            let answered = |k: write_load::Kind| {
                outcome
                    .per_kind
                    .iter()
                    .find(|(kind, _)| *kind == k)
                    .map(|(_, o)| o.succeeded as i64)
                    .unwrap_or(0)
            };
            use write_load::Kind;
            let checks = [
                (Kind::CandidateSave, after.saves - before.saves),
                (Kind::Proposal, after.proposals - before.proposals),
                (Kind::Consent, after.consents - before.consents),
                (Kind::Checkin, after.checkins - before.checkins),
            ];
            for (kind, stored) in checks {
                println!(
                    "    {}: {stored} stored of {} answered",
                    kind.name(),
                    answered(kind)
                );
                if stored != answered(kind) {
                    errors += 1;
                }
            }
            if errors > 0 {
                return Err(format!("{errors} writes failed or were not stored"));
            }
            Ok(())
        }
        Command::Assets { .. } => Ok(()),
        Command::User {
            command:
                UserCommand::Add {
                    role,
                    email,
                    name,
                    employer,
                },
        } => {
            let mut password = String::new();
            std::io::stdin()
                .read_to_string(&mut password)
                .map_err(|e| format!("cannot read the password: {e}"))?;
            let password = password.lines().next().unwrap_or_default().to_string();
            let id = accounts::add_user(
                &db,
                accounts::NewAccount {
                    role: role.into(),
                    email,
                    name,
                    employer_id: employer,
                    password,
                },
            )
            .await
            .map_err(|e| e.to_string())?;
            println!("account {id} created");
            db.close().await;
            Ok(())
        }
    }
}

fn compress_assets(site: std::path::PathBuf) -> Result<(), String> {
    let report = opstap_server::web::assets::compress_site(&site)
        .map_err(|e| format!("cannot compress the files in {}: {e}", site.display()))?;
    if report.is_empty() {
        return Err(format!("no files to compress in {}", site.display()));
    }
    for (name, plain, br, gz) in report {
        println!("  {name:<24} {plain:>9} bytes, brotli {br:>8}, gzip {gz:>8}");
    }
    Ok(())
}

async fn load_demo(db: &app::store::Db, scale: usize) -> Result<(), String> {
    let started = std::time::Instant::now();
    let today = app::domain::dates::day_of(app::clock::now());
    let region = demo::generate(scale, today);
    demo::load(db, &region).await.map_err(|e| e.to_string())?;
    println!(
        "demo region loaded (scale {scale}): {} employers, {} openings, {} candidates, {} proposals, {} placements in {:.1} s",
        region.employers.len(),
        region.openings.len(),
        region.candidates.len(),
        region.proposals.len(),
        region.placements.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
