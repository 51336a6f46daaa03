// Package web is annals' browser UI: server-rendered pages (html/template,
// so every text from articles and dictionaries is escaped) over the same
// store as package server's API, with the scripts, styles and map data
// embedded (go:embed) so that it works with no network access.
//
// Pages:
//
//	/                 events table with filters, a timeline of counts by
//	                  QuadClass or root (brushing it filters the table by
//	                  date) and a world map (Natural Earth boundaries from
//	                  npm world-atlas) with the events' places as points
//	/network          who acts on whom: actors as nodes, dyads as edges,
//	                  width by events, colour by cooperation or conflict
//	/events/{id}      one event: the sentence with source, verb and target
//	                  highlighted, the pattern and dictionary lines used,
//	                  the place and date reasoning, and every article that
//	                  reported it
//	/articles/{id}    one article with its events
//	/code             a box to code pasted text and see the events and
//	                  explanations; nothing is stored
//
// The charts are drawn by web/static/app.js from the JSON API; the
// network is laid out here and drawn as SVG by the template.
package web

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"math"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/pipeline"
	"github.com/annals-project/annals/server"
	"github.com/annals-project/annals/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// UI serves the pages. Build it with New.
type UI struct {
	st    server.Store
	pipe  *pipeline.Pipeline
	log   *slog.Logger
	pages map[string]*template.Template
}

// New parses the templates and returns the UI over st; p codes the texts
// of the "code a text" page (nil disables it).
func New(st server.Store, p *pipeline.Pipeline, log *slog.Logger) (*UI, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	u := &UI{st: st, pipe: p, log: log, pages: map[string]*template.Template{}}
	for _, page := range []string{"index", "event", "article", "network", "code"} {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/parts.html", "templates/"+page+".html")
		if err != nil {
			return nil, fmt.Errorf("web: parse %s: %w", page, err)
		}
		u.pages[page] = t
	}
	return u, nil
}

// Register adds the UI's routes to mux; wrap counts each (metrics).
func (u *UI) Register(mux *http.ServeMux, wrap func(http.Handler) http.Handler) {
	if wrap == nil {
		wrap = func(h http.Handler) http.Handler { return h }
	}
	static, _ := fs.Sub(staticFS, "static")
	mux.Handle("GET /static/", wrap(http.StripPrefix("/static/", http.FileServerFS(static))))
	mux.Handle("GET /{$}", wrap(http.HandlerFunc(u.index)))
	mux.Handle("GET /network", wrap(http.HandlerFunc(u.network)))
	mux.Handle("GET /events/{id}", wrap(http.HandlerFunc(u.event)))
	mux.Handle("GET /articles/{id}", wrap(http.HandlerFunc(u.article)))
	mux.Handle("GET /code", wrap(http.HandlerFunc(u.code)))
	mux.Handle("POST /code", wrap(http.HandlerFunc(u.code)))
}

var funcs = template.FuncMap{
	"quadName": quadName,
	"quadClass": func(q int) string {
		if q == 1 || q == 2 {
			return "coop"
		}
		if q >= 3 {
			return "conflict"
		}
		return ""
	},
	"highlight": highlight,
	"dateOf": func(e *event.Event) string {
		if e.Date != "" {
			return e.Date
		}
		return e.Article.Date
	},
	"orDash": func(s string) string {
		if s == "" {
			return "–"
		}
		return s
	},
	"add": func(a, b int) int { return a + b },
}

func quadName(q int) string {
	switch q {
	case 1:
		return "verbal cooperation"
	case 2:
		return "material cooperation"
	case 3:
		return "verbal conflict"
	case 4:
		return "material conflict"
	}
	return "none"
}

// segment is a piece of a sentence, highlighted when Class is set.
type segment struct {
	Text  string
	Class string // "src", "verb", "tgt", "place" or ""
	Label string
}

