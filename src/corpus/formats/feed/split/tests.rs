//! Tests of the feed splitter and its scanner.

use std::io::BufReader;

use super::*;

/// Every piece of a feed read with a bound of `limit` bytes, through a buffer of `capacity`.
fn pieces(feed: &str, limit: usize, capacity: usize) -> Vec<(Piece, String)> {
    let input = BufReader::with_capacity(capacity, feed.as_bytes());
    let (head, mut items) = Items::open(input, limit).unwrap();
    assert!(head.items);
    let mut out = Vec::new();
    let mut found = Vec::new();
    while let Some(piece) = items.next_into(&mut out).unwrap() {
        found.push((piece, String::from_utf8(std::mem::take(&mut out)).unwrap()));
    }
    found
}

/// An item of exactly the bound is read; one a byte over is skipped, whether the bound is
/// passed inside a text or at the tag that ends the item, and the items after it are read.
#[test]
fn an_item_is_bounded_to_the_byte() {
    let item = |n: usize| {
        let open = "<item><title>";
        let close = "</title></item>";
        format!("{open}{}{close}", "x".repeat(n - open.len() - close.len()))
    };
    let feed = format!(
        "<rss version=\"2.0\"><channel><title>T</title>{}{}{}\n{}</channel></rss>",
        item(100),
        item(101),
        item(60),
        item(400),
    );
    for capacity in [1, 7, 64, 8192] {
        let found = pieces(&feed, 100, capacity);
        let over = "an item over 0 MiB; skipped".to_owned();
        assert_eq!(
            found,
            [
                (Piece::Item(1), item(100)),
                (Piece::Broken(2, over.clone()), String::new()),
                (Piece::Item(3), item(60)),
                (Piece::Broken(4, over), String::new()),
            ],
            "capacity {capacity}"
        );
    }
}

/// Markup that only looks like an item (in a comment, CDATA, a processing instruction or an
/// attribute value) is not one; an item's own elements are followed to its end.
#[test]
fn only_real_items_are_items() {
    let feed = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">\
        <!-- <entry> --><title a='<entry>'>T</title><?x <entry> ?>\
        <entry><content><![CDATA[</entry>]]><div><entry-ish/></div></content></entry>\
        <entry/></feed>";
    for capacity in [1, 2, 3, 8192] {
        let found = pieces(feed, 1 << 20, capacity);
        assert_eq!(found.len(), 2, "capacity {capacity}: {found:?}");
        assert_eq!(
            found[0],
            (
                Piece::Item(1),
                "<entry><content><![CDATA[</entry>]]><div><entry-ish/></div></content></entry>"
                    .to_owned()
            )
        );
        assert_eq!(found[1], (Piece::Item(2), "<entry/>".to_owned()));
    }
}

/// An item never closed is given up where the next one starts, or where the file ends.
#[test]
fn an_unclosed_item_is_given_up() {
    let feed = "<rss><channel><item><title>Een</title>\
        <item><title>Twee</title></item><item><title>Drie";
    let found = pieces(feed, 1 << 20, 4);
    assert_eq!(
        found,
        [
            (
                Piece::Broken(1, "not closed before the next item".into()),
                String::new()
            ),
            (Piece::Item(2), "<item><title>Twee</title></item>".into()),
            (
                Piece::Broken(3, "the file ends inside this item".into()),
                String::new()
            ),
        ]
    );
}
