package article

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func BenchmarkReadText(b *testing.B) {
	data, err := os.ReadFile("testdata/furniture.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, errs := Read("furniture.txt", data, Options{}); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}

// BenchmarkReadJSONL reads 100 records of about 3 kB each.
func BenchmarkReadJSONL(b *testing.B) {
	text := strings.Repeat("The delegation met the foreign minister in the capital on Tuesday.\n\n", 40) + "Read: Earlier talks\nAdvertisement"
	var buf bytes.Buffer
	for range 100 {
		line, _ := json.Marshal(map[string]any{"text": text, "date": "2020-06-26", "title": "Talks", "config": map[string]any{"k": 1}})
		buf.Write(line)
		buf.WriteByte('\n')
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if arts, errs := Read("b.jsonl", data, Options{}); len(errs) > 0 || len(arts) != 100 {
			b.Fatal(errs)
		}
	}
}

func BenchmarkReadHTML(b *testing.B) {
	data, err := os.ReadFile("testdata/page.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, errs := Read("page.html", data, Options{}); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}

// BenchmarkRulesMatch is the cost of testing one ordinary article line
// (which matches no rule, the common case) against the default rules.
func BenchmarkRulesMatch(b *testing.B) {
	rs := DefaultRules()
	line := "The US side stressed that the talks, held in the capital on Wednesday, were useful and would continue next week."
	for b.Loop() {
		if _, ok := rs.Match(line); ok {
			b.Fatal("matched")
		}
	}
}
