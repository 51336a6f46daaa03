package export

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/internal/testdata"
	"github.com/annals-project/annals/ontology/cameo"
)

// gdeltRow writes one event and returns its columns.
func gdeltRow(t *testing.T, e *event.Event) []string {
	t.Helper()
	out := writeAll(t, "gdelt", e)
	if strings.Count(out, "\n") != 1 || !strings.HasSuffix(out, "\n") {
		t.Fatalf("want exactly one line, got %q", out)
	}
	return strings.Split(strings.TrimSuffix(out, "\n"), "\t")
}

// gdeltRowWith writes one event with a GDELT writer built with opt and
// returns its columns, failing unless there are exactly GDELTColumns.
func gdeltRowWith(t *testing.T, opt GDELTOptions, e *event.Event) []string {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewGDELT(&buf, opt)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(e); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	row := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\t")
	if len(row) != GDELTColumns {
		t.Fatalf("%d columns, want %d", len(row), GDELTColumns)
	}
	return row
}

// col indexes GDELT columns by name (0-based).
var col = map[string]int{
	"GLOBALEVENTID": 0, "SQLDATE": 1, "MonthYear": 2, "Year": 3, "FractionDate": 4,
	"Actor1Code": 5, "Actor1Name": 6, "Actor1CountryCode": 7, "Actor1KnownGroupCode": 8,
	"Actor1EthnicCode": 9, "Actor1Religion1Code": 10, "Actor1Religion2Code": 11,
	"Actor1Type1Code": 12, "Actor1Type2Code": 13, "Actor1Type3Code": 14,
	"Actor2Code": 15, "Actor2Name": 16, "Actor2CountryCode": 17, "Actor2Type1Code": 22,
	"IsRootEvent": 25, "EventCode": 26, "EventBaseCode": 27, "EventRootCode": 28,
	"QuadClass": 29, "GoldsteinScale": 30, "NumMentions": 31, "NumSources": 32,
	"NumArticles": 33, "AvgTone": 34, "Actor1Geo_Type": 35, "Actor1Geo_FullName": 36,
	"Actor1Geo_Lat": 40, "Actor2Geo_Type": 43, "Actor2Geo_Lat": 48, "ActionGeo_Type": 51,
	"ActionGeo_FullName": 52, "ActionGeo_CountryCode": 53, "ActionGeo_ADM1Code": 54,
	"ActionGeo_Lat": 56, "ActionGeo_Long": 57, "ActionGeo_FeatureID": 58, "DATEADDED": 59, "SOURCEURL": 60,
}

func TestGDELTRow(t *testing.T) {
	e := sampleEvent()
	row := gdeltRow(t, e)
	if len(row) != GDELTColumns {
		t.Fatalf("%d columns, want %d", len(row), GDELTColumns)
	}
	want := map[string]string{
		"GLOBALEVENTID": strconv.FormatInt(EventID(e), 10),
		"SQLDATE":       "20190409", "MonthYear": "201904", "Year": "2019",
		"FractionDate": "2019.2712", // (3*30+9)/365
		"Actor1Code":   "LBYMIL", "Actor1Name": "LIBYAN NATIONAL ARMY", "Actor1CountryCode": "LBY",
		"Actor1KnownGroupCode": "", "Actor1Type1Code": "MIL", "Actor1Type2Code": "",
		"Actor2Code": "LBYGOV", "Actor2Name": "GOVERNMENT OF NATIONAL ACCORD",
		"Actor2CountryCode": "LBY", "Actor2Type1Code": "GOV",
		"IsRootEvent": "1", "EventCode": "194", "EventBaseCode": "194", "EventRootCode": "19",
		"QuadClass": "4", "GoldsteinScale": "-10.0",
		"NumMentions": "1", "NumSources": "1", "NumArticles": "1", "AvgTone": "",
		"Actor1Geo_Type": "0", "Actor1Geo_FullName": "", "Actor1Geo_Lat": "",
		"ActionGeo_Type": "0", "ActionGeo_FeatureID": "",
		"DATEADDED": "20190410000000", "SOURCEURL": "https://news.example/libya/1",
	}
	for name, w := range want {
		if got := row[col[name]]; got != w {
			t.Errorf("%s = %q, want %q", name, got, w)
		}
	}
}

