//! Periods of the calendar at any granularity (day, ISO week, month, quarter, year) and the
//! inclusive date ranges of `--from`/`--to`, over [`ArticleDate`]s. No terminal code.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use super::article::ArticleDate;

/// How long one period of the timeline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Granularity {
    Day,
    /// The ISO 8601 week, Monday to Sunday, in the ISO year it belongs to.
    Week,
    #[default]
    Month,
    Quarter,
    Year,
}

impl Granularity {
    pub const ALL: [Granularity; 5] = [
        Granularity::Day,
        Granularity::Week,
        Granularity::Month,
        Granularity::Quarter,
        Granularity::Year,
    ];

    /// The next finer granularity (`+`), or itself when it is already a day.
    /// The granularity a period's label is written in: `2022-02-24` a day, `2022-W07` a week,
    /// `2022-02` a month, `2022-Q1` a quarter, `2022` a year; `None` for anything else
    /// (`undated`).
    pub fn of_label(label: &str) -> Option<Granularity> {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let parts: Vec<&str> = label.split('-').collect();
        match parts.as_slice() {
            [y] if y.len() == 4 && digits(y) => Some(Granularity::Year),
            [y, w] if digits(y) && w.strip_prefix('W').is_some_and(digits) => {
                Some(Granularity::Week)
            }
            [y, q] if digits(y) && q.strip_prefix('Q').is_some_and(digits) => {
                Some(Granularity::Quarter)
            }
            [y, m] if digits(y) && digits(m) => Some(Granularity::Month),
            [y, m, d] if digits(y) && digits(m) && digits(d) => Some(Granularity::Day),
            _ => None,
        }
    }

    pub fn finer(self) -> Granularity {
        let i = Self::ALL.iter().position(|&g| g == self).unwrap_or(2);
        Self::ALL[i.saturating_sub(1)]
    }

    /// The next coarser granularity (`-`), or itself when it is already a year.
    pub fn coarser(self) -> Granularity {
        let i = Self::ALL.iter().position(|&g| g == self).unwrap_or(2);
        Self::ALL[(i + 1).min(Self::ALL.len() - 1)]
    }

    pub fn name(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Quarter => "quarter",
            Granularity::Year => "year",
        }
    }

    /// The finest granularity at which the days `first..=last` make at most `columns` periods;
    /// a year when none does.
    pub fn fit(first: NaiveDate, last: NaiveDate, columns: usize) -> Granularity {
        Self::ALL
            .into_iter()
            .find(|&g| {
                let (a, b) = (Period::of_day(g, first), Period::of_day(g, last));
                a.count_to(b) <= columns
            })
            .unwrap_or(Granularity::Year)
    }
}

/// One period of the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    Day(NaiveDate),
    Week { year: i32, week: u32 },
    Month { year: i32, month: u32 },
    Quarter { year: i32, quarter: u32 },
    Year(i32),
}

impl Period {
    /// The period holding `day`.
    pub fn of_day(granularity: Granularity, day: NaiveDate) -> Period {
        match granularity {
            Granularity::Day => Period::Day(day),
            Granularity::Week => {
                let w = day.iso_week();
                Period::Week {
                    year: w.year(),
                    week: w.week(),
                }
            }
            Granularity::Month => Period::Month {
                year: day.year(),
                month: day.month(),
            },
            Granularity::Quarter => Period::Quarter {
                year: day.year(),
                quarter: day.month0() / 3 + 1,
            },
            Granularity::Year => Period::Year(day.year()),
        }
    }

