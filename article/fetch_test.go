package article

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// newsServer serves, on loopback only, two pages, a feed linking to them
// (and to a missing page), a Latin-1 page that names its charset only in
// the HTTP header, and a page that never answers.
func newsServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(testPage("Norway and Canada agree on Arctic fishing talks", "North Post", "2024-03-05", ministerParas...))
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(testPage("Floods force thousands from their homes", "Daily River", "", floodParas...))
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
		page := testPage("Café owners protest in Zürich", "Alpine Times", "", ministerParas...)
		var b []byte
		for _, r := range string(page) {
			b = append(b, byte(r))
		}
		w.Write(b)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Arctic talks</title><link>%[1]s/a</link><guid>w1</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>Teaser about Arctic talks.</description></item>
<item><title>Floods</title><link>%[1]s/b</link><guid>w2</guid><pubDate>Sun, 03 Mar 2024 08:00:00 GMT</pubDate><description>Teaser about floods.</description></item>
<item><title>Gone</title><link>%[1]s/missing</link><guid>w3</guid><description>Teaser of a page that is gone.</description></item>
</channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestOpenURL(t *testing.T) {
	srv := newsServer(t)
	ctx := context.Background()

	arts, errs := collect(t, Open(ctx, srv.URL+"/a", Options{}))
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("page: %d articles, errors %v", len(arts), errs)
	}
	if a := arts[0]; a.URL != srv.URL+"/a" || a.ID != srv.URL+"/a" || a.Title != "Norway and Canada agree on Arctic fishing talks" || !strings.HasPrefix(a.Text, "The foreign minister") || a.Language != "en" {
		t.Errorf("page article: %+v", a)
	}

	arts, errs = collect(t, Open(ctx, srv.URL+"/latin1", Options{}))
	if len(errs) > 0 || len(arts) != 1 || arts[0].Title != "Café owners protest in Zürich" {
		t.Errorf("Latin-1 page (charset in the header): %v %v", arts, errs)
	}

	arts, errs = collect(t, Open(ctx, srv.URL+"/feed", Options{}))
	if len(errs) > 0 || len(arts) != 3 || arts[0].Text != "Teaser about Arctic talks." || arts[0].Source != "Wire" {
		t.Errorf("feed: %d articles, errors %v", len(arts), errs)
	}

	_, errs = collect(t, Open(ctx, srv.URL+"/missing", Options{}))
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "404") || !strings.Contains(errs[0].Error(), srv.URL+"/missing") {
		t.Errorf("missing page: errors %v, want one naming the URL and the 404", errs)
	}

	// A server that never answers is cut off by the client's timeout.
	start := time.Now()
	_, errs = collect(t, Open(ctx, srv.URL+"/slow", Options{HTTP: &http.Client{Timeout: 200 * time.Millisecond}}))
	if len(errs) != 1 || time.Since(start) > 5*time.Second {
		t.Errorf("slow page: errors %v after %v", errs, time.Since(start))
	}
}

// TestFetchLinks reads a feed with FetchLinks: each item's page gives the
// full text; a page that cannot be fetched is reported and the item's own
// text is kept.
func TestFetchLinks(t *testing.T) {
	srv := newsServer(t)
	arts, errs := collect(t, Open(context.Background(), srv.URL+"/feed", Options{FetchLinks: true}))
	if len(arts) != 3 {
		t.Fatalf("%d articles, want 3 (two pages and the fallback of the missing one)", len(arts))
	}
	if a := arts[0]; a.ID != "w1" || a.URL != srv.URL+"/a" || !strings.HasPrefix(a.Text, ministerParas[0]) || a.Date.Format("2006-01-02") != "2024-03-05" {
		t.Errorf("item 1 from its page: %+v", a)
	}
	// Page b has no date: the item's date is used.
	if a := arts[1]; a.ID != "w2" || !strings.HasPrefix(a.Text, floodParas[0]) || a.Date.Format("2006-01-02") != "2024-03-03" {
		t.Errorf("item 2 from its page: %+v", a)
	}
	if a := arts[2]; a.ID != "w3" || a.Text != "Teaser of a page that is gone." {
		t.Errorf("item 3 fallback: %+v", a)
	}
	var e *Error
	if len(errs) != 1 || !errors.As(errs[0], &e) || e.Record != 3 || !strings.Contains(errs[0].Error(), "404") || !strings.Contains(errs[0].Error(), "using the feed's own text") {
		t.Errorf("errors %v, want one for item 3 naming the 404 and the fallback", errs)
	}
}

func TestHTTPGetLimit(t *testing.T) {
	srv := newsServer(t)
	if _, err := httpGet(context.Background(), srv.URL+"/a", 100, Options{}); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("body over the limit: err = %v", err)
	}
	if r, err := httpGet(context.Background(), srv.URL+"/a", MaxArticleBytes, Options{}); err != nil || r.contentType != "text/html" {
		t.Errorf("within the limit: %v %q", err, r.contentType)
	}
}
