package timex

import "time"

// scanner holds one sentence's tokens while its expressions are matched.
type scanner struct {
	s      string
	t      []tok
	ref    time.Time // the reference day, as a UTC midnight
	first  int       // index of the first word or number: the sentence start
	future int8      // 0 not yet known, 1 the sentence has a future cue, -1 it has none
}

// match is an expression over the tokens t[lo:hi].
type match struct {
	lo, hi  int
	date    time.Time
	prec    Precision
	hasYear bool // the year was written
}

// ---- token predicates; all are false out of range ----

func (m *scanner) in(i int) bool { return i >= 0 && i < len(m.t) }

// lx returns the lexicon entry of word i (zero for anything else).
func (m *scanner) lx(i int) lex {
	if !m.in(i) || m.t[i].kind != tWord {
		return lex{}
	}
	return m.t[i].lx
}

func (m *scanner) kind(i int) kind { return m.lx(i).kind }

// is reports whether word i has kind k and value v.
func (m *scanner) is(i int, k kind, v uint8) bool {
	l := m.lx(i)
	return l.kind == k && l.val == v
}

// punct reports whether token i is the punctuation mark r.
func (m *scanner) punct(i int, r rune) bool {
	return m.in(i) && m.t[i].kind == tPunct && m.t[i].num == r
}

// lowerWord reports whether token i is a word starting in lower case.
func (m *scanner) lowerWord(i int) bool {
	return m.in(i) && m.t[i].kind == tWord && !m.t[i].upper
}

// unknownCap reports whether token i is a capitalised word that is not in
// the lexicon: most likely part of a name ("Good Friday", "Theresa May").
func (m *scanner) unknownCap(i int) bool {
	return m.in(i) && m.t[i].kind == tWord && m.t[i].upper && m.t[i].lx.kind == kNone
}

// gluedAlnum reports whether token i touches a word or number before it
// ("7June", "x2019").
func (m *scanner) gluedAlnum(i int) bool {
	return m.t[i].glued && i > 0 && (m.t[i-1].kind == tWord || m.t[i-1].kind == tNum)
}

// possessive reports whether tokens i, i+1 are 's (with either apostrophe).
func (m *scanner) possessive(i int) bool {
	return (m.punct(i, '\'') || m.punct(i, '’')) && m.t[i].glued &&
		m.in(i+1) && m.t[i+1].glued && m.t[i+1].kind == tWord && m.t[i+1].end-m.t[i+1].start == 1 && m.s[m.t[i+1].start]|0x20 == 's'
}

// wordIs reports whether token i is the word w, ignoring ASCII case. Used
// only on rare paths, for words the lexicon has no role for.
func (m *scanner) wordIs(i int, w string) bool {
	if !m.in(i) || m.t[i].kind != tWord {
		return false
	}
	x := m.s[m.t[i].start:m.t[i].end]
	if len(x) != len(w) {
		return false
	}
	for j := 0; j < len(x); j++ {
		if x[j]|0x20 != w[j] {
			return false
		}
	}
	return true
}

// dayNum reports whether token i is a number that can be a day of a month.
func (m *scanner) dayNum(i int) bool {
	if !m.in(i) {
		return false
	}
	t := &m.t[i]
	return t.kind == tNum && t.nd <= 2 && t.num >= 1 && t.num <= 31
}

// numEndsClean reports whether number i is not continued by what follows it
// without a space: "7,000", "7.5", "7:30", "7%", "7am", "2019-20", "1990s".
// A range dash after a day ("June 7-9") is allowed when dashOK.
func (m *scanner) numEndsClean(i int, dashOK bool) bool {
	n := i + 1
	if !m.in(n) || !m.t[n].glued {
		return true
	}
	switch m.t[n].kind {
	case tWord, tNum:
		return false
	case tPunct:
		switch rune(m.t[n].num) {
		case '%', '°':
			return false
		case ':', '/': // "7:30", "7/6"; but "April 27: the…" is a date
			return !(m.in(n+1) && m.t[n+1].glued && m.t[n+1].kind == tNum)
		case '-', '–', '—':
			return dashOK
		case ',', '.':
			return !(m.in(n+1) && m.t[n+1].glued && m.t[n+1].kind == tNum)
		}
	}
	return true
}

