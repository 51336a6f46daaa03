package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/cameo"
	"github.com/annals-project/annals/ontology/plover"
	"github.com/annals-project/annals/pipeline"
	"github.com/annals-project/annals/server"
	"github.com/annals-project/annals/store"
	"github.com/annals-project/annals/store/sqlite"
	"github.com/annals-project/annals/story"
)

// The fixtures are made up here: three articles from two publishers,
// with events in two countries, two quad classes and three roots.

type fx struct {
	src, tgt, code string
	quad           int
	gold           float64
	plover         string
	date           string
	place          event.Place
	sentence       string
}

var (
	aleppo = event.Place{Type: 4, FullName: "Northtown, North Province, Ruritania", Country: "RU", CountryCode: "RS", Lat: 10, Lon: 20, FeatureID: "1"}
	valley = event.Place{Type: 4, FullName: "Lakeside, Lake Province, Freedonia", Country: "FR", CountryCode: "FR", Lat: -30, Lon: 150, FeatureID: "2"}
)

func mkEvent(doc string, i int, f fx) event.Event {
	e := event.Event{DocID: doc, SentenceIndex: i, Sentence: f.sentence, Date: f.date, DatePrecision: event.Day,
		Code: cameo.Code(f.code), Root: cameo.Code(f.code[:2]), QuadClass: f.quad, Goldstein: f.gold,
		PLOVER: plover.Coding{Event: f.plover}, ActionGeo: f.place}
	words := strings.Fields(f.sentence)
	e.Source = event.Actor{Code: cameo.ActorCode(f.src), Name: f.src, Text: words[0], Span: event.Span{Start: 0, End: len([]rune(words[0])), Text: words[0]}}
	if f.tgt != "" {
		last := words[len(words)-1]
		n := len([]rune(f.sentence))
		e.Target = event.Actor{Code: cameo.ActorCode(f.tgt), Name: f.tgt, Text: last, Span: event.Span{Start: n - len([]rune(last)), End: n, Text: last}}
	}
	v := len([]rune(words[0])) + 1
	e.Explain.Verb = event.Span{Start: v, End: v + len([]rune(words[1])), Text: words[1]}
	e.Explain.Pattern = event.Rule{Text: "pattern <" + f.code + ">", Origin: event.Origin{File: "test/verbs.txt", Line: i + 1}}
	e.Article = event.ArticleRef{ID: doc, Title: "Title of " + doc, Date: f.date}
	return e
}

func mkArticle(doc, url, source, date string, evs ...fx) *store.Article {
	var text strings.Builder
	for _, f := range evs {
		text.WriteString(f.sentence + " ")
	}
	t := text.String() + doc
	a := &store.Article{DocID: doc, URL: url, Title: "Title of " + doc, Source: source, SourceKey: story.SourceKey(source, url, doc),
		Date: date, Lang: "en", Text: t, ContentHash: story.ContentHash(t), Signature: story.Sign(t)}
	for i, f := range evs {
		a.Mentions = append(a.Mentions, store.Mention{Event: mkEvent(doc, i, f), SentenceOffset: strings.Index(t, f.sentence)})
	}
	return a
}

var (
	fxAttack  = fx{"RUSMIL", "FRAREB", "190", 4, -10, "ASSAULT", "2021-03-01", aleppo, "Rusmil shelled the border posts of Frareb"}
	fxMeet    = fx{"RUSGOV", "FRAGOV", "040", 1, 1, "CONSULT", "2021-03-02", valley, "Rusgov met envoys of Fragov"}
	fxAid     = fx{"FRAGOV", "RUSGOV", "070", 2, 7, "AID", "2021-03-15", valley, "Fragov sent food to Rusgov"}
	fxProtest = fx{"FRAOPP", "", "141", 3, -6.5, "PROTEST", "2021-04-20", event.Place{}, "Fraopp marched downtown against"}
)

type env struct {
	t     *testing.T
	db    *sqlite.DB
	srv   *httptest.Server
	token string
}

var (
	pipeOnce sync.Once
	pipe     *pipeline.Pipeline
	pipeErr  error
)

// sharedPipeline loads the default dictionary once for the package's tests.
func sharedPipeline(t *testing.T) *pipeline.Pipeline {
	pipeOnce.Do(func() {
		pipe, pipeErr = pipeline.NewDefault()
	})
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipe
}

