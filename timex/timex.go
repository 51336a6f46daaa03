// Package timex finds time expressions in a sentence and resolves them
// against a reference (publication) date.
//
// News reports date events relative to the day they are published: "on
// Thursday", "last week", "in June", "two days ago". Find recognises such
// expressions in one English sentence and turns each into a calendar day and
// a precision:
//
//	ref := time.Date(2020, 6, 26, 0, 0, 0, 0, time.UTC) // a Friday
//	Find("Police said on Thursday that…", ref)
//	// → [{Text: "on Thursday", Date: 2020-06-25, Precision: "day"}]
//
// # What is recognised
//
//   - Weekdays: "Thursday", "on Thursday", "this Thursday" are the latest
//     such day on or before ref (a Friday said on a Friday is ref itself);
//     "last Friday" and "this past Friday" are strictly before ref (a week
//     earlier when ref is a Friday); "next Monday" and "this coming Monday"
//     are strictly after ref. "Monday night", "late on Friday", "Thursday
//     last week" are days too.
//   - Day words: "today", "tonight", "yesterday", "tomorrow", "this morning",
//     "last night", "earlier today", "yesterday afternoon".
//   - Dates: "7 June", "On 7 June", "7th of June", "June 7", "Jan. 7",
//     "June 7, 2020", "7 June 2020", "2020-06-07", "March 20 last year",
//     and a weekday in front of a date ("Friday, January 4, 2019"), which
//     then counts as one expression. A date without a year is the latest
//     such date on or before ref: said on 26 June 2020, "7 June" is
//     2020-06-07 but "7 July" is 2019-07-07. 29 February goes back to the
//     latest leap year. Two simple signs of the future keep a later date in
//     ref's year: a cue word anywhere in the sentence (will, shall, 'll,
//     scheduled, upcoming, slated, forthcoming, planned, planning, plans,
//     expected, due, deadline), or "until", "till", "through" right before
//     the date ("The vote will be held on 7 July" is 2020-07-07). A weekday
//     written with a date picks the year in which the two agree ("on
//     Tuesday, January 21" said on 15 January 2020 is 2020-01-21).
//   - Periods: "last week" / "this week" / "next week" (weeks run Monday to
//     Sunday; Date is the Monday), "last month", "this month", "earlier this
//     month", "last year", "this year", "earlier this year", "in 2019",
//     "since 2019", "mid-2019".
//   - Months: "in June", "in early June", "in mid-June", "June 2019",
//     "in August last year", "last June", "this past April", "June".
//     Without a year a month is the latest one on or before ref's month
//     (said in January 2020, "in December" is December 2019), or later in
//     ref's year with the future signs above; "last June" is strictly
//     before ref's month, "next June" strictly after.
//   - "N days/weeks/months/years ago": day, week, month or year precision;
//     "a week ago" is the week that contains ref minus seven days.
//   - Weekends: "over the weekend", "at the weekend", "on the weekend" give
//     the Saturday of the latest weekend on or before ref (ref itself when ref
//     is a Saturday), precision day. "last weekend" is the one before when
//     ref falls on a weekend; "this weekend" and "next weekend" said on a
//     weekday are the coming Saturday.
//
// # What is deliberately not recognised
//
// Precision matters more than recall: a wrong date is worse than none.
// Month names must be capitalised; "May", "March" and "August" count only
// with a day, a year or a licensing word before them ("in May", "since
// March", "early August"), so "may increase", "a march on", "Theresa May"
// and "August Ames" are left alone. A weekday or month right after an
// unknown capitalised word ("Good Friday", "Black September") or before one
// ("Sunday Times", "Saturday Night Live") is skipped, as are "every Friday",
// "the last week of June", "the next day" (relative to the story, not to
// ref), bare numbers, times of day, durations ("for two weeks"), and "a few
// days ago".
//
// # Limitations
//
// Resolution leans toward the past, as news mostly reports what happened.
// A bare weekday is always the latest on or before ref, even in "talks will
// resume on Monday": "said on Monday that he will…" is far more common, so
// the future cues above are not applied to weekdays. Only explicit words
// ("next", "coming", "tomorrow", "this weekend" on a weekday) point forward
// there. A date later in ref's year without any cue ("the court date is
// July 16") resolves to the year before. The tense of the sentence is not
// read. Expressions are found one sentence at a time, so "the next day"
// and "that week", which depend on the story, are not resolved.
//
// # Speed
//
// Most sentences contain no time word. Find first runs a pre-check over the
// bytes that dismisses most words by a table read on their first two
// letters and length and consults the lexicon only for the rest, so such
// sentences cost well under a microsecond and no allocation. Only sentences
// with a candidate are tokenised (into a stack buffer) and matched.
package timex

import (
	"math"
	"time"
)

// Precision says how much of Date is meant.
type Precision string

// Precisions, from finest to coarsest.
const (
	Day   Precision = "day"
	Week  Precision = "week"  // Date is the Monday of the week
	Month Precision = "month" // Date is the first day of the month
	Year  Precision = "year"  // Date is the first of January
)

// Expr is one time expression found in a sentence.
type Expr struct {
	Start, End int       // byte offsets of the expression in the sentence
	Text       string    // the expression as written: sentence[Start:End]
	Date       time.Time // midnight (in ref's location) of the day, or the first day of the period
	Precision  Precision
}