func TestGDELTCodesAndFallbacks(t *testing.T) {
	tests := []struct {
		name   string
		change func(e *event.Event)
		want   map[string]string
	}{
		{"zero-padded four-digit code", func(e *event.Event) {
			e.Code, e.QuadClass, e.Goldstein = "0431", 1, 2.8
		}, map[string]string{"EventCode": "0431", "EventBaseCode": "043", "EventRootCode": "04", "GoldsteinScale": "2.8"}},
		{"bare root", func(e *event.Event) { e.Code, e.QuadClass = "04", 1 },
			map[string]string{"EventCode": "040", "EventBaseCode": "040", "EventRootCode": "04"}},
		{"quad class from root when missing", func(e *event.Event) { e.Code, e.QuadClass = "036", 0 },
			map[string]string{"QuadClass": "1"}},
		{"later sentence", func(e *event.Event) { e.SentenceIndex = 3 },
			map[string]string{"IsRootEvent": "0"}},
		{"no url, no publication date", func(e *event.Event) { e.Article.URL, e.Article.Date = "", "" },
			map[string]string{"SOURCEURL": "doc-7", "DATEADDED": "20190409000000"}},
		{"publication date only", func(e *event.Event) { e.Date = "" },
			map[string]string{"SQLDATE": "20190410", "DATEADDED": "20190410000000"}},
		{"no target", func(e *event.Event) { e.Target = event.Actor{} },
			map[string]string{"Actor2Code": "", "Actor2Name": "", "Actor2CountryCode": "", "Actor2Type1Code": ""}},
		{"name from text", func(e *event.Event) { e.Source.Name = "" },
			map[string]string{"Actor1Name": "LIBYAN NATIONAL ARMY FORCES"}},
		{"tabs and newlines in names", func(e *event.Event) {
			e.Source.Name = "Libyan\tNational\nArmy"
			e.Target.Name = "Tripoli\r\ngovernment\t"
			e.Article.URL = "https://news.example/a\tb"
		}, map[string]string{"Actor1Name": "LIBYAN NATIONAL ARMY", "Actor2Name": "TRIPOLI  GOVERNMENT ",
			"SOURCEURL": "https://news.example/a b"}},
		{"unknown country", func(e *event.Event) { e.Source.Code = "---GOV" },
			map[string]string{"Actor1Code": "GOV", "Actor1CountryCode": "", "Actor1Type1Code": "GOV"}},
		{"igo", func(e *event.Event) { e.Source.Code = "IGOUNO" },
			map[string]string{"Actor1Code": "IGOUNO", "Actor1CountryCode": "", "Actor1KnownGroupCode": "UNO", "Actor1Type1Code": "IGO"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := sampleEvent()
			tt.change(e)
			row := gdeltRow(t, e)
			if len(row) != GDELTColumns {
				t.Fatalf("%d columns, want %d", len(row), GDELTColumns)
			}
			for name, w := range tt.want {
				if got := row[col[name]]; got != w {
					t.Errorf("%s = %q, want %q", name, got, w)
				}
			}
		})
	}
}

