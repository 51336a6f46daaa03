package web

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/cameo"
	"github.com/annals-project/annals/pipeline"
	"github.com/annals-project/annals/server"
	"github.com/annals-project/annals/store"
	"github.com/annals-project/annals/store/sqlite"
	"github.com/annals-project/annals/story"
)

// evil is text that must come out escaped wherever it is shown.
const evil = `<script>alert("x")</script>`

func fixtureStore(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	sent := "Northmen raided the harbour of Southland " + evil
	e := event.Event{DocID: "d1", Sentence: sent, Date: "2022-02-02", DatePrecision: event.Day, Code: "190", Root: "19", QuadClass: 4, Goldstein: -10,
		Source:    event.Actor{Code: "NTHMIL", Name: "Northmen", Text: "Northmen", Span: event.Span{Start: 0, End: 8}},
		Target:    event.Actor{Code: "STH", Name: "Southland", Text: "Southland", Span: event.Span{Start: 31, End: 40}},
		ActionGeo: event.Place{Type: 4, FullName: "Harbour, Southland", Country: "SL", Lat: 1, Lon: 2}}
	e.Explain.Verb = event.Span{Start: 9, End: 15, Text: "raided"}
	e.Explain.Pattern = event.Rule{Text: "raid " + evil, Origin: event.Origin{File: "verbs/19.txt", Line: 7}}
	e.Explain.Source.Entries = []event.Rule{{Text: "northmen", Origin: event.Origin{File: "actors/north.txt", Line: 3}}}
	e.Article = event.ArticleRef{ID: "d1", Title: "Raid " + evil}
	text := sent + " More text."
	a := &store.Article{DocID: "d1", Title: "Raid " + evil, Source: "Wire", SourceKey: "wire", Date: "2022-02-03", Lang: "en", Text: text,
		ContentHash: story.ContentHash(text), Signature: story.Sign(text), Mentions: []store.Mention{{Event: e, SentenceOffset: 0}}}
	e2 := e
	e2.Code, e2.Root, e2.QuadClass, e2.Date = cameo.Code("040"), "04", 1, "2022-03-01"
	e2.Sentence = "Southland met Northmen"
	e2.Source, e2.Target = e.Target, e.Source
	e2.Source.Span, e2.Explain.Verb, e2.Target.Span = event.Span{Start: 0, End: 9}, event.Span{Start: 10, End: 13}, event.Span{Start: 14, End: 22}
	text2 := "Southland met Northmen. Then left."
	b := &store.Article{DocID: "d2", Title: "Talks", Source: "Post", SourceKey: "post", Date: "2022-03-01", Lang: "en", Text: text2,
		ContentHash: story.ContentHash(text2), Signature: story.Sign(text2), Mentions: []store.Mention{{Event: e2, SentenceOffset: 0}}}
	if _, err := db.Save(context.Background(), []*store.Article{a, b}); err != nil {
		t.Fatal(err)
	}
	return db
}

