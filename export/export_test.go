package export

import (
	"bytes"
	"errors"
	"hash/fnv"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/cameo"
	"github.com/annals-project/annals/ontology/plover"
)

// sampleEvent is an event as the coder and date stage would leave it, on a
// sentence written for these tests.
func sampleEvent() *event.Event {
	const s = "Libyan National Army forces shelled the airport in Tripoli on Tuesday."
	return &event.Event{
		DocID:         "doc-7",
		SentenceIndex: 0,
		Sentence:      s,
		Date:          "2019-04-09",
		DatePrecision: event.Day,
		Source: event.Actor{
			Code: "LBYMIL", Name: "Libyan National Army", Text: "Libyan National Army forces",
			Span: event.Span{Start: 0, End: 27, Text: "Libyan National Army forces"},
		},
		Target: event.Actor{
			Code: "LBYGOV", Name: "Government of National Accord", Text: "Tripoli",
			Span: event.Span{Start: 52, End: 59, Text: "Tripoli"},
		},
		Code:      "194",
		Root:      "19",
		QuadClass: 4,
		Goldstein: -10,
		PLOVER:    plover.Coding{Event: "ASSAULT", Mode: "heavy-weapons", Context: []string{"military"}},
		Explain: event.Explain{
			Verb:    event.Span{Start: 28, End: 35, Text: "shelled"},
			Pattern: event.Rule{Text: "shell +", Origin: event.Origin{File: "verbs/fight.txt", Line: 12}},
		},
		Article: event.ArticleRef{
			ID: "doc-7", Title: "Fighting near the capital", Source: "Example Wire",
			URL: "https://news.example/libya/1", Date: "2019-04-10",
		},
	}
}