    /// The first day of the period.
    pub fn first_day(self) -> NaiveDate {
        let day = match self {
            Period::Day(d) => Some(d),
            Period::Week { year, week } => {
                NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)
            }
            Period::Month { year, month } => NaiveDate::from_ymd_opt(year, month, 1),
            Period::Quarter { year, quarter } => {
                NaiveDate::from_ymd_opt(year, (quarter - 1) * 3 + 1, 1)
            }
            Period::Year(year) => NaiveDate::from_ymd_opt(year, 1, 1),
        };
        day.unwrap_or(NaiveDate::MIN)
    }

    /// The period after this one.
    pub fn next(self) -> Period {
        match self {
            Period::Day(d) => Period::Day(d.succ_opt().unwrap_or(d)),
            Period::Week { .. } => {
                let next = self.first_day() + chrono::Days::new(7);
                Period::of_day(Granularity::Week, next)
            }
            Period::Month { year, month: 12 } => Period::Month {
                year: year + 1,
                month: 1,
            },
            Period::Month { year, month } => Period::Month {
                year,
                month: month + 1,
            },
            Period::Quarter { year, quarter: 4 } => Period::Quarter {
                year: year + 1,
                quarter: 1,
            },
            Period::Quarter { year, quarter } => Period::Quarter {
                year,
                quarter: quarter + 1,
            },
            Period::Year(y) => Period::Year(y + 1),
        }
    }

    /// How many periods run from this one to `last`, both included (1 when equal, 0 when `last`
    /// comes first). Both must be of the same granularity.
    pub fn count_to(self, last: Period) -> usize {
        if last < self {
            return 0;
        }
        let days = (last.first_day() - self.first_day()).num_days().max(0) as usize;
        match (self, last) {
            (Period::Day(_), _) => days + 1,
            (Period::Week { .. }, _) => days / 7 + 1,
            (
                Period::Month {
                    year: y0,
                    month: m0,
                },
                Period::Month { year, month },
            ) => ((year - y0) * 12 + month as i32 - m0 as i32) as usize + 1,
            (
                Period::Quarter {
                    year: y0,
                    quarter: q0,
                },
                Period::Quarter { year, quarter },
            ) => ((year - y0) * 4 + quarter as i32 - q0 as i32) as usize + 1,
            (Period::Year(y0), Period::Year(y)) => (y - y0) as usize + 1,
            _ => 0,
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Period::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            Period::Week { year, week } => write!(f, "{year:04}-W{week:02}"),
            Period::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Period::Quarter { year, quarter } => write!(f, "{year:04}-Q{quarter}"),
            Period::Year(year) => write!(f, "{year:04}"),
        }
    }
}

/// The day an article counts on in the timeline: its date, or the first of its month when it is
/// dated only to the month; `None` for an undated article or an impossible date.
pub fn day_of(date: ArticleDate) -> Option<NaiveDate> {
    let (year, month) = (i32::from(date.year), u32::from(date.month));
    date.day
        .and_then(|d| NaiveDate::from_ymd_opt(year, month, u32::from(d)))
        .or_else(|| NaiveDate::from_ymd_opt(year, month, 1))
}

/// An inclusive range of days from `--from`/`--to` or the reader's `v`; either end may be open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateRange {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl DateRange {
    pub fn is_open(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }

    /// Whether an article with this date is in the range. An article dated only to a month is
    /// in it when any day of that month is; an undated article only when the range is open.
    pub fn contains(&self, date: Option<ArticleDate>) -> bool {
        if self.is_open() {
            return true;
        }
        let Some(date) = date else { return false };
        let Some(first) = day_of(date) else {
            return false;
        };
        let last = match date.day {
            Some(_) => first,
            None => Period::of_day(Granularity::Month, first)
                .next()
                .first_day()
                .pred_opt()
                .unwrap_or(first),
        };
        self.from.is_none_or(|from| last >= from) && self.to.is_none_or(|to| first <= to)
    }
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let show = |d: Option<NaiveDate>| d.map_or_else(|| "…".to_owned(), |d| d.to_string());
        write!(f, "{} – {}", show(self.from), show(self.to))
    }
}

/// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as a range of days: its first and last day.
pub fn parse_date_bound(text: &str) -> Result<(NaiveDate, NaiveDate), String> {
    let bad = || format!("`{text}` is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
    let parts: Vec<&str> = text.trim().split('-').collect();
    let number = |s: &str, len: usize| -> Result<u32, String> {
        if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().map_err(|_| bad())
        } else {
            Err(bad())
        }
    };
    let (granularity, day) = match parts.as_slice() {
        [y] => (
            Granularity::Year,
            NaiveDate::from_ymd_opt(number(y, 4)? as i32, 1, 1),
        ),
        [y, m] => (
            Granularity::Month,
            NaiveDate::from_ymd_opt(number(y, 4)? as i32, number(m, 2)?, 1),
        ),
        [y, m, d] => (
            Granularity::Day,
            NaiveDate::from_ymd_opt(number(y, 4)? as i32, number(m, 2)?, number(d, 2)?),
        ),
        _ => return Err(bad()),
    };
    let first = day.ok_or_else(bad)?;
    let period = Period::of_day(granularity, first);
    let last = period.next().first_day().pred_opt().unwrap_or(first);
    Ok((first, last))
}

/// `--from DATE`: the first day of DATE.
pub fn parse_from(text: &str) -> Result<NaiveDate, String> {
    parse_date_bound(text).map(|(first, _)| first)
}

