package export

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/plover"
)

// ploverRecords writes events and decodes every line into a generic map.
func ploverRecords(t *testing.T, events ...*event.Event) []map[string]any {
	t.Helper()
	out := writeAll(t, "plover", events...)
	var recs []map[string]any
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line does not parse: %v\n%s", err, line)
		}
		recs = append(recs, m)
	}
	return recs
}

func TestPLOVERRecord(t *testing.T) {
	e := sampleEvent()
	recs := ploverRecords(t, e)
	if len(recs) != 1 {
		t.Fatalf("%d records", len(recs))
	}
	r := recs[0]
	for _, f := range []string{"id", "date", "actor", "event", "recipient", "mode", "context",
		"quad_code", "event_scale", "event_text", "text", "text_info", "cite_info", "coder"} {
		if _, ok := r[f]; !ok {
			t.Errorf("field %q missing", f)
		}
	}
	want := map[string]any{
		"id":          strconv.FormatInt(EventID(e), 10),
		"date":        "2019-04-09",
		"actor":       []any{map[string]any{"code": "LBY", "sector": "MIL", "entity_text": "Libyan National Army forces", "identifier_text": "Libyan National Army"}},
		"recipient":   []any{map[string]any{"code": "LBY", "sector": "GOV", "entity_text": "Tripoli", "identifier_text": "Government of National Accord"}},
		"event":       []any{"ASSAULT"},
		"event_text":  []any{"shelled"},
		"mode":        []any{"heavy-weapons"},
		"context":     []any{"military"},
		"quad_code":   4.0,
		"event_scale": -10.0,
		"text":        e.Sentence,
		"text_info":   map[string]any{"sequence": 1.0, "start": 0.0, "end": 59.0},
		"cite_info":   map[string]any{"url": "https://news.example/libya/1", "title": "Fighting near the capital", "publication": "Example Wire"},
		"coder":       "annals",
	}
	for k, w := range want {
		if !reflect.DeepEqual(r[k], w) {
			t.Errorf("%s = %#v, want %#v", k, r[k], w)
		}
	}
}

func TestPLOVERVariants(t *testing.T) {
	tests := []struct {
		name   string
		change func(e *event.Event)
		want   map[string]any
	}{
		{"negated and hypothetical", func(e *event.Event) { e.Negated, e.Hypothetical = true, true },
			map[string]any{"context": []any{"military", "negation", "hypothetical"}}},
		{"negation already a context", func(e *event.Event) {
			e.PLOVER.Context = []string{"negation"}
			e.Negated = true
		}, map[string]any{"context": []any{"negation"}}},
		{"no mode, no context", func(e *event.Event) { e.PLOVER = plover.Coding{Event: "ASSAULT"} },
			map[string]any{"mode": []any{}, "context": []any{}}},
		{"no target", func(e *event.Event) { e.Target = event.Actor{} },
			map[string]any{"recipient": []any{}, "text_info": map[string]any{"sequence": 1.0, "start": 0.0, "end": 35.0}}},
		{"igo actor", func(e *event.Event) { e.Source = event.Actor{Code: "IGOUNO", Text: "the UN"} },
			map[string]any{"actor": []any{map[string]any{"code": "IGO", "sector": "UNO", "entity_text": "the UN"}}}},
		{"no country", func(e *event.Event) { e.Source = event.Actor{Code: "---REB", Text: "rebels"} },
			map[string]any{"actor": []any{map[string]any{"code": "---", "sector": "REB", "entity_text": "rebels"}}}},
		{"role without country", func(e *event.Event) { e.Source = event.Actor{Code: "REB", Text: "rebels"} },
			map[string]any{"actor": []any{map[string]any{"code": "---", "sector": "REB", "entity_text": "rebels"}}}},
		{"country alone", func(e *event.Event) { e.Source = event.Actor{Code: "EGY", Text: "Egypt"} },
			map[string]any{"actor": []any{map[string]any{"code": "EGY", "entity_text": "Egypt"}}}},
		{"no spans: whole sentence", func(e *event.Event) {
			e.Source.Span, e.Target.Span, e.Explain.Verb = event.Span{}, event.Span{}, event.Span{}
			e.Sentence = "Ankara protestó."
		}, map[string]any{"text_info": map[string]any{"sequence": 1.0, "start": 0.0, "end": 16.0}, "event_text": []any{}}},
		{"quad from root", func(e *event.Event) { e.QuadClass = 0; e.Code = "057" },
			map[string]any{"quad_code": 1.0}},
		{"html kept", func(e *event.Event) { e.Sentence = "A <b> & B" },
			map[string]any{"text": "A <b> & B"}},
		{"no article metadata", func(e *event.Event) { e.Article = event.ArticleRef{ID: "doc-7"} },
			map[string]any{"cite_info": map[string]any{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := sampleEvent()
			tt.change(e)
			recs := ploverRecords(t, e)
			if len(recs) != 1 {
				t.Fatalf("%d records", len(recs))
			}
			for k, w := range tt.want {
				if !reflect.DeepEqual(recs[0][k], w) {
					t.Errorf("%s = %#v, want %#v", k, recs[0][k], w)
				}
			}
		})
	}
}

func TestPLOVERSkipsUntyped(t *testing.T) {
	var buf bytes.Buffer
	w := NewPLOVER(&buf)
	untyped := sampleEvent()
	untyped.PLOVER = plover.Coding{}
	second := sampleEvent()
	second.SentenceIndex = 2
	for _, e := range []*event.Event{sampleEvent(), untyped, second} {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if w.Skipped() != 1 {
		t.Errorf("Skipped = %d, want 1", w.Skipped())
	}
	if n := strings.Count(buf.String(), "\n"); n != 2 {
		t.Errorf("%d lines, want 2", n)
	}
	// Reused buffers must not leak one record into the next.
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if !strings.Contains(lines[1], `"sequence":3`) || lines[0] == lines[1] {
		t.Errorf("second record wrong: %s", lines[1])
	}
}

func TestPLOVERRefusesBadEvents(t *testing.T) {
	for name, change := range map[string]func(e *event.Event){
		"no date":   func(e *event.Event) { e.Date, e.Article.Date = "", "" },
		"NaN score": func(e *event.Event) { e.Goldstein = nan() },
	} {
		e := sampleEvent()
		change(e)
		var buf bytes.Buffer
		w := NewPLOVER(&buf)
		if err := w.Write(e); err == nil {
			t.Errorf("%s: accepted", name)
		}
		_ = w.Close()
		if buf.Len() != 0 {
			t.Errorf("%s: wrote %q", name, buf.String())
		}
	}
}
