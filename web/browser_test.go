package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	jsonv2 "github.com/chromedp/cdproto/cdp/jsonv2"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/ingest"
	"github.com/annals-project/annals/internal/testdata"
	"github.com/annals-project/annals/pipeline"
	"github.com/annals-project/annals/server"
	"github.com/annals-project/annals/store"
	"github.com/annals-project/annals/store/sqlite"
)

// TestBrowser drives headless Chromium (Debian's chromium package) over
// what annals serve serves, on a database ingested from ../shared/seed and
// ../shared/news: the map shows points inside Libya's boundary for the
// seed, brushing the timeline narrows the table, and an event page shows
// the highlighted sentence and its explanation. Screenshots go to
// $ANNALS_SCREENSHOTS when set, else to a temporary folder; the test logs
// where.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped with -short")
	}
	chrome := os.Getenv("ANNALS_CHROMIUM")
	if chrome == "" {
		for _, name := range []string{"chromium", "chromium-browser"} {
			if p, err := exec.LookPath(name); err == nil {
				chrome = p
				break
			}
		}
	}
	if chrome == "" {
		t.Skip("chromium not installed (apt-get install chromium, or set ANNALS_CHROMIUM): browser test skipped")
	}
	seed := testdata.Shared(t, "seed/article.txt")
	news := testdata.Shared(t, "news")

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "browser.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p, err := pipeline.NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	ref := time.Date(2020, 6, 26, 0, 0, 0, 0, time.UTC)
	if _, err := ingest.Run(ctx, db, p, []string{seed, news}, ingest.Options{Read: article.Options{DefaultDate: ref}}); err != nil {
		t.Fatal(err)
	}
	h, err := NewHandler(server.Config{Store: db, Pipeline: p})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	shots := os.Getenv("ANNALS_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", shots)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chrome),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	}
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(90))
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(shots, name+".jpg"), buf, 0o644)
		})
	}
	// eval runs a script in the page and returns its value.
	eval := func(js string, v any) {
		t.Helper()
		r, err := chromedp.Run(bctx, chromedp.Evaluate[jsonv2.Value](js))
		if err != nil {
			t.Fatalf("evaluate %s: %v", js, err)
		}
		if err := json.Unmarshal(r, v); err != nil {
			t.Fatalf("evaluate %s: %v", js, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(bctx, chromedp.Text(sel))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}

	// The seed's events in Libya: one with source, target and pattern is
	// the one whose page is checked below.
	page, err := db.FindEvents(ctx, store.Filter{Query: store.Query{Limit: 1000}, Country: "LY"})
	if err != nil {
		t.Fatal(err)
	}
	var ev *store.Event
	for _, e := range page.Events {
		if e.Event.DocID == filepath.Base(seed) && !e.Event.Target.Span.Empty() && !e.Event.Source.Span.Empty() && e.Event.Explain.Pattern.Origin.File != "" {
			ev = e
			break
		}
	}
	if ev == nil {
		t.Fatal("no seed event in Libya with source, target and pattern")
	}
	// 1. The map: the seed (an article about Libya) puts its place as a
	// point inside the Libya drawn from Natural Earth.
	var inLibya struct{ All, Seed int }
	if err := chromedp.Do(bctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(`#map[data-ready="1"]`),
		chromedp.WaitVisible(`#timeline[data-ready="1"]`),
		shot("1-index"),
	); err != nil {
		t.Fatal(err)
	}
	eval(`(() => {
			const libya = document.querySelector('#map path[data-name="Libya"]');
			if (!libya) return {All: -1, Seed: -1};
			let all = 0, seed = 0;
			for (const c of document.querySelectorAll('#map circle.pt')) {
				const p = new DOMPoint(+c.getAttribute('cx'), +c.getAttribute('cy'));
				if (libya.isPointInFill(p)) {
					all++;
					if (c.dataset.place === `+strconv.Quote(ev.Event.ActionGeo.FullName)+`) seed++;
				}
			}
			return {All: all, Seed: seed};
		})()`, &inLibya)
	t.Logf("map: %d points inside Libya, %d of them the seed event's place %q", inLibya.All, inLibya.Seed, ev.Event.ActionGeo.FullName)
	if inLibya.All < 1 || inLibya.Seed != 1 {
		t.Errorf("map: %d points inside Libya's boundary (-1: no Libya drawn), %d at the seed event's place %q; want at least 1 and 1",
			inLibya.All, inLibya.Seed, ev.Event.ActionGeo.FullName)
	}

	// 2. Brushing the timeline over its busiest bar narrows the table to
	// that bar's days.
	var before, after int
	var bar struct{ X, Y float64 }
	eval(`+document.querySelector('#events').dataset.total`, &before)
	eval(`(() => {
			let best = null, h = -1;
			for (const r of document.querySelectorAll('#timeline rect.bar')) {
				const b = r.getBoundingClientRect();
				if (b.height > h) { h = b.height; best = b; }
			}
			return {X: best.x + best.width / 2, Y: best.y + best.height - 2};
		})()`, &bar)
	if err := chromedp.Do(bctx,
		chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, bar.X-1, bar.Y, chromedp.ButtonLeft, chromedp.ClickCount(1)),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, bar.X+1, bar.Y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, bar.X+1, bar.Y, chromedp.ButtonLeft, chromedp.ClickCount(1)),
	); err != nil {
		t.Fatal(err)
	}
	// The brush reloads the page: poll across the navigation, which may
	// destroy the context of a script being evaluated.
	for deadline := time.Now().Add(20 * time.Second); ; {
		ok, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`location.search.includes('since=') && document.readyState === 'complete'`))
		if err == nil && ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("brushing did not filter the page (last error: %v)", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err := chromedp.Do(bctx,
		chromedp.WaitVisible(`#timeline[data-ready="1"]`),
		chromedp.WaitVisible(`#map[data-ready]`),
		shot("2-brushed"),
	); err != nil {
		t.Fatal(err)
	}
	eval(`+document.querySelector('#events').dataset.total`, &after)
	var since, until string
	var dates []string
	eval(`document.querySelector('#since').value`, &since)
	eval(`document.querySelector('#until').value`, &until)
	eval(`[...document.querySelectorAll('#events tbody tr td:nth-child(2)')].map(td => td.textContent)`, &dates)
	if after < 1 || after >= before {
		t.Errorf("brushing %s..%s: table has %d events, before %d: want fewer, not none", since, until, after, before)
	}
	for _, d := range dates {
		if d < since || d > until {
			t.Errorf("brushed %s..%s but the table shows an event of %s", since, until, d)
		}
	}
	t.Logf("brush %s..%s: %d → %d events", since, until, before, after)

	// 3. An event of the seed: its sentence with source, verb and target
	// highlighted, and the pattern's dictionary line.
	if err := chromedp.Do(bctx,
		chromedp.Navigate(fmt.Sprintf("%s/events/%d", srv.URL, ev.ID)),
		chromedp.WaitVisible(`#sentence`),
		shot("3-event"),
	); err != nil {
		t.Fatal(err)
	}
	src, verb, tgt := text(`#sentence mark.src`), text(`#sentence mark.verb`), text(`#sentence mark.tgt`)
	explanation := text(`#explanation`)
	r := []rune(ev.Event.Sentence)
	spanText := func(s struct{ Start, End int }) string { return string(r[s.Start:s.End]) }
	x := ev.Event
	if want := spanText(struct{ Start, End int }{x.Source.Span.Start, x.Source.Span.End}); src != want {
		t.Errorf("source highlighted %q, want %q", src, want)
	}
	if want := spanText(struct{ Start, End int }{x.Explain.Verb.Start, x.Explain.Verb.End}); verb != want {
		t.Errorf("verb highlighted %q, want %q", verb, want)
	}
	if want := spanText(struct{ Start, End int }{x.Target.Span.Start, x.Target.Span.End}); tgt != want {
		t.Errorf("target highlighted %q, want %q", tgt, want)
	}
	origin := x.Explain.Pattern.Origin.String()
	if !strings.Contains(explanation, origin) || !strings.Contains(explanation, x.Explain.Pattern.Text) {
		t.Errorf("explanation lacks the pattern %q (%s):\n%s", x.Explain.Pattern.Text, origin, explanation)
	}
	t.Logf("event %d: [%s] [%s] [%s], pattern %s", ev.ID, src, verb, tgt, origin)
}