// Find returns the time expressions of sentence, in order of appearance,
// resolved against ref, the publication date (its time of day is ignored).
// Expressions do not overlap. A zero ref returns nil: nothing relative can be
// resolved without it. So does a "sentence" of more than 2 GiB, which is not
// one (token offsets are 32-bit).
func Find(sentence string, ref time.Time) []Expr {
	if ref.IsZero() || len(sentence) > math.MaxInt32 || !mayContain(sentence) {
		return nil
	}
	var buf [128]tok
	m := scanner{
		s:   sentence,
		t:   tokenize(sentence, buf[:0]),
		ref: date(ref.Date()),
	}
	for m.first < len(m.t) && m.t[m.first].kind == tPunct {
		m.first++
	}
	loc := ref.Location()
	var out []Expr
	floor := 0
	for i := 0; i < len(m.t); i++ {
		r, ok := m.matchAt(i, floor)
		if !ok {
			continue
		}
		start, end := int(m.t[r.lo].start), int(m.t[r.hi-1].end)
		y, mon, d := r.date.Date()
		out = append(out, Expr{
			Start: start, End: end, Text: sentence[start:end],
			Date: time.Date(y, mon, d, 0, 0, 0, 0, loc), Precision: r.prec,
		})
		floor = r.hi
		i = r.hi - 1
	}
	return out
}

// ---- calendar arithmetic ----
//
// Matching works on civil dates held as UTC midnights; Find moves the result
// into ref's location. Keeping ref's *time.Location out of the scanner also
// lets the compiler keep the token buffer on the stack.

// date returns the UTC midnight of a civil date (normalised like time.Date).
func date(y int, mon time.Month, d int) time.Time {
	return time.Date(y, mon, d, 0, 0, 0, 0, time.UTC)
}

// addDays moves a civil date by n days.
func addDays(t time.Time, n int) time.Time {
	y, mon, d := t.Date()
	return date(y, mon, d+n)
}

// daysIn returns the number of days of month mon in year y.
func daysIn(y int, mon time.Month) int {
	switch mon {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

func validDay(y int, mon time.Month, d int) bool {
	return mon >= time.January && mon <= time.December && d >= 1 && d <= daysIn(y, mon)
}

// monday returns the Monday of d's week.
func monday(d time.Time) time.Time {
	return addDays(d, -((int(d.Weekday()) + 6) % 7))
}

// modOffset turns last/this/next into -1/0/+1.
func modOffset(mod uint8) int {
	switch mod {
	case modLast:
		return -1
	case modNext:
		return 1
	}
	return 0
}

func unitPrec(unit uint8) Precision {
	switch unit {
	case unitDay:
		return Day
	case unitWeek:
		return Week
	case unitMonth:
		return Month
	}
	return Year
}

// ago resolves "n units ago".
func (m *scanner) ago(unit uint8, n int) time.Time {
	r := m.ref
	switch unit {
	case unitDay:
		return addDays(r, -n)
	case unitWeek:
		return monday(addDays(r, -7*n))
	case unitMonth:
		return date(r.Year(), r.Month()-time.Month(n), 1)
	}
	return date(r.Year()-n, 1, 1)
}

// resolveDay gives the date of day d of month mon, in year y when hasY, or
// else the latest such date on or before ref, unless the date lies later
// in ref's year and the expression starting at token lo may speak of the
// future (isFuture): then it is that later date. Impossible dates fail.
func (m *scanner) resolveDay(y int, hasY bool, mon time.Month, d int, lo int) (time.Time, bool) {
	if hasY {
		if !validDay(y, mon, d) {
			return time.Time{}, false
		}
		return date(y, mon, d), true
	}
	if d < 1 || d > daysIn(2000, mon) { // 2000 is a leap year: the most days any year has
		return time.Time{}, false
	}
	y = m.ref.Year()
	step := -1
	if rm := m.ref.Month(); mon > rm || (mon == rm && d > m.ref.Day()) {
		if m.isFuture(lo) {
			step = 1
		} else {
			y--
		}
	}
	for n := 0; !validDay(y, mon, d); n++ { // only 29 February: at most 8 steps (1896..1904)
		if n == 8 {
			return time.Time{}, false
		}
		y += step
	}
	return date(y, mon, d), true
}

// resolveMonth gives the first day of month mon: the latest on or before
// ref's month (or later in ref's year when isFuture(lo)), or as modified by
// last/this/next.
func (m *scanner) resolveMonth(mon time.Month, mod uint8, lo int) time.Time {
	y, rm := m.ref.Year(), m.ref.Month()
	switch mod {
	case modNone:
		if mon > rm && !m.isFuture(lo) {
			y--
		}
	case modLast:
		if mon >= rm {
			y--
		}
	case modNext:
		if mon <= rm {
			y++
		}
	}
	return date(y, mon, 1)
}

// resolveWeekday gives the day of weekday wd: the latest on or before ref
// (none, "this"), strictly before ("last") or strictly after ("next").
func (m *scanner) resolveWeekday(wd time.Weekday, mod uint8) time.Time {
	rw := m.ref.Weekday()
	if mod == modNext {
		d := (int(wd) - int(rw) + 7) % 7
		if d == 0 {
			d = 7
		}
		return addDays(m.ref, d)
	}
	d := (int(rw) - int(wd) + 7) % 7
	if d == 0 && mod == modLast {
		d = 7
	}
	return addDays(m.ref, -d)
}