func newEnv(t *testing.T, withPipeline bool) *env {
	t.Helper()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	batch := []*store.Article{
		mkArticle("a1", "https://one.example/a1", "One News", "2021-03-02", fxAttack, fxMeet),
		mkArticle("a2", "https://two.example/a2", "Two Post", "2021-03-03", fxAttack), // merges with a1's attack
		mkArticle("a3", "https://one.example/a3", "One News", "2021-04-21", fxAid, fxProtest),
	}
	if _, err := db.Save(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	cfg := server.Config{Store: db, Token: "s3cret"}
	if withPipeline {
		cfg.Pipeline = sharedPipeline(t)
	}
	s, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return &env{t: t, db: db, srv: srv, token: "s3cret"}
}

// do sends a request and returns the status and body.
func (e *env) do(method, path, body string, header ...string) (int, []byte) {
	e.t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, e.srv.URL+path, rd)
	if err != nil {
		e.t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := e.srv.Client().Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		e.t.Fatal(err)
	}
	return res.StatusCode, b
}

func (e *env) get(path string, v any) {
	e.t.Helper()
	code, b := e.do("GET", path, "")
	if code != http.StatusOK {
		e.t.Fatalf("GET %s: %d %s", path, code, b)
	}
	if err := json.Unmarshal(b, v); err != nil {
		e.t.Fatalf("GET %s: %v in %s", path, err, b)
	}
}

func ids(p server.EventsJSON) string {
	var s []string
	for _, e := range p.Events {
		s = append(s, string(e.Event.Code))
	}
	return strings.Join(s, ",")
}

func TestEvents(t *testing.T) {
	e := newEnv(t, false)
	tests := []struct {
		query string
		total int
		codes string // event codes of the page, in order
	}{
		{"", 4, "141,070,040,190"}, // default sort: newest first
		{"sort=date", 4, "190,040,070,141"},
		{"sort=-mentions", 4, "190,141,070,040"},
		{"sort=goldstein", 4, "190,141,040,070"},
		{"actor=RUS", 3, "070,040,190"},
		{"actor=fraopp", 1, "141"},
		{"country=RU", 1, "190"},
		{"country=fr", 2, "070,040"},
		{"root=19", 1, "190"},
		{"root=4", 1, "040"},
		{"code=07", 1, "070"},
		{"plover=assault", 1, "190"},
		{"quad=2", 1, "070"},
		{"since=2021-03-02&until=2021-03-31", 2, "070,040"},
		{"place=lakeside", 2, "070,040"},
		{"bbox=10,0,30,20", 1, "190"},
		{"bbox=140,-40,-170,-20", 2, "070,040"}, // across the antimeridian
		{"q=food", 1, "070"},
		{"q=SHELLED", 1, "190"},
		{"limit=2", 4, "141,070"},
		{"limit=2&offset=2", 4, "040,190"},
		{"limit=2&offset=4", 4, ""},
		{"actor=RUS&quad=4&country=RU", 1, "190"},
		{"actor=ZZZ", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			var p server.EventsJSON
			e.get("/api/events?"+tc.query, &p)
			if p.Total != tc.total || ids(p) != tc.codes {
				t.Errorf("total %d, codes %q; want %d, %q", p.Total, ids(p), tc.total, tc.codes)
			}
		})
	}
	// The merged attack counts both reports.
	var p server.EventsJSON
	e.get("/api/events?root=19", &p)
	if got := p.Events[0]; got.NumMentions != 2 || got.NumSources != 2 || got.Event.ActionGeo.Country != "RU" {
		t.Errorf("attack: %+v", got)
	}
}

func TestEventDetail(t *testing.T) {
	e := newEnv(t, false)
	var p server.EventsJSON
	e.get("/api/events?root=19", &p)
	var d server.EventDetailJSON
	e.get(fmt.Sprintf("/api/events/%d", p.Events[0].ID), &d)
	if len(d.Mentions) != 2 || d.Mentions[0].ArticleDocID != "a1" || d.Mentions[1].ArticleDocID != "a2" {
		t.Fatalf("mentions %+v", d.Mentions)
	}
	m := d.Mentions[0]
	if m.Sentence != fxAttack.sentence || m.Event.Explain.Pattern.Origin.File != "test/verbs.txt" || m.Event.Explain.Verb.Text != "shelled" {
		t.Errorf("mention lacks its sentence or explanation: %+v", m)
	}
	if m.ArticleTitle != "Title of a1" || m.ArticleURL != "https://one.example/a1" {
		t.Errorf("mention article: %+v", m)
	}
	if code, b := e.do("GET", "/api/events/999999", ""); code != http.StatusNotFound || !strings.Contains(string(b), "not found") {
		t.Errorf("missing event: %d %s", code, b)
	}
}