// yearAt reports whether token i is a free-standing four-digit year.
func (m *scanner) yearAt(i int) (int, bool) {
	if !m.in(i) {
		return 0, false
	}
	t := &m.t[i]
	if t.kind != tNum || t.nd != 4 || t.ord || t.glued || t.num < 1000 {
		return 0, false
	}
	if !m.numEndsClean(i, false) {
		return 0, false
	}
	return int(t.num), true
}

// isFuture reports whether a date or month without a year, starting at
// token lo, may lie after ref: it follows "until", "till" or "through", or the sentence
// has a future cue (will, scheduled, upcoming…). Computed once per sentence.
func (m *scanner) isFuture(lo int) bool {
	if m.is(lo-1, kLicense, licUntil) || m.is(lo-1, kLicense, licThrough) {
		return true
	}
	if m.future == 0 {
		m.future = -1
		for i := range m.t {
			if m.t[i].kind == tWord && m.t[i].lx.kind == kFuture {
				m.future = 1
				break
			}
		}
	}
	return m.future > 0
}

// yearForWeekday moves a date written without a year to the year before or
// after when that makes it fall on weekday wd; of two such years the one
// nearer to ref wins. Without one the date stays as it is.
func (m *scanner) yearForWeekday(d time.Time, wd time.Weekday) time.Time {
	y, mon, day := d.Date()
	best, bestDist := d, time.Duration(-1)
	for _, cy := range [...]int{y - 1, y + 1} {
		if !validDay(cy, mon, day) {
			continue
		}
		c := date(cy, mon, day)
		if c.Weekday() != wd {
			continue
		}
		dist := c.Sub(m.ref)
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best
}

// extendOn takes in an "on" just before lo ("on 7 June", "On Thursday").
func (m *scanner) extendOn(lo, floor int) int {
	if lo-1 >= floor && m.is(lo-1, kPrep, prepOn) {
		return lo - 1
	}
	return lo
}

// matchAt tries to match an expression anchored at token i whose left edge
// is not before floor (the end of the previous expression).
func (m *scanner) matchAt(i, floor int) (match, bool) {
	t := &m.t[i]
	switch t.kind {
	case tNum:
		if t.nd == 4 {
			return m.number(i, floor)
		}
	case tWord:
		switch t.lx.kind {
		case kMonth:
			return m.month(i, floor)
		case kWeekday:
			return m.weekday(i, floor)
		case kDayWord:
			return m.dayWord(i, floor)
		case kPart:
			return m.part(i, floor)
		case kUnit:
			return m.unit(i, floor)
		case kWeekend:
			return m.weekend(i, floor)
		}
	}
	return match{}, false
}

// month matches expressions anchored on a month name:
// "7 June", "7th of June", "June 7", "June 7, 2020", "7 June 2020",
// "Jan. 7", "June 2019", "in June", "in early June", "last June", "June".
func (m *scanner) month(i, floor int) (match, bool) {
	t := &m.t[i]
	if !t.upper || m.gluedAlnum(i) {
		return match{}, false
	}
	mon := time.Month(t.lx.val)
	abbr := t.lx.flags&fAbbr != 0
	j := i + 1
	dotted := false
	if abbr && m.punct(j, '.') && m.t[j].glued {
		j++
		dotted = true
	}

	// Day before the month: "7 June", "7th of June".
	if lo, ok := m.dayBefore(i, floor); ok {
		hi := j
		y, yhi, hasY := m.yearAfter(j)
		if hasY {
			hi = yhi
		}
		dn := int(m.t[lo].num)
		lo = m.extendOn(lo, floor)
		date, ok := m.resolveDay(y, hasY, mon, dn, lo)
		if !ok {
			return match{}, false
		}
		return match{lo, hi, date, Day, hasY}, true
	}

	// Day after the month: "June 7", "Jan. 7", "June 7, 2020". Not after
	// "in": "In June 12 people died" counts people.
	if m.dayNum(j) && !m.t[j].glued && m.numEndsClean(j, true) &&
		!m.is(i-1, kPrep, prepIn) && !m.is(i-1, kPrep, prepDuring) {
		hi := j + 1
		y, yhi, hasY := m.yearAfter(hi)
		if hasY {
			hi = yhi
		}
		lo := m.extendOn(i, floor)
		date, ok := m.resolveDay(y, hasY, mon, int(m.t[j].num), lo)
		if !ok {
			return match{}, false
		}
		return match{lo, hi, date, Day, hasY}, true
	}
	if abbr && !dotted {
		return match{}, false // "Jan" alone is a name
	}

	lo, mod, licensed := m.monthLeft(i, floor, mon)

	// Month and year: "June 2019", "in June 2019".
	if y, ok := m.yearAt(j); ok {
		if lo == i && m.unknownCap(i-1) {
			return match{}, false // "Theresa May 2019"
		}
		return match{lo, j + 1, date(y, mon, 1), Month, true}, true
	}

	if mon == time.May && m.possessive(j) {
		return match{}, false // "May's government"
	}
	if !licensed {
		// A bare month name. May, March and August are also a verb, a noun
		// and an adjective, and any month may be part of a name: accept only
		// the unambiguous ones, outside names.
		if abbr || mon == time.May || mon == time.March || mon == time.August {
			return match{}, false
		}
		if m.unknownCap(i-1) || m.kind(i-1) == kDet || m.unknownCap(j) || (m.in(j) && m.t[j].upper && m.kind(j) == kPress) {
			return match{}, false
		}
	}
	if y, hi, ok := m.relYear(j); ok && mod == modNone {
		return match{lo, hi, date(y, mon, 1), Month, true}, true // "in August last year"
	}
	return match{lo, j, m.resolveMonth(mon, mod, lo), Month, false}, true
}

// dayBefore finds the day number of "7 June" or "7th of June" before the
// month at i, and returns the index of the number.
func (m *scanner) dayBefore(i, floor int) (int, bool) {
	lo := i - 1
	if m.is(lo, kLicense, licOf) {
		lo--
		if !m.dayNum(lo) || !m.t[lo].ord {
			return 0, false
		}
	} else if !m.dayNum(lo) || m.t[i].glued {
		return 0, false
	}
	if lo < floor {
		return 0, false
	}
	// The number must stand alone: not the end of "1,7" or "3.7" or
	// "450 7", but a range "5-7 June" or a bracket "(7 June" is fine.
	if p := lo - 1; p >= 0 {
		switch m.t[p].kind {
		case tNum:
			return 0, false
		case tWord:
			if m.t[lo].glued {
				return 0, false
			}
		case tPunct:
			if m.t[lo].glued {
				switch rune(m.t[p].num) {
				case '-', '–', '—', '(', '[', '"', '“', '\'', '‘':
				default:
					return 0, false
				}
			}
		}
	}
	return lo, true
}

// yearAfter finds a year after a day-month: "7 June 2020", "June 7, 2020".
// It returns the year and the token index just after it.
func (m *scanner) yearAfter(j int) (int, int, bool) {
	if m.punct(j, ',') {
		j++
	}
	if y, ok := m.yearAt(j); ok {
		return y, j + 1, true
	}
	if m.punct(j, ',') {
		return 0, 0, false
	}
	return m.relYear(j)
}

// relYear reads "[of] last|this|next year" at token j, as in "March 20 last
// year" or "in January of this year", and returns the year and the index
// just after it.
func (m *scanner) relYear(j int) (int, int, bool) {
	if m.is(j, kLicense, licOf) {
		j++
	}
	if m.kind(j) != kMod || m.lx(j).flags&fLoose != 0 || !m.is(j+1, kUnit, unitYear) ||
		!m.lowerWord(j+1) || m.lx(j+1).flags&fPlural != 0 {
		return 0, 0, false
	}
	return m.ref.Year() + modOffset(m.lx(j).val), j + 2, true
}

// monthLeft reads what licenses a month name without a day or year and how
// far the expression extends to the left:
//
//	[in|during] [last|this|next] [early|late|mid-] June
//	since|until|through|of|by|… June     (the licence word is not kept)
//	April and|or|to June
func (m *scanner) monthLeft(i, floor int, mon time.Month) (lo int, mod uint8, licensed bool) {
	lo = i
	k := i - 1
	may := mon == time.May
	if k >= floor && m.kind(k) == kEdge {
		lo, k, licensed = k, k-1, true
	} else if k-1 >= floor && m.t[i].glued && m.punct(k, '-') && m.t[k].glued && m.wordIs(k-1, "mid") {
		lo, k, licensed = k-1, k-2, true
	}
	if k >= floor && m.kind(k) == kMod {
		mod = m.lx(k).val
		lo, k, licensed = k, k-1, true
		if m.lx(lo).flags&fLoose != 0 && k >= floor && m.is(k, kMod, modThis) {
			lo, k = k, k-1 // "this past April"
		}
	}
	switch l := m.lx(k); l.kind {
	case kPrep:
		if (l.val == prepIn || l.val == prepDuring) && k >= floor {
			// "confidence in May" is about Theresa May.
			if may && (m.wordIs(k-1, "confidence") || m.wordIs(k-1, "faith") || m.wordIs(k-1, "trust")) {
				return i, modNone, false
			}
			lo, licensed = k, true
		}
	case kLicense:
		if !may {
			licensed = true
			break
		}
		switch l.val {
		case licSince, licUntil, licThrough:
			licensed = true
		case licOf:
			licensed = m.wordIs(k-1, "end") || m.wordIs(k-1, "beginning") ||
				m.wordIs(k-1, "start") || m.wordIs(k-1, "middle")
		}
	case kConj:
		if m.kind(k-1) == kMonth && m.t[k-1].upper {
			licensed = true
		}
	}
	return lo, mod, licensed
}

// weekday matches "on Thursday", "last Friday", "next Monday",
// "Monday night", "Thursday last week", "Friday, January 4, 2019".
func (m *scanner) weekday(i, floor int) (match, bool) {
	t := &m.t[i]
	if !t.upper || m.gluedAlnum(i) {
		return match{}, false
	}
	wd := time.Weekday(t.lx.val)
	lo, k := i, i-1
	mod := modNone
	licensed := false
	if k >= floor && m.kind(k) == kMod {
		mod = m.lx(k).val
		lo, k, licensed = k, k-1, true
		if m.lx(lo).flags&fLoose != 0 && k >= floor && m.is(k, kMod, modThis) {
			lo, k = k, k-1 // "this past Saturday", "this coming Monday"
		}
		if m.kind(k) == kDet {
			return match{}, false // "the last Friday of the month"
		}
	}
	if k >= floor && m.kind(k) == kEdge && !m.wordIs(k, "mid") {
		lo, k, licensed = k, k-1, true
	}
	if k >= floor && m.is(k, kPrep, prepOn) {
		lo, k, licensed = k, k-1, true
		if k >= floor && m.kind(k) == kEdge && !m.wordIs(k, "mid") {
			lo, k = k, k-1 // "late on Friday"
		}
	}
	if lo == i {
		switch {
		case m.kind(k) == kDet:
			return match{}, false // "every Friday", "the Sunday Times", "that Monday"
		case m.unknownCap(k):
			return match{}, false // "Good Friday", "Super Tuesday"
		case m.kind(k) == kLicense:
			licensed = true // "since Monday", "by Friday"
		}
	}

	j := i + 1
	// "Friday, 7 June 2019": the date decides.
	d := j
	if m.punct(d, ',') {
		d++
	}
	if r, ok := m.dateAt(d); ok {
		if !r.hasYear && r.date.Weekday() != wd {
			// "on Tuesday, January 21" said on 15 January 2020 is the
			// coming one: the weekday picks the year.
			r.date = m.yearForWeekday(r.date, wd)
		}
		return match{lo, r.hi, r.date, Day, r.hasYear}, true
	}

	hi := j
	if m.kind(j) == kPart {
		if m.t[j].upper {
			return match{}, false // "Saturday Night Live"
		}
		hi, j = j+1, j+1
	}
	// "Thursday last week", "Thursday of last week".
	q := j
	if m.is(q, kLicense, licOf) {
		q++
	}
	if m.kind(q) == kMod && m.lx(q).flags&fLoose == 0 && m.is(q+1, kUnit, unitWeek) && m.lowerWord(q+1) && m.lx(q+1).flags&fPlural == 0 {
		mon := addDays(monday(m.ref), 7*modOffset(m.lx(q).val)+(int(wd)+6)%7)
		return match{lo, q + 2, mon, Day, false}, true
	}
	if m.in(j) && m.t[j].kind == tWord && m.t[j].upper {
		if m.t[j].lx.kind == kPress || (!licensed && m.t[j].lx.kind == kNone) {
			return match{}, false // "Sunday Times", "Trump Monday"
		}
	}
	return match{lo, hi, m.resolveWeekday(wd, mod), Day, false}, true
}

// dateAt matches a day-precision date starting exactly at token d:
// "7 June", "7th of June", "June 7", with an optional year.
func (m *scanner) dateAt(d int) (match, bool) {
	mi := -1
	switch {
	case m.kind(d) == kMonth:
		mi = d
	case m.dayNum(d) && m.kind(d+1) == kMonth:
		mi = d + 1
	case m.dayNum(d) && m.is(d+1, kLicense, licOf) && m.kind(d+2) == kMonth:
		mi = d + 2
	default:
		return match{}, false
	}
	r, ok := m.month(mi, d)
	if !ok || r.lo != d || r.prec != Day {
		return match{}, false
	}
	return r, true
}

// dayWord matches "today", "yesterday", "tomorrow", "tonight",
// "earlier today", "yesterday morning".
func (m *scanner) dayWord(i, floor int) (match, bool) {
	t := &m.t[i]
	if t.upper && i != m.first {
		return match{}, false // "USA Today", "The Tonight Show"
	}
	lo := i
	if k := i - 1; k >= floor && (m.kind(k) == kEarlier || (m.kind(k) == kEdge && !m.wordIs(k, "mid"))) {
		lo = k
	}
	hi := i + 1
	if t.lx.flags&fTonight == 0 && m.kind(hi) == kPart && m.lowerWord(hi) {
		hi++
	}
	return match{lo, hi, addDays(m.ref, int(t.lx.val)-1), Day, false}, true
}

// part matches "last night", "this morning", "late last night".
func (m *scanner) part(i, floor int) (match, bool) {
	if !m.lowerWord(i) {
		return match{}, false // "This Morning" is a television show
	}
	k := i - 1
	if k < floor || m.kind(k) != kMod {
		return match{}, false
	}
	p := m.lx(i).val
	if m.lx(k).flags&fLoose != 0 {
		return match{}, false
	}
	var off int
	switch mod := m.lx(k).val; {
	case mod == modThis:
		off = 0
	case mod == modLast && (p == partNight || p == partEvening):
		off = -1
	default:
		return match{}, false
	}
	if m.kind(k-1) == kDet || m.is(i+1, kLicense, licOf) {
		return match{}, false // "the last night of the tour"
	}
	lo := k
	if k-1 >= floor && m.kind(k-1) == kEdge && !m.wordIs(k-1, "mid") {
		lo = k - 1
	}
	return match{lo, i + 1, addDays(m.ref, off), Day, false}, true
}

// unit matches "last week", "this month", "earlier this year", "next year",
// "two days ago", "three weeks ago", "a month ago".
func (m *scanner) unit(i, floor int) (match, bool) {
	if !m.lowerWord(i) {
		return match{}, false // "Last Week Tonight"
	}
	l := m.lx(i)
	if m.kind(i+1) == kAgo {
		k := i - 1
		if k < floor {
			return match{}, false
		}
		n := 0
		switch {
		case m.kind(k) == kCount:
			n = int(m.lx(k).val)
		case m.is(k, kDet, detA):
			n = 1
		case m.t[k].kind == tNum && m.t[k].nd <= 3 && !m.t[k].ord &&
			!(m.t[k].glued && k > 0 && m.t[k-1].kind == tPunct):
			n = int(m.t[k].num)
		}
		if n == 0 {
			return match{}, false // "a few days ago", "many years ago"
		}
		return match{k, i + 2, m.ago(l.val, n), unitPrec(l.val), false}, true
	}
	if l.flags&fPlural != 0 || l.val == unitDay {
		return match{}, false // "the next day" is relative to the story
	}
	k := i - 1
	if k < floor || m.kind(k) != kMod || m.lx(k).flags&fLoose != 0 {
		return match{}, false // "past week" is a span, not the calendar week
	}
	mod := m.lx(k).val
	if m.kind(k-1) == kDet {
		return match{}, false // "the last week", "over the last year"
	}
	if m.is(i+1, kLicense, licOf) || (m.punct(i+1, '-') && m.t[i+1].glued) {
		return match{}, false // "last week of June", "last year-end"
	}
	lo := k
	if mod == modThis && k-1 >= floor && m.kind(k-1) == kEarlier {
		lo = k - 1
	}
	off := modOffset(mod)
	var d time.Time
	switch l.val {
	case unitWeek:
		d = addDays(monday(m.ref), 7*off)
	case unitMonth:
		d = date(m.ref.Year(), m.ref.Month()+time.Month(off), 1)
	default:
		d = date(m.ref.Year()+off, 1, 1)
	}
	return match{lo, i + 1, d, unitPrec(l.val), false}, true
}

// weekend matches "over the weekend", "at the weekend", "last weekend".
// The date is the Saturday of that weekend.
func (m *scanner) weekend(i, floor int) (match, bool) {
	if !m.lowerWord(i) || m.is(i+1, kLicense, licOf) {
		return match{}, false
	}
	k := i - 1
	lo, mod := k, modNone
	switch {
	case k >= floor && m.kind(k) == kMod:
		mod = m.lx(k).val
		if m.lx(k).flags&fLoose != 0 && k-1 >= floor && m.is(k-1, kMod, modThis) {
			lo = k - 1 // "this past weekend"
		}
		if m.kind(lo-1) == kDet {
			return match{}, false // "the last weekend of June"
		}
	case k-1 >= floor && m.is(k, kDet, detThe) && m.kind(k-1) == kPrep && m.lx(k-1).val != prepIn:
		lo = k - 1 // over/at/on/during the weekend
	default:
		return match{}, false
	}
	wd := m.ref.Weekday()
	onWeekend := wd == time.Saturday || wd == time.Sunday
	sat := addDays(m.ref, -((int(wd) + 1) % 7)) // latest Saturday on or before ref
	switch mod {
	case modLast:
		if onWeekend {
			sat = addDays(sat, -7)
		}
	case modThis, modNext:
		if !onWeekend {
			sat = addDays(m.ref, 6-int(wd))
		} else if mod == modNext {
			sat = addDays(sat, 7)
		}
	}
	return match{lo, i + 1, sat, Day, false}, true
}

// number matches ISO dates "2020-06-07" and licensed years "in 2019",
// "since 2019", "in early 2019", "mid-2019".
func (m *scanner) number(i, floor int) (match, bool) {
	t := &m.t[i]
	if t.ord {
		return match{}, false
	}
	if r, ok := m.iso(i, floor); ok {
		return r, true
	}
	if t.num < 1800 || t.num > 2199 || !m.numEndsClean(i, false) {
		return match{}, false
	}
	lo, k := i, i-1
	licensed := false
	if t.glued {
		// Only "mid-2019".
		if !(m.punct(k, '-') && k-1 >= floor && m.t[k].glued && m.wordIs(k-1, "mid")) {
			return match{}, false
		}
		lo, k, licensed = k-1, k-2, true
	} else if k >= floor && m.kind(k) == kEdge {
		lo, k, licensed = k, k-1, true
	}
	switch l := m.lx(k); l.kind {
	case kPrep:
		if (l.val == prepIn || l.val == prepDuring) && k >= floor {
			lo, licensed = k, true
		}
	case kLicense:
		if l.val == licSince || l.val == licUntil || l.val == licThrough {
			licensed = true
		}
	}
	if !licensed {
		return match{}, false
	}
	// "in 2019 elections" may be a count ("in 2000 cases"): after the year
	// accept only punctuation, a capitalised word or a function word.
	if n := i + 1; m.in(n) {
		switch nt := &m.t[n]; nt.kind {
		case tNum:
			return match{}, false
		case tWord:
			if !nt.upper && nt.lx.flags&fFunc == 0 {
				return match{}, false
			}
		}
	}
	return match{lo, i + 1, date(int(t.num), 1, 1), Year, true}, true
}

// iso matches "2020-06-07".
func (m *scanner) iso(i, floor int) (match, bool) {
	if !(m.punct(i+1, '-') && m.in(i+4) && m.punct(i+3, '-')) {
		return match{}, false
	}
	mt, dt := &m.t[i+2], &m.t[i+4]
	if !m.t[i+1].glued || !m.t[i+3].glued || !mt.glued || !dt.glued ||
		mt.kind != tNum || dt.kind != tNum || mt.nd > 2 || dt.nd > 2 || dt.ord {
		return match{}, false
	}
	if m.t[i].glued && i > 0 {
		p := &m.t[i-1]
		if p.kind != tPunct || p.num == '-' || p.num == '/' || p.num == '.' || p.num == ':' {
			return match{}, false
		}
	}
	if !m.numEndsClean(i+4, false) {
		return match{}, false
	}
	y, mon, d := int(m.t[i].num), int(mt.num), int(dt.num)
	if mon < 1 || mon > 12 || !validDay(y, time.Month(mon), d) {
		return match{}, false
	}
	return match{m.extendOn(i, floor), i + 5, date(y, time.Month(mon), d), Day, true}, true
}