// highlight cuts e's sentence at the spans of its source, verb, target
// and action place (code points). Overlapping spans keep the first in that
// order; spans outside the sentence are ignored.
func highlight(e *event.Event) []segment {
	r := []rune(e.Sentence)
	type mark struct {
		s     event.Span
		class string
		label string
	}
	marks := []mark{
		{e.Source.Span, "src", "source " + string(e.Source.Code)},
		{e.Explain.Verb, "verb", "verb " + string(e.Code)},
		{e.Target.Span, "tgt", "target " + string(e.Target.Code)},
		{e.ActionGeo.Span, "place", "place " + e.ActionGeo.FullName},
	}
	var keep []mark
	for _, m := range marks {
		if m.s.Empty() || m.s.Start < 0 || m.s.End > len(r) {
			continue
		}
		overlaps := false
		for _, k := range keep {
			if m.s.Start < k.s.End && k.s.Start < m.s.End {
				overlaps = true
			}
		}
		if !overlaps {
			keep = append(keep, m)
		}
	}
	sort.Slice(keep, func(i, j int) bool { return keep[i].s.Start < keep[j].s.Start })
	var out []segment
	at := 0
	for _, k := range keep {
		if k.s.Start > at {
			out = append(out, segment{Text: string(r[at:k.s.Start])})
		}
		out = append(out, segment{Text: string(r[k.s.Start:k.s.End]), Class: k.class, Label: k.label})
		at = k.s.End
	}
	if at < len(r) {
		out = append(out, segment{Text: string(r[at:])})
	}
	return out
}

// render executes a page into a buffer first, so that a failing template
// gives a clean 500 rather than half a page.
func (u *UI) render(w http.ResponseWriter, r *http.Request, page string, status int, data any) {
	var buf bytes.Buffer
	if err := u.pages[page].Execute(&buf, data); err != nil {
		u.log.Error("render", "page", page, "err", err)
		http.Error(w, "internal error rendering the page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'")
	w.WriteHeader(status)
	buf.WriteTo(w)
}

// errorPage is the data of a page that failed.
type errorPage struct {
	Title  string
	Error  string
	Status int
}

func (u *UI) fail(w http.ResponseWriter, r *http.Request, status int, err error) {
	if status >= 500 {
		u.log.Error("page failed", "path", r.URL.Path, "err", err)
	}
	u.render(w, r, "index", status, indexPage{Title: http.StatusText(status), Error: err.Error()})
}

// filterForm is the filter form's values.
type filterForm struct {
	Actor, Country, Root, Code, PLOVER, Quad, Since, Until, Place, Q, Sort, BBox string
}

// indexPage is the data of the events page.
type indexPage struct {
	Title      string
	Error      string
	F          filterForm
	Events     []*store.Event
	Total      int
	From, To   int
	Prev, Next string // query strings of the neighbouring pages, "" when none
	Query      string // the filters as a query string without since/until/paging, for the charts
	Split      string
}

func (u *UI) index(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	split := v.Get("split")
	v.Del("split")
	if split != "root" {
		split = "quad"
	}
	for k, vs := range v { // empty form fields select nothing
		if len(vs) == 1 && strings.TrimSpace(vs[0]) == "" {
			v.Del(k)
		}
	}
	if v.Get("limit") == "" {
		v.Set("limit", "50")
	}
	f, err := server.EventQuery(v)
	p := indexPage{Title: "Events", Split: split, F: filterForm{Actor: v.Get("actor"), Country: v.Get("country"), Root: v.Get("root"),
		Code: v.Get("code"), PLOVER: v.Get("plover"), Quad: v.Get("quad"), Since: v.Get("since"), Until: v.Get("until"),
		Place: v.Get("place"), Q: v.Get("q"), Sort: v.Get("sort"), BBox: v.Get("bbox")}}
	if err != nil {
		p.Error = err.Error()
		u.render(w, r, "index", http.StatusBadRequest, p)
		return
	}
	page, err := u.st.FindEvents(r.Context(), f)
	if err != nil {
		u.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	p.Events, p.Total = page.Events, page.Total
	p.From, p.To = f.Offset+1, f.Offset+len(page.Events)
	nav := func(off int) string {
		x := url.Values{}
		for k, vs := range v {
			x[k] = vs
		}
		x.Set("offset", strconv.Itoa(off))
		x.Set("split", split)
		return x.Encode()
	}
	if f.Offset > 0 {
		p.Prev = nav(max(0, f.Offset-f.Limit))
	}
	if f.Offset+len(page.Events) < page.Total {
		p.Next = nav(f.Offset + f.Limit)
	}
	q := url.Values{}
	for k, vs := range v {
		switch k {
		case "since", "until", "offset", "limit", "sort":
		default:
			q[k] = vs
		}
	}
	p.Query = q.Encode()
	u.render(w, r, "index", http.StatusOK, p)
}

func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id < 1 {
		return 0, fmt.Errorf("bad id %q: want a positive integer", r.PathValue("id"))
	}
	return id, nil
}

// found reports whether a store lookup succeeded; when it did not, it
// writes the error page: not found (404) or a failure (500).
func (u *UI) found(w http.ResponseWriter, r *http.Request, err error) bool {
	switch {
	case errors.Is(err, store.ErrNotFound):
		u.fail(w, r, http.StatusNotFound, err)
	case err != nil:
		u.fail(w, r, http.StatusInternalServerError, err)
	default:
		return true
	}
	return false
}

// eventPage is the data of an event's page.
type eventPage struct {
	Title    string
	Error    string
	E        *store.Event
	Mentions []*store.StoredMention
}

func (u *UI) event(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		u.fail(w, r, http.StatusBadRequest, err)
		return
	}
	e, ms, err := u.st.EventByID(r.Context(), id)
	if !u.found(w, r, err) {
		return
	}
	u.render(w, r, "event", http.StatusOK, eventPage{Title: fmt.Sprintf("Event %d", e.ID), E: e, Mentions: ms})
}

