package server_test

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/cameo"
	"github.com/annals-project/annals/ontology/plover"
	"github.com/annals-project/annals/server"
	"github.com/annals-project/annals/store"
	"github.com/annals-project/annals/store/sqlite"
	"github.com/annals-project/annals/story"
)

// TestLoad is the load test of the events and aggregates endpoints: it
// builds a database of synthetic events (ANNALS_LOADTEST_EVENTS, default
// 100,000) through the store, serves it on loopback and sends requests at a
// fixed rate (ANNALS_LOADTEST_RATE per second, default 1,000) for
// ANNALS_LOADTEST_SECONDS (default 8) per phase, then reports requests/s
// and latency percentiles. It runs only with ANNALS_LOADTEST=1; set
// ANNALS_LOADTEST_DB to keep the database between runs.
//
//	ANNALS_LOADTEST=1 go test ./server -run TestLoad -v -timeout 10m
func TestLoad(t *testing.T) {
	if os.Getenv("ANNALS_LOADTEST") != "1" {
		t.Skip("load test: set ANNALS_LOADTEST=1 to run it")
	}
	n := envInt(t, "ANNALS_LOADTEST_EVENTS", 100_000)
	rate := envInt(t, "ANNALS_LOADTEST_RATE", 1000)
	secs := envInt(t, "ANNALS_LOADTEST_SECONDS", 8)
	path := os.Getenv("ANNALS_LOADTEST_DB")
	if path == "" {
		path = filepath.Join(t.TempDir(), "load.db")
	}
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Events < n {
		start := time.Now()
		if err := fillSynthetic(ctx, db, st.Events, n); err != nil {
			t.Fatal(err)
		}
		t.Logf("stored %d synthetic events in %v", n-st.Events, time.Since(start).Round(time.Millisecond))
	}
	if st, err = db.Stats(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("database: %d events, %d articles", st.Events, st.Articles)

	s, err := server.New(server.Config{Store: db})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	tr := &http.Transport{MaxIdleConnsPerHost: 512, MaxConnsPerHost: 0}
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}

	roots := []string{"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}
	// Queries analysts make: a page of events under common filters, and
	// the aggregates the UI draws.
	var events, aggs []string
	for _, r := range roots {
		events = append(events, "/api/events?root="+r, "/api/events?root="+r+"&sort=-mentions")
	}
	for _, c := range actorCountries {
		events = append(events, "/api/events?actor="+c, "/api/events?actor="+c+"&quad=4&limit=20")
		aggs = append(aggs, "/api/aggregates?by=day&split=quad&actor="+c, "/api/aggregates?by=dyad&limit=60&actor="+c)
	}
	events = append(events, "/api/events", "/api/events?offset=1000", "/api/events?since=2021-01-01&until=2021-01-31", "/api/events?country=LY")
	aggs = append(aggs, "/api/aggregates?by=day&split=quad", "/api/aggregates?by=day&split=root", "/api/aggregates?by=root",
		"/api/aggregates?by=country", "/api/aggregates?by=place&limit=2000", "/api/aggregates?by=dyad&limit=60", "/api/aggregates?by=month")

	for _, phase := range []struct {
		name string
		urls []string
	}{{"events", events}, {"aggregates", aggs}} {
		// Warm-up: every distinct query once (these are the cache misses
		// an analyst pays the first time; their latency is reported too).
		var cold []time.Duration
		for _, u := range phase.urls {
			d, err := fetch(client, srv.URL+u)
			if err != nil {
				t.Fatal(err)
			}
			cold = append(cold, d)
		}
		res := openLoop(client, srv.URL, phase.urls, rate, time.Duration(secs)*time.Second)
		t.Logf("%-10s first requests (uncached, %d distinct): p50 %v p99 %v max %v", phase.name, len(cold), pct(cold, 50), pct(cold, 99), pct(cold, 100))
		t.Logf("%-10s open loop at %d/s for %ds: %d requests, %d errors, %.0f requests/s, p50 %v p99 %v max %v",
			phase.name, rate, secs, res.n, res.errors, res.rps, pct(res.lat, 50), pct(res.lat, 99), pct(res.lat, 100))
		if res.errors > 0 {
			t.Errorf("%s: %d failed requests", phase.name, res.errors)
		}
	}
	// Uncached: every request a distinct query (the date range moves), so
	// each one reaches the database.
	var distinct []string
	for i := range 400 {
		day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)
		until := day.AddDate(0, 0, 30).Format("2006-01-02")
		distinct = append(distinct, fmt.Sprintf("/api/events?since=%s&until=%s", day.Format("2006-01-02"), until),
			fmt.Sprintf("/api/aggregates?by=day&split=quad&since=%s&until=%s", day.Format("2006-01-02"), until))
	}
	res := openLoop(client, srv.URL, distinct, 20, 8*time.Second)
	t.Logf("uncached   open loop at 20/s for 8s, every query distinct (events and day aggregates over 30 days): %d requests, %d errors, %.0f requests/s, p50 %v p99 %v max %v",
		res.n, res.errors, res.rps, pct(res.lat, 50), pct(res.lat, 99), pct(res.lat, 100))
	if res.errors > 0 {
		t.Errorf("uncached: %d failed requests", res.errors)
	}
}

type loadResult struct {
	n, errors int
	rps       float64
	lat       []time.Duration
}