func TestAggregates(t *testing.T) {
	e := newEnv(t, false)
	tests := []struct {
		query string
		want  string
	}{
		{"by=day", "2021-03-01=1 2021-03-02=1 2021-03-15=1 2021-04-20=1"},
		{"by=week", "2021-03-01=2 2021-03-15=1 2021-04-19=1"}, // weeks start on Monday
		{"by=month", "2021-03=3 2021-04=1"},
		{"by=root", "04=1 07=1 14=1 19=1"},
		{"by=quad", "1=1 2=1 3=1 4=1"},
		{"by=country", "FR=2 RU=1"},
		{"by=plover", "AID=1 ASSAULT=1 CONSULT=1 PROTEST=1"},
		{"by=place", "Lakeside, Lake Province, Freedonia=2 Northtown, North Province, Ruritania=1"},
		{"by=dyad", "FRAGOV>RUSGOV=1 RUSGOV>FRAGOV=1 RUSMIL>FRAREB=1"},
		{"by=source&actor=RUS", "FRAGOV=1 RUSGOV=1 RUSMIL=1"}, // RUS as source or target
		{"by=target", "FRAGOV=1 FRAREB=1 RUSGOV=1"},
		{"by=month&split=quad", "2021-03/1=1 2021-03/2=1 2021-03/4=1 2021-04/3=1"},
		{"by=month&split=root&country=FR", "2021-03/04=1 2021-03/07=1"},
		{"by=dyad&limit=1", "FRAGOV>RUSGOV=1"},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			var a server.AggregatesJSON
			e.get("/api/aggregates?"+tc.query, &a)
			var got []string
			for _, b := range a.Buckets {
				k := b.Key
				if b.Series != "" {
					k += "/" + b.Series
				}
				got = append(got, fmt.Sprintf("%s=%d", k, b.Events))
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("got  %s\nwant %s", strings.Join(got, " "), tc.want)
			}
		})
	}
	var a server.AggregatesJSON
	e.get("/api/aggregates?by=place", &a)
	if b := a.Buckets[0]; b.Lat == nil || *b.Lat != -30 || *b.Lon != 150 || b.Coop != 2 || b.Conflict != 0 || b.Mentions != 2 {
		t.Errorf("place bucket %+v", b)
	}
	e.get("/api/aggregates?by=dyad&actor=RUSMIL", &a)
	if b := a.Buckets[0]; b.Source != "RUSMIL" || b.Target != "FRAREB" || b.Conflict != 1 || b.Mentions != 2 || b.Goldstein != -10 {
		t.Errorf("dyad bucket %+v", b)
	}
}

func TestArticlesAndActors(t *testing.T) {
	e := newEnv(t, false)
	var as server.ArticlesJSON
	e.get("/api/articles", &as)
	if as.Total != 3 || len(as.Articles) != 3 || as.Articles[0].DocID != "a3" {
		t.Fatalf("articles %+v", as)
	}
	e.get("/api/articles?q=of%20a2&limit=1", &as)
	if as.Total != 1 || as.Articles[0].URL != "https://two.example/a2" || as.Articles[0].Text != "" {
		t.Errorf("articles by title: %+v", as)
	}
	var ad server.ArticleDetailJSON
	e.get(fmt.Sprintf("/api/articles/%d", as.Articles[0].ID), &ad)
	if !strings.Contains(ad.Text, fxAttack.sentence) || len(ad.Mentions) != 1 || ad.Mentions[0].Event.Code != "190" {
		t.Errorf("article detail %+v", ad)
	}
	if code, _ := e.do("GET", "/api/articles/424242", ""); code != http.StatusNotFound {
		t.Errorf("missing article: %d", code)
	}
	var ac server.ActorsJSON
	e.get("/api/actors?prefix=rus", &ac)
	if ac.Total != 2 || ac.Actors[0].Code != "RUSGOV" || ac.Actors[0].NumMentions != 2 || ac.Actors[1].Code != "RUSMIL" {
		t.Errorf("actors %+v", ac)
	}
	e.get("/api/actors?limit=1&offset=1", &ac)
	if ac.Total != 5 || len(ac.Actors) != 1 {
		t.Errorf("actors page %+v", ac)
	}
	var st server.StatsJSON
	e.get("/api/stats", &st)
	if st.Articles != 3 || st.Events != 4 || st.Mentions != 5 {
		t.Errorf("stats %+v", st)
	}
}