func TestGDELTRefusesBadEvents(t *testing.T) {
	tests := map[string]func(e *event.Event){
		"no date":      func(e *event.Event) { e.Date, e.Article.Date = "", "" },
		"bad date":     func(e *event.Event) { e.Date = "2019-02-30" },
		"no code":      func(e *event.Event) { e.Code = "" },
		"letters code": func(e *event.Event) { e.Code = "abc" },
		"NaN score":    func(e *event.Event) { e.Goldstein = nan() },
	}
	for name, change := range tests {
		var buf bytes.Buffer
		w, err := New("gdelt", &buf)
		if err != nil {
			t.Fatal(err)
		}
		bad := sampleEvent()
		change(bad)
		if err := w.Write(bad); err == nil {
			t.Errorf("%s: accepted", name)
		}
		// The writer stays usable and wrote nothing of the bad event.
		if err := w.Write(sampleEvent()); err != nil {
			t.Errorf("%s: next Write: %v", name, err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(buf.String(), "\n"); n != 1 {
			t.Errorf("%s: %d lines, want 1", name, n)
		}
	}
}

func TestGDELTPlacesHook(t *testing.T) {
	row := gdeltRowWith(t, GDELTOptions{Places: func(e *event.Event) (a1, a2, act Place) {
		act = Place{Type: 4, FullName: "Tripoli, Tarabulus,\tLibya", CountryCode: "LY", Lat: 32.9, Long: 13.18, FeatureID: "-1"}
		return a1, a2, act
	}}, sampleEvent())
	for name, want := range map[string]string{
		"Actor1Geo_Type": "0", "ActionGeo_Type": "4", "ActionGeo_FullName": "Tripoli, Tarabulus, Libya",
		"ActionGeo_Long": "13.18", "ActionGeo_FeatureID": "-1",
	} {
		if got := row[col[name]]; got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}

func TestSplitActorCode(t *testing.T) {
	tb, err := tables()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		code                                  cameo.ActorCode
		gcode, country, known, ethnic, r1, r2 string
		types                                 [3]string
	}{
		{"USAGOV", "USAGOV", "USA", "", "", "", "", [3]string{"GOV"}},
		{"LBYMILREB", "LBYMILREB", "LBY", "", "", "", "", [3]string{"MIL", "REB"}},
		{"LBY", "LBY", "LBY", "", "", "", "", [3]string{}},
		{"GOV", "GOV", "", "", "", "", "", [3]string{"GOV"}},
		{"---MIL", "MIL", "", "", "", "", "", [3]string{"MIL"}},
		{"---", "", "", "", "", "", "", [3]string{}},
		{"IGOUNO", "IGOUNO", "", "UNO", "", "", "", [3]string{"IGO"}},
		{"IGOEURXYZ", "IGOEURXYZ", "EUR", "XYZ", "", "", "", [3]string{"IGO"}},
		{"IGOMOSABC", "IGOMOSABC", "", "ABC", "", "MOS", "", [3]string{"IGO"}},
		{"NGOHRIXYZ", "NGOHRIXYZ", "", "XYZ", "", "", "", [3]string{"NGO", "HRI"}},
		{"MNCUSAMED", "MNCUSAMED", "USA", "", "", "", "", [3]string{"MNC", "MED"}},
		{"PSEREBXYZ", "PSEREBXYZ", "PSE", "XYZ", "", "", "", [3]string{"REB"}},
		{"IRQMOSSHI", "IRQMOSSHI", "IRQ", "", "", "MOS", "SHI", [3]string{}},
		{"kurGOV", "kurGOV", "", "", "kur", "", "", [3]string{"GOV"}},
		{"TURkurREB", "TURkurREB", "TUR", "", "kur", "", "", [3]string{"REB"}},
		{"SHN", "SHN", "SHN", "", "", "", "", [3]string{}},
		{"JPNSHN", "JPNSHN", "JPN", "", "", "SHN", "", [3]string{}},
		{"QQQGOV", "QQQGOV", "QQQ", "", "", "", "", [3]string{"GOV"}},
		{"USAGOVMILLEGCOP", "USAGOVMILLEGCOP", "USA", "", "", "", "", [3]string{"GOV", "MIL", "LEG"}},
		{"USAGO", "USAGO", "USA", "", "", "", "", [3]string{}},
		{"", "", "", "", "", "", "", [3]string{}},
	}
	for _, tt := range tests {
		p := tb.split(tt.code)
		if p.code != tt.gcode || p.country != tt.country || p.known != tt.known || p.ethnic != tt.ethnic ||
			p.religion != [2]string{tt.r1, tt.r2} || p.types != tt.types {
			t.Errorf("split(%q) = %+v", tt.code, p)
		}
	}
}

// TestGDELTSharedSample checks the export against the published GDELT 2.0
// sample: the same column count, and the FractionDate formula reproducing
// the sample's own FractionDate from its SQLDATE on every row.
func TestGDELTSharedSample(t *testing.T) {
	path := testdata.Shared(t, "formats/gdelt/gdelt2-events-20150218230000.export.sample.tsv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ours := gdeltRow(t, sampleEvent())
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	rows := 0
	for sc.Scan() {
		rows++
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != len(ours) {
			t.Fatalf("sample row %d has %d columns, ours %d", rows, len(cols), len(ours))
		}
		d, ok := parseDate(cols[1][:4] + "-" + cols[1][4:6] + "-" + cols[1][6:])
		if !ok {
			t.Fatalf("sample row %d: SQLDATE %q", rows, cols[1])
		}
		if got := string(appendFraction(nil, d)); got != cols[4] {
			t.Errorf("sample row %d: FractionDate of %s = %s, sample has %s", rows, cols[1], got, cols[4])
		}
		// Our empty-geography convention is GDELT's: Type 0, the rest empty.
		if cols[35] == "0" && strings.Join(cols[36:43], "") != "" {
			t.Errorf("sample row %d: Actor1Geo_Type 0 with geography %q", rows, cols[36:43])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if rows == 0 {
		t.Fatal("sample is empty")
	}
}

func TestFractionDate(t *testing.T) {
	tests := map[date]string{
		{2019, 4, 9}:   "2019.2712",
		{2021, 1, 1}:   "2021.0027",
		{2019, 12, 31}: "2019.9890",
		{2020, 3, 18}:  "2020.2137",
	}
	for d, want := range tests {
		if got := string(appendFraction(nil, d)); got != want {
			t.Errorf("FractionDate(%v) = %s, want %s", d, got, want)
		}
	}
}
