package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Our own story told by two sources (a wire text and a re-post of it) and
// one unrelated article.
const wireText = `Turkish troops attacked Greek soldiers near the river on Monday, officials said. The Greek government condemned the attack and recalled its ambassador from Ankara. France urged both sides to return to talks. Villagers on both banks said the shooting lasted for more than an hour and that several houses were damaged.`

func ingestFixture(t *testing.T) (dir, db string) {
	t.Helper()
	dir = t.TempDir()
	var b strings.Builder
	for _, r := range []map[string]string{
		{"id": "alpha-1", "title": "Border clash at the river", "source": "Alpha Herald", "url": "https://alpha.example/clash", "date": "2021-03-02", "text": wireText},
		{"id": "beta-9", "title": "Troops exchange fire", "source": "Beta Times", "url": "https://beta.example/99", "date": "2021-03-02", "text": wireText + " Beta Times will update this report."},
	} {
		js, _ := json.Marshal(r)
		b.Write(js)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join(dir, "news.jsonl"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "talks.txt"), []byte("Talks in Cairo – Delta Post\n\nEgyptian officials met Sudanese envoys in Cairo on Wednesday to discuss the dam on the Nile, the foreign ministry said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, filepath.Join(dir, "annals.db")
}

func TestIngestEventsExport(t *testing.T) {
	dir, db := ingestFixture(t)
	code, out, errs := runCmd(t, "", "ingest", "--db", db, "--date", "2021-03-04", dir)
	if code != 0 || out != "" {
		t.Fatalf("ingest: exit %d, stdout %q, stderr %s", code, out, errs)
	}
	// Not a terminal: parseable progress lines.
	if !strings.Contains(errs, "annals ingest: progress read=3 stored=3 ") || !strings.Contains(errs, "annals ingest: done read=3 stored=3 ") {
		t.Errorf("progress lines: %s", errs)
	}
	code, _, errs = runCmd(t, "", "ingest", "--db", db, "--progress", "none", dir)
	if code != 0 || !strings.Contains(errs, "stored=0 duplicates=3 ") || strings.Contains(errs, "progress read") {
		t.Errorf("second ingest: exit %d, stderr %s", code, errs)
	}

	// events: the attack once, with its counts.
	code, out, errs = runCmd(t, "", "events", "--db", db, "--actor", "TUR", "--root", "19")
	if code != 0 {
		t.Fatalf("events: exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], "TURMIL") || !strings.Contains(lines[1], "GRCMIL") || !strings.Contains(lines[1], "   2    2    2  ") {
		t.Errorf("events table:\n%s", out)
	}
	code, out, _ = runCmd(t, "", "events", "--db", db, "--format", "jsonl", "--code", "190")
	var ev struct {
		ID          int64  `json:"global_event_id"`
		NumArticles int    `json:"num_articles"`
		NumSources  int    `json:"num_sources"`
		Code        string `json:"code"`
		Sentence    string `json:"sentence"`
	}
	if err := json.Unmarshal([]byte(out), &ev); code != 0 || err != nil || ev.NumArticles != 2 || ev.NumSources != 2 || ev.Code != "190" || ev.Sentence == "" {
		t.Fatalf("events jsonl: exit %d, %v: %s", code, err, out)
	}
	if _, out, _ := runCmd(t, "", "events", "--db", db, "--since", "2021-03-03", "--actor", "TUR"); strings.Count(out, "\n") != 1 {
		t.Errorf("--since after the attack still lists it:\n%s", out)
	}

	// export gdelt: 61 columns; the attack carries its id and counts.
	code, out, errs = runCmd(t, "", "export", "--db", db, "--format", "gdelt")
	if code != 0 {
		t.Fatalf("export gdelt: exit %d: %s", code, errs)
	}
	found := false
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		cols := strings.Split(line, "\t")
		if len(cols) != 61 {
			t.Fatalf("gdelt row with %d columns: %q", len(cols), line)
		}
		if cols[0] == strconv.FormatInt(ev.ID, 10) {
			found = true
			if cols[26] != "190" || cols[31] != "2" || cols[32] != "2" || cols[33] != "2" {
				t.Errorf("attack row: code %s NumMentions %s NumSources %s NumArticles %s", cols[26], cols[31], cols[32], cols[33])
			}
		}
	}
	if !found {
		t.Errorf("no gdelt row with GLOBALEVENTID %d", ev.ID)
	}

	// export mentions: 16 columns; two mentions of the attack, whose
	// ActionCharOffset points at the verb in the article text.
	code, out, errs = runCmd(t, "", "export", "--db", db, "--format", "mentions")
	if code != 0 {
		t.Fatalf("export mentions: exit %d: %s", code, errs)
	}
	n := 0
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		cols := strings.Split(line, "\t")
		if len(cols) != 16 {
			t.Fatalf("mentions row with %d columns: %q", len(cols), line)
		}
		if cols[0] != strconv.FormatInt(ev.ID, 10) {
			continue
		}
		n++
		off, err := strconv.Atoi(cols[9])
		if err != nil || off < 0 || string([]rune(wireText)[off:off+8]) != "attacked" {
			t.Errorf("ActionCharOffset %q does not point at 'attacked'", cols[9])
		}
		if cols[3] != "1" || (cols[4] != "alpha.example" && cols[4] != "beta.example") {
			t.Errorf("mention type/source %q %q", cols[3], cols[4])
		}
	}
	if n != 2 {
		t.Errorf("%d mentions of the attack, want 2", n)
	}

	// export plover and icews.
	_, out, _ = runCmd(t, "", "export", "--db", db, "--format", "plover", "--root", "19")
	var pl map[string]any
	if err := json.Unmarshal([]byte(strings.Split(out, "\n")[0]), &pl); err != nil {
		t.Fatalf("plover: %v: %q", err, out)
	}
	for _, f := range []string{"id", "date", "actor", "recipient", "event", "mode", "context", "text"} {
		if _, ok := pl[f]; !ok {
			t.Errorf("plover record lacks %q: %s", f, out)
		}
	}
	_, out, _ = runCmd(t, "", "export", "--db", db, "--format", "icews")
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if c := strings.Count(line, "\t") + 1; c != 20 {
			t.Errorf("icews line %d has %d columns", i+1, c)
		}
	}
}

