package check

import (
	"testing"

	"github.com/annals-project/annals/dict"
)

// eastFile holds the people of Africa, Asia and the Middle East who held
// office in 1979-1999 and have no entry in the regional people files.
const eastFile = actorsDir + "people-1979-1999-east.txt"

// TestHistoryEast checks people of 1979-1999 in Africa, Asia and the
// Middle East as a researcher coding news of those years would look them
// up: a name as written in text, on a day, gives the role the person held
// that day; a day before their first office (or between two offices)
// gives no code; and a name two people share (Bhutto, Assad, Marcos,
// Botha, Karami, Aidid, Tshisekedi) gives the office holder of the day.
func TestHistoryEast(t *testing.T) {
	d := loadActors(t)
	index := personIndex(d)
	tests := []personCase{
		// Israel and Palestine
		{"menachem begin", "1979-03-26", "ISRGOV"},
		{"menachem begin", "1976-01-01", ""},
		{"shamir", "1979-01-01", "ISRLEG"},
		{"shamir", "1988-06-01", "ISRGOV"},
		{"shamir", "1992-09-01", "ISROPP"},
		{"rabin", "1987-12-09", "ISRGOVMIL"},
		{"rabin", "1991-01-01", ""},
		{"rabin", "1993-09-13", "ISRGOV"},
		{"peres", "1980-01-01", "ISROPP"},
		{"peres", "1985-01-01", "ISRGOV"},
		{"peres", "1998-01-01", ""},
		{"sharon", "1982-06-06", "ISRGOVMIL"},
		{"sharon", "2000-09-28", "ISROPP"},
		{"ehud barak", "1992-01-01", "ISRMIL"},
		{"arens", "1991-01-18", "ISRGOVMIL"},
		{"abu jihad", "1988-01-01", "PSEUAF"},
		{"ahmed yassin", "1998-01-01", "PSEUAF"},
		{"mahmoud abbas", "1993-09-13", "PSEGOV"},
		{"mahmoud abbas", "1990-01-01", ""},
		// Syria, Lebanon, Iraq, Iran, the Gulf, Egypt, Jordan, Yemen
		{"assad", "1982-02-02", "SYRGOV"},
		{"assad", "2015-01-01", "SYRGOV"},
		{"hafez al-assad", "1999-01-01", "SYRGOV"},
		{"bashar al-assad", "1995-01-01", ""},
		{"aoun", "1989-03-14", "LBNGOV"},
		{"aoun", "1995-01-01", ""},
		{"karami", "1986-01-01", "LBNGOV"},
		{"karami", "1988-01-01", ""},
		{"karami", "1991-06-01", "LBNGOV"},
		{"berri", "1982-06-01", "LBNUAF"},
		{"saddam", "1980-09-22", "IRQGOV"},
		{"tariq aziz", "1990-08-02", "IRQGOV"},
		{"talabani", "1988-03-16", "IRQREB"},
		{"khomeini", "1978-06-01", "IRNOPP"},
		{"khomeini", "1980-09-22", "IRNGOV"},
		{"khamenei", "1979-06-01", ""},
		{"khamenei", "1985-01-01", "IRNGOV"},
		{"rafsanjani", "1985-01-01", "IRNLEG"},
		{"rafsanjani", "1990-01-01", "IRNGOV"},
		{"velayati", "1988-07-18", "IRNGOV"},
		{"king fahd", "1990-08-07", "SAUGOV"},
		{"sheikh jaber", "1990-08-02", "KWTGOV"},
		{"mubarak", "1979-03-26", "EGYGOV"},
		{"anwar sadat", "1979-03-26", "EGYGOV"},
		{"anwar sadat", "1982-01-01", ""},
		{"king hussein", "1994-10-26", "JORGOV"},
		{"ali salem al-beidh", "1994-06-01", "YEMSEP"},
		// Turkey
		{"ozal", "1985-01-01", "TURGOV"},
		{"evren", "1980-09-12", "TURGOV"},
		{"demirel", "1995-01-01", "TURGOV"},
		{"ciller", "1994-01-01", "TURGOV"},
		{"erbakan", "1997-01-01", "TURGOV"},
		{"ecevit", "1985-01-01", ""},
		// Afghanistan and Pakistan
		{"babrak karmal", "1980-01-01", "AFGGOV"},
		{"najibullah", "1982-01-01", "AFGSPY"},
		{"najibullah", "1988-04-14", "AFGGOV"},
		{"hekmatyar", "1985-01-01", "AFGREB"},
		{"burhanuddin rabbani", "1994-01-01", "AFGGOV"},
		{"zia-ul-haq", "1985-01-01", "PAKGOV"},
		{"bhutto", "1979-02-01", "PAKELI"},
		{"bhutto", "1989-01-01", "PAKGOV"},
		{"benazir bhutto", "1994-01-01", "PAKGOV"},
		{"benazir bhutto", "1978-01-01", ""},
		{"nawaz sharif", "1995-01-01", "PAKOPP"},
		{"nawaz sharif", "1998-05-28", "PAKGOV"},
		// India, Sri Lanka, Bangladesh, Myanmar
		{"indira gandhi", "1983-01-01", "INDGOV"},
		{"rajiv gandhi", "1987-07-29", "INDGOV"},
		{"vajpayee", "1997-01-01", "INDOPP"},
		{"vajpayee", "1998-05-11", "INDGOV"},
		{"jayewardene", "1987-07-29", "LKAGOV"},
		{"premadasa", "1990-06-01", "LKAGOV"},
		{"sheikh hasina", "1998-01-01", "BGDGOV"},
		{"suu kyi", "1985-01-01", ""},
		{"suu kyi", "1990-01-01", "MMROPP"},
		{"than shwe", "1990-01-01", "MMRGOV"},
		// China, Japan, Korea
		{"deng xiaoping", "1979-01-29", "CHNGOV"},
		{"li peng", "1989-06-04", "CHNGOV"},
		{"jiang zemin", "1990-01-01", "CHNGOV"},
		{"jiang zemin", "1985-01-01", ""},
		{"qian qichen", "1995-01-01", "CHNGOV"},
		{"chi haotian", "1996-03-01", "CHNGOVMIL"},
		{"nakasone", "1985-01-01", "JPNGOV"},
		{"hashimoto", "1997-01-01", "JPNGOV"},
		{"chun doo-hwan", "1985-01-01", "KORGOV"},
		{"kim dae-jung", "1987-01-01", "KOROPP"},
		{"kim il-sung", "1994-06-15", "PRKGOV"},
		{"kim il-sung", "1995-01-01", ""},
		// Southeast Asia, Oceania, Central Asia
		{"suharto", "1997-01-01", "IDNGOV"},
		{"habibie", "1999-01-01", "IDNGOV"},
		{"megawati", "1997-01-01", "IDNOPP"},
		{"ali alatas", "1995-01-01", "IDNGOV"},
		{"xanana gusmao", "1990-01-01", "TMPREB"},
		{"marcos", "1983-08-21", "PHLGOV"},
		{"marcos", "2005-01-01", ""},
		{"marcos", "2023-01-01", "PHLGOV"},
		{"corazon aquino", "1987-01-01", "PHLGOV"},
		{"pol pot", "1985-01-01", "KHMREB"},
		{"hun sen", "1980-01-01", "KHMGOV"},
		{"sihanouk", "1985-01-01", "KHMOPP"},
		{"vo van kiet", "1995-01-01", "VNMGOV"},
		{"hawke", "1987-01-01", "AUSGOV"},
		{"john howard", "1987-01-01", "AUSOPP"},
		{"kim beazley", "1986-01-01", "AUSGOVMIL"},
		{"nazarbayev", "1995-01-01", "KAZGOV"},
		{"askar akayev", "1995-01-01", "KGZGOV"},
		{"rahmon", "1996-01-01", "TJKGOV"},
		// Africa
		{"botha", "1986-01-01", "ZAFGOV"},
		{"pik botha", "1990-01-01", "ZAFGOV"},
		{"de klerk", "1990-02-02", "ZAFGOV"},
		{"nelson mandela", "1985-01-01", "ZAFOPP"},
		{"nelson mandela", "1995-01-01", "ZAFGOV"},
		{"mbeki", "1996-01-01", "ZAFGOV"},
		{"buthelezi", "1992-01-01", "ZAFOPP"},
		{"jose eduardo dos santos", "1992-01-01", "AGOGOV"},
		{"savimbi", "1992-01-01", "AGOREB"},
		{"dhlakama", "1985-01-01", "MOZREB"},
		{"dhlakama", "1995-01-01", "MOZOPP"},
		{"mengistu", "1985-01-01", "ETHGOV"},
		{"meles zenawi", "1990-01-01", "ETHREB"},
		{"isaias afwerki", "1992-01-01", "ERIGOV"},
		{"siad barre", "1988-01-01", "SOMGOV"},
		{"aidid", "1993-10-03", "SOMREB"},
		{"john garang", "1990-01-01", "SDNREB"},
		{"nimeiry", "1983-09-08", "SDNGOV"},
		{"bashir", "1990-01-01", "SDNGOV"},
		{"idi amin", "1979-01-01", "UGAGOV"},
		{"museveni", "1979-06-01", "UGAGOVMIL"},
		{"museveni", "1983-01-01", "UGAREB"},
		{"habyarimana", "1994-04-06", "RWAGOV"},
		{"kagame", "1992-01-01", "RWAREB"},
		{"mobutu", "1996-11-01", "CODGOV"},
		{"kabila", "1997-01-01", "CODREB"},
		{"tshisekedi", "1992-09-01", "CODGOV"},
		{"tshisekedi", "1995-01-01", "CODOPP"},
		{"charles taylor", "1990-06-01", "LBRREB"},
		{"charles taylor", "1998-01-01", "LBRGOV"},
		{"foday sankoh", "1995-01-01", "SLEREB"},
		{"abacha", "1995-11-10", "NGAGOV"},
		{"buhari", "1984-06-01", "NGAGOV"},
		{"buhari", "1995-01-01", ""},
		{"hissene habre", "1985-01-01", "TCDGOV"},
		{"deby", "1990-01-01", "TCDREB"},
		{"mugabe", "1978-01-01", "ZWEREB"},
		{"mugabe", "1985-01-01", "ZWEGOV"},
		{"zeroual", "1995-11-16", "DZAGOV"},
		{"bouteflika", "1978-01-01", "DZAGOV"},
		{"bouteflika", "1985-01-01", ""},
	}
	checkPeople(t, index, tests)
}

// TestHistoryEastScope: every person in the 1979-1999 file held a coded
// role on some day of those years, so the file holds no one who belongs in
// the regional files instead.
func TestHistoryEastScope(t *testing.T) {
	checkScope(t, eastFile, dict.Person, "1979-01-01", "1999-12-31", 100, anyCode)
}
