package timex

// kind is the role a word can play in a time expression.
type kind uint8

const (
	kNone    kind = iota
	kMonth        // val = 1..12
	kWeekday      // val = time.Weekday (Sunday = 0)
	kDayWord      // today, yesterday, tomorrow, tonight; val = offset in days + 1
	kPart         // morning, afternoon, evening, night
	kUnit         // day, week, month, year (val = unit*), fPlural for the plural
	kWeekend      // weekend
	kAgo          // ago
	kCount        // one..fifty; val = the number
	kMod          // last, this, next (val = mod*)
	kEarlier      // earlier, later
	kEdge         // early, late, mid
	kPrep         // on, in, at, over, during: kept in the expression's text
	kLicense      // since, until, by, from, of…: allow a bare month, not part of the text
	kConj         // and, or, to: continue a list of months ("in April and May")
	kDet          // the, a, an, every, each, that: block recurring or narrative readings
	kPress        // Times, Post, Mail…: "Sunday Times" is a newspaper, not a date
	kFuture       // will, scheduled, upcoming…: the sentence may speak of the future
	kOther        // a known word with no role of its own (only flags matter)
)

// Flags on a lexicon entry.
const (
	fTrigger uint8 = 1 << iota // the word can anchor an expression: worth a full scan
	fAbbr                      // abbreviated month name (Jan, Sept)
	fPlural                    // plural unit (days, weeks)
	fFunc                      // function word that may follow a year ("in 2019 when")
	fTonight                   // "tonight" already names a part of the day
	fLoose                     // "past", "coming": modify weekdays and months, not units
)

// Units.
const (
	unitDay uint8 = iota + 1
	unitWeek
	unitMonth
	unitYear
)

// Parts of the day.
const (
	partMorning uint8 = iota + 1
	partAfternoon
	partEvening
	partNight
)

// Modifiers.
const (
	modNone uint8 = iota
	modLast
	modThis
	modNext
)

// Prepositions kept in the text, and licence words that are looked up by value.
const (
	prepOn uint8 = iota + 1
	prepIn
	prepAt
	prepOver
	prepDuring

	licSince
	licUntil
	licBy
	licFrom
	licBefore
	licAfter
	licThrough
	licOf
	licAround
	licBetween

	detThe
	detA
	detEvery
	detThat
)

// lex is the lexicon entry of one word.
type lex struct {
	kind  kind
	val   uint8
	flags uint8
}

func (l lex) trigger() bool { return l.flags&fTrigger != 0 }

// maxLexLen is the length of the longest word in the lexicon.
const maxLexLen = 11

