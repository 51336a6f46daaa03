package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestGeoText(t *testing.T) {
	code, out, errs := runCmd(t, "", "geo", "Troops advanced on Sirte, 450 km east of the capital of Tripoli.")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{`"Sirte" (literal) → Sirte, Surt, Libya`, `"Tripoli" (literal) → Tripoli, Libya`, "reason:", "Tripoli, North Lebanon, Lebanon"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestGeoJSONL(t *testing.T) {
	// Non-ASCII text before the places: offsets are code points into the
	// file exactly as it is, blank lines and all.
	doc := "Première ligne — été.\n\n  Clashes in Misrata and “Benghazi-based” forces.\n"
	path := filepath.Join(t.TempDir(), "doc.txt")
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "", "geo", "--format", "jsonl", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	runes := []rune(doc)
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct {
			Start, End int
			Text, Name string
			Country    string
			Lat, Lon   float64
			GeonameID  int
			Feature    string
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		if r.Start < 0 || r.End > len(runes) || string(runes[r.Start:r.End]) != r.Text {
			t.Errorf("span %d..%d does not cover %q in the file", r.Start, r.End, r.Text)
		}
		if r.Country != "LY" || r.GeonameID == 0 || r.Feature == "" || r.Lat == 0 {
			t.Errorf("record %s: want a Libyan place with id, feature and coordinates", line)
		}
		got = append(got, r.Text)
	}
	if strings.Join(got, ",") != "Misrata,Benghazi" {
		t.Errorf("mentions %v, want Misrata, Benghazi", got)
	}
	if !utf8.ValidString(out) {
		t.Error("output is not UTF-8")
	}
}

func TestGeoBadInput(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin.txt")
	if err := os.WriteFile(bin, []byte{0xff, 0xfe, 'a'}, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"geo"},
		{"geo", "--format", "xml", "x"},
		{"geo", "--format", "jsonl"},
		{"geo", "--format", "jsonl", filepath.Join(dir, "missing.txt")},
		{"geo", "--format", "jsonl", bin},
	} {
		code, out, errs := runCmd(t, "", args...)
		if code != 1 || out != "" || errs == "" || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 1 and one line on stderr", args, code, out, errs)
		}
	}
}
