package export

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/annals-project/annals/event"
)

func TestJSONLRoundTrip(t *testing.T) {
	full := sampleEvent()
	full.Negated, full.Quoted = true, true
	full.Explain.Notes = []string{"passive"}
	full.Explain.Source = event.ActorTrace{How: "dictionary", Entries: []event.Rule{{Text: "actor LBYMIL : LNA", Origin: event.Origin{File: "actors/libya.txt", Line: 4}}}}
	full.Sentence = "Tabs\tand <html> & \"quotes\"\nstay intact"
	bare := &event.Event{DocID: "d", Code: "010"}
	events := []*event.Event{full, bare}

	out := writeAll(t, "jsonl", events...)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(events) {
		t.Fatalf("%d lines, want %d", len(lines), len(events))
	}
	for i, line := range lines {
		var back event.Event
		if err := json.Unmarshal([]byte(line), &back); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if !reflect.DeepEqual(&back, events[i]) {
			t.Errorf("line %d does not round-trip:\n got  %+v\n want %+v", i, back, *events[i])
		}
	}
	if !strings.Contains(lines[0], "<html> & ") {
		t.Errorf("HTML characters escaped: %s", lines[0])
	}
	// Field order is the struct's: doc_id first, article last.
	if !strings.HasPrefix(lines[0], `{"doc_id":"doc-7","sentence_index":0,`) || !strings.Contains(lines[0], `,"article":{`) {
		t.Errorf("unexpected field order: %s", lines[0])
	}
}

func TestJSONLRefusesNaN(t *testing.T) {
	e := sampleEvent()
	e.Goldstein = nan()
	var sb strings.Builder
	w := NewJSONL(&sb)
	if err := w.Write(e); err == nil {
		t.Error("NaN accepted")
	}
	if err := w.Write(sampleEvent()); err != nil {
		t.Fatal(err)
	}
	_ = w.Close()
	if strings.Count(sb.String(), "\n") != 1 {
		t.Errorf("partial output: %q", sb.String())
	}
}
