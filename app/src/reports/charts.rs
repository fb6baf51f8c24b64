//! Charts drawn on the server as SVG: no JavaScript, readable in black and white (grey
//! bars with a black outline, a dashed target line, every value written out), each with a
//! `<title>` and a `<desc>` as its text alternative. The numbers themselves are in the
//! table that always goes with a chart.

use crate::domain::reports::MonthLine;
use crate::i18n::{Lang, T};

const WIDTH: i64 = 640;

/// Text for inside SVG.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// At most `max` characters, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{cut}…")
    }
}

/// A round number at or above `n` for the top of an axis (1, 2, 2.5 or 5 times a power
/// of ten), never below 1.
pub fn axis_top(n: i64) -> i64 {
    let n = n.max(1);
    let mut power = 1;
    while power * 10 < n {
        power *= 10;
    }
    [1, 2, 5, 10]
        .into_iter()
        .map(|f| f * power)
        .find(|top| *top >= n)
        .unwrap_or(10 * power)
}

fn open(id: &str, height: i64, title: &str, desc: &str) -> String {
    format!(
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="{id}-t {id}-d" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
        escape(title),
        escape(desc)
    )
}

opstap_core::messages! { REPORTS_CHARTS {
    MONTH_JAN = "jan" / "Jan";
    MONTH_FEB = "feb" / "Feb";
    MONTH_MAR = "mrt" / "Mar";
    MONTH_APR = "apr" / "Apr";
    MONTH_MAY = "mei" / "May";
    MONTH_JUN = "jun" / "Jun";
    MONTH_JUL = "jul" / "Jul";
    MONTH_AUG = "aug" / "Aug";
    MONTH_SEP = "sep" / "Sep";
    MONTH_OCT = "okt" / "Oct";
    MONTH_NOV = "nov" / "Nov";
    MONTH_DEC = "dec" / "Dec";
}}

const MONTHS: [T; 12] = [
    MONTH_JAN, MONTH_FEB, MONTH_MAR, MONTH_APR, MONTH_MAY, MONTH_JUN, MONTH_JUL, MONTH_AUG,
    MONTH_SEP, MONTH_OCT, MONTH_NOV, MONTH_DEC,
];

/// `2026-03` as `mrt` / `Mar` (with the year when the period spans more than one).
pub fn month_label(month: &str, with_year: bool, lang: Lang) -> String {
    let m: usize = month.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(0);
    let name = MONTHS
        .get(m.wrapping_sub(1))
        .map(|t| t.get(lang))
        .unwrap_or(month);
    if with_year {
        format!("{name} {}", month.get(2..4).unwrap_or(""))
    } else {
        name.to_string()
    }
}

/// Cumulative placements per month as bars (each bar also says what that month added)
/// against the dashed line of where the target needs them to be.
pub fn month_chart(
    id: &str,
    lines: &[MonthLine],
    title: &str,
    desc: &str,
    legend: (&str, &str),
    lang: Lang,
) -> String {
    let (left, right, top, bottom) = (48, 12, 36, 36);
    let height = 300;
    let plot_w = WIDTH - left - right;
    let plot_h = height - top - bottom;
    let max = lines
        .iter()
        .map(|m| m.cumulative.max(m.target))
        .max()
        .unwrap_or(0);
    let top_value = axis_top(max);
    let y = |v: i64| top + plot_h - v * plot_h / top_value;
    let n = lines.len().max(1) as i64;
    let slot = plot_w / n;
    let bar = (slot * 6 / 10).max(2);
    let with_year = lines.first().map(|m| &m.month[..4]) != lines.last().map(|m| &m.month[..4]);
    let every = (n + 11) / 12;
    let mut svg = open(id, height, title, desc);
    // Legend.
    svg += &format!(
        r##"<g class="legend" font-size="13"><rect x="{left}" y="8" width="14" height="14" fill="#c8c8c8" stroke="#000"/><text x="{}" y="20">{}</text><line x1="{}" y1="15" x2="{}" y2="15" stroke="#000" stroke-width="2" stroke-dasharray="6 4"/><text x="{}" y="20">{}</text></g>"##,
        left + 20,
        escape(legend.0),
        left + 220,
        left + 256,
        left + 262,
        escape(legend.1)
    );
    // Axis with four gridlines.
    for i in 0..=4 {
        let v = top_value * i / 4;
        let yy = y(v);
        svg += &format!(
            r##"<line x1="{left}" y1="{yy}" x2="{}" y2="{yy}" stroke="#999" stroke-width="{}"/><text x="{}" y="{}" font-size="12" text-anchor="end">{v}</text>"##,
            WIDTH - right,
            if i == 0 { 1.5 } else { 0.5 },
            left - 6,
            yy + 4
        );
    }
    let mut target_points = Vec::new();
    for (i, m) in lines.iter().enumerate() {
        let i = i as i64;
        let x = left + i * slot + (slot - bar) / 2;
        let yy = y(m.cumulative);
        svg += &format!(
            r##"<rect x="{x}" y="{yy}" width="{bar}" height="{}" fill="#c8c8c8" stroke="#000"/>"##,
            top + plot_h - yy
        );
        if m.placed > 0 && slot >= 24 {
            svg += &format!(
                r#"<text x="{}" y="{}" font-size="11" text-anchor="middle">+{}</text>"#,
                x + bar / 2,
                yy - 4,
                m.placed
            );
        }
        if i % every == 0 {
            svg += &format!(
                r#"<text x="{}" y="{}" font-size="12" text-anchor="middle">{}</text>"#,
                x + bar / 2,
                top + plot_h + 18,
                escape(&month_label(&m.month, with_year, lang))
            );
        }
        target_points.push(format!("{},{}", left + i * slot + slot / 2, y(m.target)));
    }
    if !target_points.is_empty() {
        svg += &format!(
            r##"<polyline class="target-line" points="{}" fill="none" stroke="#000" stroke-width="2" stroke-dasharray="6 4"/>"##,
            target_points.join(" ")
        );
    }
    svg + "</svg>"
}

