package dateparser

import (
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	p := &Parser{ParserTypes: []ParserType{CustomFormat, AbsoluteTime}}
	cfg := &Configuration{PreferredDateSource: Past, StrictParsing: true}
	for _, tc := range []struct{ in, want string }{
		{"2019-10-05", "2019-10-05"},
		{"Published 2019-10-05T14:00:00Z", "2019-10-05"},
		{"2019/10/05", "2019-10-05"},
		{"05.10.2019", "2019-10-05"},
		{"10/25/2019", "2019-10-25"},
		{"5 October 2019", "2019-10-05"},
		{"Saturday, October 5, 2019, 14:00", "2019-10-05"},
		{"Updated: Sat 5 Oct 2019", "2019-10-05"},
		{"Sept 30, 2020", "2020-09-30"},
		{"2019-02-30", ""},   // no such day
		{"October 2019", ""}, // no day: not a full date
		{"5 October", ""},    // no year
		{"yesterday", ""},
		{"", ""},
		{"room 12-3-45", ""},
	} {
		d, err := p.Parse(cfg, tc.in)
		got := ""
		if err == nil {
			got = d.Time.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("Parse(%q) = %q (%v), want %q", tc.in, got, err, tc.want)
		}
	}
	if d, err := p.Parse(cfg, "05 Oct 19 14:00", "02 Jan 06 15:04"); err != nil || d.Time != time.Date(2019, 10, 5, 14, 0, 0, 0, time.UTC) {
		t.Errorf("custom format: %v %v", d.Time, err)
	}
}