func TestBadParameters(t *testing.T) {
	e := newEnv(t, false)
	tests := []struct{ path, want string }{
		{"/api/events?root=99", "bad root"},
		{"/api/events?root=x", "bad root"},
		{"/api/events?code=19a", "bad code"},
		{"/api/events?quad=5", "bad quad"},
		{"/api/events?since=2021-13-01", "bad since"},
		{"/api/events?since=2021-05-01&until=2021-04-01", "after"},
		{"/api/events?country=LBY", "bad country"},
		{"/api/events?actor=a%20b", "bad actor"},
		{"/api/events?plover=AS%3BSAULT", "bad plover"},
		{"/api/events?bbox=1,2,3", "bad bbox"},
		{"/api/events?bbox=1,50,3,40", "bad bbox"},
		{"/api/events?bbox=1,x,3,4", "bad bbox"},
		{"/api/events?limit=0", "bad limit"},
		{"/api/events?limit=5000", "bad limit"},
		{"/api/events?offset=-1", "bad offset"},
		{"/api/events?sort=name", "bad sort"},
		{"/api/events?story=0", "bad story"},
		{"/api/events?roots=19", `unknown parameter "roots"`},
		{"/api/events?root=19&root=20", "given 2 times"},
		{"/api/aggregates", "missing by"},
		{"/api/aggregates?by=year", "bad by"},
		{"/api/aggregates?by=day&split=country", "bad split"},
		{"/api/aggregates?by=day&limit=-2", "bad limit"},
		{"/api/events/abc", "bad id"},
		{"/api/events/0", "bad id"},
		{"/api/events/1?x=1", "unknown parameter"},
		{"/api/articles?limit=x", "bad limit"},
		{"/api/articles/x", "bad id"},
		{"/api/actors?prefix=%25", "bad prefix"},
		{"/api/stats?x=1", "unknown parameter"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			code, b := e.do("GET", tc.path, "")
			var ae struct{ Error string }
			if err := json.Unmarshal(b, &ae); err != nil {
				t.Fatalf("%d %s: not a JSON error: %v", code, b, err)
			}
			if code != http.StatusBadRequest || !strings.Contains(ae.Error, tc.want) {
				t.Errorf("%d %q; want 400 containing %q", code, ae.Error, tc.want)
			}
		})
	}
	if code, _ := e.do("GET", "/api/nothing", ""); code != http.StatusNotFound {
		t.Errorf("unknown endpoint: %d, want 404", code)
	}
}

const posted = `Turkish troops attacked rebels in Tripoli on Monday.`

func TestWrites(t *testing.T) {
	e := newEnv(t, true)
	body := `{"title":"Posted","source":"Test Wire","url":"https://wire.example/1","date":"2021-05-04","text":"` + posted + `"}`
	for _, h := range [][]string{nil, {"Authorization", "Bearer wrong"}, {"Authorization", "s3cret"}} {
		code, b := e.do("POST", "/api/articles", body, h...)
		if code != http.StatusUnauthorized || !strings.Contains(string(b), "token") {
			t.Errorf("POST with %v: %d %s; want 401", h, code, b)
		}
	}
	var before server.EventsJSON
	e.get("/api/events", &before)
	auth := []string{"Authorization", "Bearer s3cret", "Content-Type", "application/json"}
	code, b := e.do("POST", "/api/articles", body, auth...)
	if code != http.StatusCreated {
		t.Fatalf("POST: %d %s", code, b)
	}
	var st server.StoredJSON
	if err := json.Unmarshal(b, &st); err != nil {
		t.Fatal(err)
	}
	if st.Duplicate || st.NewEvents < 1 || len(st.Events) < 1 || st.Events[0].Root != "19" {
		t.Fatalf("stored %+v", st)
	}
	// The cached page of events must not survive the write.
	var after server.EventsJSON
	e.get("/api/events", &after)
	if after.Total != before.Total+st.NewEvents || after.Events[0].Event.Article.Title != "Posted" {
		t.Errorf("after POST: total %d (before %d, new %d), first %q", after.Total, before.Total, st.NewEvents, after.Events[0].Event.Article.Title)
	}
	code, b = e.do("POST", "/api/articles", body, auth...)
	if code != http.StatusOK || !strings.Contains(string(b), `"duplicate":true`) {
		t.Errorf("second POST: %d %s; want 200 duplicate", code, b)
	}
	for _, bad := range []string{`{"text":""}`, `not json`, `{"text":"x","date":"May 4"}`, `{"text":"x","colour":"red"}`} {
		if code, b := e.do("POST", "/api/articles", bad, auth...); code != http.StatusBadRequest {
			t.Errorf("POST %s: %d %s; want 400", bad, code, b)
		}
	}
	big := `{"text":"` + strings.Repeat("a", server.MaxBody) + `"}`
	if code, b := e.do("POST", "/api/articles", big, auth...); code != http.StatusBadRequest || !strings.Contains(string(b), "too large") {
		t.Errorf("POST of more than MaxBody: %d %.200s; want 400 too large", code, b)
	}
	// Without a configured token every write is refused.
	s, err := server.New(server.Config{Store: e.db, Pipeline: sharedPipeline(t)})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/api/articles", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer ")
	s.Handler().ServeHTTP(rec, req)
	if rec.Code != http.StatusUnauthorized || !strings.Contains(rec.Body.String(), "disabled") {
		t.Errorf("no token configured: %d %s", rec.Code, rec.Body)
	}
}