/// Horizontal bars, one per row: its label, the bar, and the value written out. A bar of
/// `full` fills the width (`0`: the largest value does).
pub fn bar_chart(
    id: &str,
    rows: &[(String, i64, String)],
    full: i64,
    title: &str,
    desc: &str,
) -> String {
    let label_w = 210;
    let row_h = 28;
    let height = row_h * rows.len().max(1) as i64 + 8;
    let plot_w = WIDTH - label_w - 70;
    let max = if full > 0 {
        full
    } else {
        rows.iter().map(|r| r.1).max().unwrap_or(0).max(1)
    };
    let mut svg = open(id, height, title, desc);
    for (i, (label, value, shown)) in rows.iter().enumerate() {
        let yy = 4 + i as i64 * row_h;
        let w = (value * plot_w / max).max(if *value > 0 { 2 } else { 0 });
        svg += &format!(
            r##"<text x="{}" y="{}" font-size="13" text-anchor="end">{}</text><rect class="bar" x="{label_w}" y="{}" width="{w}" height="{}" fill="#c8c8c8" stroke="#000"/><text x="{}" y="{}" font-size="13">{}</text>"##,
            label_w - 8,
            yy + 18,
            escape(&shorten(label, 30)),
            yy + 4,
            row_h - 8,
            label_w + w + 6,
            yy + 18,
            escape(shown)
        );
    }
    svg + "</svg>"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_tops_are_round() {
        assert_eq!(axis_top(0), 1);
        assert_eq!(axis_top(7), 10);
        assert_eq!(axis_top(11), 20);
        assert_eq!(axis_top(420), 500);
        assert_eq!(axis_top(500), 500);
        assert_eq!(axis_top(501), 1000);
    }

    #[test]
    fn bars_are_proportional_and_labels_escaped() {
        let svg = bar_chart(
            "c",
            &[
                ("A & B <x>".into(), 10, "10".into()),
                ("C".into(), 5, "5".into()),
            ],
            0,
            "Titel",
            "Beschrijving",
        );
        assert!(svg.contains("A &amp; B &lt;x&gt;"));
        assert!(!svg.contains("<x>"));
        let widths: Vec<i64> = svg
            .split("class=\"bar\"")
            .skip(1)
            .filter_map(|part| {
                part.split("width=\"")
                    .nth(1)?
                    .split('"')
                    .next()?
                    .parse()
                    .ok()
            })
            .collect();
        assert_eq!(widths.len(), 2);
        assert_eq!(widths[0], 2 * widths[1]);
        assert!(svg.contains(r#"aria-labelledby="c-t c-d""#));
        assert!(svg.contains("<desc id=\"c-d\">Beschrijving</desc>"));
    }

    #[test]
    fn month_chart_has_a_bar_per_month_and_the_target_line() {
        let lines: Vec<MonthLine> = (1..=12)
            .map(|m| MonthLine {
                month: format!("2026-{m:02}"),
                placed: 1,
                cumulative: m,
                target: m * 2,
            })
            .collect();
        let svg = month_chart("m", &lines, "t", "d", ("a", "b"), Lang::Nl);
        // 12 month bars and the legend's sample.
        assert_eq!(svg.matches("<rect").count(), 13);
        assert!(svg.contains(">mrt<"));
        let points = svg
            .split("points=\"")
            .nth(1)
            .and_then(|p| p.split('"').next())
            .unwrap_or_default();
        assert_eq!(points.split(' ').count(), 12);
    }

    #[test]
    fn month_labels_carry_the_year_when_asked() {
        assert_eq!(month_label("2026-05", false, Lang::Nl), "mei");
        assert_eq!(month_label("2026-05", true, Lang::En), "May 26");
    }
}
