package check

import (
	"testing"

	"github.com/annals-project/annals/dict"
)

// armedHistoryFile holds the armed groups, rebel movements and militias
// active mainly in 1975-1999.
const armedHistoryFile = actorsDir + "armed-groups-1975-1999.txt"

// armedFrame is the sentence a phrase of TestArmedHistory is read in when
// its row gives none: an actor position in news prose.
const armedFrame = "Reports said that %s had attacked the town."

// TestArmedHistory reads the armed groups of 1975-1999 through the actor
// matcher with the embedded default dictionaries, as the coder sees news
// of those years: the phrase, in its sentence, on the article's day, must
// be one mention spanning exactly the phrase with the wanted code, or
// (want "") no named actor may touch it. Rows on two days of one group
// prove its change of standing (UNITA from rebels to opposition party,
// the RPF from rebels to government, the Sandinistas from rebels to
// government to opposition and back); rows with an empty want check that
// acronyms dated to a group's years do not code the other things they
// name today ("IRA" in 2023, "FIS" in ski news, "Amal" as a first name),
// and that lines of armed-groups.txt extended back in time (RENAMO, the
// TPLF, the Peshmerga, "Chechen rebels", the Amal Movement) code the
// earlier standing.
func TestArmedHistory(t *testing.T) {
	tests := []phraseCase{
		// Angola, Mozambique, Southern Africa
		{"UNITA", "", "1990-05-01", "AGOREB"},
		{"UNITA", "", "2002-06-01", "AGOOPP"},
		{"Unita rebels", "", "1993-01-01", "AGOREB"},
		{"National Union for the Total Independence of Angola", "", "1985-01-01", "AGOREB"},
		{"FNLA", "", "1976-01-01", "AGOREB"},
		{"FLEC", "", "1995-01-01", "AGOSEP"},
		{"RENAMO", "", "1985-01-01", "MOZREB"},
		{"Renamo", "", "1994-10-27", "MOZOPP"},
		{"MNR rebels", "", "1988-01-01", "MOZREB"},
		{"ANC", "", "1985-06-14", "ZAFOPP"},
		{"African National Congress", "", "1999-06-02", "ZAFPTY"},
		{"Umkhonto we Sizwe", "", "1986-01-01", "ZAFREB"},
		{"Inkatha", "", "1992-06-17", "ZAFPTY"},
		{"AWB", "", "1994-03-11", "ZAFRAD"},
		{"SWAPO", "", "1988-01-01", "NAMREB"},
		{"SWAPO", "", "1995-01-01", "NAMPTY"},
		{"ZANU", "", "1978-01-01", "ZWEREB"},
		{"ZAPU", "", "1984-01-01", "ZWEOPP"},
		// West and North Africa
		{"NPFL", "", "1990-09-09", "LBRREB"},
		{"INPFL", "", "1990-09-09", "LBRREB"},
		{"ULIMO", "", "1994-01-01", "LBRREB"},
		{"Liberia Peace Council", "", "1995-01-01", "LBRREB"},
		{"RUF", "", "1995-01-01", "SLEREB"},
		{"AFRC", "", "1997-08-01", "SLEMIL"},
		{"AFRC", "", "1999-01-06", "SLEREB"},
		{"Kamajors", "", "1998-01-01", "SLEUAF"},
		{"MFDC", "", "1995-01-01", "SENSEP"},
		{"FIS", "", "1991-12-26", "DZAOPP"},
		{"FIS", "The FIS moved the downhill race to Sunday.", "2015-01-01", ""},
		{"Islamic Salvation Army", "", "1997-10-01", "DZAREB"},
		{"GIA", "", "1995-01-01", "DZAREB"},
		{"Gamaa Islamiya", "", "1997-11-17", "EGYREB"},
		{"Egyptian Islamic Jihad", "", "1995-01-01", "EGYREB"},
		{"Islamic Jihad", "", "1995-01-01", "PSEUAF"},
		// Horn of Africa, Sudan, Great Lakes
		{"EPLF", "", "1988-01-01", "ERIREB"},
		{"EPLF", "", "1992-01-01", "ERIGOV"},
		{"TPLF", "", "1989-01-01", "ETHREB"},
		{"TPLF", "", "1995-01-01", "ETHGOV"},
		{"EPRDF", "", "1990-01-01", "ETHREB"},
		{"EPRDF", "", "1995-01-01", "ETHGOV"},
		{"SPLA", "", "1990-01-01", "SDNREB"},
		{"SPLM", "", "1990-01-01", "SDNREB"},
		{"United Somali Congress", "", "1991-01-27", "SOMREB"},
		{"Somali National Movement", "", "1988-06-01", "SOMREB"},
		{"Somali National Movement", "", "1993-01-01", "SOMSEP"},
		{"RPF", "", "1993-01-01", "RWAREB"},
		{"RPF", "", "1995-01-01", "RWAGOV"},
		{"Rwandese Patriotic Front", "", "1994-04-10", "RWAREB"},
		{"RPA", "", "1994-05-01", "RWAREB"},
		{"RPA", "", "1996-11-01", "RWAMIL"},
		{"Interahamwe", "", "1994-05-01", "RWAUAF"},
		{"CNDD-FDD", "", "2000-01-01", "BDIREB"},
		{"CNDD-FDD", "", "2010-01-01", "BDIPTY"},
		{"AFDL", "", "1997-01-01", "CODREB"},
		{"AFDL", "", "1998-01-01", "CODGOV"},
		{"National Resistance Army", "", "1984-01-01", "UGAREB"},
		{"National Resistance Army", "", "1990-01-01", "UGAMIL"},
		{"NRA", "The NRA backed the senator.", "1990-01-01", ""},
		{"Lord's Resistance Army", "", "1996-01-01", "UGAREB"},
		// Middle East
		{"PLO", "", "1982-08-01", "PSEGOV"},
		{"PLO guerrillas", "", "1982-08-01", "PSEUAF"},
		{"Abu Nidal Organization", "", "1986-01-01", "PSEUAF"},
		{"PFLP-GC", "", "1988-12-21", "PSEUAF"},
		{"Amal", "", "1985-05-20", "LBNUAF"},
		{"Amal", "Amal Clooney spoke to the court.", "2015-01-01", ""},
		{"Amal Movement", "", "1986-01-01", "LBNUAF"},
		{"Amal Movement", "", "2000-01-01", "LBNPTY"},
		{"Lebanese Forces", "", "1989-01-01", "LBNUAF"},
		{"Lebanese Forces", "", "2010-01-01", "LBNPTY"},
		{"South Lebanon Army", "", "1999-01-01", "LBNUAF"},
		{"SLA", "", "1999-01-01", "LBNUAF"},
		{"SLA", "", "2004-01-01", "SDNREB"},
		{"Hezbollah", "", "1990-01-01", "LBNUAF"},
		{"KDP", "", "1996-08-31", "IRQREB"},
		{"KDP", "", "2010-01-01", "IRQPTY"},
		{"PUK", "", "1991-03-10", "IRQREB"},
		{"Peshmerga", "", "1991-03-10", "IRQREB"},
		{"Peshmerga", "", "2015-01-01", "IRQMIL"},
		{"SCIRI", "", "1991-03-10", "IRQREB"},
		{"Kach", "", "1994-02-25", "ISRRAD"},
		{"ASALA", "", "1982-08-07", "ARMUAF"},
		// Afghanistan and Central Asia
		{"Afghan mujahideen", "", "1986-01-01", "AFGREB"},
		{"Hezb-e-Islami", "", "1989-01-01", "AFGREB"},
		{"Hezb-e-Islami", "", "1996-07-01", "AFGGOV"},
		{"Jamiat-e-Islami", "", "1994-01-01", "AFGGOV"},
		{"Jamiat-e-Islami", "", "1998-01-01", "AFGREB"},
		{"Northern Alliance", "", "1998-01-01", "AFGREB"},
		{"United Tajik Opposition", "", "1995-01-01", "TJKREB"},
		{"UTO", "", "1999-01-01", "TJKOPP"},
		// South Asia
		{"Tamil Tigers", "", "1990-01-01", "LKASEP"},
		{"JVP", "", "1988-01-01", "LKAREB"},
		{"JVP", "", "2000-01-01", "LKAPTY"},
		{"IPKF", "", "1988-01-01", "INDMIL"},
		{"JKLF", "", "1990-01-01", "INDSEP"},
		{"Babbar Khalsa", "", "1990-01-01", "INDSEP"},
		{"ULFA", "", "1995-01-01", "INDSEP"},
		{"Shanti Bahini", "", "1990-01-01", "BGDSEP"},
		// Southeast Asia and the Pacific
		{"Khmer Rouge", "", "1977-01-01", "KHMGOV"},
		{"Khmer Rouge", "", "1990-01-01", "KHMREB"},
		{"Khmers Rouges", "", "1985-01-01", "KHMREB"},
		{"Khmer Rouge", "", "2005-01-01", ""},
		{"KPNLF", "", "1985-01-01", "KHMREB"},
		{"FUNCINPEC", "", "1985-01-01", "KHMREB"},
		{"Free Aceh Movement", "", "1999-01-01", "IDNSEP"},
		{"GAM", "", "2003-05-19", "IDNSEP"},
		{"Fretilin", "", "1980-01-01", "TMPREB"},
		{"Fretilin", "", "2005-01-01", "TMPPTY"},
		{"Falintil", "", "1999-09-01", "TMPREB"},
		{"Aitarak", "", "1999-09-01", "IDNUAF"},
		{"Bougainville Revolutionary Army", "", "1990-01-01", "PNGSEP"},
		{"Karen National Union", "", "1995-01-01", "MMRREB"},
		{"Mong Tai Army", "", "1994-01-01", "MMRREB"},
		{"MNLF", "", "1980-01-01", "PHLSEP"},
		// the Caucasus and Moldova
		{"Chechen rebels", "", "1995-01-01", "RUSSEP"},
		{"Chechen rebels", "", "2010-01-01", "RUSREB"},
		{"Chechen fighters", "", "1996-08-06", "RUSSEP"},
		{"Abkhaz forces", "", "1993-09-27", "GEOSEP"},
		{"Transdniester separatists", "", "1992-06-01", "MDASEP"},
		// former Yugoslavia
		{"KLA", "", "1998-06-01", "KSVREB"},
		{"UCK", "", "1999-04-01", "KSVREB"},
		{"Bosnian Serb army", "", "1995-07-11", "BIHSEP"},
		{"VRS", "", "1995-07-11", "BIHSEP"},
		{"Republika Srpska", "", "1994-01-01", "BIHSEP"},
		{"Republika Srpska", "", "2010-01-01", "BIHGOV"},
		{"HVO", "", "1993-11-09", "BIHSEP"},
		{"HVO", "", "1995-01-01", "BIHMIL"},
		{"Krajina Serbs", "", "1995-08-04", "HRVSEP"},
		{"Arkan's Tigers", "", "1992-04-01", "SRBUAF"},
		{"JNA", "", "1991-10-01", "SRBMIL"},
		// Western Europe
		{"IRA", "", "1984-10-12", "GBRSEP"},
		{"IRA", "The IRA cut drug prices, Democrats said.", "2023-01-01", ""},
		{"Provisional IRA", "", "1993-03-20", "GBRSEP"},
		{"Real IRA", "", "1998-08-15", "GBRSEP"},
		{"INLA", "", "1997-12-27", "GBRSEP"},
		{"UVF", "", "1994-06-18", "GBRUAF"},
		{"UDA", "", "1992-02-05", "GBRUAF"},
		{"UDA", "", "2022-08-15", "KENPTY"},
		{"RUC", "", "1990-01-01", "GBRCOP"},
		{"ETA", "", "1987-06-19", "ESPSEP"},
		{"ETA", "", "2020-01-01", ""},
		{"GRAPO", "", "1990-01-01", "ESPREB"},
		{"FLNC", "", "1996-01-01", "FRASEP"},
		{"Red Brigades", "", "1978-03-16", "ITAREB"},
		{"Red Army Faction", "", "1989-11-30", "DEUREB"},
		{"Baader-Meinhof gang", "", "1977-10-18", "DEUREB"},
		{"Revolutionary Organization 17 November", "", "1997-01-01", "GRCREB"},
		{"November 17", "The vote is on November 17.", "1997-01-01", ""},
		// the Americas
		{"Contras", "", "1986-01-01", "NICREB"},
		{"contras", "", "1986-01-01", "NICREB"},
		{"contra", "Voted contra the motion.", "1986-01-01", ""},
		{"Sandinistas", "", "1978-09-01", "NICREB"},
		{"Sandinistas", "", "1985-01-01", "NICGOV"},
		{"Sandinistas", "", "1996-01-01", "NICOPP"},
		{"FSLN", "", "2010-01-01", "NICGOV"},
		{"Sandinista army", "", "1987-01-01", "NICMIL"},
		{"FMLN", "", "1989-11-11", "SLVREB"},
		{"FMLN", "", "1994-03-20", "SLVOPP"},
		{"FMLN", "", "2012-01-01", "SLVPTY"},
		{"URNG", "", "1990-01-01", "GTMREB"},
		{"URNG", "", "1999-01-01", "GTMOPP"},
		{"M-19", "", "1985-11-06", "COLREB"},
		{"M-19", "", "1991-01-01", "COLOPP"},
		{"FARC", "", "1985-01-01", "COLREB"},
		{"Medellin cartel", "", "1989-08-18", "COLCRM"},
		{"Shining Path", "", "1990-01-01", "PERREB"},
		{"Sendero", "", "1990-01-01", "PERREB"},
		{"MRTA", "", "1996-12-17", "PERREB"},
		{"Tupac Amaru Revolutionary Movement", "", "1996-12-17", "PERREB"},
		{"Zapatistas", "", "1994-01-01", "MEXREB"},
		{"EZLN", "", "1995-01-01", "MEXREB"},
		{"FRAPH", "", "1994-01-01", "HTIUAF"},
		{"Tontons Macoutes", "", "1985-01-01", "HTIUAF"},
		{"Dignity Battalions", "", "1989-12-20", "PANUAF"},
		{"FPMR", "", "1986-09-07", "CHLREB"},
	}
	checkPhrases(t, armedFrame, "", tests)
}

// TestArmedHistoryScope: the 1975-1999 file holds only actor entries, each
// with a code valid on some day of those years (groups active only later
// belong in armed-groups.txt), and the file is loaded whole.
func TestArmedHistoryScope(t *testing.T) {
	checkScope(t, armedHistoryFile, dict.Actor, "1975-01-01", "1999-12-31", 150, anyCode)
}
