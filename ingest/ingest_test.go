package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/internal/testdata"
	"github.com/annals-project/annals/pipeline"
	"github.com/annals-project/annals/store"
	"github.com/annals-project/annals/store/sqlite"
)

// crashChildEnv, when set in the environment, makes the test binary the
// child of TestCrashRecovery: it ingests $ANNALS_CRASH_SOURCE into
// $ANNALS_CRASH_DB and prints a line per committed batch, until killed.
const crashChildEnv = "ANNALS_CRASH_DB"

func TestMain(m *testing.M) {
	if db := os.Getenv(crashChildEnv); db != "" {
		os.Exit(crashChild(db, os.Getenv("ANNALS_CRASH_SOURCE")))
	}
	os.Exit(m.Run())
}

// testPipeline builds the pipeline once for all tests: it is immutable and
// safe for concurrent use once built.
var testPipeline = sync.OnceValues(pipeline.NewDefault)

func pipe(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	p, err := testPipeline()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func openDB(t testing.TB, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// run ingests sources and returns the progress and the errors reported.
func run(t testing.TB, st store.Store, sources []string, opt Options) (Progress, []error) {
	t.Helper()
	var errs []error
	opt.OnError = func(err error) { errs = append(errs, err) }
	prog, err := Run(context.Background(), st, pipe(t), sources, opt)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if err := st.Check(context.Background()); err != nil {
		t.Fatal(err)
	}
	return prog, errs
}

func stats(t testing.TB, st store.Store) store.Stats {
	t.Helper()
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func write(t testing.TB, path, content string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func jsonl(records ...map[string]string) string {
	var b strings.Builder
	for _, r := range records {
		js, _ := json.Marshal(r)
		b.Write(js)
		b.WriteByte('\n')
	}
	return b.String()
}

// Our own story: a border clash reported by a wire service and re-posted
// by a second site under another headline, with a line of its own.
const clash = `Turkish troops attacked Greek soldiers near the river on Monday, officials said. The Greek government condemned the attack and recalled its ambassador from Ankara. France urged both sides to return to talks. Villagers on both banks said the shooting lasted for more than an hour and that several houses were damaged.`

// TestSameStoryTwoSources: two articles telling one story from two sources
// are one story, and the event they share is one event with NumArticles 2
// and NumSources 2.
func TestSameStoryTwoSources(t *testing.T) {
	dir := t.TempDir()
	src := write(t, filepath.Join(dir, "in", "a.jsonl"), jsonl(
		map[string]string{"id": "alpha-1", "title": "Border clash at the river", "source": "Alpha Herald", "url": "https://alpha.example/clash", "date": "2021-03-02", "text": clash},
		map[string]string{"id": "beta-9", "title": "Troops exchange fire on the border", "source": "Beta Times", "url": "https://beta.example/world/99", "date": "2021-03-02",
			"text": clash + " Beta Times will update this report."},
		map[string]string{"id": "gamma-3", "title": "Budget passed", "source": "Gamma News", "url": "https://gamma.example/b", "date": "2021-03-02",
			"text": "The French parliament approved the budget after a long night of talks on taxes and pensions, and the minister thanked the deputies."},
	))
	db := openDB(t, filepath.Join(dir, "a.db"))
	prog, errs := run(t, db, []string{src}, Options{})
	if len(errs) > 0 || prog.Stored != 3 {
		t.Fatalf("stored %d, errors %v", prog.Stored, errs)
	}
	if prog.Stories != 2 || prog.Joined != 1 {
		t.Errorf("%d stories, %d joined; want 2 stories, the re-post joining the first", prog.Stories, prog.Joined)
	}
	var attack *store.Event
	for e, err := range db.Events(context.Background(), store.Query{Root: "19"}) {
		if err != nil {
			t.Fatal(err)
		}
		if attack != nil {
			t.Fatalf("two attack events: %d and %d; want them merged", attack.ID, e.ID)
		}
		attack = e
	}
	if attack == nil {
		t.Fatal("the attack was not coded")
	}
	if attack.NumArticles != 2 || attack.NumSources != 2 || attack.NumMentions != 2 {
		t.Errorf("attack: NumMentions %d, NumArticles %d, NumSources %d; want 2, 2, 2", attack.NumMentions, attack.NumArticles, attack.NumSources)
	}
	if attack.Event.Source.Code != "TURMIL" || attack.Event.Target.Code != "GRCMIL" || attack.Event.Date != "2021-03-01" {
		t.Errorf("attack coded %s %s %s on %s", attack.Event.Source.Code, attack.Event.Code, attack.Event.Target.Code, attack.Event.Date)
	}
	var storyArticles int
	if err := sqlDB(t, filepath.Join(dir, "a.db")).QueryRow(`SELECT num_articles FROM stories WHERE id = ?`, attack.StoryID).Scan(&storyArticles); err != nil {
		t.Fatal(err)
	}
	if storyArticles != 2 {
		t.Errorf("the attack's story has %d articles, want 2", storyArticles)
	}
}

func sqlDB(t testing.TB, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestFolderTwice ingests a folder of JSONL, text and HTML with a bad record
// and a German article, then again: the second run adds nothing.
func TestFolderTwice(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write(t, filepath.Join(in, "feed.jsonl"), jsonl(
		map[string]string{"id": "j1", "source": "Alpha Herald", "date": "2021-03-02", "text": clash},
		map[string]string{"id": "j2", "source": "Delta Post", "date": "2021-03-04", "text": "Egyptian officials met Sudanese envoys in Cairo on Wednesday to discuss the dam on the Nile, the foreign ministry said."},
	)+"{\"id\": \"broken\", \"text\": \n"+jsonl(
		map[string]string{"id": "j3", "source": "Delta Post", "date": "2021-03-05", "text": "Russian aircraft bombed rebel positions in northern Syria on Thursday, a monitoring group said."},
	))
	write(t, filepath.Join(in, "sub", "story.txt"), "Envoys meet in Geneva – Epsilon Wire\n\nThe United Nations envoy met Libyan officials in Geneva on Friday to discuss a ceasefire, his office said.\n")
	write(t, filepath.Join(in, "sub", "page.html"), `<!doctype html><html lang="en"><head><title>Aid arrives</title></head><body><article><h1>Aid arrives</h1>
<p>The European Union sent food and medicine to Yemen on Saturday, officials in Brussels said, after weeks of delays at the port.</p>
<p>Aid groups welcomed the shipment and called on all parties to keep the roads open for trucks.</p></article></body></html>`)
	write(t, filepath.Join(in, "sub", "bericht.txt"), "Gespräche in Berlin\n\nDie Bundesregierung hat am Montag mit Vertretern der Länder über die neuen Regeln gesprochen. Die Gespräche sollen in der nächsten Woche fortgesetzt werden, wie ein Sprecher sagte. Es gab noch keine Einigung über die Finanzierung der Maßnahmen und die Verteilung der Kosten.\n")
	db := openDB(t, filepath.Join(dir, "f.db"))
	opt := Options{BatchSize: 2, Read: article.Options{DefaultDate: time.Date(2021, 3, 6, 0, 0, 0, 0, time.UTC)}}
	first, errs := run(t, db, []string{in}, opt)
	if first.Stored != 5 || first.NonEnglish != 1 || first.Languages["de"] != 1 || first.Errors != 1 {
		t.Errorf("first run: %+v", first)
	}
	var ae *article.Error
	if len(errs) != 1 || !errors.As(errs[0], &ae) || ae.Line != 3 {
		t.Errorf("errors %v, want the JSONL line 3 reported", errs)
	}
	before := stats(t, db)
	if before.Articles != 5 || before.Events == 0 || before.Batches != 3 {
		t.Errorf("stats %+v", before)
	}
	second, _ := run(t, db, []string{in}, opt)
	if second.Stored != 0 || second.Events != 0 || second.Duplicates != 5 || second.Batches != 0 {
		t.Errorf("second run added something: %+v", second)
	}
	if after := stats(t, db); after != before {
		t.Errorf("second run changed the store: %+v → %+v", before, after)
	}
}

// TestShared ingests the development news and the seed article, twice.
func TestShared(t *testing.T) {
	news := testdata.Shared(t, "news/wikinews-en-2019-2020-dev.jsonl")
	seed := testdata.Shared(t, "seed/article.txt")
	db := openDB(t, filepath.Join(t.TempDir(), "s.db"))
	opt := Options{Read: article.Options{DefaultDate: time.Date(2020, 6, 26, 0, 0, 0, 0, time.UTC)}}
	first, errs := run(t, db, []string{news, seed}, opt)
	if first.Stored != 99 || first.Errors != 0 || len(errs) != first.Sentences {
		t.Errorf("first run: %+v, errors %v", first, errs)
	}
	st := stats(t, db)
	// What the run reports is what the store holds. The floor only says the
	// news codes at all: how many events the coder should find is measured
	// in eval, and falls when a wrong reading is removed.
	if st.Events != first.Events || st.Mentions != first.Mentions {
		t.Errorf("run reported %d events, %d mentions; store holds %+v", first.Events, first.Mentions, st)
	}
	if st.Events < 100 || st.Mentions < st.Events || st.Actors < 20 {
		t.Errorf("stats %+v", st)
	}
	// The seed's event: the US (USAGOV) meeting Haftar's forces.
	found := false
	for e, err := range db.Events(context.Background(), store.Query{Actor: "USAGOV", Code: "04", Since: "2020-06-24", Until: "2020-06-24"}) {
		if err != nil {
			t.Fatal(err)
		}
		found = found || e.Event.Target.Code == "LBYMIL"
	}
	if !found {
		t.Error("the seed's USAGOV 04x LBYMIL meeting of Wednesday 2020-06-24 is not stored")
	}
	second, _ := run(t, db, []string{news, seed}, opt)
	if second.Stored != 0 || second.Duplicates != 99 {
		t.Errorf("second run: %+v", second)
	}
	if after := stats(t, db); after != st {
		t.Errorf("second run changed the store: %+v → %+v", st, after)
	}
}

// TestFeeds ingests the real feeds of ../shared/feeds; then the broken
// feeds and the WARC samples, which must give per-record errors and no
// crash.
func TestFeeds(t *testing.T) {
	// The feed files only: rss-parser/expected-json holds that parser's
	// snapshots, not feeds.
	var real []string
	for _, pat := range []string{"rss-parser/*.rss", "rss-parser/*.atom", "feedjira/*.xml", "jsonfeed/*.json", "news-sitemaps/*.xml"} {
		files, err := filepath.Glob(filepath.Join(testdata.Shared(t, "feeds"), pat))
		if err != nil || len(files) == 0 {
			t.Fatalf("no feeds %s: %v", pat, err)
		}
		real = append(real, files...)
	}
	db := openDB(t, filepath.Join(t.TempDir(), "feeds.db"))
	first, errs := run(t, db, real, Options{})
	t.Logf("real feeds: %+v", first)
	for _, err := range errs {
		t.Logf("reported: %v", err)
	}
	if first.Stored < 50 || first.NonEnglish < 10 || first.Languages["de"] == 0 || first.Languages["pt"] == 0 {
		t.Errorf("real feeds: %+v", first)
	}
	if st := stats(t, db); st.Events == 0 {
		t.Errorf("no events from the feeds: %+v", st)
	}
	second, _ := run(t, db, real, Options{})
	if second.Stored != 0 || second.Events != 0 {
		t.Errorf("second run added: %+v", second)
	}

	broken := []string{testdata.Shared(t, "feeds/edge-cases-feedparser"), testdata.Shared(t, "warc")}
	db2 := openDB(t, filepath.Join(t.TempDir(), "broken.db"))
	prog, errs := run(t, db2, broken, Options{})
	t.Logf("broken feeds and WARC samples: %+v", prog)
	if prog.Errors == 0 || len(errs) < prog.Errors {
		t.Errorf("no errors reported for broken inputs: %+v", prog)
	}
	for _, err := range errs {
		var ae *article.Error
		var se *pipeline.SentenceError
		if !errors.As(err, &ae) && !errors.As(err, &se) {
			t.Errorf("error without a record: %v", err)
		} else if ae != nil && ae.Name == "" {
			t.Errorf("error names no input: %v", err)
		}
	}
}

// page is an HTML page of our own.
func page(title, body string) string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>` + title + `</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>` + title + `</h1>` + body + `</article><footer>© Example News</footer></body></html>`
}

// warcRecord is one WARC response record of an HTML page.
func warcRecord(uri, date, html string, n int) []byte {
	http := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + fmt.Sprint(len(html)) + "\r\n\r\n" + html
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\nWARC-Date: %s\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n",
		n, date, uri, len(http))
	b.WriteString(http)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// TestWARC writes our own pages into a WARC and a per-record gzip WARC,
// ingests them, and checks that the stored text is the text of reading the
// page directly.
func TestWARC(t *testing.T) {
	dir := t.TempDir()
	pages := []struct{ uri, html string }{
		{"https://alpha.example/2021/03/clash", page("Border clash at the river", "<p>"+strings.ReplaceAll(clash, ". ", ".</p><p>")+"</p>")},
		{"https://delta.example/nile-talks", page("Nile talks", "<p>Egyptian officials met Sudanese envoys in Cairo on Wednesday to discuss the dam on the Nile, the foreign ministry said.</p><p>The talks will resume next month.</p>")},
		{"https://epsilon.example/geneva", page("Envoys meet in Geneva", "<p>The United Nations envoy met Libyan officials in Geneva on Friday to discuss a ceasefire, his office said.</p><p>Both delegations called the meeting useful.</p>")},
	}
	var plain, gz bytes.Buffer
	for i, p := range pages {
		rec := warcRecord(p.uri, "2021-03-05T10:00:00Z", p.html, i+1)
		plain.Write(rec)
		zw := gzip.NewWriter(&gz)
		zw.Write(rec)
		zw.Close()
	}
	write(t, filepath.Join(dir, "news.warc"), plain.String())
	write(t, filepath.Join(dir, "gz", "news.warc.gz"), gz.String())

	for _, src := range []string{filepath.Join(dir, "news.warc"), filepath.Join(dir, "gz", "news.warc.gz")} {
		t.Run(filepath.Base(src), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "w.db")
			db := openDB(t, path)
			prog, errs := run(t, db, []string{src}, Options{})
			if prog.Stored != len(pages) || len(errs) > 0 {
				t.Fatalf("stored %d of %d; errors %v", prog.Stored, len(pages), errs)
			}
			if prog.Events == 0 {
				t.Error("no events from the WARC")
			}
			raw := sqlDB(t, path)
			for _, p := range pages {
				var text string
				if err := raw.QueryRow(`SELECT text FROM articles WHERE url = ?`, p.uri).Scan(&text); err != nil {
					t.Fatalf("%s: %v", p.uri, err)
				}
				direct, errs := article.Read(p.uri, []byte(p.html), article.Options{URL: p.uri})
				if len(errs) > 0 || len(direct) != 1 {
					t.Fatalf("reading %s directly: %v", p.uri, errs)
				}
				if text != direct[0].Text {
					t.Errorf("%s: text from the WARC differs from the page read directly:\n%q\n%q", p.uri, text, direct[0].Text)
				}
			}
			again, _ := run(t, db, []string{src}, Options{})
			if again.Stored != 0 {
				t.Errorf("second run stored %d", again.Stored)
			}
		})
	}
}

// corpus writes n distinct articles of our own as JSONL: reports of clashes
// and meetings between pairs of countries over a few weeks, from six
// sources; every fifth is a re-post of the one before by another source,
// with a line of its own (so all n are distinct articles).
func corpus(t testing.TB, path string, n int) {
	demonyms := []string{"Turkish", "Greek", "French", "German", "Russian", "Egyptian", "Iranian", "Iraqi", "Syrian", "Chinese", "Indian", "Pakistani"}
	countries := []string{"Turkey", "Greece", "France", "Germany", "Russia", "Egypt", "Iran", "Iraq", "Syria", "China", "India", "Pakistan"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	sources := []string{"Alpha Herald", "Beta Times", "Gamma News", "Delta Post", "Epsilon Wire", "Zeta Daily"}
	var b strings.Builder
	prev := ""
	for i := 0; i < n; i++ {
		a, c := i%len(demonyms), (i*5+3)%len(demonyms)
		if a == c {
			c = (c + 1) % len(demonyms)
		}
		date := time.Date(2021, 3, 1+i%20, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		text := fmt.Sprintf("%s troops attacked %s soldiers near the border on %s, officials said. The government of %s condemned the attack. "+
			"Leaders of %s met envoys from %s to discuss the crisis. Local reports counted %d damaged houses in the area of post %d.",
			demonyms[a], demonyms[c], days[i%5], countries[c], countries[(a+2)%len(countries)], countries[c], i%37+2, i)
		if i%5 == 4 {
			text = prev + fmt.Sprintf(" This report was shared by reader %d.", i)
		}
		prev = text
		js, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("doc-%04d", i), "source": sources[i%len(sources)], "date": date, "title": fmt.Sprintf("Report %d", i), "text": text})
		b.Write(js)
		b.WriteByte('\n')
	}
	write(t, path, b.String())
}

// crashChild is the child process of TestCrashRecovery.
func crashChild(dbPath, source string) int {
	p, err := pipeline.NewDefault()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	db, err := sqlite.Open(dbPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	_, err = Run(context.Background(), db, p, []string{source}, Options{BatchSize: 4, OnProgress: func(p Progress) {
		fmt.Printf("committed %d\n", p.Stored)
	}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// eventDigest lists every event with its counts, sorted: two stores with
// the same digest hold the same events.
func eventDigest(t testing.TB, st store.Store) []string {
	var out []string
	for e, err := range st.Events(context.Background(), store.Query{}) {
		if err != nil {
			t.Fatal(err)
		}
		x := &e.Event
		out = append(out, fmt.Sprintf("%s %s %s %s neg=%v m=%d a=%d s=%d first=%s/%d", x.Date, x.Source.Code, x.Code, x.Target.Code, x.Negated,
			e.NumMentions, e.NumArticles, e.NumSources, x.DocID, x.SentenceIndex))
	}
	sort.Strings(out)
	return out
}

// TestCrashRecovery kills an ingest with SIGKILL in the middle, checks that
// the database is whole (every committed batch complete, nothing of the
// batch being written), reruns the ingest, and checks that the result is
// the same database as an uninterrupted ingest.
func TestCrashRecovery(t *testing.T) {
	const n = 400
	dir := t.TempDir()
	src := filepath.Join(dir, "corpus.jsonl")
	corpus(t, src, n)
	dbPath := filepath.Join(dir, "crash.db")

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+dbPath, "ANNALS_CRASH_SOURCE="+src)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	commits := 0
	for commits < 3 && sc.Scan() {
		if strings.HasPrefix(sc.Text(), "committed ") {
			commits++
		}
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL
		t.Fatal(err)
	}
	cmd.Wait()
	if commits < 3 {
		t.Fatalf("the child committed %d batches before ending; stderr: %s", commits, stderr.String())
	}

	db := openDB(t, dbPath)
	if err := db.Check(context.Background()); err != nil {
		t.Fatalf("after SIGKILL: %v", err)
	}
	killed := stats(t, db)
	t.Logf("killed after %d articles in %d batches", killed.Articles, killed.Batches)
	if killed.Articles < 12 || killed.Articles >= n {
		t.Fatalf("the kill did not land mid-run: %d articles stored of %d", killed.Articles, n)
	}
	// Every batch is whole: 4 articles each (duplicates never reach a batch).
	if killed.Articles != 4*killed.Batches {
		t.Errorf("%d articles in %d batches of 4: a batch is incomplete", killed.Articles, killed.Batches)
	}

	rerun, _ := run(t, db, []string{src}, Options{BatchSize: 4})
	if rerun.Stored+killed.Articles != n || rerun.Duplicates != killed.Articles {
		t.Errorf("rerun stored %d and skipped %d after %d were committed; want %d in all", rerun.Stored, rerun.Duplicates, killed.Articles, n)
	}

	ref := openDB(t, filepath.Join(dir, "ref.db"))
	run(t, ref, []string{src}, Options{BatchSize: 64})
	got, want := stats(t, db), stats(t, ref)
	got.Batches, want.Batches = 0, 0
	if got != want {
		t.Errorf("killed and rerun: %+v; uninterrupted: %+v", got, want)
	}
	gd, wd := eventDigest(t, db), eventDigest(t, ref)
	if strings.Join(gd, "\n") != strings.Join(wd, "\n") {
		t.Errorf("events differ from an uninterrupted ingest (%d vs %d)", len(gd), len(wd))
	}
}

// BenchmarkIngest measures the whole engine on the development news:
// reading, coding on all cores, signing and storing, in articles/s.
func BenchmarkIngest(b *testing.B) {
	news := testdata.Shared(b, "news/wikinews-en-2019-2020-dev.jsonl")
	p := pipe(b)
	articles := 0
	for i := 0; b.Loop(); i++ {
		db, err := sqlite.Open(filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		prog, err := Run(context.Background(), db, p, []string{news}, Options{})
		db.Close()
		if err != nil {
			b.Fatal(err)
		}
		articles += prog.Stored
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
}