// articlePage is the data of an article's page.
type articlePage struct {
	Title    string
	Error    string
	A        *store.ArticleInfo
	Mentions []*store.StoredMention
}

func (u *UI) article(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		u.fail(w, r, http.StatusBadRequest, err)
		return
	}
	a, ms, err := u.st.Article(r.Context(), id)
	if !u.found(w, r, err) {
		return
	}
	title := a.Title
	if title == "" {
		title = a.DocID
	}
	u.render(w, r, "article", http.StatusOK, articlePage{Title: title, A: a, Mentions: ms})
}

// codePage is the data of the "code a text" page.
type codePage struct {
	Title  string
	Error  string
	Text   string
	Date   string
	Coded  bool
	Events []event.Event
	Errors []string
}

func (u *UI) code(w http.ResponseWriter, r *http.Request) {
	p := codePage{Title: "Code a text"}
	if r.Method == http.MethodPost {
		r.Body = http.MaxBytesReader(w, r.Body, server.MaxBody)
		if err := r.ParseForm(); err != nil {
			p.Error = "could not read the form: " + err.Error()
			u.render(w, r, "code", http.StatusBadRequest, p)
			return
		}
		p.Text, p.Date = r.PostForm.Get("text"), strings.TrimSpace(r.PostForm.Get("date"))
		switch {
		case u.pipe == nil:
			p.Error = "coding is not available on this server"
		case strings.TrimSpace(p.Text) == "":
			p.Error = "paste a text to code"
		default:
			a, err := server.CodeInput(server.ArticleIn{Text: p.Text, Date: p.Date, ID: "pasted"})
			if err != nil {
				p.Error = err.Error()
				break
			}
			c := server.Code(u.pipe, a)
			p.Coded, p.Events, p.Errors = true, c.Events, c.Errors
		}
		if p.Error != "" {
			u.render(w, r, "code", http.StatusBadRequest, p)
			return
		}
	}
	u.render(w, r, "code", http.StatusOK, p)
}

// networkPage is the data of the actor network.
type networkPage struct {
	Title  string
	Error  string
	F      filterForm
	Nodes  []node
	Edges  []edge
	Size   int
	Shown  int
	Limit  int
	Query  string
	NoData bool
}

type node struct {
	Code   string
	X, Y   float64
	R      float64
	Events int
	LX, LY float64 // label position
	Anchor string
}

