// Package pipeline wires the stages of annals for one article:
//
//	article ──► text.Split ──► coder.Sentence (actor.Find inside) ──► timex.Find ──► geo (places) ──► events
//
// Read Code below to see the whole path.
package pipeline

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/coder"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/geo"
	"github.com/annals-project/annals/ontology/cameo"
	"github.com/annals-project/annals/text"
	"github.com/annals-project/annals/timex"
)

// MaxSentenceTokens bounds the work on one sentence: longer "sentences" are
// lists, tables or text without punctuation, and are reported and skipped.
const MaxSentenceTokens = 300

// Pipeline holds the loaded stages. Build it once; Code is safe for
// concurrent use.
type Pipeline struct {
	split  *text.Splitter
	coder  *coder.Coder
	places sync.Map // placeKey → cameo.ActorCode of its country, "" for none (placeCountry)
	// the gazetteer is geo.Shared: one per process, loading from New on
}

// New loads the stages over dictionary d.
func New(d *dict.Dict) (*Pipeline, error) {
	sp, err := text.NewSplitter()
	if err != nil {
		return nil, fmt.Errorf("load sentence splitter: %w", err)
	}
	// the gazetteer takes longer to load than the rest: start it now, on
	// another core, for the first article's places
	go geo.Shared()
	p := &Pipeline{split: sp, coder: coder.New(d)}
	p.coder.SetPlaceCountry(p.placeCountry)
	return p, nil
}

// placeCountry codes the country a place name lies in ("Sindh" → PAK):
// the gazetteer names the country, and the pipeline's own dictionary codes
// that name, so the code is the one the dictionary gives the country (a
// dictionary that does not know the country answers nothing). A name that
// large places share across countries ("Manchester") is "---" when not
// located. Answers are kept, one per name.
func (p *Pipeline) placeCountry(name string, located bool) (cameo.ActorCode, bool) {
	key := placeKey{name, located}
	if v, ok := p.places.Load(key); ok {
		c := v.(cameo.ActorCode)
		return c, c != ""
	}
	var code cameo.ActorCode
	if g, err := p.Gazetteer(); err == nil {
		country := g.RegionCountry
		if located {
			country = g.TownCountry
		}
		if iso3, ok := country(name); ok {
			if c, ok := g.CountryByISO3(iso3); ok {
				if ss := p.split.Split(c.Name); len(ss) == 1 {
					ms := p.coder.Actors().Find(ss[0].Tokens, time.Time{})
					if len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(ss[0].Tokens) && ms[0].Role == actor.Named {
						code = cameo.ActorCode(ms[0].Code.Country())
					}
				}
			}
		}
	}
	if code == "" && !located {
		if g, err := p.Gazetteer(); err == nil && g.SharedName(name) {
			code = "---" // "Manchester police": of a place in several countries
		}
	}
	p.places.Store(key, code)
	return code, code != ""
}

// placeKey keys the answers of placeCountry.
type placeKey struct {
	name    string
	located bool
}

// NewDefault loads the stages over the embedded default dictionaries.
func NewDefault() (*Pipeline, error) {
	d, err := dict.Default()
	if err != nil {
		return nil, err
	}
	return New(d)
}

// Coder returns the pipeline's coder.
func (p *Pipeline) Coder() *coder.Coder { return p.coder }

// Splitter returns the pipeline's sentence splitter.
func (p *Pipeline) Splitter() *text.Splitter { return p.split }

// Gazetteer returns the gazetteer (geo.Shared), waiting for it to load.
func (p *Pipeline) Gazetteer() (*geo.Gazetteer, error) { return geo.Shared() }

// SentenceError is a sentence that could not be coded; the rest of the
// article still is.
type SentenceError struct {
	Doc      string
	Sentence int
	Msg      string
}

func (e *SentenceError) Error() string {
	return fmt.Sprintf("%s: sentence %d: %s", e.Doc, e.Sentence+1, e.Msg)
}

// Code runs one article through the stages and returns its events, with
// the sentences it had to skip as errors.
func (p *Pipeline) Code(a *article.Article) ([]event.Event, []error) {
	var events []event.Event
	var errs []error
	furniture := furnitureNotes(a)
	ref := a.Date
	ctx := &coder.Context{Config: a.Config}
	sents := p.split.Split(a.Text)
	for _, s := range sents {
		if len(s.Tokens) > MaxSentenceTokens {
			errs = append(errs, &SentenceError{a.ID, s.Index, fmt.Sprintf("%d tokens, more than %d: skipped", len(s.Tokens), MaxSentenceTokens)})
			continue
		}
		// the dates are read before coding only where a year is written:
		// only a year can put the sentence's actors in the past
		var dates []timex.Expr
		on, past, found := ref, false, hasYear(s.Text)
		if found {
			dates = timex.Find(s.Text, ref)
			on, past = actorDay(dates, ref)
		}
		evs, err := p.codeSentence(&s, on, ctx)
		if err != nil {
			errs = append(errs, &SentenceError{a.ID, s.Index, err.Error()})
			continue
		}
		if len(evs) == 0 {
			continue
		}
		if !found {
			dates = timex.Find(s.Text, ref)
		}
		for i := range evs {
			e := &evs[i]
			if past {
				e.Explain.Notes = append(e.Explain.Notes, "actors coded as of "+day(on)+", the year the sentence tells of")
			}
			setDate(e, &s, dates, ref)
			e.DocID = a.ID
			e.Article = event.ArticleRef{ID: a.ID, Title: a.Title, Source: a.Source, URL: a.URL, Date: day(ref)}
			e.Explain.Furniture = furniture
		}
		events = append(events, evs...)
	}
	if err := p.locate(events, sents); err != nil {
		errs = append(errs, fmt.Errorf("%s: places: %w", a.ID, err))
	}
	return events, errs
}

