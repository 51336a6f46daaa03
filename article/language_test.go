package article

import (
	"strings"
	"testing"
)

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{strings.Join(ministerParas, " "), "en"},
		{"Der Außenminister traf sich am Dienstag in Berlin mit seinem französischen Kollegen, um über die Lage an der Grenze zu sprechen.", "de"},
		{"Le ministre des Affaires étrangères a rencontré mardi son homologue allemand à Paris pour discuter de la situation à la frontière.", "fr"},
		{"El ministro de Asuntos Exteriores se reunió el martes con su homólogo alemán en Madrid para hablar de la situación en la frontera.", "es"},
		{"Министр иностранных дел встретился во вторник со своим немецким коллегой в Москве, чтобы обсудить ситуацию на границе.", "ru"},
		{"Short headline", ""}, // too short to tell
		{"", ""},
	}
	for _, tt := range tests {
		if got, _ := DetectLanguage(tt.text); got != tt.want {
			t.Errorf("DetectLanguage(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestNormalizeLang(t *testing.T) {
	for in, want := range map[string]string{"en": "en", "en-US": "en", "EN_gb": "en", " de ": "de", "pt-pt": "pt", "eng": "", "": "", "e1": "", "x-klingon": ""} {
		if got := normalizeLang(in); got != want {
			t.Errorf("normalizeLang(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSettleLanguage(t *testing.T) {
	german := "Der Außenminister traf sich am Dienstag in Berlin mit seinem französischen Kollegen, um über die Lage an der Grenze zu sprechen."
	tests := []struct{ declared, text, want string }{
		{"en-GB", strings.Join(ministerParas, " "), "en"}, // agree
		{"", strings.Join(ministerParas, " "), "en"},      // detected
		{"en", german, "de"},                              // a template's "en" on a German text
		{"fr", "Too short.", "fr"},                        // the declared one when the text cannot tell
		{"", "Too short.", ""},
	}
	for _, tt := range tests {
		a := Article{Language: tt.declared, Text: tt.text}
		settleLanguage(&a)
		if a.Language != tt.want {
			t.Errorf("declared %q, text %.20q: language %q, want %q", tt.declared, tt.text, a.Language, tt.want)
		}
	}
}