func TestIngestUsageErrors(t *testing.T) {
	dir, db := ingestFixture(t)
	missing := filepath.Join(dir, "nosuch.db")
	tests := [][]string{
		{"ingest", "--db", db},
		{"ingest", "--db", db, "--every", "-1s", dir},
		{"ingest", "--db", db, "--progress", "loud", dir},
		{"events", "--db", missing},
		{"events", "--db", db, "--root", "abc"},
		{"events", "--db", db, "--since", "March"},
		{"events", "--db", db, "--format", "mentions"},
		{"export", "--db", db},
		{"export", "--db", db, "--format", "csv"},
	}
	for _, args := range tests {
		code, out, errs := runCmd(t, "", args...)
		if code != 1 || out != "" || strings.Count(strings.TrimSpace(errs), "\n") != 0 || errs == "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 1 and one line on stderr", args, code, out, errs)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("querying a missing database created it")
	}
}

func TestIngestBadRecord(t *testing.T) {
	dir, db := ingestFixture(t)
	if err := os.WriteFile(filepath.Join(dir, "bad.jsonl"), []byte("{\"id\": 1, \"text\": \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCmd(t, "", "ingest", "--db", db, "--progress", "none", dir)
	if code != 1 || !strings.Contains(errs, "bad.jsonl:1") || !strings.Contains(errs, "stored=3 ") || !strings.Contains(errs, "errors=1 ") {
		t.Errorf("exit %d, stderr %s", code, errs)
	}
}
