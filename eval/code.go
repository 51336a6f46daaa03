package eval

import (
	"errors"
	"time"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/pipeline"
)

// Code codes one gold record as an article of one paragraph, with its date
// and config, and returns what it found: negated events are not counted;
// PLOVER records are scored on the PLOVER event type, so events without
// one are left out. A date that cannot be read is ignored (callers report
// it); the record is coded without one.
func Code(p *pipeline.Pipeline, r *Record) Result {
	a := &article.Article{ID: r.ID, Text: r.Text, Config: r.Config}
	if r.Date != nil {
		if d, err := time.Parse("2006-01-02", *r.Date); err == nil {
			a.Date = d
		}
	}
	events, errs := p.Code(a)
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
