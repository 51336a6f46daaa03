package eval

import (
	"errors"
	"strings"
	"time"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/dict/tabari"
	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/pipeline"
)

// Code codes one gold record as an article of one paragraph, with its date
// and config, and returns what it found: negated events are not counted;
// PLOVER records are scored on the PLOVER event type, so events without
// one are left out. A date that cannot be read is ignored (callers report
// it); the record is coded without one.
func Code(p *pipeline.Pipeline, r *Record) Result {
	events, errs := p.Code(recordArticle(r, r.Text))
	return result(r, events, errs)
}

// CodeAll codes the records keep accepts, in file order, and returns their
// results by id. Under TABARI's "FORWARD: ^^*****NNN*SSS", whose N and S
// mark the story and sentence digits of a record id (aligned to its end),
// consecutive records with the same story number ("FRWD-001-001",
// "FRWD-001-002") are one story, coded as one article of one paragraph
// per record so that a pronoun can stand for an actor of the record
// before; the others are coded one by one.
func CodeAll(p *pipeline.Pipeline, recs []Record, keep func(*Record) bool) map[string]Result {
	out := map[string]Result{}
	var story []*Record
	storyOf := "" // the key of the records in story
	flush := func() {
		if len(story) > 0 {
			codeStory(p, story, out)
			story = story[:0]
		}
	}
	for i := range recs {
		r := &recs[i]
		if !keep(r) {
			continue
		}
		key, ok := storyKey(r)
		if !ok {
			flush()
			out[r.ID] = Code(p, r)
			continue
		}
		if len(story) > 0 && storyOf != key {
			flush()
		}
		story, storyOf = append(story, r), key
	}
	flush()
	return out
}

// codeStory codes the records of one story as one article and gives each
// record the events of its own sentences. When the records' sentences do
// not line up with the article's, each record is coded alone.
func codeStory(p *pipeline.Pipeline, story []*Record, out map[string]Result) {
	owner := []int{} // sentence index in the article → record in story
	texts := make([]string, len(story))
	for i, r := range story {
		texts[i] = r.Text
		for range p.Splitter().Split(r.Text) {
			owner = append(owner, i)
		}
	}
	joined := strings.Join(texts, "\n\n")
	if len(story) == 1 || len(p.Splitter().Split(joined)) != len(owner) {
		for _, r := range story {
			out[r.ID] = Code(p, r)
		}
		return
	}
	events, errs := p.Code(recordArticle(story[0], joined))
	per := make([][]event.Event, len(story))
	for _, e := range events {
		if e.SentenceIndex >= 0 && e.SentenceIndex < len(owner) {
			k := owner[e.SentenceIndex]
			per[k] = append(per[k], e)
		}
	}
	for i, r := range story {
		var rerrs []error
		if i == 0 {
			rerrs = errs // the article's errors are reported once
		}
		out[r.ID] = result(r, per[i], rerrs)
	}
}

// storyKey returns the story a record belongs to under FORWARD: its set
// and the digits its id has where the FORWARD template writes N, the
// template aligned to the end of the id. ok is false when FORWARD is off
// for the record or its id does not fit the template.
func storyKey(r *Record) (key string, ok bool) {
	if len(r.Config) == 0 {
		return "", false
	}
	o, cmds, err := dict.ConfigOptions(r.Config)
	if err != nil {
		return "", false
	}
	if len(cmds) > 0 {
		o, _ = tabari.ApplyOptions(o, cmds)
	}
	tmpl := strings.Fields(o["forward"])
	if len(tmpl) == 0 || strings.EqualFold(tmpl[len(tmpl)-1], "off") {
		return "", false // "FORWARD: ^^*****NNN*SSS OFF"
	}
	t := tmpl[0]
	id := r.ID[strings.IndexByte(r.ID, ':')+1:]
	off := len(id) - len(t) // id index of template index 0
	var story []byte
	for i := 0; i < len(t); i++ {
		if t[i] != 'N' && t[i] != 'S' {
			continue
		}
		j := off + i
		if j < 0 || id[j] < '0' || id[j] > '9' {
			return "", false
		}
		if t[i] == 'N' {
			story = append(story, id[j])
		}
	}
	return r.Set + ":" + string(story), len(story) > 0
}

func recordArticle(r *Record, text string) *article.Article {
	a := &article.Article{ID: r.ID, Text: text, Config: r.Config}
	if r.Date != nil {
		if d, err := time.Parse("2006-01-02", *r.Date); err == nil {
			a.Date = d
		}
	}
	return a
}

func result(r *Record, events []event.Event, errs []error) Result {
	res := Result{}
	if len(errs) > 0 {
		res.Err = errors.Join(errs...)
	}
	for _, ev := range events {
		if ev.Negated {
			continue
		}
		code := string(ev.Code)
		if r.Ontology == "PLOVER" {
			if code = ev.PLOVER.Event; code == "" {
				continue
			}
		}
		res.Found = append(res.Found, Triple{Source: string(ev.Source.Code), Target: string(ev.Target.Code), Code: code})
	}
	return res
}