// lexicon holds every word with a role in time expressions, in lower case.
// It is built once and only read.
var lexicon = map[string]lex{
	// Month names; abbreviations need a dot or a day after them.
	"january":   {kMonth, 1, fTrigger},
	"february":  {kMonth, 2, fTrigger},
	"march":     {kMonth, 3, fTrigger},
	"april":     {kMonth, 4, fTrigger},
	"may":       {kMonth, 5, fTrigger},
	"june":      {kMonth, 6, fTrigger},
	"july":      {kMonth, 7, fTrigger},
	"august":    {kMonth, 8, fTrigger},
	"september": {kMonth, 9, fTrigger},
	"october":   {kMonth, 10, fTrigger},
	"november":  {kMonth, 11, fTrigger},
	"december":  {kMonth, 12, fTrigger},
	"jan":       {kMonth, 1, fTrigger | fAbbr},
	"feb":       {kMonth, 2, fTrigger | fAbbr},
	"mar":       {kMonth, 3, fTrigger | fAbbr},
	"apr":       {kMonth, 4, fTrigger | fAbbr},
	"jun":       {kMonth, 6, fTrigger | fAbbr},
	"jul":       {kMonth, 7, fTrigger | fAbbr},
	"aug":       {kMonth, 8, fTrigger | fAbbr},
	"sep":       {kMonth, 9, fTrigger | fAbbr},
	"sept":      {kMonth, 9, fTrigger | fAbbr},
	"oct":       {kMonth, 10, fTrigger | fAbbr},
	"nov":       {kMonth, 11, fTrigger | fAbbr},
	"dec":       {kMonth, 12, fTrigger | fAbbr},

	// Weekdays; val is the time.Weekday.
	"sunday":    {kWeekday, 0, fTrigger},
	"monday":    {kWeekday, 1, fTrigger},
	"tuesday":   {kWeekday, 2, fTrigger},
	"wednesday": {kWeekday, 3, fTrigger},
	"thursday":  {kWeekday, 4, fTrigger},
	"friday":    {kWeekday, 5, fTrigger},
	"saturday":  {kWeekday, 6, fTrigger},

	// Day words; val is the offset from ref plus one.
	"today":     {kDayWord, 1, fTrigger},
	"tonight":   {kDayWord, 1, fTrigger | fTonight},
	"yesterday": {kDayWord, 0, fTrigger},
	"tomorrow":  {kDayWord, 2, fTrigger},

	// Parts of the day.
	"morning":   {kPart, partMorning, fTrigger},
	"afternoon": {kPart, partAfternoon, fTrigger},
	"evening":   {kPart, partEvening, fTrigger},
	"night":     {kPart, partNight, fTrigger},

	// Units, and the words around them.
	"day":     {kUnit, unitDay, fTrigger},
	"days":    {kUnit, unitDay, fTrigger | fPlural},
	"week":    {kUnit, unitWeek, fTrigger},
	"weeks":   {kUnit, unitWeek, fTrigger | fPlural},
	"month":   {kUnit, unitMonth, fTrigger},
	"months":  {kUnit, unitMonth, fTrigger | fPlural},
	"year":    {kUnit, unitYear, fTrigger},
	"years":   {kUnit, unitYear, fTrigger | fPlural},
	"weekend": {kWeekend, 0, fTrigger},
	"ago":     {kAgo, 0, 0},

	// Counts for "two days ago".
	"one":       {kCount, 1, 0},
	"two":       {kCount, 2, 0},
	"three":     {kCount, 3, 0},
	"four":      {kCount, 4, 0},
	"five":      {kCount, 5, 0},
	"six":       {kCount, 6, 0},
	"seven":     {kCount, 7, 0},
	"eight":     {kCount, 8, 0},
	"nine":      {kCount, 9, 0},
	"ten":       {kCount, 10, 0},
	"eleven":    {kCount, 11, 0},
	"twelve":    {kCount, 12, 0},
	"thirteen":  {kCount, 13, 0},
	"fourteen":  {kCount, 14, 0},
	"fifteen":   {kCount, 15, 0},
	"sixteen":   {kCount, 16, 0},
	"seventeen": {kCount, 17, 0},
	"eighteen":  {kCount, 18, 0},
	"nineteen":  {kCount, 19, 0},
	"twenty":    {kCount, 20, 0},
	"thirty":    {kCount, 30, 0},
	"forty":     {kCount, 40, 0},
	"fifty":     {kCount, 50, 0},

	// Modifiers.
	"last":    {kMod, modLast, 0},
	"this":    {kMod, modThis, fFunc},
	"next":    {kMod, modNext, 0},
	"past":    {kMod, modLast, fLoose},
	"coming":  {kMod, modNext, fLoose},
	"earlier": {kEarlier, 0, 0},
	"later":   {kEarlier, 0, 0},
	"early":   {kEdge, 0, 0},
	"late":    {kEdge, 0, 0},
	"mid":     {kEdge, 0, 0},

	// Prepositions kept in the text of the expression.
	"on":     {kPrep, prepOn, fFunc},
	"in":     {kPrep, prepIn, fFunc},
	"at":     {kPrep, prepAt, fFunc},
	"over":   {kPrep, prepOver, fFunc},
	"during": {kPrep, prepDuring, fFunc},

	// Licence words: they allow a bare month ("since March") but are not kept.
	"since":      {kLicense, licSince, fFunc},
	"until":      {kLicense, licUntil, fFunc},
	"till":       {kLicense, licUntil, fFunc},
	"by":         {kLicense, licBy, fFunc},
	"from":       {kLicense, licFrom, fFunc},
	"before":     {kLicense, licBefore, fFunc},
	"after":      {kLicense, licAfter, fFunc},
	"through":    {kLicense, licThrough, fFunc},
	"throughout": {kLicense, licThrough, fFunc},
	"of":         {kLicense, licOf, fFunc},
	"around":     {kLicense, licAround, fFunc},
	"between":    {kLicense, licBetween, fFunc},

	// Continue a list of months: "in April and May".
	"and": {kConj, 0, fFunc},
	"or":  {kConj, 0, fFunc},
	"to":  {kConj, 0, fFunc},

	// Determiners: "the Sunday Times", "every Friday", "the last week".
	"the":   {kDet, detThe, fFunc},
	"a":     {kDet, detA, fFunc},
	"an":    {kDet, detA, fFunc},
	"every": {kDet, detEvery, 0},
	"each":  {kDet, detEvery, 0},
	"that":  {kDet, detThat, fFunc},

	// Newspaper names: "Sunday Times", "Sunday Telegraph".
	"times":       {kPress, 0, 0},
	"telegraph":   {kPress, 0, 0},
	"express":     {kPress, 0, 0},
	"mirror":      {kPress, 0, 0},
	"post":        {kPress, 0, 0},
	"herald":      {kPress, 0, 0},
	"mail":        {kPress, 0, 0},
	"star":        {kPress, 0, 0},
	"tribune":     {kPress, 0, 0},
	"independent": {kPress, 0, 0},
	"observer":    {kPress, 0, 0},
	"sport":       {kPress, 0, 0},
	"sun":         {kPress, 0, 0},

	// Future cues: a date after ref without a year is then this year's, not
	// last year's ("the primary is scheduled for 29 February").
	"will":        {kFuture, 0, 0},
	"shall":       {kFuture, 0, 0},
	"ll":          {kFuture, 0, 0},
	"scheduled":   {kFuture, 0, 0},
	"upcoming":    {kFuture, 0, 0},
	"slated":      {kFuture, 0, 0},
	"forthcoming": {kFuture, 0, 0},
	"planned":     {kFuture, 0, 0},
	"planning":    {kFuture, 0, 0},
	"plans":       {kFuture, 0, 0},
	"expected":    {kFuture, 0, 0},
	"due":         {kFuture, 0, 0},
	"deadline":    {kFuture, 0, 0},

	// Function words that may follow a year: "in 2019 when…", "in 2019 he…".
	"but":       {kOther, 0, fFunc},
	"when":      {kOther, 0, fFunc},
	"as":        {kOther, 0, fFunc},
	"with":      {kOther, 0, fFunc},
	"which":     {kOther, 0, fFunc},
	"while":     {kOther, 0, fFunc},
	"for":       {kOther, 0, fFunc},
	"against":   {kOther, 0, fFunc},
	"amid":      {kOther, 0, fFunc},
	"following": {kOther, 0, fFunc},
	"is":        {kOther, 0, fFunc},
	"was":       {kOther, 0, fFunc},
	"were":      {kOther, 0, fFunc},
	"where":     {kOther, 0, fFunc},
	"under":     {kOther, 0, fFunc},
	"he":        {kOther, 0, fFunc},
	"she":       {kOther, 0, fFunc},
	"they":      {kOther, 0, fFunc},
	"it":        {kOther, 0, fFunc},
	"we":        {kOther, 0, fFunc},
	"i":         {kOther, 0, fFunc},
	"his":       {kOther, 0, fFunc},
	"her":       {kOther, 0, fFunc},
	"their":     {kOther, 0, fFunc},
	"its":       {kOther, 0, fFunc},
	"there":     {kOther, 0, fFunc},
	"about":     {kOther, 0, fFunc},
	"alone":     {kOther, 0, fFunc},
	"only":      {kOther, 0, fFunc},
	"because":   {kOther, 0, fFunc},
	"despite":   {kOther, 0, fFunc},
	"so":        {kOther, 0, fFunc},
	"then":      {kOther, 0, fFunc},
	"compared":  {kOther, 0, fFunc},
	"had":       {kOther, 0, fFunc},
	"has":       {kOther, 0, fFunc},
	"have":      {kOther, 0, fFunc},
	"did":       {kOther, 0, fFunc},
	"said":      {kOther, 0, fFunc},
	"says":      {kOther, 0, fFunc},
	"not":       {kOther, 0, fFunc},
	"also":      {kOther, 0, fFunc},
	"than":      {kOther, 0, fFunc},
	"if":        {kOther, 0, fFunc},
	"who":       {kOther, 0, fFunc},
	"even":      {kOther, 0, fFunc},
	"already":   {kOther, 0, fFunc},
	"saw":       {kOther, 0, fFunc},
	"see":       {kOther, 0, fFunc},
	"again":     {kOther, 0, fFunc},
	"itself":    {kOther, 0, fFunc},
	"too":       {kOther, 0, fFunc},
}

