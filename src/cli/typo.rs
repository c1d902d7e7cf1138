//! A command mistyped as a PATH: the command it most likely meant, for the usage error's
//! suggestion.

/// The commands, for a suggestion when a PATH that does not exist looks like one mistyped.
const COMMANDS: &[&str] = &[
    "list",
    "timeline",
    "quotes",
    "actors",
    "bookmarks",
    "check",
    "convert",
    "config",
    "completions",
    "man",
];

/// The command `word` is most likely a typo of: one edit away (a letter added, left out,
/// changed, or two swapped), two for a word of five letters or more.
pub(super) fn close_command(word: &str) -> Option<&'static str> {
    let most = if word.chars().count() >= 5 { 2 } else { 1 };
    COMMANDS
        .iter()
        .map(|command| (edit_distance(word, command), *command))
        .filter(|&(distance, _)| distance <= most)
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, command)| command)
}

/// The edits (insertions, deletions, substitutions and swaps of two neighbours) from `a` to `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.chars().collect();
    // rows[i][j]: the distance from a[..i] to b[..j].
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}
