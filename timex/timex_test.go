package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

// want is one expected expression: its text, date and precision.
type want struct {
	text string
	date string
	prec Precision
}

func (w want) String() string { return fmt.Sprintf("%q→%s/%s", w.text, w.date, w.prec) }

func got(es []Expr) []want {
	var out []want
	for _, e := range es {
		out = append(out, want{e.Text, e.Date.Format("2006-01-02"), e.Precision})
	}
	return out
}

const (
	fri  = "2020-06-26" // a Friday
	sat  = "2020-06-27"
	sun  = "2020-06-28"
	jan2 = "2020-01-02" // a Thursday, in the first week of the year
)

var findTests = []struct {
	ref      string
	sentence string
	want     []want
}{
	// Weekdays, ref a Friday.
	{fri, "Police said on Thursday that three people were killed.", []want{{"on Thursday", "2020-06-25", Day}}},
	{fri, "On Wednesday, the ministry announced new rules.", []want{{"On Wednesday", "2020-06-24", Day}}},
	{fri, "The vote took place on Friday.", []want{{"on Friday", "2020-06-26", Day}}},
	{fri, "The minister resigned Thursday after the scandal.", []want{{"Thursday", "2020-06-25", Day}}},
	{fri, "Saturday's rally drew thousands.", []want{{"Saturday", "2020-06-20", Day}}},
	{fri, "Troops left last Thursday.", []want{{"last Thursday", "2020-06-25", Day}}},
	{fri, "Troops left last Friday.", []want{{"last Friday", "2020-06-19", Day}}},
	{fri, "The court ruled this Tuesday.", []want{{"this Tuesday", "2020-06-23", Day}}},
	{fri, "Talks resume next Monday.", []want{{"next Monday", "2020-06-29", Day}}},
	{fri, "Talks resume next Friday.", []want{{"next Friday", "2020-07-03", Day}}},
	{fri, "Shelling continued on Monday night near the border.", []want{{"on Monday night", "2020-06-22", Day}}},
	{fri, "The strike began late on Sunday.", []want{{"late on Sunday", "2020-06-21", Day}}},
	{fri, "The deal was signed on Thursday last week.", []want{{"on Thursday last week", "2020-06-18", Day}}},
	{fri, "Since Monday, 40 people have been arrested.", []want{{"Monday", "2020-06-22", Day}}},
	{fri, "Rebels attacked on Monday and Tuesday.", []want{{"on Monday", "2020-06-22", Day}, {"Tuesday", "2020-06-23", Day}}},
	{fri, "On Monday President Smith met the envoy.", []want{{"On Monday", "2020-06-22", Day}}},

	// Day words.
	{fri, "The talks collapsed today.", []want{{"today", "2020-06-26", Day}}},
	{fri, "Yesterday, the army withdrew.", []want{{"Yesterday", "2020-06-25", Day}}},
	{fri, "He arrives tomorrow morning.", []want{{"tomorrow morning", "2020-06-27", Day}}},
	{fri, "A curfew starts tonight.", []want{{"tonight", "2020-06-26", Day}}},
	{fri, "Explosions were heard this morning.", []want{{"this morning", "2020-06-26", Day}}},
	{fri, "Two rockets hit the base late last night.", []want{{"late last night", "2020-06-25", Day}}},
	{fri, "The minister spoke earlier today.", []want{{"earlier today", "2020-06-26", Day}}},
	{fri, "Fighting resumed yesterday afternoon.", []want{{"yesterday afternoon", "2020-06-25", Day}}},

	// Absolute dates.
	{fri, "On 7 June the army entered the city.", []want{{"On 7 June", "2020-06-07", Day}}},
	{fri, "Protests began June 7 in the north.", []want{{"June 7", "2020-06-07", Day}}},
	{fri, "The treaty was signed on June 7, 2019.", []want{{"on June 7, 2019", "2019-06-07", Day}}},
	{fri, "The treaty was signed on 7 June 2019 in Paris.", []want{{"on 7 June 2019", "2019-06-07", Day}}},
	{fri, "The treaty was signed on 2019-06-07.", []want{{"on 2019-06-07", "2019-06-07", Day}}},
	{fri, "The rally on the 7th of June was peaceful.", []want{{"7th of June", "2020-06-07", Day}}},
	{fri, "The ceasefire began Jan. 7 and collapsed Sept. 12.", []want{{"Jan. 7", "2020-01-07", Day}, {"Sept. 12", "2019-09-12", Day}}},
	{fri, "The ceasefire was agreed on 7 July.", []want{{"on 7 July", "2019-07-07", Day}}},
	{fri, "Elections are due on 26 June.", []want{{"on 26 June", "2020-06-26", Day}}},
	{fri, "Elections were held on 27 June.", []want{{"on 27 June", "2019-06-27", Day}}},
	{fri, "Fighting raged from 5-7 June.", []want{{"7 June", "2020-06-07", Day}}},
	{fri, "Talks began on Monday and ended on 24 June.", []want{{"on Monday", "2020-06-22", Day}, {"on 24 June", "2020-06-24", Day}}},
	{"2019-01-04", "Friday, January 4, 2019", []want{{"Friday, January 4, 2019", "2019-01-04", Day}}},
	{fri, "On Friday, 19 June, the army withdrew.", []want{{"On Friday, 19 June", "2020-06-19", Day}}},
	{fri, "The mission ended on May 7.", []want{{"on May 7", "2020-05-07", Day}}},
	{fri, "It has been quiet since 3 March.", []want{{"3 March", "2020-03-03", Day}}},

	// A weekday with a date picks the year; future cues and "until" allow a
	// date later in ref's year.
	{"2019-05-03", "The relic was carried on Saturday, April 27: crowds followed.", []want{{"on Saturday, April 27", "2019-04-27", Day}}},
	{"2020-01-15", "The trial could start on Tuesday, January 21, officials said.", []want{{"on Tuesday, January 21", "2020-01-21", Day}}},
	{"2020-02-14", "The primary is scheduled for February 29.", []want{{"February 29", "2020-02-29", Day}}},
	{fri, "The vote will be held on 7 July.", []want{{"on 7 July", "2020-07-07", Day}}},
	{fri, "The upcoming summit in September was cancelled.", []want{{"in September", "2020-09-01", Month}}},
	{"2019-09-18", "He was released on bail till October.", []want{{"October", "2019-10-01", Month}}},
	{"2019-10-02", "The storm peaked this past Saturday.", []want{{"this past Saturday", "2019-09-28", Day}}},
	{"2020-04-08", "The lockdown lasts until this coming Saturday.", []want{{"this coming Saturday", "2020-04-11", Day}}},
	{"2020-08-31", "She was chosen this past April.", []want{{"this past April", "2020-04-01", Month}}},
	{"2019-09-11", "Parliament stays closed through October 14.", []want{{"October 14", "2019-10-14", Day}}},
	{"2020-01-10", "A similar fire broke out in August last year.", []want{{"in August last year", "2019-08-01", Month}}},
	{"2020-01-10", "They met on March 20 last year in Athens.", []want{{"on March 20 last year", "2019-03-20", Day}}},
	{"2019-12-14", "Students marched in January of this year.", []want{{"in January of this year", "2019-01-01", Month}}},
	{fri, "Theresa May last year said no.", []want{{"last year", "2019-01-01", Year}}},
	{fri, "In June 12 people were killed.", []want{{"In June", "2020-06-01", Month}}},
	{fri, "Prices doubled in the past week.", nil},
	{fri, "The clinic opens at 7:30 on weekdays.", nil},

	// Weeks, months, years.
	{fri, "Protests erupted last week in the capital.", []want{{"last week", "2020-06-15", Week}}},
	{fri, "Parliament meets this week.", []want{{"this week", "2020-06-22", Week}}},
	{fri, "Parliament meets next week.", []want{{"next week", "2020-06-29", Week}}},
	{fri, "The army said earlier this week that it would withdraw.", []want{{"earlier this week", "2020-06-22", Week}}},
	{fri, "Prices rose last month.", []want{{"last month", "2020-05-01", Month}}},
	{fri, "Prices rose earlier this month.", []want{{"earlier this month", "2020-06-01", Month}}},
	{fri, "Last year's floods killed 200 people.", []want{{"Last year", "2019-01-01", Year}}},
	{fri, "This year the harvest failed.", []want{{"This year", "2020-01-01", Year}}},
	{fri, "The law was passed earlier this year.", []want{{"earlier this year", "2020-01-01", Year}}},
	{fri, "Elections are due next year.", []want{{"next year", "2021-01-01", Year}}},
	{fri, "The border was closed in 2019, officials said.", []want{{"in 2019", "2019-01-01", Year}}},
	{fri, "The border has been closed since 2018.", []want{{"2018", "2018-01-01", Year}}},
	{fri, "Sanctions were imposed in mid-2019.", []want{{"in mid-2019", "2019-01-01", Year}}},
	{fri, "Cases rose sharply in June.", []want{{"in June", "2020-06-01", Month}}},
	{fri, "Cases rose sharply in June 2019.", []want{{"in June 2019", "2019-06-01", Month}}},
	{fri, "Cases rose sharply in December.", []want{{"in December", "2019-12-01", Month}}},
	{fri, "Troops were deployed in early June.", []want{{"in early June", "2020-06-01", Month}}},
	{fri, "Troops were deployed in mid-June.", []want{{"in mid-June", "2020-06-01", Month}}},
	{fri, "Troops were deployed last June.", []want{{"last June", "2019-06-01", Month}}},
	{fri, "Troops were deployed last May.", []want{{"last May", "2020-05-01", Month}}},
	{fri, "Troops will be deployed next January.", []want{{"next January", "2021-01-01", Month}}},
	{fri, "The vote, held in May, was annulled.", []want{{"in May", "2020-05-01", Month}}},
	{fri, "Nothing has changed since March.", []want{{"March", "2020-03-01", Month}}},
	{fri, "The talks ran from April to May.", []want{{"April", "2020-04-01", Month}, {"May", "2020-05-01", Month}}},
	{fri, "April was the deadliest month.", []want{{"April", "2020-04-01", Month}}},
	{fri, "The bodies were found in the last week of June.", []want{{"June", "2020-06-01", Month}}},

	// Ago.
	{fri, "The village was shelled two days ago.", []want{{"two days ago", "2020-06-24", Day}}},
	{fri, "The village was shelled 5 days ago.", []want{{"5 days ago", "2020-06-21", Day}}},
	{fri, "The village was shelled three weeks ago.", []want{{"three weeks ago", "2020-06-01", Week}}},
	{fri, "The village was shelled a week ago.", []want{{"a week ago", "2020-06-15", Week}}},
	{fri, "The village was shelled a month ago.", []want{{"a month ago", "2020-05-01", Month}}},
	{fri, "The village was shelled two years ago.", []want{{"two years ago", "2018-01-01", Year}}},

	// Weekends: the Saturday.
	{fri, "Protests spread over the weekend.", []want{{"over the weekend", "2020-06-20", Day}}},
	{sat, "Protests spread over the weekend.", []want{{"over the weekend", "2020-06-27", Day}}},
	{sun, "Protests spread at the weekend.", []want{{"at the weekend", "2020-06-27", Day}}},
	{sun, "Protests spread last weekend.", []want{{"last weekend", "2020-06-20", Day}}},
	{fri, "Protests spread last weekend.", []want{{"last weekend", "2020-06-20", Day}}},
	{"2020-06-24", "Protests are planned this weekend.", []want{{"this weekend", "2020-06-27", Day}}},

	// Year boundaries.
	{jan2, "Cases rose sharply in December.", []want{{"in December", "2019-12-01", Month}}},
	{jan2, "Protests erupted last week.", []want{{"last week", "2019-12-23", Week}}},
	{jan2, "Protests erupted this week.", []want{{"this week", "2019-12-30", Week}}},
	{jan2, "Prices rose last month.", []want{{"last month", "2019-12-01", Month}}},
	{jan2, "Prices rose a month ago.", []want{{"a month ago", "2019-12-01", Month}}},
	{jan2, "Prices rose last year.", []want{{"last year", "2019-01-01", Year}}},
	{jan2, "The blast happened on Friday.", []want{{"on Friday", "2019-12-27", Day}}},
	{jan2, "The blast happened on Monday.", []want{{"on Monday", "2019-12-30", Day}}},
	{jan2, "The blast happened on 31 December.", []want{{"on 31 December", "2019-12-31", Day}}},
	{jan2, "The blast happened on 3 January.", []want{{"on 3 January", "2019-01-03", Day}}},
	{jan2, "The blast happened yesterday.", []want{{"yesterday", "2020-01-01", Day}}},
	{"2020-01-01", "The blast happened yesterday.", []want{{"yesterday", "2019-12-31", Day}}},

	// Leap years.
	{"2021-03-01", "The decree was issued on 29 February.", []want{{"on 29 February", "2020-02-29", Day}}},
	{"2020-02-28", "The decree was issued on 29 February.", []want{{"on 29 February", "2016-02-29", Day}}},
	{"2020-03-01", "The decree was issued yesterday.", []want{{"yesterday", "2020-02-29", Day}}},
	{"2020-03-04", "The decree was issued last week.", []want{{"last week", "2020-02-24", Week}}},
	{fri, "The decree was issued on 29 February 2020.", []want{{"on 29 February 2020", "2020-02-29", Day}}},
	{fri, "The decree was issued on February 29, 2019.", nil},
	{fri, "The decree was issued on 2019-02-29.", nil},
	{fri, "The decree was issued on 31 June.", nil},

	// Must not fire.
	{fri, "Prices may increase.", nil},
	{fri, "May increase in prices is expected.", nil},
	{fri, "Prices may increase next year.", []want{{"next year", "2021-01-01", Year}}},
	{fri, "Thousands joined a march on the capital.", nil},
	{fri, "March on Washington organisers met the police.", nil},
	{fri, "Protesters marched to parliament.", nil},
	{fri, "The Sunday Times reported the deal.", nil},
	{fri, "Sunday Times journalists were detained.", nil},
	{fri, "The convoy travelled 450 kilometres.", nil},
	{fri, "The score was 5+5 at half time.", nil},
	{fri, "The meeting starts at 10:30 and ends at 6pm.", nil},
	{fri, "He fought in the Second World War.", nil},
	{fri, "May said the deal was dead.", nil},
	{fri, "Theresa May's government fell.", nil},
	{fri, "The party lost confidence in May.", nil},
	{fri, "The talks were hosted by May.", nil},
	{fri, "The Good Friday Agreement holds.", nil},
	{fri, "Black Friday sales fell.", nil},
	{fri, "Shops close every Friday.", nil},
	{fri, "The next day, troops withdrew.", nil},
	{fri, "Nurses treated patients in 2000 cases.", nil},
	{fri, "Growth slowed in the 1990s.", nil},
	{fri, "USA Today reported the story.", nil},
	{fri, "He hosted Saturday Night Live.", nil},
	{fri, "The 2019 election was disputed.", nil},
	{fri, "The strike lasted for two weeks.", nil},
	{fri, "The army arrived a few days ago.", nil},
	{fri, "August Ames was mentioned.", nil},
	{fri, "Jan Kowalski said nothing.", nil},
	{fri, "The fossil is 1,000 years ago old.", nil},
	{fri, "Over the last year, prices doubled.", nil},
	{fri, "It was the last week of the campaign.", nil},
	{fri, "Last Week Tonight covered the story.", nil},
	{fri, "The Tonight Show was cancelled.", nil},
	{fri, "Exports rose 7% in value.", nil},
	{fri, "A day of mourning was declared.", nil},
	{fri, "Sales fell by 2019 units.", nil},
	{fri, "", nil},
}