func TestCode(t *testing.T) {
	e := newEnv(t, true)
	var st0 server.StatsJSON
	e.get("/api/stats", &st0)
	code, b := e.do("POST", "/api/code", `{"text":"`+posted+`","date":"2021-05-04"}`)
	if code != http.StatusOK {
		t.Fatalf("%d %s", code, b)
	}
	var c server.CodedJSON
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	if len(c.Events) == 0 || c.Events[0].Source.Code != "TURMIL" || c.Events[0].Explain.Pattern.Origin.File == "" || c.Events[0].Date != "2021-05-03" {
		t.Fatalf("coded %+v", c.Events)
	}
	var st1 server.StatsJSON
	e.get("/api/stats", &st1)
	if st1 != st0 {
		t.Errorf("coding stored something: %+v → %+v", st0, st1)
	}
	if code, _ := e.do("POST", "/api/code", `{"text":"   "}`); code != http.StatusBadRequest {
		t.Errorf("empty text: %d", code)
	}
	// A server without a pipeline says so.
	e2 := newEnv(t, false)
	if code, _ := e2.do("POST", "/api/code", `{"text":"x"}`); code != http.StatusServiceUnavailable {
		t.Errorf("no pipeline: %d", code)
	}
}

func TestHealthMetricsOpenAPI(t *testing.T) {
	e := newEnv(t, false)
	var h map[string]any
	e.get("/healthz", &h)
	if h["status"] != "ok" {
		t.Errorf("healthz %v", h)
	}
	e.do("GET", "/api/events?root=99", "")
	e.do("GET", "/api/events", "")
	code, b := e.do("GET", "/metrics", "")
	m := string(b)
	for _, want := range []string{
		`annals_http_requests_total{route="GET /api/events",code="400"} 1`,
		`annals_http_requests_total{route="GET /api/events",code="200"} 1`,
		`annals_http_request_duration_seconds_count{route="GET /api/events"} 2`,
		`annals_http_request_duration_seconds_bucket{route="GET /api/events",le="+Inf"} 2`,
		"# TYPE annals_http_request_duration_seconds histogram",
	} {
		if code != 200 || !strings.Contains(m, want) {
			t.Errorf("metrics lack %q:\n%s", want, m)
		}
	}
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	e.get("/api/openapi.json", &doc)
	routes := map[string][]string{
		"/healthz": {"get"}, "/metrics": {"get"}, "/api/openapi.json": {"get"}, "/api/stats": {"get"},
		"/api/events": {"get"}, "/api/events/{id}": {"get"}, "/api/aggregates": {"get"},
		"/api/articles": {"get", "post"}, "/api/articles/{id}": {"get"}, "/api/actors": {"get"}, "/api/code": {"post"},
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") || len(doc.Paths) != len(routes) {
		t.Errorf("openapi %q with %d paths, want %d", doc.OpenAPI, len(doc.Paths), len(routes))
	}
	for p, methods := range routes {
		for _, m := range methods {
			if doc.Paths[p][m] == nil {
				t.Errorf("openapi lacks %s %s", m, p)
			}
			// Every documented route answers (not 404/405).
			method := strings.ToUpper(m)
			path := strings.Replace(p, "{id}", "1", 1)
			if method == "GET" && path == "/api/aggregates" {
				path += "?by=day"
			}
			body := ""
			if method == "POST" {
				body = "{}"
			}
			if code, _ := e.do(method, path, body); code == http.StatusNotFound || code == http.StatusMethodNotAllowed {
				t.Errorf("%s %s: %d", method, path, code)
			}
		}
	}
}
