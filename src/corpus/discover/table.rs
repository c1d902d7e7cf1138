//! One table of every word of every list of the lexicon, asked once for all the lists a word is
//! in, ignoring case.

use std::collections::HashMap;

/// Every word of every list, lower-cased, with a bit for each list it is in, so that one look-up
/// tells every list a word belongs to. Most words looked up are in no list, so a look-up first
/// asks a bit set of the lengths of the words with the same first byte, which turns most words
/// away without hashing.
/// Words of up to 15 bytes (nearly all) are keyed by their bytes and length packed into a `u128`:
/// hashing and comparing one number is much cheaper than hashing and comparing a slice of bytes.
#[derive(Debug)]
pub(super) struct Table {
    pub(super) short: HashMap<u128, u32, foldhash::fast::RandomState>,
    pub(super) long: HashMap<Box<[u8]>, u32, foldhash::fast::RandomState>,
    /// For each first byte (ASCII letters lower-cased), the lengths (up to 63) of the words with
    /// it; bit 0 stands for every length of 64 and more.
    pub(super) lengths: Box<[u64; 256]>,
}

/// The longest word keyed by [`packed`].
const SHORT: usize = 15;

/// The bytes of a word of at most [`SHORT`] bytes and its length, as one number.
fn packed(bytes: &[u8]) -> Option<u128> {
    if bytes.len() > SHORT {
        return None;
    }
    let mut buffer = [0u8; 16];
    buffer[..bytes.len()].copy_from_slice(bytes);
    Some(with_length(buffer, bytes.len()))
}

/// The key of a word's bytes (zero after them) in a buffer: its length goes in the last byte.
fn with_length(mut buffer: [u8; 16], len: usize) -> u128 {
    buffer[SHORT] = len as u8;
    u128::from_le_bytes(buffer)
}

/// Each byte's high bit: none is set in ASCII.
const HIGH_BITS: u128 = u128::from_le_bytes([0x80; 16]);

/// Sixteen ASCII bytes lower-cased at once: 0x20 added to each byte from `A` to `Z`.
fn ascii_lowercase(x: u128) -> u128 {
    const ONES: u128 = u128::from_le_bytes([1; 16]);
    // With bytes below 0x80, no sum below carries into the next byte: b + (0x80 - 'A') sets the
    // high bit where b >= 'A', and b + (0x80 - 'Z' - 1) where b > 'Z'.
    let at_least_a = x.wrapping_add(ONES * u128::from(0x80 - b'A'));
    let above_z = x.wrapping_add(ONES * u128::from(0x80 - b'Z' - 1));
    let upper = at_least_a & !above_z & HIGH_BITS;
    x | (upper >> 2)
}

impl Table {
    /// The lists `word` is in, as bits, ignoring case. ASCII words are lower-cased on the stack.
    pub(super) fn flags(&self, word: &str) -> u32 {
        let bytes = word.as_bytes();
        let Some(&first) = bytes.first() else {
            return 0;
        };
        let first = first.to_ascii_lowercase();
        if first.is_ascii() && self.lengths[usize::from(first)] & length_bit(bytes.len()) == 0 {
            return 0;
        }
        if bytes.len() <= SHORT {
            // Most words: in a small buffer, which is the key once lower-cased, sixteen bytes at
            // a time where they are ASCII.
            let mut buffer = [0u8; 16];
            buffer[..bytes.len()].copy_from_slice(bytes);
            let key = with_length(buffer, bytes.len());
            if key & HIGH_BITS == 0 {
                return self.lookup_short(ascii_lowercase(key));
            }
        }
        if word.is_ascii() && bytes.len() <= 64 {
            let mut buffer = [0u8; 64];
            let lower = &mut buffer[..bytes.len()];
            lower.copy_from_slice(bytes);
            lower.make_ascii_lowercase();
            return self.lookup(lower);
        }
        self.lookup(word.to_lowercase().as_bytes())
    }

    /// The flags of a word keyed by [`with_length`].
    fn lookup_short(&self, key: u128) -> u32 {
        self.short.get(&key).copied().unwrap_or(0)
    }

    /// The flags of a word already in lower case.
    fn lookup(&self, lower: &[u8]) -> u32 {
        match packed(lower) {
            Some(key) => self.lookup_short(key),
            None => self.long.get(lower).copied().unwrap_or(0),
        }
    }

    /// Adds a word in lower case to a list.
    pub(super) fn insert(&mut self, lower: &[u8], bit: u32) {
        match packed(lower) {
            Some(key) => *self.short.entry(key).or_insert(0) |= bit,
            None => *self.long.entry(lower.into()).or_insert(0) |= bit,
        }
    }
}

/// The bit of a word's length in the length sets of a [`Table`] and of each [`super::WordSet`].
pub(super) fn length_bit(len: usize) -> u64 {
    if len < 64 { 1 << len } else { 1 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixteen_ascii_bytes_lower_case_at_once() {
        for first in (0u8..0x80).step_by(16) {
            let bytes: [u8; 16] = std::array::from_fn(|i| first + i as u8);
            let mut lower = bytes;
            lower.make_ascii_lowercase();
            assert_eq!(
                ascii_lowercase(u128::from_le_bytes(bytes)).to_le_bytes(),
                lower
            );
        }
    }
}
