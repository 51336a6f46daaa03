package check

import (
	"testing"

	"github.com/annals-project/annals/dict"
)

// partiesFile holds the political parties of about 120 countries.
const partiesFile = actorsDir + "parties.txt"

// partyFrame is the sentence a phrase of TestParties is read in when its
// row gives none: a party as the subject of a clause in news prose.
const partyFrame = "Officials said that %s had rejected the budget proposal."

// TestParties reads the parties through the actor matcher with the
// embedded default dictionaries: the phrase, in its sentence, on the
// article's day, must be one named mention spanning exactly the phrase
// with the wanted code, or (want "") no named actor may touch it. Every
// country of parties.txt has a row; renamed and banned parties have rows
// on both sides of the change; the shared names ("Labour Party",
// "Conservative Party", "Communist Party") code only with their qualifier,
// except the bare names the file's header adopts ("Democrats", "Tories",
// "Workers' Party"); acronyms left out or dated for what else they name
// ("PTI", "DA", "APC", "PCI" after 1991) code nothing.
func TestParties(t *testing.T) {
	tests := []phraseCase{
		// North America: the adopted US bare names
		{"Democrats", "Democrats criticized Republicans over the budget.", "2020-10-01", "USAPTY"},
		{"Republicans", "Democrats criticized Republicans over the budget.", "2020-10-01", "USAPTY"},
		{"Democratic Party", "", "2016-06-01", "USAPTY"},
		{"Republican Party", "", "2016-06-01", "USAPTY"},
		{"GOP", "", "2022-06-01", "USAPTY"},
		{"Liberal Party of Canada", "", "2019-06-01", "CANPTY"},
		{"Progressive Conservative Party of Canada", "", "1988-06-01", "CANPTY"},
		{"NDP", "", "2021-06-01", "CANPTY"},
		{"PRI", "", "1994-06-01", "MEXPTY"},
		{"National Action Party", "", "2006-06-01", "MEXPTY"},
		{"Morena party", "", "2024-06-01", "MEXPTY"},
		{"MORENA", "", "2024-06-01", "MEXPTY"},
		{"Morena", "Lucia Morena met the mayor of the town.", "2024-06-01", ""},
		{"House Republicans", "", "2023-10-03", "USAPTY"},
		// South America, Central America, the Caribbean
		{"Workers' Party", "", "2022-10-30", "BRAPTY"},
		{"PMDB", "", "2016-05-01", "BRAPTY"},
		{"MDB", "", "2022-05-01", "BRAPTY"},
		{"Justicialist Party", "", "2019-06-01", "ARGPTY"},
		{"La Libertad Avanza", "", "2023-11-19", "ARGPTY"},
		{"PSUV", "", "2018-05-20", "VENPTY"},
		{"Fifth Republic Movement", "", "1999-01-01", "VENPTY"},
		{"Historic Pact", "", "2022-06-19", "COLPTY"},
		{"Popular Force", "", "2021-06-06", "PERPTY"},
		{"MAS", "", "2019-11-10", "BOLPTY"},
		{"Mas", "Artur Mas spoke in Barcelona on Monday.", "2015-06-01", ""},
		{"Independent Democratic Union", "", "2021-11-21", "CHLPTY"},
		{"Citizen Revolution Movement", "", "2023-08-20", "ECUPTY"},
		{"Frente Amplio", "", "2024-11-24", "URYPTY"},
		{"National Republican Association", "", "2023-04-30", "PRYPTY"},
		{"Communist Party of Cuba", "", "2021-04-19", "CUBGOV"},
		{"Constitutionalist Liberal Party", "", "2001-11-04", "NICPTY"},
		{"ARENA", "", "2004-03-21", "SLVPTY"},
		{"Semilla", "", "2023-08-20", "GTMPTY"},
		{"Liberty and Refoundation", "", "2021-11-28", "HNDPTY"},
		{"Fanmi Lavalas", "", "2000-11-26", "HTIPTY"},
		{"Dominican Liberation Party", "", "2016-05-15", "DOMPTY"},
		{"Jamaica Labour Party", "", "2020-09-03", "JAMPTY"},
		// British Isles: the Tories are British; bare Labour and Conservative
		// are not adopted
		{"Tory party", "", "2019-12-01", "GBRPTY"},
		{"Lib Dems", "", "2019-12-01", "GBRPTY"},
		{"Tories", "Labour accused the Tories of breaking their promise.", "2019-12-01", "GBRPTY"},
		{"Labour", "Labour accused the Tories of breaking their promise.", "2019-12-01", ""},
		{"British Labour Party", "", "1997-05-01", "GBRPTY"},
		{"Labour Party", "", "1997-05-01", ""},
		{"Social Democratic Party", "", "2021-09-26", ""},
		{"United Democratic Party", "The United Democratic Party won the vote in Gambia.", "2016-12-01", ""},
		{"Conservative Party", "", "2019-12-01", ""},
		{"British Conservative Party", "", "2019-12-01", "GBRPTY"},
		{"Conservative Party of Canada", "", "2019-12-01", "CANPTY"},
		{"Liberal Democrats", "", "2010-05-11", "GBRPTY"},
		{"SNP", "", "2014-09-18", "GBRPTY"},
		{"Brexit Party", "", "2019-05-23", "GBRPTY"},
		{"Reform UK", "", "2024-07-04", "GBRPTY"},
		{"DUP", "", "2017-06-26", "GBRPTY"},
		{"Sinn Fein", "", "2022-05-05", "GBRPTY"},
		{"Fianna Fáil", "", "2020-02-08", "IRLPTY"},
		// Western Europe
		{"National Front", "", "2002-04-21", "FRAPTY"},
		{"National Rally", "", "2022-06-19", "FRAPTY"},
		{"LREM", "", "2017-06-18", "FRAPTY"},
		{"UMP", "", "2007-05-06", "FRAPTY"},
		{"French Socialist Party", "", "2012-05-06", "FRAPTY"},
		{"Socialist Party", "", "2012-05-06", ""},
		{"CDU", "", "2021-09-26", "DEUPTY"},
		{"SPD", "", "1998-09-27", "DEUPTY"},
		{"AfD", "", "2025-02-23", "DEUPTY"},
		{"Free Democrats", "", "2009-09-27", "DEUPTY"},
		{"Social Democrats", "The Social Democrats won the vote in Denmark.", "2019-06-05", ""},
		{"Italy's Christian Democrats", "", "1994-03-28", "ITAPTY"},
		{"Socialist Unity Party", "", "1989-10-07", "DDRGOV"},
		{"SED", "", "1990-03-18", "DDRPTY"},
		{"Brothers of Italy", "", "2022-09-25", "ITAPTY"},
		{"Five Star Movement", "", "2018-03-04", "ITAPTY"},
		{"PCI", "", "1987-06-14", "ITAPTY"},
		{"PCI", "The PCI slot of the server failed.", "2020-06-01", ""},
		{"PSOE", "", "2019-11-10", "ESPPTY"},
		{"Socialist Workers' Party", "", "2019-11-10", "ESPPTY"},
		{"Popular Party", "", "2011-11-20", "ESPPTY"},
		{"Vox party", "", "2019-11-10", "ESPPTY"},
		{"Vox", "An article on Vox argued that the plan had failed.", "2019-11-10", ""},
		{"Chega", "", "2024-03-10", "PRTPTY"},
		{"PVV", "", "2023-11-22", "NLDPTY"},
		{"Vlaams Belang", "", "2019-05-26", "BELPTY"},
		{"Freedom Party of Austria", "", "2024-09-29", "AUTPTY"},
		{"Swiss People's Party", "", "2023-10-22", "CHEPTY"},
		{"Sweden Democrats", "", "2022-09-11", "SWEPTY"},
		{"Norwegian Labour Party", "", "2021-09-13", "NORPTY"},
		{"Danish People's Party", "", "2015-06-18", "DNKPTY"},
		{"True Finns", "", "2011-04-17", "FINPTY"},
		{"Finns Party", "", "2023-04-02", "FINPTY"},
		{"Syriza", "", "2015-01-25", "GRCPTY"},
		{"Golden Dawn", "", "2015-01-25", "GRCPTY"},
		{"Golden Dawn", "", "2021-06-01", "GRCOPP"},
		{"AKEL", "", "2008-02-24", "CYPPTY"},
		// Central and Eastern Europe, the former Soviet Union
		{"Law and Justice party", "", "2015-10-25", "POLPTY"},
		{"PiS", "", "2015-10-25", "POLPTY"},
		{"Law and Justice", "Pakistan's Ministry of Law and Justice issued a notice.", "2015-10-25", ""},
		{"Polish United Workers' Party", "", "1985-06-01", "POLGOV"},
		{"Fidesz", "", "2022-04-03", "HUNPTY"},
		{"Hungarian Socialist Workers' Party", "", "1986-06-01", "HUNGOV"},
		{"ANO", "", "2021-10-09", "CZEPTY"},
		{"Communist Party of Czechoslovakia", "", "1988-06-01", "CSKGOV"},
		{"Smer", "", "2023-09-30", "SVKPTY"},
		{"PSD", "", "2016-12-11", "ROUPTY"},
		{"Romanian Communist Party", "", "1987-06-01", "ROUGOV"},
		{"GERB", "", "2021-04-04", "BGRPTY"},
		{"Bulgarian Communist Party", "", "1985-06-01", "BGRGOV"},
		{"Homeland Union", "", "2020-10-11", "LTUPTY"},
		{"New Unity", "", "2022-10-01", "LVAPTY"},
		{"Estonian Reform Party", "", "2023-03-05", "ESTPTY"},
		{"Servant of the People", "", "2019-07-21", "UKRPTY"},
		{"Party of Regions", "", "2012-10-28", "UKRPTY"},
		{"Opposition Platform - For Life", "", "2019-07-21", "UKRPTY"},
		{"Opposition Platform - For Life", "", "2022-04-01", "UKROPP"},
		{"Belarusian Popular Front", "", "1996-06-01", "BLROPP"},
		{"Party of Action and Solidarity", "", "2021-07-11", "MDAPTY"},
		{"Shor Party", "", "2023-01-01", "MDAPTY"},
		{"Shor Party", "", "2023-09-01", "MDAOPP"},
		{"United Russia", "", "2021-09-19", "RUSPTY"},
		{"LDPR", "", "2016-09-18", "RUSPTY"},
		{"Communist Party of the Soviet Union", "", "1986-02-25", "SUNGOV"},
		{"Communist Party", "", "1986-02-25", ""},
		{"Communist Party", "", "2022-10-16", ""},
		{"United National Movement", "", "2012-10-01", "GEOPTY"},
		{"Civil Contract", "", "2021-06-20", "ARMPTY"},
		{"New Azerbaijan Party", "", "2020-02-09", "AZEPTY"},
		{"Nur Otan", "", "2016-03-20", "KAZPTY"},
		{"Amanat party", "", "2023-03-19", "KAZPTY"},
		{"Islamic Renaissance Party of Tajikistan", "", "2010-02-28", "TJKPTY"},
		{"Islamic Renaissance Party of Tajikistan", "", "2016-06-01", "TJKOPP"},
		{"Serbian Progressive Party", "", "2020-06-21", "SRBPTY"},
		{"Vetevendosje", "", "2021-02-14", "KSVPTY"},
		{"SDS", "", "1996-09-14", "BIHPTY"},
		{"HDZ", "", "2020-07-05", "HRVPTY"},
		{"Democratic Party of Socialists", "", "2016-10-16", "MNEPTY"},
		{"VMRO-DPMNE", "", "2024-05-08", "MKDPTY"},
		{"Socialist Party of Albania", "", "2021-04-25", "ALBPTY"},
		{"Albania's Democratic Party", "", "2024-02-01", "ALBPTY"},
		{"Serbia's Democratic Party", "", "2008-05-11", "SRBPTY"},
		// Middle East and North Africa
		{"Likud", "", "2019-04-09", "ISRPTY"},
		{"Yesh Atid", "", "2022-11-01", "ISRPTY"},
		{"Israeli Labor Party", "", "1992-06-23", "ISRPTY"},
		{"Palestinian People's Party", "", "2006-01-25", "PSEPTY"},
		{"Free Patriotic Movement", "", "2018-05-06", "LBNPTY"},
		{"Islamic Action Front", "", "2024-09-10", "JORPTY"},
		{"Syrian Baath Party", "", "2011-06-01", "SYRGOV"},
		{"Baath Party", "", "2011-06-01", ""},
		{"Iraqi Baath Party", "", "1990-08-02", "IRQGOV"},
		{"Iraqi Baath Party", "", "2005-06-01", "IRQOPP"},
		{"Dawa Party", "", "1985-06-01", "IRQOPP"},
		{"Dawa Party", "", "2010-03-07", "IRQPTY"},
		{"Tudeh Party", "", "1981-06-01", "IRNPTY"},
		{"Tudeh Party", "", "1984-06-01", "IRNOPP"},
		{"Muslim Brotherhood", "", "2005-12-01", "EGYOPP"},
		{"Muslim Brotherhood", "", "2012-06-24", "EGYPTY"},
		{"Muslim Brotherhood", "", "2015-06-01", "EGYOPP"},
		{"Freedom and Justice Party", "", "2012-01-21", "EGYPTY"},
		{"National Democratic Party", "", "2010-11-28", "EGYPTY"},
		{"Justice and Construction Party", "", "2014-06-25", "LBYPTY"},
		{"Ennahda", "", "2005-06-01", "TUNOPP"},
		{"Ennahda", "", "2014-10-26", "TUNPTY"},
		{"Ennahda", "", "2024-06-01", "TUNOPP"},
		{"FLN", "", "1985-06-01", "DZAGOV"},
		{"FLN", "", "2017-05-04", "DZAPTY"},
		{"PJD", "", "2016-10-07", "MARPTY"},
		{"Morocco's Justice and Development Party", "", "2016-10-07", "MARPTY"},
		{"AKP", "", "2023-05-14", "TURPTY"},
		{"Justice and Development Party", "", "2002-11-03", "TURPTY"},
		{"Welfare Party", "", "1996-06-28", "TURPTY"},
		{"Welfare Party", "", "2000-06-01", ""},
		{"General People's Congress", "", "2011-06-01", "YEMPTY"},
		{"Al-Wefaq", "", "2011-03-01", "BHRPTY"},
		{"Al-Wefaq", "", "2017-06-01", "BHROPP"},
		{"PDPA", "", "1985-06-01", "AFGGOV"},
		// South Asia: acronyms shared with news agencies are left out
		{"BJP", "", "2014-05-16", "INDPTY"},
		{"Bharatiya Janata Party", "", "2019-05-23", "INDPTY"},
		{"CPI (M)", "", "2011-05-13", "INDPTY"},
		{"Pakistan Tehreek-e-Insaf", "", "2018-07-25", "PAKPTY"},
		{"PTI", "The PTI news agency said the vote was delayed.", "2018-07-25", ""},
		{"PML-N", "", "2013-05-11", "PAKPTY"},
		{"TLP", "", "2021-06-01", "PAKOPP"},
		{"TLP", "", "2022-06-01", "PAKPTY"},
		{"Awami League", "", "2009-01-06", "BGDPTY"},
		{"Awami League", "", "2025-08-01", "BGDOPP"},
		{"BNP", "", "2001-10-10", "BGDPTY"},
		{"Sri Lanka Podujana Peramuna", "", "2019-11-16", "LKAPTY"},
		{"Nepali Congress", "", "2022-11-20", "NPLPTY"},
		// East and Southeast Asia, Oceania
		{"LDP", "", "2012-12-16", "JPNPTY"},
		{"Liberal Democratic Party", "", "2009-08-30", "JPNPTY"},
		{"Democratic Party of Japan", "", "2009-08-30", "JPNPTY"},
		{"Grand National Party", "", "2007-12-19", "KORPTY"},
		{"Saenuri Party", "", "2012-12-19", "KORPTY"},
		{"People Power Party", "", "2022-03-09", "KORPTY"},
		{"People Power Party", "", "2007-12-23", "THAPTY"},
		{"Uri Party", "", "2004-04-15", "KORPTY"},
		{"South Korea's Democratic Party", "", "2024-04-10", "KORPTY"},
		{"Workers' Party of Korea", "", "2021-01-05", "PRKGOV"},
		{"Kuomintang", "", "2008-03-22", "TWNPTY"},
		{"KMT", "", "2024-01-13", "TWNPTY"},
		{"Democratic Progressive Party", "", "2016-01-16", "TWNPTY"},
		{"DPP", "The DPP decided not to bring charges.", "2016-01-16", ""},
		{"Mongolian People's Party", "", "2016-06-29", "MNGPTY"},
		{"Communist Party of Vietnam", "", "2021-01-25", "VNMGOV"},
		{"Lao People's Revolutionary Party", "", "2021-01-13", "LAOGOV"},
		{"Cambodian People's Party", "", "2018-07-29", "KHMPTY"},
		{"CNRP", "", "2013-07-28", "KHMPTY"},
		{"CNRP", "", "2018-07-29", "KHMOPP"},
		{"NLD", "", "2015-11-08", "MMRPTY"},
		{"National League for Democracy", "", "2022-06-01", "MMROPP"},
		{"Pheu Thai", "", "2011-07-03", "THAPTY"},
		{"Thai Democrat Party", "", "2019-03-24", "THAPTY"},
		{"Thai Rak Thai", "", "2005-02-06", "THAPTY"},
		{"Move Forward Party", "", "2023-05-14", "THAPTY"},
		{"PDP-Laban", "", "2016-05-09", "PHLPTY"},
		{"Golkar", "", "1997-05-29", "IDNPTY"},
		{"UMNO", "", "2018-05-09", "MYSPTY"},
		{"People's Action Party", "", "2020-07-10", "SGPPTY"},
		{"Australian Labor Party", "", "2022-05-21", "AUSPTY"},
		{"Labor Party", "", "2022-05-21", ""},
		{"NZ First", "", "2017-09-23", "NZLPTY"},
		// Sub-Saharan Africa
		{"All Progressives Congress", "", "2015-03-28", "NGAPTY"},
		{"APC", "An APC was hit by a roadside bomb.", "2015-03-28", ""},
		{"PDP", "", "2015-03-28", "NGAPTY"},
		{"Orange Democratic Movement", "", "2007-12-27", "KENPTY"},
		{"National Resistance Movement", "", "2021-01-14", "UGAPTY"},
		{"Chadema", "", "2020-10-28", "TZAPTY"},
		{"MDC", "", "2008-03-29", "ZWEPTY"},
		{"UPND", "", "2021-08-12", "ZMBPTY"},
		{"Malawi Congress Party", "", "2020-06-23", "MWIPTY"},
		{"Democratic Alliance", "", "2024-05-29", "ZAFPTY"},
		{"DA", "The DA filed charges against the mayor.", "2024-05-29", ""},
		{"MPLA", "", "1985-06-01", "AGOGOV"},
		{"MPLA", "", "2022-08-24", "AGOPTY"},
		{"FRELIMO", "", "2019-10-15", "MOZPTY"},
		{"New Patriotic Party", "", "2016-12-07", "GHAPTY"},
		{"PASTEF", "", "2023-10-01", "SENOPP"},
		{"PASTEF", "", "2024-11-17", "SENPTY"},
		{"Ivorian Popular Front", "", "2010-11-28", "CIVPTY"},
		{"Cameroon People's Democratic Movement", "", "2018-10-07", "CMRPTY"},
		{"UDPS", "", "2018-12-30", "CODPTY"},
		{"Popular Movement of the Revolution", "", "1985-06-01", "CODGOV"},
		{"UPRONA", "", "1993-06-01", "BDIPTY"},
		{"Rally for Mali", "", "2013-07-28", "MLIPTY"},
		{"Congress for Democracy and Progress", "", "2010-11-21", "BFAPTY"},
		{"PNDS", "", "2021-02-21", "NERPTY"},
		{"Patriotic Salvation Movement", "", "2016-04-10", "TCDPTY"},
		{"UFDG", "", "2020-10-18", "GINPTY"},
		{"Congress for Democratic Change", "", "2017-10-10", "LBRPTY"},
		{"Sierra Leone People's Party", "", "2018-03-07", "SLEPTY"},
		{"APRC", "", "2016-12-01", "GMBPTY"},
		{"UNIR", "", "2020-02-22", "TGOPTY"},
		{"Gabonese Democratic Party", "", "2016-08-27", "GABPTY"},
		{"National Congress Party", "", "2015-04-13", "SDNPTY"},
		{"National Congress Party", "", "2020-06-01", "SDNOPP"},
		{"Prosperity Party", "", "2021-06-21", "ETHPTY"},
		{"Workers' Party of Ethiopia", "", "1987-09-10", "ETHGOV"},
		{"PFDJ", "", "2018-07-09", "ERIGOV"},
		// words and names that are no party
		{"labour dispute", "The union said a labour dispute had closed the port.", "2020-06-01", ""},
		{"national party congress", "Delegates gathered for the national party congress in the capital.", "2020-06-01", ""},
		{"Green Party", "", "2020-06-01", ""},
		{"Democrat Party", "", "2020-06-01", ""},
	}
	checkPhrases(t, partyFrame, "", tests)
}

