//! What an import would do: each row of the file against the client stored under its
//! client number — new, an update of named fields, unchanged, or refused with its problems.
//! The preview page and the store's write use the same [`preview`], so what the desk saw is
//! what is stored.

use super::columns::Header;
use super::row::{self, CaseloadClient};
use super::{CaseloadField, RowProblem, RowProblemKind};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One row of the file as read: the line it starts on and its cells, or a line that could
/// not be read, or one with more filled cells than the header has columns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RawRow {
    Cells { line: u64, cells: Vec<String> },
    TooWide { line: u64, cells: Vec<String> },
    Unreadable { line: u64 },
}

/// What storing would do with one row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LineOutcome {
    New,
    /// A known client; these fields differ.
    Update(Vec<CaseloadField>),
    Unchanged,
    Refused(Vec<RowProblem>),
}

/// One line of the preview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewLine {
    pub line: u64,
    /// As written in the file (a refused row may have none).
    pub client_number: String,
    pub name: String,
    pub outcome: LineOutcome,
}

/// The whole file against the stored caseload.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    pub lines: Vec<PreviewLine>,
    /// The rows to write: new clients and the merged records of changed ones.
    pub writes: Vec<Write>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Write {
    pub client: CaseloadClient,
    /// Empty for a new client.
    pub changed: Vec<CaseloadField>,
}

impl Preview {
    pub fn count(&self, test: impl Fn(&LineOutcome) -> bool) -> i64 {
        self.lines.iter().filter(|l| test(&l.outcome)).count() as i64
    }

    /// The client numbers the file lists (every line not refused): the clients still on
    /// the benefits system's caseload, changed or not.
    pub fn listed(&self) -> Vec<&str> {
        self.lines
            .iter()
            .filter(|l| !matches!(l.outcome, LineOutcome::Refused(_)))
            .map(|l| l.client_number.as_str())
            .collect()
    }
}

/// The fields in which `incoming` differs from `stored`. An optional field the file leaves
/// empty is no difference: it keeps what is stored.
pub fn changed_fields(stored: &CaseloadClient, incoming: &CaseloadClient) -> Vec<CaseloadField> {
    let mut changed = Vec::new();
    let mut differs = |field, a: &str, b: &str| {
        if a != b {
            changed.push(field);
        }
    };
    differs(
        CaseloadField::FirstName,
        &stored.first_name,
        &incoming.first_name,
    );
    differs(
        CaseloadField::LastName,
        &stored.last_name,
        &incoming.last_name,
    );
    differs(CaseloadField::Address, &stored.address, &incoming.address);
    differs(
        CaseloadField::Postcode,
        &stored.postcode,
        &incoming.postcode,
    );
    differs(
        CaseloadField::Municipality,
        &stored.municipality,
        &incoming.municipality,
    );
    differs(
        CaseloadField::BirthYear,
        &stored.birth_year.to_string(),
        &incoming.birth_year.to_string(),
    );
    differs(
        CaseloadField::BenefitStart,
        &stored.benefit_start,
        &incoming.benefit_start,
    );
    for (field, old, new) in [
        (
            CaseloadField::District,
            &stored.district,
            &incoming.district,
        ),
        (CaseloadField::Email, &stored.email, &incoming.email),
        (CaseloadField::Phone, &stored.phone, &incoming.phone),
    ] {
        if let Some(new) = new {
            differs(field, old.as_deref().unwrap_or(""), new);
        }
    }
    changed
}

/// `stored` with what the file says: every required field, and each optional one the file
/// fills.
pub fn merged(stored: &CaseloadClient, incoming: &CaseloadClient) -> CaseloadClient {
    CaseloadClient {
        district: incoming
            .district
            .clone()
            .or_else(|| stored.district.clone()),
        email: incoming.email.clone().or_else(|| stored.email.clone()),
        phone: incoming.phone.clone().or_else(|| stored.phone.clone()),
        ..incoming.clone()
    }
}

