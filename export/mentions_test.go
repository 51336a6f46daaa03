package export

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/internal/testdata"
)

// mentionEvent is an event as the coder makes it, in an article of our own.
func mentionEvent() *event.Event {
	return &event.Event{
		DocID: "alpha-1", SentenceIndex: 2, Sentence: "Turkish troops attacked Greek soldiers.", Date: "2021-03-01",
		Source: event.Actor{Code: "TURMIL", Name: "Turkish military", Text: "Turkish troops", Span: event.Span{Start: 0, End: 14}},
		Target: event.Actor{Code: "GRCMIL", Name: "Greek military", Text: "Greek soldiers", Span: event.Span{Start: 24, End: 38}},
		Code:   "190", Root: "19", QuadClass: 4, Goldstein: -10,
		Explain: event.Explain{Verb: event.Span{Start: 15, End: 23, Text: "attacked"}},
		Article: event.ArticleRef{ID: "alpha-1", Title: "Border clash", Source: "Alpha Herald", URL: "https://www.alpha.example/clash", Date: "2021-03-02"},
	}
}

func TestMentionsRow(t *testing.T) {
	noURL := mentionEvent()
	noURL.Article.URL = ""
	noTarget := mentionEvent()
	noTarget.Target = event.Actor{}
	bare := mentionEvent()
	bare.Article = event.ArticleRef{ID: "doc-9"}
	bare.DocID = "doc-9"
	tests := []struct {
		name string
		m    Mention
		want []string // the 16 columns
	}{
		{"web article", Mention{EventID: 42, EventAdded: "2021-02-28", Event: mentionEvent(), SentenceOffset: 100, DocLen: 900},
			[]string{"42", "20210228000000", "20210302000000", "1", "alpha.example", "https://www.alpha.example/clash", "3", "100", "124", "115", "1", "100", "900", "", "", ""}},
		{"no URL: a citation", Mention{EventID: 42, Event: noURL, SentenceOffset: 0, DocLen: 50},
			[]string{"42", "20210302000000", "20210302000000", "2", "Alpha Herald", "Alpha Herald: Border clash (2021-03-02)", "3", "0", "24", "15", "1", "100", "50", "", "", ""}},
		{"no target, sentence not located", Mention{EventID: 7, Event: noTarget, SentenceOffset: -1},
			[]string{"7", "20210302000000", "20210302000000", "1", "alpha.example", "https://www.alpha.example/clash", "3", "-1", "-1", "-1", "1", "100", "0", "", "", ""}},
		{"nothing known of the article", Mention{Event: bare, SentenceOffset: 5},
			[]string{"", "20210301000000", "20210301000000", "2", "", "doc-9", "3", "5", "29", "20", "1", "100", "0", "", "", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := NewMentions(&buf)
			if err := w.Write(&tt.m); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			line := strings.TrimSuffix(buf.String(), "\n")
			cols := strings.Split(line, "\t")
			if len(cols) != MentionsColumns {
				t.Fatalf("%d columns: %q", len(cols), line)
			}
			want := tt.want
			if want[0] == "" {
				want[0] = strings.Split(line, "\t")[0]
				if want[0] == "0" || want[0] == "" {
					t.Errorf("no GLOBALEVENTID")
				}
			}
			for i := range want {
				if cols[i] != want[i] {
					t.Errorf("column %d = %q, want %q", i+1, cols[i], want[i])
				}
			}
		})
	}
}

func TestMentionsRefuses(t *testing.T) {
	noDate := mentionEvent()
	noDate.Date, noDate.Article.Date = "", ""
	var buf bytes.Buffer
	w := NewMentions(&buf)
	for _, m := range []*Mention{nil, {}, {Event: noDate}, {Event: mentionEvent(), EventAdded: "March"}} {
		if err := w.Write(m); err == nil {
			t.Errorf("wrote %+v", m)
		}
	}
	w.Close()
	if buf.Len() != 0 {
		t.Errorf("refused mentions wrote %q", buf.String())
	}
	if err := w.Write(&Mention{Event: mentionEvent()}); err == nil {
		t.Error("write after Close")
	}
}

// TestMentionsShape compares the column count with GDELT's own sample.
func TestMentionsShape(t *testing.T) {
	data, err := os.ReadFile(testdata.Shared(t, "formats/gdelt/gdelt2-mentions-20150218230000.sample.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if n := len(strings.Split(strings.TrimRight(line, "\r"), "\t")); n != MentionsColumns {
			t.Errorf("GDELT sample line %d has %d columns, MentionsColumns is %d", i+1, n, MentionsColumns)
		}
	}
}

func TestGDELTCounts(t *testing.T) {
	cols := gdeltRowWith(t, GDELTOptions{Counts: func(e *event.Event) Counts {
		return Counts{ID: 42, NumMentions: 5, NumSources: 2, NumArticles: 3}
	}}, mentionEvent())
	if cols[0] != "42" || cols[31] != "5" || cols[32] != "2" || cols[33] != "3" {
		t.Errorf("GLOBALEVENTID %s, NumMentions %s, NumSources %s, NumArticles %s; want 42, 5, 2, 3", cols[0], cols[31], cols[32], cols[33])
	}
}
