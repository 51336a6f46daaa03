package ingest

import "testing"

func TestNotEnglish(t *testing.T) {
	const en = "The minister said on Monday that the talks with the union had been useful and that both sides would meet again after the holiday, but he gave no date for the next round."
	tests := []struct {
		name, lang, text, want string
	}{
		{"English", "en", en, ""},
		{"unknown language", "", "Kurz und knapp.", ""},
		{"English taken for Afrikaans", "af", en, ""},
		{"German", "de", "Die Bundesregierung hat am Montag mit Vertretern der Länder über die neuen Regeln gesprochen, und die Gespräche sollen in der nächsten Woche fortgesetzt werden, wie ein Sprecher sagte.", "de"},
		{"Portuguese", "pt", "O governo anunciou nesta segunda-feira que as negociações com os sindicatos vão continuar na próxima semana, segundo o ministro, que não deu mais detalhes sobre o acordo.", "pt"},
		{"Dutch", "nl", "De regering heeft maandag met de vakbonden gesproken over de nieuwe regels en het overleg wordt volgende week voortgezet, zei een woordvoerder van het ministerie tegen het persbureau.", "nl"},
		{"English headline taken for Danish", "da", "Engaging local stakeholders", ""},
		{"short text, unsure detection: kept", "fr", "Le gouvernement a parlé.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := notEnglish(tt.lang, tt.text); got != tt.want {
				r, n := englishRatio(tt.text)
				t.Errorf("notEnglish = %q, want %q (ratio %.2f of %d words)", got, tt.want, r, n)
			}
		})
	}
}
