//! What is kept of an upload while it is a preview: the header's read columns and, per row,
//! its line and the cells of those columns only. Columns the portal does not read (a BSN,
//! remarks) are dropped here, before anything is written, so the preview never holds more
//! than an import could store. Kept as JSON in the import's row, so the preview page and
//! the final store read exactly the same rows.

use super::changes::RawRow;
use super::columns::Header;
use super::FileRefusal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Staged {
    /// The names of the read columns, as the file spells them.
    pub names: Vec<String>,
    /// Names of the columns left out.
    pub ignored: Vec<String>,
    pub has_bsn: bool,
    pub rows: Vec<RawRow>,
}

impl Staged {
    /// The header `names` and `rows` of a file, reduced to the columns that are read. A row
    /// with a filled cell past the header's last column becomes [`RawRow::TooWide`].
    pub fn new(names: &[String], rows: Vec<RawRow>) -> Result<Staged, FileRefusal> {
        let header = Header::read(names)?;
        let keep = header.positions();
        let project = |cells: &[String]| -> Vec<String> {
            keep.iter()
                .map(|i| cells.get(*i).cloned().unwrap_or_default())
                .collect()
        };
        let rows = rows
            .into_iter()
            .map(|row| match row {
                RawRow::Cells { line, cells } | RawRow::TooWide { line, cells } => {
                    let wide = cells.iter().skip(names.len()).any(|c| !c.trim().is_empty());
                    let cells = project(&cells);
                    if wide {
                        RawRow::TooWide { line, cells }
                    } else {
                        RawRow::Cells { line, cells }
                    }
                }
                unreadable => unreadable,
            })
            .collect();
        Ok(Staged {
            names: keep.iter().map(|i| names[*i].clone()).collect(),
            ignored: header.ignored,
            has_bsn: header.has_bsn,
            rows,
        })
    }

    /// The header of the kept columns.
    pub fn header(&self) -> Result<Header, FileRefusal> {
        Header::read(&self.names)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::caseload::CaseloadField;

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn unread_columns_and_a_bsn_are_gone_before_anything_is_kept() {
        let names = strings(&[
            "BSN",
            "klantnummer",
            "naam",
            "adres",
            "postcode",
            "gemeente",
            "geboortejaar",
            "ingangsdatum",
            "opmerking",
        ]);
        let rows = vec![
            RawRow::Cells {
                line: 2,
                cells: strings(&[
                    "123456782",
                    "K1001",
                    "Piet Berg",
                    "Laan 1",
                    "1234 AB",
                    "Lochem",
                    "1980",
                    "2024-01-01",
                    "schulden",
                ]),
            },
            RawRow::Cells {
                line: 3,
                cells: strings(&[
                    "",
                    "K1002",
                    "Anna",
                    "Laan 2",
                    "1234 AB",
                    "Lochem",
                    "1980",
                    "2024-01-01",
                    "",
                    "extra",
                ]),
            },
            RawRow::Cells {
                line: 4,
                cells: strings(&[
                    "",
                    "K1003",
                    "Bas",
                    "Laan 3",
                    "1234 AB",
                    "Lochem",
                    "1980",
                    "2024-01-01",
                    "",
                    "",
                ]),
            },
        ];
        let staged = Staged::new(&names, rows).unwrap();
        let json = serde_json::to_string(&staged).unwrap();
        assert!(
            !json.contains("123456782") && !json.contains("schulden"),
            "{json}"
        );
        assert!(staged.has_bsn);
        assert_eq!(
            staged.ignored,
            vec!["BSN".to_string(), "opmerking".to_string()]
        );
        assert!(matches!(&staged.rows[1], RawRow::TooWide { line: 3, .. }));
        assert!(
            matches!(&staged.rows[2], RawRow::Cells { line: 4, .. }),
            "an empty extra cell is fine"
        );
        let header = staged.header().unwrap();
        match &staged.rows[0] {
            RawRow::Cells { cells, .. } => {
                assert_eq!(
                    header.cell(CaseloadField::ClientNumber, cells),
                    Some("K1001")
                );
                assert_eq!(cells.len(), 7);
            }
            other => panic!("{other:?}"),
        }
        let back: Staged = serde_json::from_str(&json).unwrap();
        assert_eq!(back, staged);
    }
}
