//! Bookmarking a quotation or a passage, selecting a passage by sentences, and opening the
//! article of a bookmark.

use super::Done;
use super::saving::{clean, save};
use crate::app::state::{App, ArticleState, Focus, Selection, View};
use crate::app::strings;
use crate::bookmarks::Bookmark;
use crate::bookmarks::store::Change;

/// `b`: bookmarks the selected passage, or else the selected quotation.
pub fn bookmark(app: &mut App) {
    let Some(current) = app.current() else { return };
    let article = app.corpus.article(current);
    let (text, speaker) = if let Some(range) = app.selected_passage() {
        // A passage inside one quotation carries its speaker.
        let speaker = article
            .quotes
            .iter()
            .find(|q| q.span.range().start <= range.start && range.end <= q.span.range().end)
            .and_then(|q| q.speaker);
        // The passage is the one `e` annotates now, not a quotation selected before `v`.
        app.article.quote = None;
        app.article.passage = Some((range.start, range.end));
        (article.text[range].to_owned(), speaker)
    } else if let Some(q) = app.article.quote.filter(|&q| q < article.quotes.len()) {
        (
            article.quotation_text(q).into_owned(),
            article.quotes[q].speaker,
        )
    } else {
        app.message = Some(strings::nothing_to_bookmark(&app.keymap));
        return;
    };
    app.selection = None;
    // Whether it is already bookmarked is the file's to say (another kroniek may have removed
    // it): the add is written, and the message says what it did.
    let speaker = speaker.map(|s| app.corpus.actor_name(s).to_owned());
    let bookmark = Bookmark::new(article, &text, speaker.as_deref());
    save(app, Change::Add(bookmark), Done::Bookmark);
}

/// `v`: starts selecting a passage at the selected quotation, or at the top of the view.
pub fn select_passage(app: &mut App) {
    let sentences = app.sentences();
    if sentences.is_empty() {
        return;
    }
    let Some(current) = app.current() else { return };
    let article = app.corpus.article(current);
    let from = match app.article.quote.and_then(|q| article.quotes.get(q)) {
        Some(quote) => quote.span.start as usize,
        None => app
            .wrapped_current()
            .and_then(|w| w.lines.get(app.article.scroll))
            .map_or(0, |l| l.start as usize),
    };
    // The first sentence that starts on screen (at or after `from`), so the selection never
    // begins above the top of the pane; failing that, the one `from` is in.
    let index = sentences
        .iter()
        .position(|s| s.start >= from)
        .or_else(|| sentences.iter().rposition(|s| s.start <= from))
        .unwrap_or(0);
    app.selection = Some(Selection {
        anchor: index,
        cursor: index,
    });
    app.message = Some(strings::selecting(&app.keymap));
}

/// `j`/`k` while selecting: moves the selection's moving end by a sentence.
pub fn move_selection(app: &mut App, by: isize) -> Option<usize> {
    let count = app.sentences().len();
    let selection = app.selection.as_mut()?;
    selection.cursor = selection
        .cursor
        .saturating_add_signed(by)
        .min(count.saturating_sub(1));
    let cursor = selection.cursor;
    app.sentences().get(cursor).map(|r| {
        if by > 0 {
            r.end.saturating_sub(1)
        } else {
            r.start
        }
    })
}

/// Enter in the bookmarks view: opens the article at the bookmarked quotation.
pub fn open_bookmark(app: &mut App) -> Option<usize> {
    let bookmark = app.selected_bookmark()?.clone();
    let Some(&index) = app.ids.get(&bookmark.article) else {
        app.message = clean(format!(
            "article {} is not in the loaded corpus",
            bookmark.article
        ));
        return None;
    };
    if !app.visible.contains(&index) {
        app.filters = Default::default();
        app.refilter();
    }
    app.list.selected = app.visible.iter().position(|&i| i == index)?;
    app.view = View::Articles;
    app.focus = Focus::Article;
    app.article = ArticleState::default();
    app.read.insert(index);
    let article = app.corpus.article(index);
    let quote = article
        .quotes
        .iter()
        .enumerate()
        .position(|(q, _)| article.quotation_text(q) == bookmark.text);
    app.article.quote = quote;
    let position = match quote {
        Some(q) => article.quotes[q].span.start as usize,
        None => article.text.find(&bookmark.text).unwrap_or(0),
    };
    Some(position)
}
