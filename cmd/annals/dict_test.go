package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeLegacyDicts writes a small PETRARCH verb and actor dictionary of
// our own and returns their paths.
func writeLegacyDicts(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"river.verbs":  "--- GREET [042] ---\nGREET\n- * {WARM WELCOME} [043:044]\n- * OARS [7x]\n",
		"river.actors": "LOWFORD [LWF]\nREEDHAM [RDM]\n",
	}
	var paths []string
	for _, name := range []string{"river.verbs", "river.actors"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func TestDictConvert(t *testing.T) {
	paths := writeLegacyDicts(t)
	code, out, errs := runCmd(t, "", "dict", "convert", paths[0], paths[1])
	if code != 1 || !strings.Contains(errs, "river.verbs:4:") {
		t.Errorf("bad line not reported with file:line (exit %d): %q", code, errs)
	}
	for _, want := range []string{"verb 042 loose : greet|greets|greeted|greeting", "verb 043/044 loose : greet|greets|greeted|greeting * warm * welcome", "actor LWF : lowford", "option : style = petrarch"} {
		if !strings.Contains(out, want) {
			t.Errorf("converted output lacks %q:\n%s", want, out)
		}
	}
	// the output is an annals dictionary that loads without problems
	conv := filepath.Join(t.TempDir(), "conv.txt")
	if err := os.WriteFile(conv, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCmd(t, "", "dict", "convert", conv); code != 0 || errs != "" {
		t.Errorf("converting the converted file: exit %d, %q", code, errs)
	}
	if code, _, errs := runCmd(t, "", "dict", "nosuch"); code != 1 || !strings.Contains(errs, "unknown subcommand") {
		t.Errorf("unknown subcommand: exit %d, %q", code, errs)
	}
	if code, _, _ := runCmd(t, "", "dict", "convert"); code != 1 {
		t.Errorf("convert without files: exit %d", code)
	}
}

func TestCodeWithLegacyDictAndConfig(t *testing.T) {
	paths := writeLegacyDicts(t)
	in := `{"id": "a", "text": "Lowford greeted Reedham with a warm welcome."}
{"id": "b", "text": "Lowford greeted warmly.", "config": {"require_dyad": "false"}}
{"id": "c", "text": "Lowford greeted warmly."}
`
	code, out, _ := runCmd(t, in, "code", "--no-default-dict", "--dict", paths[0], "--dict", paths[1], "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		for _, want := range []string{`"doc_id":"a"`, `"doc_id":"b"`, `"doc_id":"c"`} {
			if strings.Contains(line, want) {
				got = append(got, want)
			}
		}
	}
	if j := strings.Join(got, " "); j != `"doc_id":"a" "doc_id":"a" "doc_id":"b"` {
		t.Errorf("events per document = %s (want two paired events for a, one for b by its config, none for c)\n%s", j, out)
	}
}