/// Every row of a file against `known` (the stored clients by client number), as of
/// `today`. A client number seen on an earlier line refuses the later row; a row with more
/// filled cells than the header has columns is refused whole.
pub fn preview(
    header: &Header,
    rows: &[RawRow],
    known: &HashMap<String, CaseloadClient>,
    today: i64,
) -> Preview {
    let mut out = Preview::default();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for raw in rows {
        let (line, cells) = match raw {
            RawRow::Unreadable { line } => {
                out.lines.push(refused(
                    *line,
                    String::new(),
                    String::new(),
                    None,
                    RowProblemKind::Unreadable,
                    None,
                ));
                continue;
            }
            RawRow::Cells { line, cells } | RawRow::TooWide { line, cells } => (*line, cells),
        };
        let written_number = header
            .cell(CaseloadField::ClientNumber, cells)
            .unwrap_or("")
            .trim()
            .to_string();
        let written_name = [
            CaseloadField::Name,
            CaseloadField::FirstName,
            CaseloadField::LastName,
        ]
        .into_iter()
        .filter_map(|f| header.cell(f, cells))
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
        if matches!(raw, RawRow::TooWide { .. }) {
            out.lines.push(refused(
                line,
                written_number,
                written_name,
                None,
                RowProblemKind::FieldCount,
                None,
            ));
            continue;
        }
        let client = match row::parse(header, line, cells, today) {
            Ok(client) => client,
            Err(problems) => {
                out.lines.push(PreviewLine {
                    line,
                    client_number: written_number,
                    name: written_name,
                    outcome: LineOutcome::Refused(problems),
                });
                continue;
            }
        };
        if let Some(first) = seen.get(&client.client_number) {
            out.lines.push(refused(
                line,
                written_number,
                client.name(),
                Some(CaseloadField::ClientNumber),
                RowProblemKind::RepeatedClientNumber,
                Some(*first),
            ));
            continue;
        }
        seen.insert(client.client_number.clone(), line);
        let outcome = match known.get(&client.client_number) {
            None => {
                out.writes.push(Write {
                    client: client.clone(),
                    changed: Vec::new(),
                });
                LineOutcome::New
            }
            Some(stored) => {
                let changed = changed_fields(stored, &client);
                if changed.is_empty() {
                    LineOutcome::Unchanged
                } else {
                    out.writes.push(Write {
                        client: merged(stored, &client),
                        changed: changed.clone(),
                    });
                    LineOutcome::Update(changed)
                }
            }
        };
        out.lines.push(PreviewLine {
            line,
            client_number: client.client_number.clone(),
            name: client.name(),
            outcome,
        });
    }
    out
}

