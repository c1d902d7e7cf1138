//! The first frame while a corpus loads: a gauge with files and bytes.

use std::sync::atomic::Ordering;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Gauge};

use crate::app::keymap::Keymap;
use crate::app::strings;
use crate::corpus::load::Progress;

pub fn render(progress: &Progress, keymap: &Keymap, frame: &mut Frame) {
    let area = frame.area();
    let total = progress.files_total.load(Ordering::Relaxed);
    let done = progress.files_done.load(Ordering::Relaxed);
    let bytes = progress.bytes_done.load(Ordering::Relaxed) as f64;
    let bytes_total = progress.bytes_total.load(Ordering::Relaxed) as f64;
    let megabytes = bytes / 1_000_000.0;
    let label = if total == 0 {
        "finding articles…".to_owned()
    } else if bytes_total > 0.0 {
        format!(
            "{done} of {} · {megabytes:.1} of {:.1} MB",
            crate::plural::count(total, "file", "files"),
            bytes_total / 1_000_000.0
        )
    } else {
        format!(
            "{done} of {} · {megabytes:.1} MB",
            crate::plural::count(total, "file", "files")
        )
    };
    let ratio = if total == 0 {
        0.0
    } else if bytes_total > 0.0 && done < total {
        // Article text is a little smaller than the files it comes from: never show done early.
        (bytes / bytes_total).clamp(0.0, 0.99)
    } else {
        (done as f64 / total as f64).clamp(0.0, 1.0)
    };
    let height = 3.min(area.height);
    let gauge_area = Rect {
        y: area.y + area.height.saturating_sub(height) / 2,
        height,
        ..area
    };
    let gauge = Gauge::default()
        .block(Block::bordered().title(strings::loading_title(keymap)))
        .ratio(ratio)
        .label(label);
    frame.render_widget(gauge, gauge_area);
}
