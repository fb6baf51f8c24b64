//! `opstap user add`: the rules for accounts made on the command line.

use crate::common;

use crate::common::{spawn_app, PASSWORD};
use app::domain::Role;
use opstap_server::accounts::{add_user, AccountError, NewAccount};

fn account(role: Role, email: &str, employer_id: Option<i64>, password: &str) -> NewAccount {
    NewAccount {
        role,
        email: email.into(),
        name: None,
        employer_id,
        password: password.into(),
    }
}

#[test]
fn bad_accounts_are_refused_and_nothing_is_stored() {
    common::run(async {
        let app = spawn_app().await;
        let employer = app.add_employer("Transportbedrijf Kok", "67890123").await;
        let cases = [
            account(Role::Desk, "geen-adres", None, PASSWORD),
            account(Role::Employer, "e@example.nl", None, PASSWORD),
            account(
                Role::Employer,
                "e@example.nl",
                Some(employer + 100),
                PASSWORD,
            ),
            account(Role::Buddy, "b@example.nl", Some(employer), PASSWORD),
            account(Role::Admin, "a@example.nl", None, "kort"),
            account(Role::Admin, "a@example.nl", None, "Welkom2026!"),
        ];
        for case in cases {
            let email = case.email.clone();
            let result = add_user(app.db(), case).await;
            assert!(result.is_err(), "{email} should be refused");
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);

        add_user(
            app.db(),
            account(Role::Employer, "e@example.nl", Some(employer), PASSWORD),
        )
        .await
        .unwrap();
        let again = add_user(
            app.db(),
            account(Role::Desk, "E@Example.nl", None, PASSWORD),
        )
        .await;
        assert!(matches!(again, Err(AccountError::Exists(_))));
        assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1);
    });
}

#[test]
fn a_new_account_can_log_in_with_its_password() {
    common::run(async {
        let mut app = spawn_app().await;
        add_user(
            app.db(),
            account(Role::Buddy, "nieuw@example.nl", None, PASSWORD),
        )
        .await
        .unwrap();
        let stored: String =
            sqlx::query_scalar("SELECT password_hash FROM users WHERE email = 'nieuw@example.nl'")
                .fetch_one(app.db().pool())
                .await
                .unwrap();
        assert!(
            stored.starts_with("$argon2id$"),
            "argon2id hash, never the password"
        );
        assert_eq!(
            app.login("nieuw@example.nl", PASSWORD).await.location(),
            Some("/buddy")
        );
    });
}