// openLoop sends requests at a fixed rate, cycling through urls, whatever
// the answers' latency (an open loop: slow answers do not slow the
// arrivals, so queueing shows in the latency).
func openLoop(client *http.Client, base string, urls []string, rate int, dur time.Duration) loadResult {
	var mu sync.Mutex
	var res loadResult
	var wg sync.WaitGroup
	interval := time.Second / time.Duration(rate)
	start := time.Now()
	for i := 0; ; i++ {
		at := start.Add(time.Duration(i) * interval)
		if at.Sub(start) >= dur {
			break
		}
		time.Sleep(time.Until(at))
		wg.Add(1)
		go func(u string) {
			defer wg.Done()
			d, err := fetch(client, base+u)
			mu.Lock()
			defer mu.Unlock()
			res.n++
			if err != nil {
				res.errors++
				return
			}
			res.lat = append(res.lat, d)
		}(urls[i%len(urls)])
	}
	wg.Wait()
	res.rps = float64(res.n) / time.Since(start).Seconds()
	return res
}

func fetch(client *http.Client, url string) (time.Duration, error) {
	t := time.Now()
	r, err := client.Get(url)
	if err != nil {
		return 0, err
	}
	_, err = io.Copy(io.Discard, r.Body)
	r.Body.Close()
	if err == nil && r.StatusCode != http.StatusOK {
		err = fmt.Errorf("%s: %s", url, r.Status)
	}
	return time.Since(t), err
}

// pct is the p-th percentile of ds (p = 100: the maximum).
func pct(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := (len(s)*p + 99) / 100
	i = min(max(i-1, 0), len(s)-1)
	return s[i].Round(10 * time.Microsecond)
}

func envInt(t *testing.T, name string, def int) int {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	var n int
	if _, err := fmt.Sscan(s, &n); err != nil || n <= 0 {
		t.Fatalf("bad %s=%q: want a positive integer", name, s)
	}
	return n
}

var actorCountries = []string{"LBY", "TUR", "USA", "RUS", "FRA", "EGY", "GRC", "ITA", "SYR", "IRQ"}

// fillSynthetic stores events from index have to want, 10 per article and
// 100 articles per batch, each with its own dyad, code and day so that none
// merge.
func fillSynthetic(ctx context.Context, db *sqlite.DB, have, want int) error {
	rng := rand.New(rand.NewPCG(1, uint64(have)))
	agents := []string{"", "GOV", "MIL", "REB", "OPP", "BUS"}
	codes := []string{"010", "020", "036", "040", "042", "051", "057", "061", "070", "080", "090", "100", "111", "120", "130", "141", "150", "163", "173", "180", "190", "193", "200"}
	quads := map[string]int{"01": 1, "02": 1, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2, "09": 3, "10": 3, "11": 3, "12": 3, "13": 3, "14": 3, "15": 4, "16": 3, "17": 4, "18": 4, "19": 4, "20": 4}
	places := []event.Place{
		{Type: 4, FullName: "Sirte, Surt, Libya", Country: "LY", CountryCode: "LY", Lat: 31.2, Lon: 16.6},
		{Type: 4, FullName: "Ankara, Ankara, Turkey", Country: "TR", CountryCode: "TU", Lat: 39.9, Lon: 32.9},
		{Type: 1, FullName: "United States", Country: "US", CountryCode: "US", Lat: 39.8, Lon: -98.6},
		{Type: 4, FullName: "Athens, Attica, Greece", Country: "GR", CountryCode: "GR", Lat: 38, Lon: 23.7},
		{Type: 1, FullName: "Syria", Country: "SY", CountryCode: "SY", Lat: 35, Lon: 38},
		{},
	}
	base := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	const perArticle, perBatch = 10, 100
	i := have
	for i < want {
		var batch []*store.Article
		for a := 0; a < perBatch && i < want; a++ {
			doc := fmt.Sprintf("synthetic-%d", i)
			day := base.AddDate(0, 0, rng.IntN(730))
			date := day.Format("2006-01-02")
			text := fmt.Sprintf("Synthetic article %d of the load test.", i)
			art := &store.Article{DocID: doc, URL: "https://load.example/" + doc, Title: "Load " + doc, Source: fmt.Sprintf("Source %d", i%37),
				SourceKey: fmt.Sprintf("source%d", i%37), Date: date, Lang: "en", Text: text, ContentHash: story.ContentHash(text)}
			for k := 0; k < perArticle && i < want; k++ {
				code := codes[rng.IntN(len(codes))]
				src := actorCountries[rng.IntN(len(actorCountries))] + agents[rng.IntN(len(agents))]
				// The target carries the index: every event has its own
				// key, so the store keeps them apart.
				tgt := fmt.Sprintf("%s%04d", actorCountries[rng.IntN(len(actorCountries))], i%10000)
				sent := fmt.Sprintf("%s did %s to %s in sentence %d.", src, code, tgt, k)
				e := event.Event{DocID: doc, SentenceIndex: k, Sentence: sent, Date: day.AddDate(0, 0, -rng.IntN(3)).Format("2006-01-02"),
					DatePrecision: event.Day, Code: cameo.Code(code), Root: cameo.Code(code[:2]), QuadClass: quads[code[:2]],
					Goldstein: float64(rng.IntN(21) - 10), PLOVER: plover.Coding{Event: []string{"ASSAULT", "CONSULT", "AID", "PROTEST"}[rng.IntN(4)]},
					Source:    event.Actor{Code: cameo.ActorCode(src), Name: src, Text: src, Span: event.Span{Start: 0, End: len(src)}},
					Target:    event.Actor{Code: cameo.ActorCode(tgt), Name: tgt, Text: tgt},
					ActionGeo: places[rng.IntN(len(places))], Article: event.ArticleRef{ID: doc, Title: art.Title, Date: date}}
				e.Explain.Pattern = event.Rule{Text: "synthetic", Origin: event.Origin{File: "load.txt", Line: k + 1}}
				art.Mentions = append(art.Mentions, store.Mention{Event: e, SentenceOffset: -1})
				i++
			}
			batch = append(batch, art)
		}
		if _, err := db.Save(ctx, batch); err != nil {
			return err
		}
	}
	return nil
}
