//! How commands print rows: as pretty JSON, or as a table of columns padded to their widest cell.

use std::io::{self, Write};

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

/// Prints `items` as a JSON array of what `as_json` makes of each (`json`), else as a table under
/// `header` of what `as_cells` makes of each.
pub(super) fn print_rows<T: Copy, J: Serialize>(
    out: &mut dyn Write,
    json: bool,
    items: impl IntoIterator<Item = T>,
    as_json: impl Fn(T) -> J,
    header: &[&str],
    as_cells: impl Fn(T) -> Vec<String>,
) -> io::Result<()> {
    let items = items.into_iter();
    if json {
        let rows: Vec<J> = items.map(as_json).collect();
        write_json(out, &rows)
    } else {
        let rows: Vec<Vec<String>> = items.map(as_cells).collect();
        write_table(out, header, &rows)
    }
}

/// Writes `value` as pretty JSON and a line break.
pub(super) fn write_json(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    crate::output::json_pretty(&mut *out, value)?;
    writeln!(out)
}

/// Writes rows as columns padded to their widest cell; the last column is not padded.
pub(super) fn write_table(
    out: &mut dyn Write,
    header: &[&str],
    rows: &[Vec<String>],
) -> io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.width());
        }
    }
    let mut line = |cells: &mut dyn Iterator<Item = &str>| -> io::Result<()> {
        let mut text = String::new();
        let cells: Vec<&str> = cells.collect();
        for (i, cell) in cells.iter().enumerate() {
            text.push_str(cell);
            if i + 1 < cells.len() {
                text.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            }
        }
        writeln!(out, "{}", text.trim_end())
    };
    line(&mut header.iter().copied())?;
    for row in rows {
        line(&mut row.iter().map(String::as_str))?;
    }
    Ok(())
}
