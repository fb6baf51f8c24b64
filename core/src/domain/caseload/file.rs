//! From the uploaded bytes to rows. Exports from benefits systems come from Excel or from
//! the system itself: UTF-8 (with or without a byte-order mark) or Windows-1252, separated
//! by `;` (Dutch Excel) or `,`. Reading is the `csv` crate's (quotes, separators and line
//! breaks inside a quoted field); this module decides the encoding and the separator and
//! keeps the line each row starts on, for the preview's messages.

use super::changes::RawRow;
use super::{FileProblem, FileRefusal};

/// The largest export accepted: 27,000 clients take about 4 MB.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// How a file was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Windows1252,
}

impl Encoding {
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

/// The text of an export and how it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
    pub separator: u8,
}

/// Decodes an upload: UTF-8 when the bytes are valid UTF-8 (a byte-order mark is dropped),
/// Windows-1252 otherwise. A file with NUL bytes (a spreadsheet, a PDF) is not text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, FileRefusal> {
    if bytes.len() > MAX_BYTES {
        return Err(FileRefusal::new(FileProblem::TooLarge));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(FileRefusal::new(FileProblem::Empty));
    }
    if bytes.contains(&0) {
        return Err(FileRefusal::new(FileProblem::NotText));
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let (text, encoding) = match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), Encoding::Utf8),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), Encoding::Windows1252)
        }
    };
    // One kind of line end, so the reader's line numbers are the editor's (it counts a
    // `\r\n` row's start before the `\n`).
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let separator = separator_of(&text);
    Ok(Decoded {
        text,
        encoding,
        separator,
    })
}

/// `;` or `,`: whichever the header line has more of (outside quotes); `;` on a tie.
pub fn separator_of(text: &str) -> u8 {
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let (mut semicolons, mut commas, mut quoted) = (0, 0, false);
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => semicolons += 1,
            ',' if !quoted => commas += 1,
            _ => {}
        }
    }
    if commas > semicolons {
        b','
    } else {
        b';'
    }
}

/// The header's cells and every following row with the line it starts on. Rows whose
/// cells are all empty (Excel writes them under the data) are left out.
pub fn rows(text: &str, separator: u8) -> Result<(Vec<String>, Vec<RawRow>), FileRefusal> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut header: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    for record in reader.records() {
        match record {
            Ok(record) => {
                let line = record.position().map_or(0, |p| p.line());
                let cells: Vec<String> = record.iter().map(str::to_string).collect();
                if cells.iter().all(|c| c.trim().is_empty()) {
                    continue;
                }
                if header.is_none() {
                    header = Some(cells);
                } else {
                    rows.push(RawRow::Cells { line, cells });
                }
            }
            Err(error) => {
                let line = error.position().map_or(0, |p| p.line());
                if header.is_none() {
                    return Err(FileRefusal::new(FileProblem::NotText));
                }
                rows.push(RawRow::Unreadable { line });
            }
        }
    }
    let header = header.ok_or_else(|| FileRefusal::new(FileProblem::Empty))?;
    if rows.is_empty() {
        return Err(FileRefusal::new(FileProblem::NoRows));
    }
    Ok((header, rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(row: &RawRow) -> (u64, Vec<String>) {
        match row {
            RawRow::Cells { line, cells } => (*line, cells.clone()),
            RawRow::TooWide { line, .. } | RawRow::Unreadable { line } => (*line, vec![]),
        }
    }

    #[test]
    fn windows_1252_is_read_as_what_excel_meant() {
        // "Zoë;Curaçao" as Excel on Windows saves it.
        let bytes = b"naam;gemeente\r\nZo\xeb;Cura\xe7ao\r\n";
        let d = decode(bytes).unwrap();
        assert_eq!(d.encoding, Encoding::Windows1252);
        assert_eq!(d.separator, b';');
        let (header, rows) = super::rows(&d.text, d.separator).unwrap();
        assert_eq!(header, vec!["naam", "gemeente"]);
        assert_eq!(
            cells(&rows[0]),
            (2, vec!["Zoë".to_string(), "Curaçao".to_string()])
        );
    }

    #[test]
    fn utf8_with_a_byte_order_mark_and_commas() {
        let d = decode("\u{feff}naam,gemeente\n\"Berg, Piet\",Lochem\n".as_bytes()).unwrap();
        assert_eq!((d.encoding, d.separator), (Encoding::Utf8, b','));
        let (header, rows) = super::rows(&d.text, d.separator).unwrap();
        assert_eq!(header[0], "naam");
        assert_eq!(cells(&rows[0]).1[0], "Berg, Piet");
    }

    #[test]
    fn a_quoted_line_break_keeps_the_next_rows_line_numbers_true() {
        let d =
            decode(b"naam;adres\nPiet;\"Kerkstraat 1\nachterhuis\"\n\n;;\nAnna;Laan 3\n").unwrap();
        let (_, rows) = super::rows(&d.text, d.separator).unwrap();
        assert_eq!(rows.len(), 2, "blank and empty rows are left out");
        assert_eq!(cells(&rows[0]).0, 2);
        assert_eq!(
            cells(&rows[1]),
            (6, vec!["Anna".to_string(), "Laan 3".to_string()])
        );
    }

    #[test]
    fn files_that_are_not_an_export_are_refused_whole() {
        assert_eq!(decode(b"  \n").unwrap_err().problem, FileProblem::Empty);
        assert_eq!(
            decode(b"PK\x03\x04\x00\x00").unwrap_err().problem,
            FileProblem::NotText
        );
        let only_header = decode(b"klantnummer;naam\n").unwrap();
        assert_eq!(
            super::rows(&only_header.text, only_header.separator)
                .unwrap_err()
                .problem,
            FileProblem::NoRows
        );
        assert_eq!(
            decode(&vec![b'a'; MAX_BYTES + 1]).unwrap_err().problem,
            FileProblem::TooLarge
        );
    }

    #[test]
    fn the_separator_is_the_headers_not_the_datas() {
        assert_eq!(separator_of("klantnummer;naam;adres\n1,2,3,4,5\n"), b';');
        assert_eq!(separator_of("\"a;b\",c,d\n"), b',');
        assert_eq!(separator_of("alleen\n"), b';');
    }
}
