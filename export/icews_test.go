package export

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/internal/testdata"
)

// icewsRows writes events and returns the header and rows, split on tabs.
func icewsRows(t *testing.T, events ...*event.Event) (header []string, rows [][]string) {
	t.Helper()
	out := writeAll(t, "icews", events...)
	if !strings.HasSuffix(out, "\n") {
		t.Fatalf("output does not end in a newline: %q", out)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	header = strings.Split(lines[0], "\t")
	for _, l := range lines[1:] {
		rows = append(rows, strings.Split(l, "\t"))
	}
	return header, rows
}

func TestICEWSHeaderAndRow(t *testing.T) {
	e := sampleEvent()
	header, rows := icewsRows(t, e)
	if len(header) != ICEWSColumns || ICEWSColumns != 20 {
		t.Fatalf("header has %d columns: %q", len(header), header)
	}
	if len(rows) != 1 {
		t.Fatalf("%d rows, want 1", len(rows))
	}
	got := map[string]string{}
	for i, h := range header {
		if len(rows[0]) != len(header) {
			t.Fatalf("row has %d columns: %q", len(rows[0]), rows[0])
		}
		got[h] = rows[0][i]
	}
	want := map[string]string{
		"Event ID": strconv.FormatInt(EventID(e), 10), "Event Date": "2019-04-09",
		"Source Name": "Libyan National Army", "Source Sectors": "Military", "Source Country": "Libya",
		"Event Text": "Use conventional military force", "CAMEO Code": "194", "Intensity": "-10",
		"Target Name": "Government of National Accord", "Target Sectors": "Government", "Target Country": "Libya",
		"Story ID": "doc-7", "Sentence Number": "1", "Publisher": "Example Wire",
		"City": "NA", "District": "NA", "Province": "NA", "Country": "NA", "Latitude": "NA", "Longitude": "NA",
	}
	// The Event Text comes from the CAMEO codebook; accept the codebook's
	// name for 194 whatever its exact wording, but not the bare code.
	if got["Event Text"] == "194" || got["Event Text"] == "NA" || got["Event Text"] == "" {
		t.Errorf("Event Text = %q, want the CAMEO name", got["Event Text"])
	}
	delete(want, "Event Text")
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s = %q, want %q", k, got[k], w)
		}
	}
}

func TestICEWSValues(t *testing.T) {
	tests := []struct {
		name   string
		change func(e *event.Event)
		want   map[string]string
	}{
		{"no target", func(e *event.Event) { e.Target = event.Actor{} },
			map[string]string{"Target Name": "NA", "Target Sectors": "NA", "Target Country": "NA"}},
		{"x0 code drops 'not specified below'", func(e *event.Event) { e.Code, e.Goldstein = "040", 1 },
			map[string]string{"Event Text": "Consult", "CAMEO Code": "040", "Intensity": "1"}},
		{"bare root", func(e *event.Event) { e.Code = "04" }, map[string]string{"CAMEO Code": "040"}},
		{"fractional intensity", func(e *event.Event) { e.Goldstein = 3.4 }, map[string]string{"Intensity": "3.4"}},
		{"several sectors, country name", func(e *event.Event) { e.Source.Code = "RUSGOVMIL" },
			map[string]string{"Source Sectors": "Government,Military", "Source Country": "Russian Federation"}},
		{"country alone", func(e *event.Event) { e.Source = event.Actor{Code: "PRK", Text: "Pyongyang"} },
			map[string]string{"Source Name": "Pyongyang", "Source Sectors": "NA", "Source Country": "North Korea"}},
		{"igo", func(e *event.Event) { e.Source = event.Actor{Code: "IGOUNO", Name: "United Nations"} },
			map[string]string{"Source Sectors": "International Government Organization", "Source Country": "NA"}},
		{"religion sector", func(e *event.Event) { e.Source.Code = "IRQMOSSHI" },
			map[string]string{"Source Sectors": "Muslim,Shia", "Source Country": "Iraq"}},
		{"unknown country", func(e *event.Event) { e.Source.Code = "---GOV" },
			map[string]string{"Source Sectors": "Government", "Source Country": "NA"}},
		{"code not in the table", func(e *event.Event) { e.Source.Code = "QQQ" },
			map[string]string{"Source Country": "QQQ"}},
		{"name falls back to code", func(e *event.Event) { e.Source = event.Actor{Code: "LBYMIL"} },
			map[string]string{"Source Name": "LBYMIL"}},
		{"tabs in names", func(e *event.Event) { e.Source.Name = "Libyan\tNational\nArmy"; e.Article.Source = "Wire\t2" },
			map[string]string{"Source Name": "Libyan National Army", "Publisher": "Wire 2"}},
		{"no publisher", func(e *event.Event) { e.Article.Source = "" }, map[string]string{"Publisher": "NA"}},
		{"sentence number is 1-based", func(e *event.Event) { e.SentenceIndex = 4 }, map[string]string{"Sentence Number": "5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := sampleEvent()
			tt.change(e)
			header, rows := icewsRows(t, e)
			if len(rows) != 1 || len(rows[0]) != ICEWSColumns {
				t.Fatalf("rows %q", rows)
			}
			for i, h := range header {
				if w, ok := tt.want[h]; ok && rows[0][i] != w {
					t.Errorf("%s = %q, want %q", h, rows[0][i], w)
				}
				if rows[0][i] == "" {
					t.Errorf("%s is empty; missing values are NA", h)
				}
			}
		})
	}
}

func TestICEWSEmptyAndMany(t *testing.T) {
	header, rows := icewsRows(t)
	if len(header) != ICEWSColumns || len(rows) != 0 {
		t.Errorf("empty export: header %d columns, %d rows", len(header), len(rows))
	}
	var events []*event.Event
	for i := range 5 {
		e := sampleEvent()
		e.SentenceIndex = i
		events = append(events, e)
	}
	header, rows = icewsRows(t, events...)
	if len(header) != ICEWSColumns || len(rows) != 5 {
		t.Fatalf("header %d columns, %d rows", len(header), len(rows))
	}
	for i, r := range rows {
		if len(r) != ICEWSColumns {
			t.Errorf("row %d has %d columns", i, len(r))
		}
	}
}

// TestICEWSSharedHeader checks our header against the published ICEWS
// sample's, and that the sample's rows have as many columns.
func TestICEWSSharedHeader(t *testing.T) {
	path := testdata.Shared(t, "formats/icews/events.2018.sample.tab")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ours, _ := icewsRows(t)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if n == 0 && strings.Join(cols, "|") != strings.Join(ours, "|") {
			t.Errorf("header differs:\n sample %q\n ours   %q", cols, ours)
		}
		if len(cols) != len(ours) {
			t.Fatalf("sample line %d has %d columns, ours %d", n+1, len(cols), len(ours))
		}
		n++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 2 {
		t.Fatal("sample has no rows")
	}
}
