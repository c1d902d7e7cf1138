//! A bookmark store in memory, for the tests and benchmarks of the reader: it can be told to fail.

use std::path::Path;

use super::{Applied, BookmarkStore, Change, Opened, StoreError, apply_changes};
use crate::bookmarks::Bookmark;

/// A store in memory, for tests: it can be told to fail.
#[derive(Debug, Default, Clone)]
pub struct MemoryStore {
    pub bookmarks: Vec<Bookmark>,
    pub fail: Option<String>,
    pub opened: Opened,
}

impl BookmarkStore for MemoryStore {
    fn open(&mut self) -> Result<Opened, StoreError> {
        let mut opened = self.opened.clone();
        opened.bookmarks = self.bookmarks.clone();
        Ok(opened)
    }

    fn apply(&mut self, changes: &[Change]) -> Result<Applied, StoreError> {
        if let Some(reason) = &self.fail {
            return Err(StoreError::new(reason.clone()));
        }
        let effects = apply_changes(&mut self.bookmarks, changes);
        Ok(Applied {
            bookmarks: self.bookmarks.clone(),
            effects,
        })
    }

    fn read_backup(&mut self, _: &Path) -> Result<Vec<Bookmark>, StoreError> {
        Err(StoreError::new("no backup in memory"))
    }

    fn location(&self) -> String {
        "memory".into()
    }
}
