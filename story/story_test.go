package story

import (
	"strings"
	"testing"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/cameo"
)

// Our own texts: a wire report, a re-post of it with another headline and
// a closing line, and an unrelated report.
const (
	wire = `Ministers from the two neighbouring states met in the capital on Monday to discuss
the disputed river dam. The talks, the first in a year, ended without agreement on
how fast the reservoir should be filled, officials said. Both sides promised to meet
again next month and asked the regional bloc to send observers. Farmers downstream
have warned that a fast filling would ruin the next harvest.`
	repost = `River dam talks end without deal

Ministers from the two neighbouring states met in the capital on Monday to discuss
the disputed river dam. The talks, the first in a year, ended without agreement on
how fast the reservoir should be filled, officials said. Both sides promised to meet
again next month and asked the regional bloc to send observers. Farmers downstream
have warned that a fast filling would ruin the next harvest. Share this story.`
	other = `A storm cut power to thousands of homes along the coast overnight, and crews
worked through the morning to clear fallen trees from the main roads. Schools in three
districts stayed closed while engineers checked the damage to bridges and rail lines.`
)

func TestSimilarity(t *testing.T) {
	tests := []struct {
		name    string
		a, b    string
		atLeast float64
		below   float64
	}{
		{"identical", wire, wire, 1, 1.01},
		{"re-post with headline and furniture", wire, repost, Threshold, 1.01},
		{"other story", wire, other, 0, 0.1},
		{"empty text", wire, "", 0, 0.0001},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := Sign(tt.a), Sign(tt.b)
			sim := Similarity(&a, &b)
			if sim < tt.atLeast || sim >= tt.below {
				t.Errorf("Similarity = %.3f, want in [%.2f, %.2f)", sim, tt.atLeast, tt.below)
			}
		})
	}
}

func TestBandKeys(t *testing.T) {
	a, b, c := Sign(wire), Sign(repost), Sign(other)
	ka, kb, kc := BandKeys(&a), BandKeys(&b), BandKeys(&c)
	if len(ka) != Bands {
		t.Fatalf("%d keys, want %d", len(ka), Bands)
	}
	shared := func(x, y []int64) int {
		n := 0
		for i := range x {
			if x[i] == y[i] {
				n++
			}
		}
		return n
	}
	if shared(ka, kb) == 0 {
		t.Error("a re-post shares no band with its original: it would never be compared")
	}
	if n := shared(ka, kc); n > 0 {
		t.Errorf("unrelated texts share %d bands", n)
	}
	var zero Signature
	if BandKeys(&zero) != nil {
		t.Error("the zero signature has band keys")
	}
	for _, k := range ka {
		if k < 0 {
			t.Errorf("negative key %d", k)
		}
	}
}

func TestSignatureBytes(t *testing.T) {
	s := Sign(wire)
	got, ok := ParseSignature(s.Bytes())
	if !ok || got != s {
		t.Fatal("signature does not survive Bytes/ParseSignature")
	}
	if _, ok := ParseSignature([]byte{1, 2, 3}); ok {
		t.Error("a short blob parsed")
	}
}

func TestContentHash(t *testing.T) {
	base := ContentHash("The army entered the town.")
	tests := []struct {
		text string
		same bool
	}{
		{"The army entered the town.", true},
		{"  the ARMY\n\nentered   the town ", true},
		{"The army entered the city.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := ContentHash(tt.text) == base; got != tt.same {
			t.Errorf("ContentHash(%q) same = %v, want %v", tt.text, got, tt.same)
		}
	}
}

func TestSourceKey(t *testing.T) {
	tests := []struct{ source, url, doc, want string }{
		{"Middle East Monitor", "https://www.middleeastmonitor.com/x", "d", "middle east monitor"},
		{"", "https://www.Example.org/a/b", "d", "example.org"},
		{"", "", "doc-7", "doc:doc-7"},
		{"  ", "not a url", "doc-8", "doc:doc-8"},
	}
	for _, tt := range tests {
		if got := SourceKey(tt.source, tt.url, tt.doc); got != tt.want {
			t.Errorf("SourceKey(%q, %q, %q) = %q, want %q", tt.source, tt.url, tt.doc, got, tt.want)
		}
	}
}

func TestSameEvent(t *testing.T) {
	ev := func(src, tgt, code, date string, neg bool) *event.Event {
		e := &event.Event{Code: "190", Date: date, Negated: neg}
		e.Source.Code, e.Target.Code, e.Code = cameoActor(src), cameoActor(tgt), cameoCode(code)
		return e
	}
	base := ev("TUR", "LBYMIL", "190", "2020-06-10", false)
	pubOnly := ev("TUR", "LBYMIL", "190", "", false)
	pubOnly.Article.Date = "2020-06-11"
	tests := []struct {
		name string
		b    *event.Event
		want bool
	}{
		{"same day", ev("TUR", "LBYMIL", "190", "2020-06-10", false), true},
		{"next day", ev("TUR", "LBYMIL", "190", "2020-06-11", false), true},
		{"day before", ev("TUR", "LBYMIL", "190", "2020-06-09", false), true},
		{"two days later", ev("TUR", "LBYMIL", "190", "2020-06-12", false), false},
		{"other code", ev("TUR", "LBYMIL", "193", "2020-06-10", false), false},
		{"other target", ev("TUR", "LBYGOV", "190", "2020-06-10", false), false},
		{"swapped actors", ev("LBYMIL", "TUR", "190", "2020-06-10", false), false},
		{"negated", ev("TUR", "LBYMIL", "190", "2020-06-10", true), false},
		{"no date", ev("TUR", "LBYMIL", "190", "", false), false},
		{"publication date next day", pubOnly, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SameEvent(base, tt.b); got != tt.want {
				t.Errorf("SameEvent = %v, want %v", got, tt.want)
			}
			if got := SameEvent(tt.b, base); got != tt.want {
				t.Errorf("SameEvent reversed = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestWords(t *testing.T) {
	got := strings.Join(Words("Haftar’s forces, 5+5 talks — Geneva!"), "|")
	if want := "haftar|s|forces|5|5|talks|geneva"; got != want {
		t.Errorf("Words = %q, want %q", got, want)
	}
}

func BenchmarkSign(b *testing.B) {
	text := strings.Repeat(wire+" ", 10)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sign(text)
	}
}

func cameoActor(s string) cameo.ActorCode { return cameo.ActorCode(s) }
func cameoCode(s string) cameo.Code       { return cameo.Code(s) }
