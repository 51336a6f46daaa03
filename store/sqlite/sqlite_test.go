package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/cameo"
	"github.com/annals-project/annals/store"
	"github.com/annals-project/annals/story"
)

func openTemp(t testing.TB) *DB {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// ev makes a coded event as the pipeline would.
func ev(doc, src, tgt, code, date string, sentence int) event.Event {
	e := event.Event{DocID: doc, SentenceIndex: sentence, Sentence: "s" + fmt.Sprint(sentence), Date: date, DatePrecision: event.Day,
		Code: cameo.Code(code), Root: cameo.Code(code[:2]), QuadClass: 4, Goldstein: -10}
	e.Source = event.Actor{Code: cameo.ActorCode(src), Name: src, Span: event.Span{Start: 0, End: 3}}
	if tgt != "" {
		e.Target = event.Actor{Code: cameo.ActorCode(tgt), Name: tgt, Span: event.Span{Start: 10, End: 13}}
	}
	e.Explain.Verb = event.Span{Start: 5, End: 9}
	e.Article = event.ArticleRef{ID: doc, Date: date}
	return e
}

// art makes an article of text from source with the given events.
func art(doc, url, source, date, text string, events ...event.Event) *store.Article {
	a := &store.Article{DocID: doc, URL: url, Source: source, SourceKey: story.SourceKey(source, url, doc), Date: date,
		Text: text, ContentHash: story.ContentHash(text), Signature: story.Sign(text), Lang: "en"}
	for _, e := range events {
		e.Article.URL, e.Article.Source = url, source
		a.Mentions = append(a.Mentions, store.Mention{Event: e, SentenceOffset: 0})
	}
	return a
}

const report = `Troops of the northern coalition shelled positions of the river militia near the
old bridge on Tuesday, witnesses said, and the militia answered with rockets. The fighting
forced hundreds of families to flee toward the coast, aid workers reported late on Tuesday.`

func TestMigrate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	v, err := db.Version(context.Background())
	if err != nil || v != len(migrations) {
		t.Fatalf("version %d, %v; want %d", v, err, len(migrations))
	}
	var mode string
	if err := db.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode %q, %v; want wal", mode, err)
	}
	// A database from a newer annals is refused, not damaged.
	if _, err := db.db.Exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, 'later')`, len(migrations)+1); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("opening a newer schema: err = %v, want 'newer'", err)
	}
}

func TestSaveIdempotentAndMerged(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	a := art("a1", "https://alpha.example/1", "Alpha", "2020-06-10", report,
		ev("a1", "NCO", "RMI", "195", "2020-06-09", 0), ev("a1", "RMI", "NCO", "190", "2020-06-09", 0))
	// Another source, another text, the same shelling dated a day later.
	b := art("b1", "https://beta.example/x", "Beta", "2020-06-10", "Coalition guns hit militia lines by the bridge.",
		ev("b1", "NCO", "RMI", "195", "2020-06-10", 0))
	res, err := db.Save(ctx, []*store.Article{a, b})
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != 2 || res.Events != 2 || res.Merged != 1 || res.Mentions != 3 || res.Stories != 2 {
		t.Errorf("first save %+v", res)
	}
	// The same articles again, and the same text under another URL: nothing.
	c := art("c1", "https://gamma.example/copy", "Gamma", "2020-06-11", report)
	d := art("d1", "https://alpha.example/1", "Alpha", "2020-06-11", "An edited text under the old URL.")
	res, err = db.Save(ctx, []*store.Article{a, b, c, d})
	if err != nil {
		t.Fatal(err)
	}
	if res != (store.Result{Duplicates: 4}) {
		t.Errorf("second save %+v, want 4 duplicates only", res)
	}
	for _, tt := range []struct {
		url, hash string
		want      bool
	}{{"https://alpha.example/1", "", true}, {"", a.ContentHash, true}, {"https://new.example/", "nohash", false}} {
		if got, err := db.Seen(ctx, tt.url, tt.hash); err != nil || got != tt.want {
			t.Errorf("Seen(%q, %q) = %v, %v; want %v", tt.url, tt.hash, got, err, tt.want)
		}
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 || st.Events != 2 || st.Mentions != 3 || st.Actors != 2 || st.Batches != 2 {
		t.Errorf("stats %+v", st)
	}
	var shelling *store.Event
	for e, err := range db.Events(ctx, store.Query{Code: "195"}) {
		if err != nil {
			t.Fatal(err)
		}
		shelling = e
	}
	if shelling == nil {
		t.Fatal("no 195 event")
	}
	if shelling.NumMentions != 2 || shelling.NumArticles != 2 || shelling.NumSources != 2 {
		t.Errorf("merged event counts %d mentions, %d articles, %d sources; want 2, 2, 2", shelling.NumMentions, shelling.NumArticles, shelling.NumSources)
	}
	if shelling.Event.DocID != "a1" || shelling.Added != "2020-06-10" {
		t.Errorf("event keeps the first report: doc %q added %q", shelling.Event.DocID, shelling.Added)
	}
	n := 0
	for m, err := range db.Mentions(ctx, store.Query{Code: "195"}) {
		if err != nil {
			t.Fatal(err)
		}
		if m.EventID != shelling.ID {
			t.Errorf("mention of event %d, want %d", m.EventID, shelling.ID)
		}
		n++
	}
	if n != 2 {
		t.Errorf("%d mentions of the merged event, want 2", n)
	}
	if err := db.Check(ctx); err != nil {
		t.Error(err)
	}
}

func TestMergeCounts(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name                        string
		arts                        []*store.Article
		events                      int
		mentions, articles, sources int // of the first event
	}{
		{"two reports in one article", []*store.Article{
			art("x", "", "Alpha", "2020-01-01", "one text", ev("x", "AAA", "BBB", "190", "2020-01-01", 0), ev("x", "AAA", "BBB", "190", "2020-01-01", 3)),
		}, 1, 2, 1, 1},
		{"same source twice", []*store.Article{
			art("x", "", "Alpha", "2020-01-01", "one text", ev("x", "AAA", "BBB", "190", "2020-01-01", 0)),
			art("y", "", "alpha", "2020-01-01", "another text", ev("y", "AAA", "BBB", "190", "2020-01-01", 0)),
		}, 1, 2, 2, 1},
		{"two days apart", []*store.Article{
			art("x", "", "Alpha", "2020-01-01", "one text", ev("x", "AAA", "BBB", "190", "2020-01-01", 0)),
			art("y", "", "Beta", "2020-01-03", "another text", ev("y", "AAA", "BBB", "190", "2020-01-03", 0)),
		}, 2, 1, 1, 1},
		{"no date never merges", []*store.Article{
			art("x", "", "Alpha", "", "one text", ev("x", "AAA", "BBB", "190", "", 0)),
			art("y", "", "Beta", "", "another text", ev("y", "AAA", "BBB", "190", "", 0)),
		}, 2, 1, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openTemp(t)
			// One batch per article: merging must work across transactions.
			for _, a := range tt.arts {
				if _, err := db.Save(ctx, []*store.Article{a}); err != nil {
					t.Fatal(err)
				}
			}
			var got []*store.Event
			for e, err := range db.Events(ctx, store.Query{}) {
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, e)
			}
			if len(got) != tt.events {
				t.Fatalf("%d events, want %d", len(got), tt.events)
			}
			e := got[0]
			if e.NumMentions != tt.mentions || e.NumArticles != tt.articles || e.NumSources != tt.sources {
				t.Errorf("counts %d/%d/%d, want %d/%d/%d", e.NumMentions, e.NumArticles, e.NumSources, tt.mentions, tt.articles, tt.sources)
			}
			if err := db.Check(ctx); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestStories(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	res, err := db.Save(ctx, []*store.Article{
		art("a", "https://a.example/1", "A", "2020-06-10", report),
		art("b", "https://b.example/1", "B", "2020-06-11", "Shelling at the bridge\n\n"+report+" Follow us for more."),
		art("c", "https://c.example/1", "C", "2020-06-11", "The cabinet approved the budget for next year after a long night of talks on taxes and pensions."),
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stories != 2 || res.Joined != 1 {
		t.Errorf("result %+v, want 2 stories and 1 joined", res)
	}
	var first, last string
	var n int
	if err := db.db.QueryRow(`SELECT num_articles, first_date, last_date FROM stories WHERE first_article = (SELECT id FROM articles WHERE doc_id = 'a')`).Scan(&n, &first, &last); err != nil {
		t.Fatal(err)
	}
	if n != 2 || first != "2020-06-10" || last != "2020-06-11" {
		t.Errorf("story: %d articles, %s..%s", n, first, last)
	}
}

func TestQuery(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	e1 := ev("x", "LBYMIL", "LBYGOV", "190", "2020-06-01", 0)
	e1.ActionGeo = event.Place{Type: 4, FullName: "Sirte, Surt, Libya", CountryCode: "LY", Text: "Sirte", How: "named place"}
	e2 := ev("x", "TUR", "LBYMIL", "042", "2020-06-05", 1)
	e3 := ev("x", "USAGOV", "RUS", "111", "2020-07-01", 2)
	if _, err := db.Save(ctx, []*store.Article{art("x", "", "S", "2020-07-01", "text", e1, e2, e3)}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q    store.Query
		want string
	}{
		{store.Query{}, "190 042 111"},
		{store.Query{Actor: "LBY"}, "190 042"},
		{store.Query{Actor: "lbygov"}, "190"},
		{store.Query{Root: "19"}, "190"},
		{store.Query{Root: "4"}, "042"},
		{store.Query{Since: "2020-06-02"}, "042 111"},
		{store.Query{Until: "2020-06-05"}, "190 042"},
		{store.Query{Place: "sirte"}, "190"},
		{store.Query{Place: "named"}, ""}, // the "how" note is not a place
		{store.Query{Actor: "%"}, ""},     // LIKE wildcards are literal
		{store.Query{Limit: 1}, "190"},
	}
	for _, tt := range tests {
		var got []string
		for e, err := range db.Events(ctx, tt.q) {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, string(e.Event.Code))
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("%+v: %q, want %q", tt.q, s, tt.want)
		}
	}
	// The place fields survive the store.
	for e, err := range db.Events(ctx, store.Query{Code: "190"}) {
		if err != nil {
			t.Fatal(err)
		}
		if e.Event.ActionGeo.FullName != "Sirte, Surt, Libya" {
			t.Errorf("ActionGeo lost: %+v", e.Event.ActionGeo)
		}
	}
}

func TestSaveRollsBack(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	good := art("g", "", "S", "2020-01-01", "good text", ev("g", "AAA", "BBB", "190", "2020-01-01", 0))
	bad := art("b", "", "S", "2020-01-01", "bad text")
	bad.ContentHash = "" // refused by Save
	if _, err := db.Save(ctx, []*store.Article{good, bad}); err == nil {
		t.Fatal("a batch with a bad article saved")
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st != (store.Stats{}) {
		t.Errorf("a failed batch left rows: %+v", st)
	}
}

// BenchmarkSave measures the store alone: events/s for batches of 64
// articles of 10 events each, half of which merge with stored events.
func BenchmarkSave(b *testing.B) {
	ctx := context.Background()
	db := openTemp(b)
	actors := []string{"AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH"}
	n := 0
	events := 0
	for b.Loop() {
		batch := make([]*store.Article, 64)
		for i := range batch {
			doc := fmt.Sprintf("doc-%d", n)
			var evs []event.Event
			for k := 0; k < 10; k++ {
				day := fmt.Sprintf("2020-01-%02d", 1+(n+k)%28)
				evs = append(evs, ev(doc, actors[(n+k)%8], actors[(n*3+k)%8], "190", day, k))
			}
			batch[i] = art(doc, "", fmt.Sprintf("source-%d", n%5), "2020-01-15", fmt.Sprintf("article %d text about things %d", n, n*7), evs...)
			n++
			events += len(evs)
		}
		if _, err := db.Save(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(events)/b.Elapsed().Seconds(), "events/s")
}
