package article

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestReadJSONL(t *testing.T) {
	long := strings.Repeat("The committee heard evidence from the harbour master. ", 4000) // ~200 kB
	lines := []string{
		`{"id": "a1", "text": "The envoy arrived in the capital.\n\nShe met the president.\nRead: Envoy's previous visit", "date": "2020-06-26", "title": "Envoy arrives", "url": "https://news.example/a1", "source": "Example News", "config": {"reference_date": "2020-06-26", "dicts": ["x", "y"], "n": 1.50}}`,
		``,
		`{"text": "No id here.", "date": "2021-02-03T10:20:30+02:00"}`,
		`{"id": 42, "text": "Numbered record."}`,
		`{"id": "bad", "text": "unterminated`,
		`["not", "an", "object"]`,
		`{"id": "notext", "title": "Only a title"}`,
		`{"id": "nulltext", "text": null}`,
		`{"id": "baddate", "text": "x", "date": "26/06/2020"}`,
		`{"id": "badconfig", "text": "x", "config": [1, 2]}`,
		`{"id": "badtitle", "text": "x", "title": 7}`,
		"{\"id\": \"latin1\", \"text\": \"Z\xfcrich\"}",
		`{"id": "onlyfurniture", "text": "Advertisement\nLeave a comment"}`,
		`{"id": "long", "text": "` + long + `"}`,
		`{"id": "last", "text": "Final record without newline.", "date": "2019-12-31T23:59:59Z"}`,
	}
	data := strings.Join(lines, "\r\n") // CRLF line endings too
	def := time.Date(2000, 1, 2, 0, 0, 0, 0, time.UTC)
	arts, errs := Read("feed.jsonl", []byte(data), Options{DefaultDate: def})

	wantIDs := []string{"a1", "feed.jsonl:3", "42", "long", "last"}
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if strings.Join(ids, " ") != strings.Join(wantIDs, " ") {
		t.Fatalf("ids = %q, want %q", ids, wantIDs)
	}
	wantErrs := []struct {
		line int
		is   error
		msg  string
	}{
		{5, ErrBadRecord, "invalid JSON"},
		{6, ErrBadRecord, "not a JSON object"},
		{7, ErrBadRecord, `no "text"`},
		{8, ErrBadRecord, `no "text"`},
		{9, ErrBadRecord, `bad date "26/06/2020"`},
		{10, ErrBadRecord, `"config" must be a JSON object`},
		{11, ErrBadRecord, "title"},
		{12, ErrInvalidUTF8, "column 28"},
		{13, ErrNoText, "onlyfurniture"},
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("got %d errors, want %d: %v", len(errs), len(wantErrs), errs)
	}
	for i, w := range wantErrs {
		err := errs[i]
		var re *Error
		if !errors.As(err, &re) || re.Line != w.line || re.Name != "feed.jsonl" || !errors.Is(err, w.is) || !strings.Contains(err.Error(), w.msg) {
			t.Errorf("error %d = %v; want feed.jsonl:%d, %v, containing %q", i, err, w.line, w.is, w.msg)
		}
	}

	a := arts[0]
	if a.Title != "Envoy arrives" || a.Source != "Example News" || a.URL != "https://news.example/a1" {
		t.Errorf("metadata: %q %q %q", a.Title, a.Source, a.URL)
	}
	if !a.Date.Equal(time.Date(2020, 6, 26, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("date = %v", a.Date)
	}
	if a.Text != "The envoy arrived in the capital.\n\nShe met the president." {
		t.Errorf("text = %q", a.Text)
	}
	if len(a.Furniture) != 1 || a.Furniture[0].Line != 4 || a.Furniture[0].Text != "Read: Envoy's previous visit" {
		t.Errorf("furniture = %+v; want the Read: line 4 of the text", a.Furniture)
	}
	var cfg map[string]any
	if err := json.Unmarshal(a.Config, &cfg); err != nil {
		t.Fatalf("config %s: %v", a.Config, err)
	}
	if cfg["reference_date"] != "2020-06-26" || cfg["n"] != 1.5 || len(cfg["dicts"].([]any)) != 2 {
		t.Errorf("config = %v", cfg)
	}
	if arts[1].Config != nil {
		t.Errorf("config of a record without one = %s, want nil", arts[1].Config)
	}
	if want := time.Date(2021, 2, 3, 8, 20, 30, 0, time.UTC); !arts[1].Date.Equal(want) {
		t.Errorf("RFC 3339 date = %v, want %v", arts[1].Date, want)
	}
	if !arts[2].Date.Equal(def) {
		t.Errorf("missing date = %v, want the default %v", arts[2].Date, def)
	}
	if arts[3].Text != strings.TrimSpace(long) {
		t.Errorf("long text: %d bytes, want %d", len(arts[3].Text), len(strings.TrimSpace(long)))
	}
	if arts[4].Text != "Final record without newline." {
		t.Errorf("last record text = %q", arts[4].Text)
	}
}

func TestReadJSONLStdinIDs(t *testing.T) {
	arts, errs := Read("-", []byte("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n"), Options{})
	if len(errs) != 0 || len(arts) != 2 || arts[0].ID != "stdin:1" || arts[1].ID != "stdin:2" {
		t.Errorf("got %+v, %v", arts, errs)
	}
}