func TestFind(t *testing.T) {
	for _, tc := range findTests {
		t.Run(tc.sentence, func(t *testing.T) {
			es := Find(tc.sentence, day(tc.ref))
			g := got(es)
			if fmt.Sprint(g) != fmt.Sprint(tc.want) {
				t.Errorf("Find(%q, %s)\n got %v\nwant %v", tc.sentence, tc.ref, g, tc.want)
			}
			for _, e := range es {
				if tc.sentence[e.Start:e.End] != e.Text {
					t.Errorf("offsets %d:%d give %q, Text is %q", e.Start, e.End, tc.sentence[e.Start:e.End], e.Text)
				}
			}
		})
	}
}

func TestFindZeroRef(t *testing.T) {
	if es := Find("The army withdrew on Thursday.", time.Time{}); es != nil {
		t.Errorf("zero ref: got %v, want nil", es)
	}
}

// The date keeps ref's location and drops its time of day.
func TestFindLocation(t *testing.T) {
	loc := time.FixedZone("UTC+3", 3*3600)
	ref := time.Date(2020, 6, 26, 23, 30, 0, 0, loc)
	es := Find("It happened yesterday.", ref)
	if len(es) != 1 {
		t.Fatalf("got %v", es)
	}
	if w := time.Date(2020, 6, 25, 0, 0, 0, 0, loc); !es[0].Date.Equal(w) || es[0].Date.Location() != loc {
		t.Errorf("got %v, want %v", es[0].Date, w)
	}
}