// lookup returns the lexicon entry of an ASCII word, case-insensitively.
// Words that are not in the lexicon give the zero lex.
func lookup(w string) lex {
	n := len(w)
	if n < 1 || n > maxLexLen {
		return lex{}
	}
	var b [maxLexLen]byte
	for i := 0; i < n; i++ {
		b[i] = w[i] | 0x20 // callers pass ASCII letters only
	}
	return lexicon[string(b[:n])] // indexing with string(bytes) does not allocate
}

// A word's first two letters and its length select a bit in a mask. trigMask
// has the bit set for trigger words and lexMask for every lexicon word, so
// most words of a sentence are dismissed with one table read and no lookup.
// Both are computed once from lexicon and never written again.
var trigMask, lexMask = func() (trig, all [26 * 26]uint16) {
	for w, l := range lexicon {
		if len(w) == 1 {
			continue // "a", "i": looked up without the mask
		}
		k := maskKey(w[0], w[1])
		all[k] |= 1 << len(w)
		if l.trigger() {
			trig[k] |= 1 << len(w)
		}
	}
	return
}()

// maskKey indexes the masks by the first two letters of a word, in either case.
func maskKey(a, b byte) int { return int((a|0x20)-'a')*26 + int((b|0x20)-'a') }

// inMask reports whether the ASCII word w may be in the set of mask.
func inMask(mask *[26 * 26]uint16, w string) bool {
	return len(w) >= 2 && len(w) <= maxLexLen && mask[maskKey(w[0], w[1])]&(1<<len(w)) != 0
}
