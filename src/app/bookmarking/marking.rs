//! Bookmarking a quotation or a passage (in the article or the quotations view), selecting a
//! passage by sentences, and opening the article of a bookmark or of a quotation.

use super::Done;
use super::saving::{clean, save};
use crate::app::state::{App, ArticleState, Focus, Selection, View};
use crate::app::strings;
use crate::bookmarks::Bookmark;
use crate::bookmarks::store::Change;
use crate::corpus::article::ArticleIx;

/// `b`: bookmarks the selected passage, or else the selected quotation (of the article, or of the
/// quotations view).
pub fn bookmark(app: &mut App) {
    if app.view == View::Quotations {
        bookmark_quotation(app);
        return;
    }
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

/// `b` in the quotations view: bookmarks the whole quotation selected, as `b` on it in its article
/// would.
fn bookmark_quotation(app: &mut App) {
    let Some(at) = app.selected_quotation() else {
        app.message = Some("no quotation selected".into());
        return;
    };
    let Some(article) = app.corpus.get_article(at.article) else {
        return;
    };
    let pieces = article.quotation_pieces(at.quote);
    let speaker = article
        .quotes
        .get(pieces)
        .and_then(|p| p.iter().find_map(|q| q.speaker))
        .map(|s| app.corpus.actor_name(s).to_owned());
    let bookmark = Bookmark::new(
        article,
        &article.quotation_text(at.quote),
        speaker.as_deref(),
    );
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
    let Some(index) = app.bookmark_article(&bookmark) else {
        app.message = clean(format!(
            "article {} is not in the loaded corpus",
            bookmark.article
        ));
        return None;
    };
    show_article(app, index)?;
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

/// Enter in the quotations view: opens the article with the quotation selected. Returns where in
/// the text it starts, to scroll to.
pub fn open_quotation(app: &mut App) -> Option<usize> {
    let at = app.selected_quotation()?;
    let start = app
        .corpus
        .get_article(at.article)?
        .quotes
        .get(at.quote)?
        .span
        .start as usize;
    show_article(app, at.article)?;
    app.article.quote = Some(at.quote);
    Some(start)
}

/// Opens the article at `index` in the article pane, from the top, marked read; the list's
/// filters are cleared when they hide it.
fn show_article(app: &mut App, index: ArticleIx) -> Option<()> {
    // The list is in corpus order.
    if app.visible.binary_search(&index).is_err() {
        app.filters = Default::default();
        app.refilter();
    }
    app.list.selected = app.visible.binary_search(&index).ok()?;
    app.view = View::Articles;
    app.focus = Focus::Article;
    app.article = ArticleState::default();
    app.read.insert(index);
    Some(())
}