fn refused(
    line: u64,
    client_number: String,
    name: String,
    field: Option<CaseloadField>,
    kind: RowProblemKind,
    first_seen_on: Option<u64>,
) -> PreviewLine {
    PreviewLine {
        line,
        client_number,
        name,
        outcome: LineOutcome::Refused(vec![RowProblem {
            line,
            field,
            kind,
            first_seen_on,
        }]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::days_from_civil;

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn header() -> Header {
        Header::read(&strings(&[
            "klantnummer",
            "naam",
            "adres",
            "postcode",
            "gemeente",
            "geboortejaar",
            "startdatum uitkering",
            "e-mail",
        ]))
        .unwrap()
    }

    fn row(line: u64, cells: &[&str]) -> RawRow {
        RawRow::Cells {
            line,
            cells: strings(cells),
        }
    }

    fn today() -> i64 {
        days_from_civil(2026, 12, 3)
    }

    fn stored(number: &str, address: &str, email: Option<&str>) -> CaseloadClient {
        CaseloadClient {
            client_number: number.into(),
            first_name: "Piet".into(),
            last_name: "Berg".into(),
            address: address.into(),
            postcode: "1234 AB".into(),
            municipality: "Lochem".into(),
            district: None,
            birth_year: 1980,
            benefit_start: "2024-03-01".into(),
            email: email.map(Into::into),
            phone: None,
        }
    }

    #[test]
    fn new_changed_unchanged_repeated_and_refused_rows() {
        let mut known = HashMap::new();
        known.insert(
            "K1001".to_string(),
            stored("K1001", "Kerkstraat 1", Some("piet@example.nl")),
        );
        known.insert("K1002".to_string(), stored("K1002", "Kerkstraat 2", None));
        let rows = vec![
            // unchanged: an empty e-mail keeps the stored one
            row(
                2,
                &[
                    "K1001",
                    "Piet Berg",
                    "Kerkstraat 1",
                    "1234AB",
                    "Lochem",
                    "1980",
                    "01-03-2024",
                    "",
                ],
            ),
            // moved house
            row(
                3,
                &[
                    "K1002",
                    "Piet Berg",
                    "Dorpsweg 9",
                    "1234 AB",
                    "Lochem",
                    "1980",
                    "2024-03-01",
                    "p@example.nl",
                ],
            ),
            row(
                4,
                &[
                    "K1003",
                    "Anna de Vries",
                    "Laan 3",
                    "7241 AA",
                    "Lochem",
                    "1999",
                    "2025-01-15",
                    "",
                ],
            ),
            row(
                5,
                &[
                    "k 1003",
                    "Anna de Vries",
                    "Laan 3",
                    "7241 AA",
                    "Lochem",
                    "1999",
                    "2025-01-15",
                    "",
                ],
            ),
            row(
                6,
                &[
                    "K1004",
                    "Bas Smit",
                    "Laan 4",
                    "7241",
                    "Lochem",
                    "1999",
                    "2025-01-15",
                    "",
                ],
            ),
            RawRow::TooWide {
                line: 7,
                cells: strings(&[
                    "K1005",
                    "Bas",
                    "Laan 4",
                    "7241 AA",
                    "Lochem",
                    "1999",
                    "2025-01-15",
                    "",
                ]),
            },
            RawRow::Unreadable { line: 9 },
        ];
        let p = preview(&header(), &rows, &known, today());
        let outcomes: Vec<(u64, &LineOutcome)> =
            p.lines.iter().map(|l| (l.line, &l.outcome)).collect();
        assert_eq!(outcomes[0], (2, &LineOutcome::Unchanged));
        assert_eq!(
            outcomes[1],
            (
                3,
                &LineOutcome::Update(vec![CaseloadField::Address, CaseloadField::Email])
            )
        );
        assert_eq!(outcomes[2], (4, &LineOutcome::New));
        match &p.lines[3].outcome {
            LineOutcome::Refused(problems) => {
                assert_eq!(problems[0].kind, RowProblemKind::RepeatedClientNumber);
                assert_eq!(problems[0].first_seen_on, Some(4));
            }
            other => panic!("{other:?}"),
        }
        match &p.lines[4].outcome {
            LineOutcome::Refused(problems) => {
                assert_eq!(problems[0].field, Some(CaseloadField::Postcode))
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(p.lines[4].client_number, "K1004");
        match &p.lines[5].outcome {
            LineOutcome::Refused(problems) => {
                assert_eq!(problems[0].kind, RowProblemKind::FieldCount)
            }
            other => panic!("{other:?}"),
        }
        assert!(
            matches!(&p.lines[6].outcome, LineOutcome::Refused(pr) if pr[0].kind == RowProblemKind::Unreadable)
        );

        // Only the new client and the changed one are written; the change keeps the
        // fields the file did not fill.
        assert_eq!(p.writes.len(), 2);
        assert_eq!(p.writes[0].client.address, "Dorpsweg 9");
        assert_eq!(p.writes[0].client.email.as_deref(), Some("p@example.nl"));
        assert_eq!(p.writes[1].client.client_number, "K1003");
        assert_eq!(p.count(|o| matches!(o, LineOutcome::Refused(_))), 4);
        // The file lists the unchanged, the changed and the new client; not the refused
        // lines (their number may not even be one).
        assert_eq!(p.listed(), vec!["K1001", "K1002", "K1003"]);
    }

    #[test]
    fn the_same_rows_again_change_nothing() {
        let rows = vec![row(
            2,
            &[
                "K1003",
                "Anna de Vries",
                "Laan 3",
                "7241 AA",
                "Lochem",
                "1999",
                "2025-01-15",
                "a@example.nl",
            ],
        )];
        let first = preview(&header(), &rows, &HashMap::new(), today());
        let known: HashMap<String, CaseloadClient> = first
            .writes
            .iter()
            .map(|w| (w.client.client_number.clone(), w.client.clone()))
            .collect();
        let again = preview(&header(), &rows, &known, today());
        assert!(again.writes.is_empty());
        assert_eq!(again.lines[0].outcome, LineOutcome::Unchanged);
    }

    #[test]
    fn an_optional_field_left_empty_keeps_the_stored_value() {
        let old = stored("K1001", "Kerkstraat 1", Some("piet@example.nl"));
        let mut new = old.clone();
        new.email = None;
        assert!(changed_fields(&old, &new).is_empty());
        assert_eq!(merged(&old, &new).email.as_deref(), Some("piet@example.nl"));
        new.email = Some("nieuw@example.nl".into());
        assert_eq!(changed_fields(&old, &new), vec![CaseloadField::Email]);
    }
}