type edge struct {
	Source, Target string
	X1, Y1, X2, Y2 float64
	Width          float64
	Class          string // "coop", "conflict" or "mixed"
	Events         int
	Coop, Conflict int
	Goldstein      float64
}

func (u *UI) network(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	for k, vs := range v {
		if len(vs) == 1 && strings.TrimSpace(vs[0]) == "" {
			v.Del(k)
		}
	}
	if v.Get("limit") == "" {
		v.Set("limit", "60")
	}
	v.Set("by", "dyad")
	f, _, _, limit, err := server.AggregateQuery(v)
	p := networkPage{Title: "Actor network", Limit: limit, F: filterForm{Actor: v.Get("actor"), Country: v.Get("country"), Root: v.Get("root"),
		Quad: v.Get("quad"), Since: v.Get("since"), Until: v.Get("until"), Place: v.Get("place"), Q: v.Get("q")}}
	if err != nil {
		p.Error = err.Error()
		u.render(w, r, "network", http.StatusBadRequest, p)
		return
	}
	bs, err := u.st.Aggregate(r.Context(), f, "dyad", "", limit)
	if err != nil {
		u.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	p.Size = 640
	p.Nodes, p.Edges = layout(bs, float64(p.Size))
	p.Shown, p.NoData = len(p.Edges), len(p.Edges) == 0
	u.render(w, r, "network", http.StatusOK, p)
}

// layout places the actors of the dyads on a circle, the busiest first,
// and draws an edge per dyad: width by the square root of its events,
// class by whether cooperation or conflict dominates.
func layout(bs []store.Bucket, size float64) ([]node, []edge) {
	count := map[string]int{}
	for _, b := range bs {
		count[b.Source] += b.Events
		count[b.Target] += b.Events
	}
	codes := make([]string, 0, len(count))
	for c := range count {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool {
		if count[codes[i]] != count[codes[j]] {
			return count[codes[i]] > count[codes[j]]
		}
		return codes[i] < codes[j]
	})
	c, rad := size/2, size/2-70
	maxN, maxE := 1, 1
	for _, n := range count {
		maxN = max(maxN, n)
	}
	for _, b := range bs {
		maxE = max(maxE, b.Events)
	}
	pos := map[string]node{}
	var nodes []node
	for i, code := range codes {
		a := 2*math.Pi*float64(i)/float64(len(codes)) - math.Pi/2
		n := node{Code: code, Events: count[code], X: c + rad*math.Cos(a), Y: c + rad*math.Sin(a),
			R: 4 + 10*math.Sqrt(float64(count[code])/float64(maxN))}
		n.LX, n.LY = c+(rad+14)*math.Cos(a), c+(rad+14)*math.Sin(a)+4
		n.Anchor = "start"
		if math.Cos(a) < -0.1 {
			n.Anchor = "end"
		} else if math.Abs(math.Cos(a)) <= 0.1 {
			n.Anchor = "middle"
		}
		pos[code] = n
		nodes = append(nodes, n)
	}
	var edges []edge
	for _, b := range bs {
		s, t := pos[b.Source], pos[b.Target]
		e := edge{Source: b.Source, Target: b.Target, X1: s.X, Y1: s.Y, X2: t.X, Y2: t.Y, Events: b.Events,
			Coop: b.Coop, Conflict: b.Conflict, Goldstein: b.Goldstein, Width: 1 + 7*math.Sqrt(float64(b.Events)/float64(maxE))}
		switch {
		case b.Conflict > b.Coop:
			e.Class = "conflict"
		case b.Coop > b.Conflict:
			e.Class = "coop"
		default:
			e.Class = "mixed"
		}
		edges = append(edges, e)
	}
	return nodes, edges
}

// NewHandler returns what annals serve serves: the API (package server)
// and the UI on one mux, every route counted in /metrics.
func NewHandler(cfg server.Config) (http.Handler, error) {
	api, err := server.New(cfg)
	if err != nil {
		return nil, err
	}
	ui, err := New(cfg.Store, cfg.Pipeline, cfg.Log)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	api.Register(mux)
	ui.Register(mux, api.Metrics().Instrument)
	return mux, nil
}