// Every weekday against every reference weekday: "X" is on or before ref and
// less than a week back, "last X" strictly before and at most a week back,
// "next X" strictly after and at most a week ahead.
func TestWeekdayResolution(t *testing.T) {
	names := []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	for r := 0; r < 7; r++ {
		ref := day("2020-06-21").AddDate(0, 0, r) // 21 June 2020 is a Sunday
		for w, name := range names {
			for _, c := range []struct {
				mod      string
				min, max int // days from ref
			}{{"on", -6, 0}, {"last", -7, -1}, {"next", 1, 7}} {
				s := "It happened " + c.mod + " " + name + "."
				es := Find(s, ref)
				if len(es) != 1 {
					t.Fatalf("%s (ref %s): got %v", s, ref.Format("Mon 2006-01-02"), es)
				}
				d := int(es[0].Date.Sub(ref).Hours() / 24)
				if es[0].Date.Weekday() != time.Weekday(w) || d < c.min || d > c.max {
					t.Errorf("%s (ref %s): got %s", s, ref.Format("Mon 2006-01-02"), es[0].Date.Format("Mon 2006-01-02"))
				}
			}
		}
	}
}

// The masks must let every lexicon word through, or the pre-check and the
// tokenizer would lose it.
func TestLexiconMasks(t *testing.T) {
	for w, l := range lexicon {
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if lookup(form) != l {
				t.Errorf("lookup(%q) = %v, want %v", form, lookup(form), l)
			}
			if len(w) > 1 && !inMask(&lexMask, form) {
				t.Errorf("lexMask misses %q", form)
			}
			if l.trigger() && !mayContain("x "+form+" y") {
				t.Errorf("mayContain misses %q", form)
			}
		}
	}
	for _, s := range []string{"The cat sat on the mat.", "450 kilometres", "5+5", "", "Thursdays"} {
		if mayContain(s) {
			t.Errorf("mayContain(%q) = true", s)
		}
	}
}