func newTestServer(t *testing.T) *httptest.Server {
	t.Helper()
	h, err := NewHandler(server.Config{Store: fixtureStore(t)})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, srv *httptest.Server, path string) (int, string) {
	t.Helper()
	res, err := srv.Client().Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

func TestPages(t *testing.T) {
	srv := newTestServer(t)
	tests := []struct {
		path   string
		status int
		want   []string
		absent []string
	}{
		{"/", 200, []string{`id="timeline"`, `id="map"`, `1–2 of 2`, `<mark class="src" title="source NTHMIL">Northmen</mark>`, `href="/events/1"`}, nil},
		{"/?root=04", 200, []string{`1–1 of 1`, `href="/events/2"`}, []string{`href="/events/1"`}},
		{"/?since=2022-02-15&split=root", 200, []string{`1–1 of 1`, `data-split="root"`, `data-since="2022-02-15"`}, nil},
		{"/?root=99", 400, []string{`bad root`}, nil},
		{"/?actor=&root=&quad=&since=&q=", 200, []string{`1–2 of 2`}, nil}, // an empty form selects everything
		{"/events/1", 200, []string{`<mark class="verb" title="verb 190">raided</mark>`, `<mark class="tgt" title="target STH">Southland</mark>`,
			`verbs/19.txt:7`, `actors/north.txt:3`, `href="/articles/1"`, `<mark class="place"`}, nil},
		{"/events/9", 404, []string{"not found"}, nil},
		{"/events/x", 400, []string{"bad id"}, nil},
		{"/articles/1", 200, []string{`href="/events/1"`, `More text.`, `verbs/19.txt:7`}, nil},
		{"/articles/7", 404, nil, nil},
		{"/network", 200, []string{`data-source="NTHMIL" data-target="STH"`, `class="edge conflict"`, `class="edge coop"`, `data-code="STH"`}, nil},
		{"/network?actor=NTH&quad=4", 200, []string{`class="edge conflict"`}, []string{`class="edge coop"`}},
		{"/code", 200, []string{`<textarea`}, nil},
		{"/static/app.js", 200, []string{"topojson.feature"}, nil},
		{"/static/vendor/world-atlas/countries-110m.json", 200, []string{`"countries"`}, nil},
		{"/static/vendor/topojson-client/LICENSE", 200, []string{"Bostock"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			code, body := get(t, srv, tc.path)
			if code != tc.status {
				t.Errorf("status %d, want %d", code, tc.status)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, w := range tc.absent {
				if strings.Contains(body, w) {
					t.Errorf("page has %q", w)
				}
			}
			if strings.Contains(body, evil) {
				t.Errorf("page has unescaped %q", evil)
			}
		})
	}
	// The API is on the same mux.
	if code, _ := get(t, srv, "/api/events"); code != 200 {
		t.Errorf("/api/events: %d", code)
	}
	if _, m := get(t, srv, "/metrics"); !strings.Contains(m, `route="GET /events/{id}",code="200"`) {
		t.Errorf("UI routes are not counted:\n%s", m)
	}
}

func TestCodePageWithoutPipeline(t *testing.T) {
	srv := newTestServer(t)
	res, err := srv.Client().PostForm(srv.URL+"/code", url.Values{"text": {"Anything."}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusBadRequest || !strings.Contains(string(b), "not available") {
		t.Errorf("%d %s", res.StatusCode, b)
	}
}

func TestCodePage(t *testing.T) {
	p, err := pipeline.NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	db := fixtureStore(t)
	h, err := NewHandler(server.Config{Store: db, Pipeline: p})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	before, _ := db.Stats(context.Background())
	res, err := srv.Client().PostForm(srv.URL+"/code", url.Values{"text": {"Turkish troops attacked rebels in Tripoli on Monday. " + evil}, "date": {"2021-05-04"}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	page := string(b)
	for _, want := range []string{`<mark class="src" title="source TURMIL">Turkish troops</mark>`, `<mark class="verb" title="verb 190">attacked</mark>`,
		`dict/data/verbs/`, `2021-05-03`} {
		if !strings.Contains(page, want) {
			t.Errorf("coded page lacks %q", want)
		}
	}
	if res.StatusCode != 200 || strings.Contains(page, evil) {
		t.Errorf("status %d, or the pasted text is not escaped", res.StatusCode)
	}
	if after, _ := db.Stats(context.Background()); after != before {
		t.Errorf("coding a text stored something: %+v → %+v", before, after)
	}
}

func TestHighlight(t *testing.T) {
	span := func(a, b int) event.Span { return event.Span{Start: a, End: b} }
	tests := []struct {
		name string
		e    event.Event
		want string
	}{
		{"all three", event.Event{Sentence: "Ärzte trafen Bürger", Source: event.Actor{Span: span(0, 5)}, Target: event.Actor{Span: span(13, 19)},
			Explain: event.Explain{Verb: span(6, 12)}}, "[src:Ärzte] [verb:trafen] [tgt:Bürger]"},
		{"no target", event.Event{Sentence: "They left.", Source: event.Actor{Span: span(0, 4)}, Explain: event.Explain{Verb: span(5, 9)}}, "[src:They] [verb:left]."},
		{"overlap keeps source", event.Event{Sentence: "abcdef", Source: event.Actor{Span: span(0, 4)}, Explain: event.Explain{Verb: span(2, 6)}}, "[src:abcd]ef"},
		{"out of range ignored", event.Event{Sentence: "abc", Source: event.Actor{Span: span(1, 9)}}, "abc"},
		{"none", event.Event{Sentence: "plain"}, "plain"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			for _, s := range highlight(&tc.e) {
				if s.Class != "" {
					fmt.Fprintf(&b, "[%s:%s]", s.Class, s.Text)
				} else {
					b.WriteString(s.Text)
				}
			}
			if b.String() != tc.want {
				t.Errorf("got %q, want %q", b.String(), tc.want)
			}
		})
	}
}

func TestLayout(t *testing.T) {
	bs := []store.Bucket{
		{Source: "A", Target: "B", Events: 4, Coop: 4},
		{Source: "B", Target: "C", Events: 1, Conflict: 1},
		{Source: "C", Target: "A", Events: 2, Coop: 1, Conflict: 1},
	}
	nodes, edges := layout(bs, 600)
	if len(nodes) != 3 || nodes[0].Code != "A" && nodes[0].Code != "B" {
		t.Fatalf("nodes %+v", nodes)
	}
	want := []string{"coop", "conflict", "mixed"}
	for i, e := range edges {
		if e.Class != want[i] {
			t.Errorf("edge %d class %s, want %s", i, e.Class, want[i])
		}
		if e.X1 < 0 || e.X1 > 600 || e.Y2 < 0 || e.Y2 > 600 {
			t.Errorf("edge %d outside the picture: %+v", i, e)
		}
	}
	if !(edges[0].Width > edges[2].Width && edges[2].Width > edges[1].Width) {
		t.Errorf("widths do not follow events: %v %v %v", edges[0].Width, edges[1].Width, edges[2].Width)
	}
}
