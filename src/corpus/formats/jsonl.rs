//! JSON Lines: one object per line with `date`, `title`, `body` (or `content` / `text`) and
//! optional `url`, `source` and `id`.

use serde_json::Value;

use super::{Entry, Problem};
use crate::corpus::article::Position;

/// Reads one line (counted from 1). `None` for a blank line.
pub fn read_line(line: &str, number: u64) -> Option<Result<Entry, Problem>> {
    let line = line.trim();
    if line.is_empty() {
        return None;
    }
    let at = Some(Position::Line(number));
    let problem = |reason: String| Some(Err(Problem { at, reason }));
    let value: Value = match serde_json::from_str(line) {
        Ok(value) => value,
        Err(e) => {
            // serde_json counts lines within the one line it was given: say only the column.
            let what = e.to_string();
            let what = what.split(" at line ").next().unwrap_or(&what).to_owned();
            return problem(format!("not JSON ({what}, column {})", e.column()));
        }
    };
    let Value::Object(object) = value else {
        return problem("not a JSON object".into());
    };
    let field = |names: &[&str]| -> Result<Option<String>, String> {
        for name in names {
            match object.get(*name) {
                None | Some(Value::Null) => continue,
                Some(Value::String(s)) => return Ok(Some(s.clone())),
                Some(Value::Number(n)) => return Ok(Some(n.to_string())),
                Some(other) => {
                    return Err(format!(
                        "`{name}` is {}, not text",
                        match other {
                            Value::Bool(_) => "a boolean",
                            Value::Array(_) => "a list",
                            _ => "an object",
                        }
                    ));
                }
            }
        }
        Ok(None)
    };
    let read = || -> Result<Entry, String> {
        let body = field(&["body", "content", "text"])?
            .filter(|b| !b.trim().is_empty())
            .ok_or("no `body`, `content` or `text`")?;
        Ok(Entry {
            id: field(&["id"])?,
            title: field(&["title"])?,
            date: field(&["date"])?,
            body,
            url: field(&["url"])?,
            publisher: field(&["source"])?,
            at,
            encoding: None,
        })
    };
    Some(read().map_err(|reason| Problem { at, reason }))
}
