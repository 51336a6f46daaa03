package check

import (
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/text"
)

// igoFrame is the sentence a phrase of TestIGOs is read in when its row
// gives none: an actor position in ordinary prose.
const igoFrame = "Officials said that %s would meet on Monday."

// TestIGOs reads international organisations, NGOs and the names that
// must not be taken for them through the actor matcher with the embedded
// default dictionaries, as the coder sees them: the phrase, in its
// sentence, on a day, must be one mention spanning exactly the phrase with
// the wanted code, or (want "") no named actor may touch it. The rows
// check igos.txt's entries, that a longer name beats the country, capital
// or demonym inside it ("Warsaw Pact", "Norwegian Refugee Council"), and
// that bare words in lower case ("who", "care", "commonwealth") and
// clashing abbreviations ("Article 19" of a constitution) are not coded.
func TestIGOs(t *testing.T) {
	d, err := dict.Default()
	if err != nil {
		t.Fatal(err)
	}
	sp, err := text.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	m := actor.New(d)
	tests := []struct {
		phrase   string // as written in text
		sentence string // holds phrase; "" = igoFrame
		on       string // article date; "" = 2024-06-01
		want     string // "" = no named actor on the phrase
	}{
		// UN specialised agencies, funds and programmes
		{"UNEP", "", "", "IGOUNOENV"},
		{"UN Women", "", "", "IGOUNOHRIWMN"},
		{"UNAIDS", "", "", "IGOUNOHLHAID"},
		{"UNFPA", "", "", "IGOUNOHLHFPA"},
		{"UNODC", "", "", "IGOUNOODC"},
		{"UNCTAD", "", "", "IGOUNOBUSCTD"},
		{"IFAD", "", "", "IGOUNOAGRIFD"},
		{"World Meteorological Organization", "", "", "IGOUNOWMO"},
		{"ITU", "", "", "IGOUNOITU"},
		{"International Civil Aviation Organization", "", "", "IGOUNOCAO"},
		{"IMO", "", "", "IGOUNOIMO"},
		{"Universal Postal Union", "", "", "IGOUNOUPU"},
		{"WIPO", "", "", "IGOUNOWPO"},
		{"UNIDO", "", "", "IGOUNODEVIDO"},
		{"UNOPS", "", "", "IGOUNOOPS"},
		{"UNITAR", "", "", "IGOUNOEDUTAR"},
		{"WHO", "", "", "IGOUNOHLHWHO"},
		{"UN Human Rights Committee", "", "", "IGOUNOHRI"},
		// UN missions, past and present, and the tribunals
		{"UNPROFOR", "", "1994-01-01", "IGOUNO"},
		{"UNAMIR", "", "1994-04-01", "IGOUNO"},
		{"UNOSOM II", "", "1993-06-01", "IGOUNO"},
		{"UNTAC", "", "", "IGOUNO"},
		{"United Nations Transitional Administration in East Timor", "", "", "IGOUNO"},
		{"UNMIK", "", "", "IGOUNO"},
		{"UNMIL", "", "", "IGOUNO"},
		{"UNAMSIL", "", "", "IGOUNO"},
		{"MINUSTAH", "", "", "IGOUNO"},
		{"UNMIS", "", "", "IGOUNO"},
		{"UNAMID", "", "", "IGOUNO"},
		{"MINURSO", "", "", "IGOUNO"},
		{"UNDOF", "", "", "IGOUNO"},
		{"UNFICYP", "", "", "IGOUNO"},
		{"UNMOGIP", "", "", "IGOUNO"},
		{"UNTSO", "", "", "IGOUNO"},
		{"ONUC", "", "", "IGOUNO"},
		{"UN peacekeepers", "", "", "IGOUNO"},
		{"ICTY", "", "", "IGOUNOJUD"},
		{"ICTR", "", "", "IGOUNOJUD"},
		{"the Hague tribunal", "", "1999-06-01", "IGOUNOJUD"},
		{"Special Court for Sierra Leone", "", "", "IGOUNOJUD"},
		{"Special Tribunal for Lebanon", "", "", "IGOUNOJUD"},
		// Europe, current and historical
		{"European Economic Community", "", "1985-01-01", "IGOEUREEC"},
		{"EEC", "", "1985-01-01", "IGOEUREEC"},
		{"Common Market", "", "1979-01-01", "IGOEUREEC"},
		{"Euratom", "", "", "IGOEUREEC"},
		{"Europol", "", "", "IGOEUREEC"},
		{"Eurojust", "", "", "IGOEUREEC"},
		{"Frontex", "", "", "IGOEUREEC"},
		{"EULEX", "", "", "IGOEUREEC"},
		{"EUFOR", "", "", "IGOEUREEC"},
		{"European Investment Bank", "", "", "IGOEUREEC"},
		{"Western European Union", "", "1990-01-01", "IGOEURWEU"},
		{"Warsaw Pact", "", "1985-01-01", "IGOEEUWAR"},
		{"Comecon", "", "1985-01-01", "IGOEEUBUSCMC"},
		{"CSCE", "", "1990-01-01", "IGOEUROSC"},
		{"Visegrad Group", "", "", "IGOEEUVIS"},
		{"GUAM", "", "", "IGOEEUGUA"},
		{"Nordic Council", "", "", "IGOSCNNDC"},
		{"Council of the Baltic Sea States", "", "", "IGOEURCBS"},
		{"Black Sea Economic Cooperation", "", "", "IGOEURBSE"},
		{"Arctic Council", "", "", "IGOARC"},
		{"EBRD", "", "", "IGOEURDEVEBR"},
		{"KFOR", "", "", "IGOWSTNAT"},
		{"ISAF", "", "2010-01-01", "IGOWSTNAT"},
		{"Resolute Support", "", "2016-01-01", "IGOWSTNAT"},
		{"IFOR", "", "1996-01-01", "IGOWSTNAT"},
		// Eurasia, global groupings, finance, arms control
		{"Eurasian Economic Union", "", "", "IGOCASEEU"},
		{"CSTO", "", "", "IGOCASCST"},
		{"SEATO", "", "", "IGOSEASTO"},
		{"Baghdad Pact", "", "", "IGOMEACTO"},
		{"CENTO", "", "", "IGOMEACTO"},
		{"GATT", "", "1990-01-01", "IGOBUSGAT"},
		{"APEC", "", "", "IGOASABUSAPE"},
		{"OECD", "", "", "IGOBUSOCD"},
		{"G7", "", "", "IGOGOS"},
		{"G-8", "", "2005-01-01", "IGOGOE"},
		{"G20", "", "", "IGOGTW"},
		{"Group of 77", "", "", "IGOGSS"},
		{"BRICS", "", "", "IGOBRC"},
		{"Non-Aligned Movement", "", "", "IGONAM"},
		{"Commonwealth", "", "", "IGOCWN"},
		{"Commonwealth of Independent States", "", "", "IGOCASCIS"},
		{"Francophonie", "", "", "IGOFRC"},
		{"Organisation internationale de la Francophonie", "", "", "IGOFRC"},
		{"Bank for International Settlements", "", "", "IGOBUSBIS"},
		{"Paris Club", "", "", "IGOBUSPRC"},
		{"International Energy Agency", "", "", "IGOBUSIEA"},
		{"IRENA", "", "", "IGOENVIRE"},
		{"OAPEC", "", "", "IGOBUSOAP"},
		{"Arab Monetary Fund", "", "", "IGOMEAAMF"},
		{"OPCW", "", "", "IGOOPW"},
		{"CTBTO", "", "", "IGOCTB"},
		{"Wassenaar Arrangement", "", "", "IGOWSN"},
		// development banks
		{"ADB", "", "", "IGOASADEVADB"},
		{"AfDB", "", "", "IGOAFRDEVAFB"},
		{"Inter-American Development Bank", "", "", "IGOLAMDEVIDB"},
		{"AIIB", "", "", "IGOASADEVAII"},
		{"Islamic Development Bank", "", "", "IGOMOSDEVISD"},
		{"New Development Bank", "", "", "IGODEVNDB"},
		// Africa, Asia, the Americas
		{"ECOMOG", "", "1998-01-01", "IGOWAFBUSWAS"},
		{"ECCAS", "", "", "IGOCFRBUSECA"},
		{"COMESA", "", "", "IGOEAFBUSCMS"},
		{"UEMOA", "", "", "IGOWAFBUSUEM"},
		{"SAARC", "", "", "IGOSASSAA"},
		{"Pacific Islands Forum", "", "", "IGOPIF"},
		{"Mercosur", "", "", "IGOSAMBUSMRC"},
		{"MERCOSUR", "", "", "IGOSAMBUSMRC"},
		{"Andean Community", "", "", "IGOSAMBUSAND"},
		{"CARICOM", "", "", "IGOCRBBUSCRC"},
		{"SICA", "", "", "IGOCAMSIC"},
		// NGOs
		{"CARE", "", "", "NGODEVCAR"},
		{"International Rescue Committee", "", "", "NGOREFRSC"},
		{"Mercy Corps", "", "", "NGODEVMCY"},
		{"World Vision", "", "", "NGODEVWVI"},
		{"Caritas", "", "", "NGOCHRCRT"},
		{"Islamic Relief", "", "", "NGOMOSIRW"},
		{"Norwegian Refugee Council", "", "", "NGOREFNRC"},
		{"Danish Refugee Council", "", "", "NGOREFDRC"},
		{"Humanity & Inclusion", "", "", "NGOHLHHIN"},
		{"Handicap International", "", "", "NGOHLHHIN"},
		{"Médecins du Monde", "", "", "NGOHLHMDM"},
		{"International Crisis Group", "", "", "NGOICG"},
		{"Transparency International", "", "", "NGOTRI"},
		{"Reporters Without Borders", "", "", "NGOHRIRWB"},
		{"Committee to Protect Journalists", "", "", "NGOHRICPJ"},
		{"Physicians for Human Rights", "", "", "NGOHRIPHR"},
		{"Human Rights First", "", "", "NGOHRIHRF"},
		{"FIDH", "", "", "NGOHRIFID"},
		{"ARTICLE 19", "", "", "NGOHRIART"},
		{"Freedom House", "", "", "NGOHRIFRH"},
		{"Global Witness", "", "", "NGOGLW"},
		{"White Helmets", "", "2016-01-01", "SYRNGO"},
		{"Syrian Observatory for Human Rights", "", "2016-01-01", "SYRNGOHRI"},
		{"Syrian Arab Red Crescent", "", "2016-01-01", "SYRNGOHLH"},
		{"American Red Cross", "", "", "USANGOHLH"},
		{"Red Cross", "", "", "NGOHLHIRC"},
		{"Amnesty International", "", "", "NGOHRIAMN"},

		// names that must stay what they were
		{"Warsaw", "Talks opened in Warsaw and Warsaw protested.", "", ""}, // first "Warsaw": a place
		{"Paris", "Paris protested.", "", "FRAGOV"},
		{"Guam", "", "", "GUM"},
		{"RSF", "", "2024-01-01", "SDNREB"},
		{"DRC", "", "", "COD"},
		{"Commonwealth of Australia", "", "", "AUS"},

		// bare words and clashing names that must not be coded
		{"who", "The man who spoke left.", "", ""},
		{"care", "They care about the poor and take care of them.", "", ""},
		{"commonwealth", "The commonwealth of ideas grew.", "", ""},
		{"Article 19", "Article 19 of the constitution protects speech.", "", ""},
		{"Stabilization Force", "An International Stabilization Force would deploy in Gaza.", "2025-11-20", ""},
		{"NRC", "", "", ""},
		{"IRC", "He posted on the IRC channel.", "", ""},
		{"EC", "", "", ""},
		{"ice", "The ice melted.", "", ""},
	}
	for _, tc := range tests {
		sentence := tc.sentence
		if sentence == "" {
			sentence = strings.Replace(igoFrame, "%s", tc.phrase, 1)
		}
		on := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
		if tc.on != "" {
			if on, err = time.Parse("2006-01-02", tc.on); err != nil {
				t.Fatalf("bad test date %q", tc.on)
			}
		}
		from := strings.Index(sentence, tc.phrase)
		if from < 0 {
			t.Fatalf("%q is not in %q", tc.phrase, sentence)
		}
		to := from + len(tc.phrase)
		ss := sp.Split(sentence)
		if len(ss) != 1 {
			t.Errorf("%q: %d sentences, want 1", sentence, len(ss))
			continue
		}
		s := ss[0]
		var got []string
		exact := false
		for _, mm := range m.Find(s.Tokens, on) {
			a, b := s.Tokens[mm.Start].Start-s.Start, s.Tokens[mm.End-1].End-s.Start
			if b <= from || a >= to || mm.Role != actor.Named {
				continue
			}
			got = append(got, s.Text[a:b]+"="+string(mm.Code))
			exact = exact || a == from && b == to && string(mm.Code) == tc.want
		}
		switch {
		case tc.want == "" && len(got) > 0:
			t.Errorf("%q in %q: coded %v, want no actor", tc.phrase, sentence, got)
		case tc.want != "" && (len(got) != 1 || !exact):
			t.Errorf("%q in %q on %s: got %v, want one mention %s", tc.phrase, sentence, on.Format("2006-01-02"), got, tc.want)
		}
	}
}
