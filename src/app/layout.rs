//! Where each pane goes for a terminal size: one pure function that both the update function
//! (for page sizes and scrolling) and the renderer use, so they always agree.

use ratatui::layout::Rect;

/// From this width on, the list and the article pane stand side by side.
pub const WIDE_FROM: u16 = 100;
/// Below this size nothing useful fits: the reader says "terminal too small".
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 5;
/// Lines of the article pane's header at least (title, date and source, actors); more when the
/// title or the source wraps.
pub const ARTICLE_HEADER: u16 = 3;
/// Lines each article takes in the list (date and title; actors and quotations).
pub const LIST_ITEM_HEIGHT: u16 = 2;

/// What the reader may change of the layout: the widest the article's text runs, and the share of
/// the width the list takes beside the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// Columns at most of the article's body (`text_width` in the config).
    pub text_width: u16,
    /// Per cent of the width the list takes in the wide layout ([`LIST_SHARE_MIN`] to
    /// [`LIST_SHARE_MAX`]).
    pub list_share: u16,
}

/// The default of `text_width`: about as wide as text reads well.
pub const TEXT_WIDTH_DEFAULT: u16 = 90;
/// The narrowest and widest `text_width` the config takes.
pub const TEXT_WIDTH_MIN: u16 = 20;
pub const TEXT_WIDTH_MAX: u16 = 1000;
/// The list's share of the width: by default, at least, at most, and a step of the split keys.
pub const LIST_SHARE_DEFAULT: u16 = 40;
pub const LIST_SHARE_MIN: u16 = 20;
pub const LIST_SHARE_MAX: u16 = 80;
pub const LIST_SHARE_STEP: u16 = 5;

impl Default for Shape {
    fn default() -> Shape {
        Shape {
            text_width: TEXT_WIDTH_DEFAULT,
            list_share: LIST_SHARE_DEFAULT,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    /// The main area above the status line.
    pub main: Rect,
    pub status: Rect,
    /// In the Articles view: the list, or None when only the article pane shows.
    pub list: Option<Rect>,
    /// In the Articles view: the article pane, or None when only the list shows.
    pub article: Option<Rect>,
}

impl Areas {
    pub fn too_small(size: Rect) -> bool {
        size.width < MIN_WIDTH || size.height < MIN_HEIGHT
    }
}

/// Lays out the Articles view. `article_focused` decides which single pane shows when narrow;
/// `list_share` is the list's per cent of the width when wide.
pub fn areas(size: Rect, article_focused: bool, list_share: u16) -> Areas {
    let status_height = 1.min(size.height);
    let main = Rect {
        height: size.height - status_height,
        ..size
    };
    let status = Rect {
        y: size.y + main.height,
        height: status_height,
        ..size
    };
    let (list, article) = if size.width >= WIDE_FROM {
        // At least 24 columns for the list, 40 for the article.
        let share = list_share.clamp(LIST_SHARE_MIN, LIST_SHARE_MAX);
        let list_width =
            u16::try_from(u32::from(size.width) * u32::from(share) / 100).unwrap_or(size.width);
        let list_width = list_width.clamp(24, size.width - 40);
        let list = Rect {
            width: list_width,
            ..main
        };
        let article = Rect {
            x: main.x + list_width,
            width: main.width - list_width,
            ..main
        };
        (Some(list), Some(article))
    } else if article_focused {
        (None, Some(main))
    } else {
        (Some(main), None)
    };
    Areas {
        main,
        status,
        list,
        article,
    }
}

/// Lines of month detail under the timeline.
pub const TIMELINE_DETAIL: u16 = 8;

/// The timeline's month rows inside its pane, above the month detail.
pub fn timeline_list(body: Rect) -> Rect {
    let detail = TIMELINE_DETAIL.min(body.height / 2);
    Rect {
        height: body.height - detail,
        ..body
    }
}

/// At most this many lines of the quotations view show the selected quotation in full.
pub const QUOTATION_DETAIL: u16 = 10;

/// The quotations view's rows inside its pane, above the selected quotation in full.
pub fn quotations_list(body: Rect) -> Rect {
    let detail = (body.height * 2 / 5).min(QUOTATION_DETAIL);
    Rect {
        height: body.height - detail,
        ..body
    }
}

/// The selected quotation in full, below the quotations view's rows.
pub fn quotation_detail(body: Rect) -> Rect {
    let list = quotations_list(body);
    Rect {
        y: body.y + list.height,
        height: body.height - list.height,
        ..body
    }
}

/// Inside a bordered block.
pub fn inner(area: Rect) -> Rect {
    Rect {
        x: area.x.saturating_add(1),
        y: area.y.saturating_add(1),
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    }
}

/// The article body inside the article pane: below the header, with a two-column gutter for
/// quote marks on the left, and a blank column and the scrollbar on the right.
pub fn article_body(pane: Rect) -> Rect {
    article_body_below(pane, ARTICLE_HEADER)
}

/// [`article_body`] below a header of `header` rows (a long title or source wraps), leaving the
/// body at least one row where the pane has it.
pub fn article_body_below(pane: Rect, header: u16) -> Rect {
    let inner = inner(pane);
    let header = header
        .min(inner.height.saturating_sub(1))
        .max(ARTICLE_HEADER.min(inner.height));
    Rect {
        x: inner.x + 2.min(inner.width),
        y: inner.y + header,
        width: inner.width.saturating_sub(4),
        height: inner.height - header,
    }
}

/// How many rows a page is in each pane, and the article body's width, for one terminal size:
/// worked out once when the size changes, read on every key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pages {
    /// Articles in the list (each [`LIST_ITEM_HEIGHT`] rows).
    pub list: usize,
    /// Lines of the article body.
    pub article: usize,
    /// Months in the timeline.
    pub timeline: usize,
    /// Bookmarks (two rows each).
    pub bookmarks: usize,
    /// Quotations in the quotations view (one row each).
    pub quotations: usize,
    /// Rows of a full-width pane (actors, warnings, help).
    pub main: usize,
    /// Columns of the article body, at least 1: the width articles are wrapped to.
    pub article_width: u16,
}

impl Pages {
    pub fn new(size: Rect, shape: Shape) -> Pages {
        // Neither the main area nor the wide layout depends on which pane has the keys; the
        // narrow one shows the list or the article pane in the whole main area.
        let list = areas(size, false, shape.list_share).list;
        let article = areas(size, true, shape.list_share).article;
        let main = inner(areas(size, false, shape.list_share).main);
        let rows = |n: u16| usize::from(n.max(1));
        Pages {
            list: rows(list.map_or(1, |l| inner(l).height / LIST_ITEM_HEIGHT)),
            article: rows(article.map_or(1, |a| article_body(a).height)),
            timeline: rows(timeline_list(main).height),
            bookmarks: rows(main.height / 2),
            quotations: rows(quotations_list(main).height),
            main: rows(main.height),
            // No wider than the text width: long lines are hard to read.
            article_width: article
                .map_or(1, |a| article_body(a).width.min(shape.text_width).max(1)),
        }
    }
}
