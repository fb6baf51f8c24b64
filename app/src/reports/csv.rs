//! Tables as CSV files: UTF-8 with a byte-order mark (so Excel reads the accents), CRLF
//! line ends, `;` between fields by default as Dutch spreadsheets expect, or `,` on
//! request. Fields are quoted when they need it, and a text that a spreadsheet would run as
//! a formula (`=`, `+`, `-`, `@` first) is defused with a leading `'`.

use super::tables::Table;
use crate::i18n::Lang;

/// The field separator of a download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Separator {
    Semicolon,
    Comma,
}

impl Separator {
    /// From the `scheiding` query value: `komma` asks for commas, anything else semicolons.
    pub fn from_query(value: Option<&str>) -> Separator {
        match value.map(str::trim) {
            Some("komma") | Some("comma") | Some(",") => Separator::Comma,
            _ => Separator::Semicolon,
        }
    }

    fn char(self) -> char {
        match self {
            Separator::Semicolon => ';',
            Separator::Comma => ',',
        }
    }
}

/// One field: a text that a spreadsheet would run as a formula is defused (numbers are
/// not texts, so `-3` stays a number); quoted when it holds the separator, a quote or a
/// line break.
fn field(text: &str, is_text: bool, sep: char) -> String {
    let defused = match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') if is_text => format!("'{text}"),
        _ => text.to_string(),
    };
    if defused.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

/// The table as a CSV file: a header line with the column headings in `lang`, then a line
/// per row.
pub fn to_csv(table: &Table, lang: Lang, sep: Separator) -> String {
    let c = sep.char();
    let decimal_comma = sep == Separator::Semicolon;
    let line = |fields: Vec<String>| fields.join(&c.to_string()) + "\r\n";
    let mut out = String::from("\u{feff}");
    out += &line(
        table
            .columns
            .iter()
            .map(|t| field(t.get(lang), true, c))
            .collect(),
    );
    for row in &table.rows {
        out += &line(
            row.iter()
                .map(|cell| field(&cell.csv(decimal_comma), !cell.is_number(), c))
                .collect(),
        );
    }
    out
}

/// The download's file name: `opstap-<key>-<from>-<to>[-<place>].csv`, ASCII only.
pub fn file_name(key: &str, from: &str, to: &str, place: Option<&str>) -> String {
    let mut name = format!("opstap-{key}-{from}-{to}");
    if let Some(place) = place {
        let slug: String = place
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        name.push('-');
        name.push_str(slug.trim_matches('-'));
    }
    name + ".csv"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::msg;
    use crate::reports::tables::Cell;
    use crate::reports::text as t;

    fn table() -> Table {
        Table {
            key: "test",
            title: t::COL_VALUE,
            columns: vec![msg::COL_EMPLOYER, t::COL_VALUE],
            rows: vec![
                vec![
                    Cell::Text("Bakkerij \"De Korf\"; Zuid".into()),
                    Cell::Decimal(12.5),
                ],
                vec![Cell::Text("=SUM(A1)".into()), Cell::Count(-3)],
                vec![Cell::Text("Café".into()), Cell::Percent(None)],
            ],
        }
    }

    #[test]
    fn semicolon_file_has_bom_crlf_quotes_and_decimal_commas() {
        let csv = to_csv(&table(), Lang::Nl, Separator::Semicolon);
        assert_eq!(
            csv,
            "\u{feff}Werkgever;Waarde\r\n\"Bakkerij \"\"De Korf\"\"; Zuid\";12,5\r\n'=SUM(A1);-3\r\nCafé;\r\n"
        );
    }

    #[test]
    fn comma_file_uses_decimal_points_and_quotes_commas() {
        let mut t = table();
        t.rows[0][0] = Cell::Text("A, B".into());
        let csv = to_csv(&t, Lang::En, Separator::Comma);
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], "Employer,Value");
        assert_eq!(lines[1], "\"A, B\",12.5");
    }

    #[test]
    fn separator_comes_from_the_query() {
        assert_eq!(Separator::from_query(Some("komma")), Separator::Comma);
        assert_eq!(
            Separator::from_query(Some("puntkomma")),
            Separator::Semicolon
        );
        assert_eq!(Separator::from_query(None), Separator::Semicolon);
    }

    #[test]
    fn file_names_are_ascii() {
        assert_eq!(
            file_name("soort", "2026-01-01", "2026-12-31", Some("Súdwest-Fryslân")),
            "opstap-soort-2026-01-01-2026-12-31-s-dwest-frysl-n.csv"
        );
        assert_eq!(file_name("sroi", "a", "b", None), "opstap-sroi-a-b.csv");
    }
}