// locate is the geo stage: the article's places are found once, with the
// countries of the events' actors as context, and each event takes the
// place named in its clause (see geo.Places.ForEvent).
func (p *Pipeline) locate(events []event.Event, sents []text.Sentence) error {
	if len(events) == 0 {
		return nil
	}
	g, err := p.Gazetteer()
	if err != nil {
		return err
	}
	var hints []string
	for i := range events {
		for _, c := range []string{events[i].Source.Code.Country(), events[i].Target.Code.Country()} {
			if cc := g.ISO2(c); cc != "" {
				hints = append(hints, cc)
			}
		}
	}
	places := g.Find(sents, hints...)
	for i := range events {
		e := &events[i]
		s := sentenceAt(sents, e.SentenceIndex)
		if s == nil {
			continue
		}
		e.ActionGeo, e.Actor1Geo, e.Actor2Geo = places.ForEvent(s, e.Explain.Verb, e.Source, e.Target)
	}
	return nil
}

// sentenceAt returns the sentence whose Index is i.
func sentenceAt(sents []text.Sentence, i int) *text.Sentence {
	if i >= 0 && i < len(sents) && sents[i].Index == i {
		return &sents[i]
	}
	for k := range sents {
		if sents[k].Index == i {
			return &sents[k]
		}
	}
	return nil
}

// codeSentence codes one sentence; a failure inside the coder is turned
// into an error for this sentence alone.
func (p *Pipeline) codeSentence(s *text.Sentence, ref time.Time, ctx *coder.Context) (evs []event.Event, err error) {
	defer func() {
		if r := recover(); r != nil {
			evs, err = nil, fmt.Errorf("coder failed: %v", r)
		}
	}()
	return p.coder.Sentence(s, ref, ctx), nil
}

// setDate gives the event the time expression of its clause nearest to
// its verb, or the publication date, marked inferred.
// hasYear reports four digits in a row in s: a year may be written there.
func hasYear(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if n++; n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// ActorDay returns the day whose offices code the actors of sentence,
// published on ref (see actorDay).
func ActorDay(sentence string, ref time.Time) time.Time {
	d, _ := actorDay(timex.Find(sentence, ref), ref)
	return d
}

// actorDay returns the day whose offices code the sentence's actors: the
// publication day, or for a sentence about the past ("In 1978, President
// Jimmy Carter mediated …") the day its dates tell of, when all of them
// fall in one year at least two years before publication. past reports
// the second case.
func actorDay(dates []timex.Expr, ref time.Time) (time.Time, bool) {
	if len(dates) == 0 || ref.IsZero() {
		return ref, false
	}
	y := dates[0].Date.Year()
	for _, d := range dates {
		if d.Date.Year() != y {
			return ref, false
		}
	}
	if ref.Year()-y < 2 {
		return ref, false
	}
	return dates[0].Date, true
}

func setDate(e *event.Event, s *text.Sentence, dates []timex.Expr, ref time.Time) {
	verb := byteOffset(s.Text, e.Explain.Verb.Start)
	best := -1
	for i, d := range dates {
		if otherClause(s.Text, verb, d) {
			continue
		}
		if best < 0 || dist(d, verb) < dist(dates[best], verb) {
			best = i
		}
	}
	if best < 0 {
		e.Date, e.DatePrecision, e.DateInferred = day(ref), event.Day, true
		e.Explain.Date = "no date in the clause: the publication date"
		if ref.IsZero() {
			e.Explain.Date = "no date in the clause and no publication date"
		}
		return
	}
	d := dates[best]
	e.Date, e.DatePrecision = day(d.Date), event.Precision(d.Precision)
	e.Explain.Date = fmt.Sprintf("'%s' → %s (%s) against the publication date %s", d.Text, e.Date, d.Precision, day(ref))
}

// otherClause reports whether a clause break stands between the verb at
// byte offset verb and the time expression d, so that the date belongs to
// another verb: "X met Y on Monday, and Z left last week".
func otherClause(sentence string, verb int, d timex.Expr) bool {
	a, b := verb, d.Start
	if d.End <= verb {
		a, b = d.End, verb
	}
	if a >= b {
		return false
	}
	between := sentence[a:b]
	return strings.Contains(between, ";") || strings.Contains(between, ", and ") ||
		strings.Contains(between, ", but ") || strings.Contains(between, ", while ")
}

func dist(d timex.Expr, at int) int {
	switch {
	case at < d.Start:
		return d.Start - at
	case at >= d.End:
		return at - d.End
	}
	return 0
}

// byteOffset converts a code-point offset in s to a byte offset.
func byteOffset(s string, runes int) int {
	n := 0
	for i := range s {
		if n == runes {
			return i
		}
		n++
	}
	return len(s)
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func furnitureNotes(a *article.Article) []string {
	var out []string
	for _, f := range a.Furniture {
		out = append(out, fmt.Sprintf("line %d dropped (%s): %s", f.Line, f.Rule, f.Text))
	}
	return out
}
