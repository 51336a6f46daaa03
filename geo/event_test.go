package geo

import (
	"strings"
	"testing"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/cameo"
)

// span finds word w in the ASCII sentence s.
func span(s, w string) event.Span {
	i := strings.Index(s, w)
	if i < 0 {
		return event.Span{}
	}
	return event.Span{Start: i, End: i + len(w), Text: w}
}

func TestForEvent(t *testing.T) {
	g := testGazetteer(t)
	sp := splitter(t)
	tests := []struct {
		name          string
		doc           string
		sentence      int
		verb          string
		src, tgt      string // words of the actors in the sentence ("" none)
		srcCode       string
		action        string // ActionGeo full name
		inferred      bool
		actor1        string // Actor1Geo full name, "" none
		actor1Inferrd bool
	}{
		{name: "literal in clause", doc: "Forces from Benghazi shelled positions in Sirte on Monday.",
			verb: "shelled", src: "Forces", action: "Sirte, Surt, Libya", actor1: "Benghazi, Banghazi, Libya"},
		{name: "based", doc: "Benghazi-based forces shelled the port.",
			verb: "shelled", src: "forces", srcCode: "LBYMIL", action: "Benghazi, Banghazi, Libya", actor1: "Benghazi, Banghazi, Libya"},
		{name: "main place", doc: "Fighting raged across Libya. The army shelled the port.", sentence: 1,
			verb: "shelled", src: "army", srcCode: "LBYMIL", action: "Libya", inferred: true, actor1: "Libya", actor1Inferrd: true},
		{name: "country as actor is no place", doc: "Libya accused Egypt of meddling in Sirte.",
			verb: "accused", src: "Libya", tgt: "Egypt", srcCode: "LBY", action: "Sirte, Surt, Libya", actor1: "Libya"},
		{name: "other clause", doc: "Troops left Sirte; the army shelled Misrata in the west.",
			verb: "shelled", src: "army", srcCode: "LBYMIL", action: "Mişrātah, Misratah, Libya", actor1: "Libya", actor1Inferrd: true},
		{name: "no places at all", doc: "The army shelled the port.",
			verb: "shelled", src: "army", srcCode: "RUSMIL", action: "", actor1: "Russia", actor1Inferrd: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := sp.Split(tc.doc)
			ps := g.Find(sents)
			s := &sents[tc.sentence]
			src := event.Actor{Code: cameo.ActorCode(tc.srcCode), Text: tc.src, Span: span(s.Text, tc.src)}
			var tgt event.Actor
			if tc.tgt != "" {
				tgt = event.Actor{Text: tc.tgt, Span: span(s.Text, tc.tgt)}
			}
			action, a1, _ := ps.ForEvent(s, span(s.Text, tc.verb), src, tgt)
			if action.FullName != tc.action || action.Inferred != tc.inferred {
				t.Errorf("ActionGeo %q inferred %v (%s), want %q inferred %v", action.FullName, action.Inferred, action.How, tc.action, tc.inferred)
			}
			if a1.FullName != tc.actor1 || a1.Inferred != tc.actor1Inferrd {
				t.Errorf("Actor1Geo %q inferred %v (%s), want %q inferred %v", a1.FullName, a1.Inferred, a1.How, tc.actor1, tc.actor1Inferrd)
			}
			if !action.Inferred && action.Type != 0 {
				if got := s.Text[action.Span.Start:action.Span.End]; got != action.Text {
					t.Errorf("ActionGeo span %d..%d = %q, text %q", action.Span.Start, action.Span.End, got, action.Text)
				}
			}
		})
	}
}