/// `--to DATE`: the last day of DATE.
pub fn parse_to(text: &str) -> Result<NaiveDate, String> {
    parse_date_bound(text).map(|(_, last)| last)
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_label_says_its_granularity() {
        for (label, granularity) in [
            ("2022-02-24", Some(Granularity::Day)),
            ("2022-W07", Some(Granularity::Week)),
            ("2022-02", Some(Granularity::Month)),
            ("2022-Q1", Some(Granularity::Quarter)),
            ("2022", Some(Granularity::Year)),
            ("undated", None),
            ("", None),
            ("2022-Wx", None),
        ] {
            assert_eq!(Granularity::of_label(label), granularity, "{label}");
        }
    }

    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a valid test date")
    }

    fn date(year: u16, month: u8, day: Option<u8>) -> ArticleDate {
        ArticleDate {
            year,
            month,
            day,
            time: None,
            offset: None,
        }
    }

    #[test]
    fn periods_are_labelled_as_the_issue_writes_them() {
        let d = day(2022, 2, 24);
        let labels: Vec<String> = Granularity::ALL
            .iter()
            .map(|&g| Period::of_day(g, d).to_string())
            .collect();
        assert_eq!(
            labels,
            ["2022-02-24", "2022-W08", "2022-02", "2022-Q1", "2022"]
        );
    }

    #[test]
    fn iso_weeks_cross_the_year() {
        // 1 January 2021 was a Friday: ISO week 53 of 2020.
        let p = Period::of_day(Granularity::Week, day(2021, 1, 1));
        assert_eq!(p.to_string(), "2020-W53");
        assert_eq!(p.next().to_string(), "2021-W01");
        assert_eq!(p.first_day(), day(2020, 12, 28));
    }

    #[test]
    fn next_and_count_agree() {
        for g in Granularity::ALL {
            let first = Period::of_day(g, day(2019, 11, 30));
            let mut p = first;
            for n in 1..=40 {
                assert_eq!(first.count_to(p), n, "{g:?} {p}");
                p = p.next();
            }
        }
    }

    #[test]
    fn granularity_steps_and_fits() {
        assert_eq!(Granularity::Day.finer(), Granularity::Day);
        assert_eq!(Granularity::Month.finer(), Granularity::Week);
        assert_eq!(Granularity::Month.coarser(), Granularity::Quarter);
        assert_eq!(Granularity::Year.coarser(), Granularity::Year);
        let (a, b) = (day(2022, 1, 1), day(2022, 3, 31));
        assert_eq!(Granularity::fit(a, b, 100), Granularity::Day);
        assert_eq!(Granularity::fit(a, b, 20), Granularity::Week);
        assert_eq!(Granularity::fit(a, b, 3), Granularity::Month);
        assert_eq!(Granularity::fit(a, b, 1), Granularity::Quarter);
        assert_eq!(Granularity::fit(a, day(2030, 1, 1), 1), Granularity::Year);
    }

    #[test]
    fn date_bounds_read_three_precisions_inclusively() {
        assert_eq!(parse_from("2022"), Ok(day(2022, 1, 1)));
        assert_eq!(parse_to("2022"), Ok(day(2022, 12, 31)));
        assert_eq!(parse_to("2024-02"), Ok(day(2024, 2, 29)));
        assert_eq!(parse_from("2022-02-24"), Ok(day(2022, 2, 24)));
        assert_eq!(parse_to("2022-02-24"), Ok(day(2022, 2, 24)));
        for bad in [
            "",
            "22",
            "2022-2",
            "2022-13",
            "2022-02-30",
            "2022-02-24-1",
            "x",
            "२०२२",
        ] {
            assert!(parse_from(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_range_holds_month_dates_that_overlap_it() {
        let range = DateRange {
            from: Some(day(2022, 2, 15)),
            to: Some(day(2022, 3, 10)),
        };
        assert!(range.contains(Some(date(2022, 2, None))));
        assert!(range.contains(Some(date(2022, 3, None))));
        assert!(!range.contains(Some(date(2022, 4, None))));
        assert!(!range.contains(Some(date(2022, 2, Some(14)))));
        assert!(range.contains(Some(date(2022, 2, Some(15)))));
        assert!(range.contains(Some(date(2022, 3, Some(10)))));
        assert!(!range.contains(Some(date(2022, 3, Some(11)))));
        assert!(!range.contains(None));
        assert!(DateRange::default().contains(None));
    }
}