// writeAll runs events through a fresh Writer of the format.
func writeAll(t *testing.T, format string, events ...*event.Event) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(format, &buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range events {
		if err := w.Write(e); err != nil {
			t.Fatalf("%s: Write: %v", format, err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestFormatsAndNew(t *testing.T) {
	got := strings.Join(Formats(), ",")
	if got != "gdelt,icews,jsonl,plover" {
		t.Errorf("Formats() = %s", got)
	}
	for _, f := range Formats() {
		w, err := New(f, &bytes.Buffer{})
		if err != nil || w == nil {
			t.Errorf("New(%q) = %v, %v", f, w, err)
		}
	}
	_, err := New("csv", &bytes.Buffer{})
	if err == nil {
		t.Fatal("New(csv) succeeded")
	}
	for _, f := range Formats() {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error %q does not list %q", err, f)
		}
	}
	if _, err := New("jsonl", nil); err == nil {
		t.Error("New with a nil io.Writer succeeded")
	}
}

func TestWriteAfterCloseAndNil(t *testing.T) {
	for _, f := range Formats() {
		w, err := New(f, &bytes.Buffer{})
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(nil); err == nil {
			t.Errorf("%s: Write(nil) succeeded", f)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Errorf("%s: second Close: %v", f, err)
		}
		if err := w.Write(sampleEvent()); !errors.Is(err, errClosed) {
			t.Errorf("%s: Write after Close = %v", f, err)
		}
	}
}

// failWriter fails every write, to check that errors surface at Close.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestUnderlyingErrorSurfaces(t *testing.T) {
	for _, f := range Formats() {
		w, err := New(f, failWriter{})
		if err != nil {
			t.Fatal(err)
		}
		werr := w.Write(sampleEvent())
		cerr := w.Close()
		if werr == nil && cerr == nil {
			t.Errorf("%s: the write error was lost", f)
		}
	}
}

func TestEventID(t *testing.T) {
	base := sampleEvent()
	id := EventID(base)
	if id <= 0 {
		t.Fatalf("EventID = %d, want positive", id)
	}
	if again := EventID(sampleEvent()); again != id {
		t.Errorf("EventID not stable: %d then %d", id, again)
	}
	// Fields outside the identity do not change it.
	same := sampleEvent()
	same.Goldstein, same.Sentence, same.Date = 3, "other", "2020-01-01"
	if EventID(same) != id {
		t.Error("EventID depends on fields outside doc, sentence, code and actors")
	}
	// Article.ID stands in for an empty DocID.
	noDoc := sampleEvent()
	noDoc.DocID = ""
	if EventID(noDoc) != id {
		t.Error("EventID with DocID empty does not fall back to Article.ID")
	}
	changes := map[string]func(e *event.Event){
		"doc":      func(e *event.Event) { e.DocID = "doc-8" },
		"sentence": func(e *event.Event) { e.SentenceIndex = 1 },
		"code":     func(e *event.Event) { e.Code = "190" },
		"source":   func(e *event.Event) { e.Source.Code = "LBYGOV" },
		"target":   func(e *event.Event) { e.Target.Code = "" },
		// The separators keep "doc-7"+"1…" apart from "doc-71"+"…".
		"boundary": func(e *event.Event) { e.DocID = "doc-70"; e.SentenceIndex = 0 },
		"swap":     func(e *event.Event) { e.Source.Code, e.Target.Code = e.Target.Code, e.Source.Code },
	}
	for name, change := range changes {
		e := sampleEvent()
		change(e)
		if got := EventID(e); got == id || got <= 0 {
			t.Errorf("%s: EventID = %d (base %d)", name, got, id)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in string
		ok bool
		d  date
	}{
		{"2019-04-09", true, date{2019, 4, 9}},
		{"2020-02-29", true, date{2020, 2, 29}},
		{"2000-02-29", true, date{2000, 2, 29}},
		{"1900-02-29", false, date{}},
		{"2019-02-29", false, date{}},
		{"2019-04-31", false, date{}},
		{"2019-13-01", false, date{}},
		{"2019-00-10", false, date{}},
		{"2019-4-9", false, date{}},
		{"2019/04/09", false, date{}},
		{"20190409", false, date{}},
		{"2019-04-0x", false, date{}},
		{"", false, date{}},
	}
	for _, tt := range tests {
		d, ok := parseDate(tt.in)
		if ok != tt.ok || d != tt.d {
			t.Errorf("parseDate(%q) = %v, %v; want %v, %v", tt.in, d, ok, tt.d, tt.ok)
		}
	}
}

func TestEventDateFallbackAndErrors(t *testing.T) {
	tests := []struct {
		name, date, pub string
		want            string // "" = error
	}{
		{"event date", "2019-04-09", "2019-04-10", "2019-04-09"},
		{"publication date", "", "2019-04-10", "2019-04-10"},
		{"none", "", "", ""},
		{"bad event date", "April 9", "2019-04-10", ""},
		{"bad publication date", "", "10/04/2019", ""},
	}
	for _, tt := range tests {
		e := sampleEvent()
		e.Date, e.Article.Date = tt.date, tt.pub
		d, err := eventDate(e)
		switch {
		case tt.want == "" && err == nil:
			t.Errorf("%s: no error", tt.name)
		case tt.want != "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.want != "" && string(appendDate(nil, d)) != tt.want:
			t.Errorf("%s: %s, want %s", tt.name, appendDate(nil, d), tt.want)
		}
	}
}

func TestEventCode(t *testing.T) {
	tests := []struct {
		in, want string // want "" = error
	}{
		{"043", "043"}, {"0431", "0431"}, {"195", "195"}, {"04", "040"},
		{"", ""}, {"4", ""}, {"04311", ""}, {"04a", ""}, {" 43", ""},
	}
	for _, tt := range tests {
		e := sampleEvent()
		e.Code = cameo.Code(tt.in)
		got, err := eventCode(e)
		if (err != nil) != (tt.want == "") || got != tt.want {
			t.Errorf("eventCode(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestAppendClean(t *testing.T) {
	tests := []struct {
		in    string
		upper bool
		want  string
	}{
		{"Libyan\tNational\nArmy\r", false, "Libyan National Army "},
		{"Libyan National Army", true, "LIBYAN NATIONAL ARMY"},
		{"Erdoğan\tgovernment", true, "ERDOĞAN GOVERNMENT"},
		{"line\u2028sep\u0085x", false, "line sep x"},
		{"bad\xffbyte", false, "bad\uFFFDbyte"},
		{"", true, ""},
	}
	for _, tt := range tests {
		if got := string(appendClean(nil, tt.in, tt.upper)); got != tt.want {
			t.Errorf("appendClean(%q, %v) = %q, want %q", tt.in, tt.upper, got, tt.want)
		}
	}
}

func TestTablesParse(t *testing.T) {
	tb, err := tables()
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.countries) < 240 || len(tb.roles) < 40 {
		t.Errorf("tables too small: %d countries, %d roles", len(tb.countries), len(tb.roles))
	}
	// A code in both tables is ambiguous; SHN (Saint Helena / Shinto) is
	// the one known case, settled by position (see split).
	for code := range tb.roles {
		if _, both := tb.countries[code]; both && code != "SHN" {
			t.Errorf("%s is both a country and a role", code)
		}
	}
	bad := []string{"USA\tUnited States\textra\n", "US\tUnited States\n"}
	for _, data := range bad {
		if err := eachRow("x.tsv", data, 2, func([]string) error { return nil }); err == nil {
			t.Errorf("eachRow accepted %q", data)
		}
	}
}

func nan() float64 { return math.NaN() }

// TestEventIDIsFNV1a pins the documented algorithm against hash/fnv, so
// that ids stay comparable across versions.
func TestEventIDIsFNV1a(t *testing.T) {
	e := sampleEvent()
	h := fnv.New64a()
	for _, s := range []string{e.DocID, strconv.Itoa(e.SentenceIndex), string(e.Code), string(e.Source.Code), string(e.Target.Code)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	if want := int64(h.Sum64() &^ (1 << 63)); EventID(e) != want {
		t.Errorf("EventID = %d, want %d", EventID(e), want)
	}
}
