package coder

import (
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/dict/tabari"
	"github.com/annals-project/annals/text"
)

// settings are the coder options in force for one article, decoded from
// dict.Options (the dictionary's, with the article's config over them).
// The zero value is the default annals behaviour.
type settings struct {
	// requireDyad drops events without a target ("require_dyad").
	requireDyad bool
	// newActorLength > 0 reports an unknown noun phrase of up to that many
	// words before the verb as the source, by its text
	// ("new_actor_length").
	newActorLength int
	// defaultSource / defaultTarget fill a missing source or target
	// (TABARI "DEFAULT: SOURCE [X] … TARGET [Y]").
	defaultSource, defaultTarget string
	defaultSourcePrior           bool // "PRIOR": the default source stands for a missing subject
	defaultTargetAfter           bool // "AFTER": the default target stands for a missing object
	// legacy follows the conventions of the program a dictionary was
	// written for ("style = petrarch|tabari", set by their loaders): no
	// look-back in the story for bare agents, auxiliaries are not
	// verbs, an absent target is written "---".
	legacy bool
	// splitCodes: a code "A/B/C" stands for three actors ("split_codes";
	// PETRARCH-1 and TABARI do so, UniversalPetrarch keeps the code whole).
	splitCodes bool
	// parserVerbs: an auxiliary or modal before a verb is not coded as a
	// verb itself (PETRARCH reads verb groups from a parse; TABARI codes
	// "should" if its dictionary has it).
	parserVerbs bool
	// tabari: TABARI's own readings not covered by a finer setting: the
	// target of a verb may stand after a comma or in a subordinate clause
	// ("restore ties, years after X burned …" targets X), and an end
	// clause with a verb is not a comma clause
	tabari bool
	// firstActorPronouns: a pronoun stands for the first actor of its
	// sentence (TABARI's dereferencing; "style = tabari").
	firstActorPronouns bool
	// oneVerbPerClause: after a verb that produced events, the other
	// verbs of its clause are not coded (TABARI; "style = tabari" without
	// "SET: CODE ALL").
	oneVerbPerClause bool
	// forward: a pronoun with no actor before it in its sentence stands
	// for the previous sentence's first named actor (TABARI "FORWARD:")
	forward bool
	// codeAll: every verb of a sentence is coded, infinitives after a
	// coded verb too (TABARI "SET: CODE ALL").
	codeAll bool
	// convertAgent: a bare agent is coded "~ROLE" (TABARI "SET: CONVERT
	// AGENT = TRUE").
	convertAgent bool
	// minWords: sentences of fewer words are not coded (TABARI "SET:
	// MINIMUM WORDS").
	minWords int
	// comma clauses: a stretch between two commas of commaMin..commaMax
	// tokens, before the first comma of commaBMin..commaBMax tokens, or
	// after the last of commaEMin..commaEMax tokens is left out of coding
	// (PETRARCH's comma_* options, TABARI's COMMA:). A max of 0 turns the
	// rule off.
	commaMin, commaMax, commaBMin, commaBMax, commaEMin, commaEMax int
}

func settingsOf(o dict.Options) settings {
	s := settings{
		requireDyad:        o.Bool("require_dyad", false),
		newActorLength:     o.Int("new_actor_length", 0),
		defaultSource:      o["default_source"],
		defaultTarget:      o["default_target"],
		defaultSourcePrior: o.Bool("default_source_prior", false),
		defaultTargetAfter: o.Bool("default_target_after", false),
		legacy:             o["style"] == "petrarch" || o["style"] == "tabari",
		splitCodes:         o.Bool("split_codes", false),
		parserVerbs:        o["style"] == "petrarch",
		firstActorPronouns: o["style"] == "tabari",
		tabari:             o["style"] == "tabari",
		codeAll:            o["code_by"] == "all",
		forward:            o["forward"] != "" && o["style"] == "tabari",
		oneVerbPerClause:   o["style"] == "tabari" && o["code_by"] != "all",
		convertAgent:       o.Bool("set_convert_agent", false),
		minWords:           o.Int("set_minimum_words", 0),
	}
	if o["comma"] != "off" {
		// TABARI's defaults (which PETRARCH's config repeats) when a
		// TABARI dictionary set gives no COMMA command
		min, max, emin, emax := 0, 0, 0, 0
		if o["style"] == "tabari" {
			min, max, emin, emax = 2, 8, 2, 8
		}
		s.commaMin, s.commaMax = o.Int("comma_min", min), o.Int("comma_max", max)
		s.commaBMin, s.commaBMax = o.Int("comma_bmin", 0), o.Int("comma_bmax", 0)
		s.commaEMin, s.commaEMax = o.Int("comma_emin", emin), o.Int("comma_emax", emax)
	}
	return s
}

