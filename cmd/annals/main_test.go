package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCmd runs annals with args and returns exit code, stdout and stderr.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(&env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}, args)
	return code, out.String(), errb.String()
}

const goodArticle = `Border talks resume | The Example Gazette

Peru attacked rebel positions near the Chilean border on Tuesday, officials said.

The United Nations called on Peru to return to negotiations.
`

func TestUsageAndHelp(t *testing.T) {
	if code, _, errs := runCmd(t, ""); code != 1 || !strings.Contains(errs, "Commands:") {
		t.Errorf("no args: exit %d, stderr %q", code, errs)
	}
	if code, out, _ := runCmd(t, "", "help"); code != 0 || !strings.Contains(out, "code") || !strings.Contains(out, "explain") {
		t.Errorf("help: exit %d, stdout %q", code, out)
	}
	for _, c := range commands() {
		code, out, _ := runCmd(t, "", c.name, "--help")
		if code != 0 || !strings.Contains(out, "Usage: annals "+c.name) && c.name != "help" {
			t.Errorf("%s --help: exit %d, stdout %q", c.name, code, out)
		}
	}
	tests := [][]string{
		{"nosuch"},
		{"code", "--nosuchflag"},
		{"code", "--format", "xml"},
		{"code", "--date", "26/06/2020"},
		{"code", "--input", "pdf"},
		{"code", "-", "x.txt", "-"},
		{"explain"},
	}
	for _, args := range tests {
		code, out, errs := runCmd(t, "", args...)
		if code != 1 || out != "" || strings.Count(strings.TrimSpace(errs), "\n") != 0 || errs == "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 1 and one line on stderr", args, code, out, errs)
		}
	}
}

func TestCodeFromStdin(t *testing.T) {
	code, out, errs := runCmd(t, goodArticle, "code", "--date", "2021-03-05")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var e struct {
		DocID    string `json:"doc_id"`
		Code     string `json:"code"`
		Date     string `json:"date"`
		Source   struct{ Code string }
		Target   struct{ Code string }
		Sentence string
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if err := json.Unmarshal([]byte(lines[0]), &e); err != nil {
		t.Fatalf("output is not JSONL: %v\n%s", err, out)
	}
	if e.DocID != "stdin" || e.Source.Code != "PER" || e.Code[:2] != "19" || e.Date != "2021-03-02" {
		t.Errorf("first event = %+v", e)
	}
}

// TestBadInputsDoNotStopTheBatch feeds malformed inputs between good ones:
// each bad one gets its own error, the good ones are still coded, and the
// exit code says something failed.
func TestBadInputsDoNotStopTheBatch(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	garbage := make([]byte, 4096)
	for i := range garbage {
		garbage[i] = byte(i * 7919 % 251)
	}
	huge := bytes.Repeat([]byte("Peru attacked Chile and "), 50<<20/24)
	files := []string{
		write("good1.txt", []byte(goodArticle)),
		write("empty.txt", nil),
		write("garbage.bin", garbage),
		write("invalid.txt", []byte("Headline\n\nPeru attacked \xff\xfe Chile.\n")),
		write("huge.txt", huge),
		filepath.Join(dir, "missing.txt"),
		write("good2.jsonl", []byte(`{"id":"a1","date":"2021-03-05","text":"Chile condemned Peru on Friday."}`+"\n"+`not json`+"\n"+`{"id":"a2","date":"2021-03-05","text":"Peru met with Chile."}`+"\n")),
	}
	code, out, errs := runCmd(t, "", append([]string{"code", "--date", "2021-03-05"}, files...)...)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, name := range []string{"empty.txt", "garbage.bin", "invalid.txt", "huge.txt", "missing.txt", "good2.jsonl:2"} {
		if !strings.Contains(errs, name) {
			t.Errorf("no error reported for %s; stderr:\n%s", name, errs)
		}
	}
	for _, doc := range []string{`"doc_id":"good1.txt"`, `"doc_id":"a1"`, `"doc_id":"a2"`} {
		if !strings.Contains(out, doc) {
			t.Errorf("no events from %s; the batch stopped? stdout:\n%s", doc, out)
		}
	}
}

func TestGDELTColumns(t *testing.T) {
	code, out, errs := runCmd(t, goodArticle, "code", "--format", "gdelt", "--date", "2021-03-05")
	if code != 0 || out == "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if n := len(strings.Split(line, "\t")); n != 61 {
			t.Errorf("%d columns, want 61: %q", n, line)
		}
	}
}

func TestExplain(t *testing.T) {
	code, out, errs := runCmd(t, "", "explain", "--date", "2021-03-05", "Chile was attacked by Peruvian troops on Thursday.")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"PERMIL → CHL", "pattern", "verbs/", "actors/", "passive", "2021-03-04 (day)", "on Thursday"} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}
}

func TestEvalCommand(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	recs := `{"id":"t:1","set":"t","ontology":"CAMEO","date":"2021-03-05","text":"Peru attacked Chile on Friday.","events":[{"source":"PER","target":"CHL","code":"190"}],"active":true}
{"id":"t:2","set":"t","ontology":"CAMEO","date":"2021-03-05","text":"Chile condemned Peru.","events":[{"source":"CHL","target":"PER","code":"190"}],"active":true}
`
	if err := os.WriteFile(gold, []byte(recs), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "", "eval", "--gold", gold, "--errors")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if last := lines[len(lines)-1]; last != "eval: set=t records=2 triple_f1=0.500 root_f1=0.500 sentence_exact=0.500 actor_country_f1=1.000" {
		t.Errorf("last line = %q\n%s", last, out)
	}
	if !strings.Contains(out, "miss t:2") {
		t.Errorf("--errors does not list the wrong record:\n%s", out)
	}
}

func TestFlagsAfterArguments(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(p, []byte(goodArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "", "code", p, "--date", "2021-03-05", "--format", "gdelt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "\t20210302\t") && !strings.Contains(out, "20210302\t") {
		t.Errorf("--date after the file was not applied:\n%s", out)
	}
	if n := len(strings.Split(strings.Split(out, "\n")[0], "\t")); n != 61 {
		t.Errorf("--format after the file was not applied: %d columns", n)
	}
}

func TestDictStatsAndLint(t *testing.T) {
	code, out, errs := runCmd(t, "", "dict", "stats")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "reached: ") || !strings.Contains(last, " of ") || !strings.HasSuffix(last, "%)") {
		t.Errorf("last line of dict stats = %q", last)
	}
	if !strings.Contains(out, "roots reached: 20 of 20") {
		t.Errorf("the default dictionaries should reach every root:\n%s", out)
	}
	dir := t.TempDir()
	f := filepath.Join(dir, "d.txt")
	os.WriteFile(f, []byte("verb 190 : attack +\nverb 111 : attack +\n"), 0o644)
	code, out, errs = runCmd(t, "", "dict", "lint", "--no-default-dict", "--dict", f)
	if code != 0 || !strings.Contains(out, "conflict") || !strings.Contains(out, "lint: 1 problems") {
		t.Errorf("lint: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}