func TestFindNoAllocs(t *testing.T) {
	ref := day(fri)
	s := "The government announced new measures to curb inflation, officials said."
	if n := testing.AllocsPerRun(100, func() { Find(s, ref) }); n != 0 {
		t.Errorf("sentence without time words: %v allocations, want 0", n)
	}
	s = "The government announced on Thursday new measures for the coming year."
	if n := testing.AllocsPerRun(100, func() { Find(s, ref) }); n > 1 {
		t.Errorf("sentence with one expression: %v allocations, want at most 1", n)
	}
}

// Long sentences spill the token buffer onto the heap but still work.
func TestFindLongSentence(t *testing.T) {
	s := strings.Repeat("word ", 300) + "on Thursday."
	es := Find(s, day(fri))
	if len(es) != 1 || es[0].Text != "on Thursday" || s[es[0].Start:es[0].End] != "on Thursday" {
		t.Errorf("got %v", es)
	}
}

func FuzzFind(f *testing.F) {
	for _, tc := range findTests {
		f.Add(tc.sentence)
	}
	f.Add("Friday, 7th of June, 2020-06-07 mid-2019 – “Monday” 3.7 June 1,7 June ’s Jun.")
	f.Add("2020-06-07T10:00 Sept.\u00a07 Ã June 7ème")
	ref := day(fri)
	f.Fuzz(func(t *testing.T, s string) {
		es := Find(s, ref)
		prev := 0
		for _, e := range es {
			if e.Start < prev || e.End <= e.Start || e.End > len(s) || s[e.Start:e.End] != e.Text {
				t.Fatalf("bad span %d:%d %q in %q (prev end %d)", e.Start, e.End, e.Text, s, prev)
			}
			if e.Date.IsZero() || e.Precision == "" {
				t.Fatalf("unresolved %v in %q", e, s)
			}
			prev = e.End
		}
	})
}