// settings returns the options for the article of ctx, decoding its
// config once. A config that cannot be read leaves the dictionary's
// options in force; the error is kept in the context (ConfigError).
func (c *Coder) settings(ctx *Context) *settings {
	if ctx.set != nil {
		return ctx.set
	}
	if len(ctx.Config) == 0 {
		ctx.set = &c.base
		return ctx.set
	}
	o, cmds, err := dict.ConfigOptions(ctx.Config)
	if err != nil {
		ctx.setErr = err
		ctx.set = &c.base
		return ctx.set
	}
	all := c.opts.With(o)
	if len(cmds) > 0 {
		var errs []error
		all, errs = tabari.ApplyOptions(all, cmds)
		if len(errs) > 0 {
			ctx.setErr = errs[0]
		}
	}
	s := settingsOf(all)
	ctx.set = &s
	return ctx.set
}

// ConfigError returns the error met reading the article's config, if any.
func (ctx *Context) ConfigError() error { return ctx.setErr }

// discard is one discard phrase.
type discard struct {
	words []dict.Word
	entry *dict.Entry
}

// discarded reports whether the sentence holds a discard phrase; a
// story-level discard marks the whole article.
func (c *Coder) discarded(s *text.Sentence, ctx *Context) bool {
	if len(c.discards) == 0 {
		return false
	}
	toks := s.Tokens
	for i := range toks {
		for _, d := range c.discards[toks[i].Lower] {
			if i+len(d.words) > len(toks) {
				continue
			}
			ok := true
			for k, w := range d.words {
				t := toks[i+k].Lower
				if t != w.Lower && !(w.Prefix && len(t) >= len(w.Lower) && t[:len(w.Lower)] == w.Lower) {
					ok = false
					break
				}
			}
			if ok {
				if d.entry.Story {
					ctx.discarded = true
				}
				return true
			}
		}
	}
	return false
}

// dropCommaClauses returns the tokens without the comma clauses the
// settings leave out, or toks itself when none is.
//
// A segment that starts with an actor (after "and" or a determiner) is
// an item of a list ("with Arnor, Rohan and Bree") and stays when a comma,
// "and" or "or" follows the actor; actorEnd returns the end of the actor
// starting at a token, or -1. Under TABARI an end clause that holds a
// verb of the dictionary (isVerb) stays: "X brushed, aside reports, that
// Y attacked Z" keeps "that Y attacked Z", but ", officials said" goes.
func (set *settings) dropCommaClauses(toks []text.Token, actorEnd func(int) int, isVerb func(int) bool) []text.Token {
	if set.commaMax == 0 && set.commaBMax == 0 && set.commaEMax == 0 {
		return toks
	}
	var commas []int
	for i, t := range toks {
		if t.Lower == "," {
			commas = append(commas, i)
		}
	}
	if len(commas) == 0 {
		return toks
	}
	drop := make([]bool, len(toks))
	in := func(n, lo, hi int) bool { return hi > 0 && n >= lo && n <= hi }
	dropped := false
	mark := func(a, b int) { // tokens [a, b)
		if a < len(toks) && toks[a].Lower == "," {
			for j, n := a+1, 0; j < b && n < 5; j, n = j+1, n+1 {
				if e := actorEnd(j); e >= 0 {
					if e >= len(toks) || toks[e].Lower == "," || toks[e].Lower == "and" || toks[e].Lower == "or" {
						return // a list item
					}
					break
				}
				if w := toks[j].Lower; w != "and" && w != "the" && w != "or" && !adjectiveLike(toks[j].Text) {
					break
				}
			}
		}
		for j := a; j < b; j++ {
			drop[j] = true
		}
		dropped = true
	}
	// words counts the tokens a..b-1, a multi-word actor as one (TABARI
	// and PETRARCH measure a clause after reading its actors)
	words := func(a, b int) int {
		n := 0
		for j := a; j < b; j++ {
			if e := actorEnd(j); e > j+1 {
				j = e - 1
			}
			n++
		}
		return n
	}
	if in(words(0, commas[0]), set.commaBMin, set.commaBMax) {
		mark(0, commas[0]+1)
	}
	for k := 0; k+1 < len(commas); k++ {
		if n := words(commas[k]+1, commas[k+1]); in(n, set.commaMin, set.commaMax) {
			mark(commas[k], commas[k+1])
		}
	}
	// the end clause counts its final stop, as PETRARCH does; after a
	// clause dropped between commas, what follows is the sentence's own
	// end, not a clause ("X, in remarks on Monday, urged Y")
	last := commas[len(commas)-1]
	end := len(toks)
	keep := false
	for j := last + 1; j < end && set.tabari && !keep; j++ {
		keep = isVerb(j)
	}
	if !keep && in(words(last+1, end), set.commaEMin, set.commaEMax) {
		if toks[end-1].Lower == "." {
			end--
		}
		mark(last, end)
	}
	if !dropped {
		return toks
	}
	out := make([]text.Token, 0, len(toks))
	for j, t := range toks {
		if !drop[j] {
			out = append(out, t)
		}
	}
	return out
}