// TestPartiesScope: parties.txt holds actor entries, each with a code of
// a party, a banned party (OPP) or a one-party state's ruling party (GOV)
// valid on some day since 1980, and agents coded PTY alone (the party
// families); it is loaded whole.
func TestPartiesScope(t *testing.T) {
	d := loadActors(t)
	from := testDay(t, "1980-01-01")
	actors, agents := 0, 0
	for _, e := range d.Actors {
		if e.Origin.File != partiesFile {
			continue
		}
		switch e.Kind {
		case dict.Agent:
			agents++
			if len(e.Codes) != 1 || e.Codes[0].Code != "PTY" {
				t.Errorf("%s: agent codes %v, want PTY", e.Origin, e.Codes)
			}
			continue
		case dict.Actor:
			actors++
		default:
			t.Errorf("%s: a %s in %s, want actors and agents only", e.Origin, e.Kind, partiesFile)
			continue
		}
		in := false
		for _, c := range e.Codes {
			code := string(c.Code)
			r := ""
			if len(code) == 6 {
				r = code[3:]
			}
			role := r == "PTY" || r == "OPP" || r == "GOV"
			in = in || role && (c.To.IsZero() || !c.To.Before(from))
		}
		if !in {
			t.Errorf("%s: no party code since 1980: %v", e.Origin, e.Codes)
		}
	}
	if actors < 180 || agents < 1 {
		t.Errorf("%s: %d actors and %d agents loaded, want at least 180 and 1", partiesFile, actors, agents)
	}
}
