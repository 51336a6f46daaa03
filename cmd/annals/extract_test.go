package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const extractPage = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Talks on the border resume | The Example Gazette</title>
<meta property="og:site_name" content="The Example Gazette">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2021-03-05T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks on the border resume</h1>
<p>Peru and Chile resumed talks about their shared border on Tuesday, officials in both capitals said after the first meeting in two years.</p>
<p>The United Nations welcomed the talks and called on both governments to settle the dispute over fishing waters before the end of the year.</p>
<p>Negotiators will meet again next month in Lima, according to a joint statement released by the two foreign ministries on Tuesday evening.</p>
</article><footer>Copyright 2021 The Example Gazette</footer></body></html>`

func TestExtract(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	if err := os.WriteFile(page, []byte(extractPage), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "", "extract", "--format", "json", page)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var x extracted
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatalf("output %q: %v", out, err)
	}
	if x.Title != "Talks on the border resume" || x.SiteName != "The Example Gazette" || x.Author != "Jane Reporter" ||
		x.Language != "en" || x.Date != "2021-03-05" || !strings.HasPrefix(x.Text, "Peru and Chile resumed talks") ||
		strings.Contains(x.Text, "Copyright") || strings.Count(x.Text, "\n\n") != 2 {
		t.Errorf("extracted %+v", x)
	}

	// Text format, from stdin and from a URL; a missing file is reported and
	// the others are still printed, with exit code 1.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(extractPage))
	}))
	defer srv.Close()
	code, out, errs = runCmd(t, extractPage, "extract", "-", filepath.Join(dir, "missing.html"), srv.URL+"/story")
	if code != 1 || !strings.Contains(errs, "missing.html") || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
		t.Errorf("exit %d, stderr %q; want 1 and one line naming missing.html", code, errs)
	}
	if strings.Count(out, "Title: Talks on the border resume\n") != 2 || !strings.Contains(out, "\n---\n") ||
		!strings.Contains(out, "URL: "+srv.URL+"/story\n") || !strings.Contains(out, "Language: en\n") {
		t.Errorf("text output:\n%s", out)
	}

	for _, args := range [][]string{{"extract", "--format", "xml", page}, {"extract", "--date", "yesterday", page}, {"extract", "--timeout", "0s", page}} {
		if code, _, errs := runCmd(t, "", args...); code != 1 || errs == "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
}
