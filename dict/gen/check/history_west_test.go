package check

import (
	"strings"
	"testing"

	"github.com/annals-project/annals/dict"
)

// westFile holds the people of Europe, the former Soviet Union and
// Yugoslavia, the Americas and the international organisations who held
// office in 1979-1999 and have no entry in the regional people files.
const westFile = actorsDir + "people-1979-1999-west.txt"

// TestHistoryWest checks people of 1979-1999 in Europe, the former Soviet
// Union and Yugoslavia, the Americas and the IGOs as a researcher coding
// news of those years would look them up: a name as written in text, on a
// day, gives the role the person held that day; a day before their first
// office (or between two offices) gives no code or their earlier role; and
// a name two office holders share (Bush, Trudeau, Clinton, Castañeda,
// Aliyev) gives the office holder of the day.
func TestHistoryWest(t *testing.T) {
	d := loadActors(t)
	index := personIndex(d)
	tests := []personCase{
		// United States
		{"carter", "1979-11-04", "USAGOV"},
		{"carter", "1994-09-18", "USAELI"},
		{"carter", "2016-01-01", ""}, // Ash Carter's years: the surname is left uncoded
		{"reagan", "1983-10-25", "USAGOV"},
		{"reagan", "1979-06-01", ""},
		{"bush", "1985-01-01", "USAGOV"}, // vice president
		{"bush", "1991-01-17", "USAGOV"},
		{"bush", "1997-01-01", "USAELI"},
		{"bush", "2003-03-20", "USAGOV"},
		{"george h. w. bush", "2005-01-01", "USAELI"},
		{"george w. bush", "1995-01-01", ""},
		{"clinton", "1995-11-21", "USAGOV"},
		{"clinton", "1990-01-01", ""},
		{"clinton", "2010-01-01", ""}, // Bill or Hillary: the surname is not coded
		{"bill clinton", "2010-01-01", "USAELI"},
		{"dick cheney", "1991-01-17", "USAGOVMIL"},
		{"dick cheney", "1985-01-01", "USALEG"},
		{"colin powell", "1991-01-17", "USAMIL"},
		{"weinberger", "1983-10-25", "USAGOVMIL"},
		{"shultz", "1985-01-01", "USAGOV"},
		{"warren christopher", "1995-11-21", "USAGOV"},
		{"albright", "1999-03-24", "USAGOV"},
		{"robert gates", "1992-01-01", "USASPY"},
		{"rumsfeld", "1983-12-20", "USAGOV"},
		{"holbrooke", "1995-11-21", "USAGOV"},
		{"holbrooke", "1985-01-01", ""},
		{"perry", "1995-06-01", "USAGOVMIL"},
		{"perry", "2018-01-01", ""},

		// Canada, Mexico, Central America, the Caribbean
		{"trudeau", "1982-04-17", "CANGOV"},
		{"trudeau", "1979-12-01", "CANOPP"},
		{"trudeau", "1990-01-01", ""},
		{"trudeau", "2020-01-01", "CANGOV"},
		{"mulroney", "1988-01-02", "CANGOV"},
		{"chretien", "1984-07-01", "CANGOV"},
		{"chretien", "1991-01-01", "CANOPP"},
		{"carlos salinas", "1994-01-01", "MEXGOV"},
		{"jorge castañeda", "1981-01-01", "MEXGOV"},
		{"jorge castañeda", "1990-01-01", ""},
		{"jorge castaneda", "2001-09-11", "MEXGOV"},
		{"subcomandante marcos", "1994-01-01", "MEXREB"},
		{"duarte", "1985-01-01", "SLVGOV"},
		{"duarte", "1983-01-01", "SLVOPP"},
		{"schafik handal", "1989-11-11", "SLVREB"},
		{"ortega", "1985-01-01", "NICGOV"},
		{"ortega", "1995-01-01", "NICOPP"},
		{"ortega", "2020-01-01", "NICGOV"},
		{"humberto ortega", "1985-01-01", "NICGOVMIL"},
		{"violeta chamorro", "1985-01-01", "NICOPP"},
		{"rios montt", "1982-06-01", "GTMGOV"},
		{"noriega", "1989-12-20", "PANMIL"},
		{"noriega", "1992-04-09", ""},
		{"aristide", "1993-01-01", "HTIGOV"},
		{"aristide", "1998-01-01", "HTIELI"},
		{"cedras", "1994-09-19", "HTIMIL"},
		{"maurice bishop", "1983-10-01", "GRDGOV"},

		// South America
		{"galtieri", "1982-04-02", "ARGGOV"},
		{"galtieri", "1980-06-01", "ARGMIL"},
		{"menem", "1995-01-01", "ARGGOV"},
		{"fujimori", "1992-04-05", "PERGOV"},
		{"abimael guzman", "1990-01-01", "PERREB"},
		{"abimael guzman", "1995-01-01", ""},
		{"pinochet", "1985-01-01", "CHLGOV"},
		{"pinochet", "1998-10-16", "CHLLEG"},
		{"chavez", "1996-01-01", "VENOPP"},
		{"gaviria", "1992-01-01", "COLGOV"},
		{"gaviria", "2000-01-01", "IGOOAS"},
		{"lula", "1989-12-17", "BRAOPP"},
		{"fernando henrique cardoso", "1993-01-01", "BRAGOV"},

		// United Kingdom and Ireland
		{"thatcher", "1982-04-02", "GBRGOV"},
		{"thatcher", "1978-01-01", "GBROPP"},
		{"thatcher", "1995-01-01", "GBRELI"},
		{"john major", "1992-01-01", "GBRGOV"},
		{"tom king", "1988-01-01", "GBRGOV"},
		{"tom king", "1991-01-17", "GBRGOVMIL"},
		{"tony blair", "1995-01-01", "GBROPP"},
		{"gerry adams", "1994-08-31", "GBROPP"},
		{"geoff hoon", "2000-01-01", "GBRGOVMIL"},
		{"haughey", "1990-01-01", "IRLGOV"},

		// France, Germany, Italy, Spain
		{"mitterrand", "1985-07-10", "FRAGOV"},
		{"mitterrand", "1980-01-01", "FRAOPP"},
		{"chirac", "1987-01-01", "FRAGOV"},
		{"chirac", "1990-01-01", "FRAOPP"},
		{"juppe", "1994-01-01", "FRAGOV"},
		{"kohl", "1989-11-09", "DEUGOV"},
		{"kohl", "1980-01-01", "DEUOPP"},
		{"genscher", "1990-09-12", "DEUGOV"},
		{"honecker", "1989-10-07", "DDRGOV"},
		{"andreotti", "1990-01-01", "ITAGOV"},
		{"berlusconi", "1994-06-01", "ITAGOV"},
		{"berlusconi", "1997-01-01", "ITAOPP"},
		{"prodi", "1997-01-01", "ITAGOV"},
		{"felipe gonzalez", "1990-01-01", "ESPGOV"},
		{"solana", "1993-01-01", "ESPGOV"},
		{"solana", "1999-03-24", "IGOWSTNAT"},

		// Soviet Union, Russia and their neighbours
		{"brezhnev", "1979-12-27", "SUNGOV"},
		{"gorbachev", "1987-12-08", "SUNGOV"},
		{"gorbachev", "1979-06-01", ""},
		{"gorbachev", "1996-06-16", "RUSELI"},
		{"ustinov", "1980-01-01", "SUNGOVMIL"},
		{"yeltsin", "1991-08-19", "RUSGOV"},
		{"yeltsin", "1989-06-01", "SUNOPP"},
		{"yeltsin", "1980-01-01", ""},
		{"putin", "1999-10-01", "RUSGOV"},
		{"putin", "1998-10-01", "RUSSPY"},
		{"putin", "1995-01-01", ""},
		{"primakov", "1997-01-01", "RUSGOV"},
		{"primakov", "1993-01-01", "RUSSPY"},
		{"grachev", "1995-01-01", "RUSGOVMIL"},
		{"dudayev", "1995-01-01", "RUSSEP"},
		{"maskhadov", "1999-10-01", "RUSSEP"},
		{"shevardnadze", "1988-05-01", "SUNGOV"},
		{"shevardnadze", "1995-01-01", "GEOGOV"},
		{"aliyev", "1985-01-01", "SUNGOV"},
		{"aliyev", "1990-01-01", ""},
		{"aliyev", "1995-01-01", "AZEGOV"},
		{"kocharyan", "1995-01-01", "AZESEP"},
		{"kocharyan", "1999-01-01", "ARMGOV"},
		{"ter-petrosyan", "1994-05-12", "ARMGOV"},
		{"elchibey", "1995-01-01", "AZEOPP"},
		{"kuchma", "1993-01-01", "UKRGOV"},
		{"kuchma", "1994-01-01", ""},
		{"walesa", "1981-12-13", "POLOPP"},
		{"walesa", "1992-01-01", "POLGOV"},
		{"jaruzelski", "1981-12-13", "POLGOV"},
		{"ceausescu", "1989-12-21", "ROUGOV"},

		// Yugoslavia and its successors
		{"tito", "1979-06-01", "SRBGOV"},
		{"tito", "1981-01-01", ""},
		{"milosevic", "1995-11-21", "SRBGOV"},
		{"milosevic", "1985-01-01", ""},
		{"milosevic", "2002-02-12", "SRBELI"},
		{"tudjman", "1995-08-04", "HRVGOV"},
		{"izetbegovic", "1995-11-21", "BIHGOV"},
		{"karadzic", "1995-07-11", "BIHSEP"},
		{"karadzic", "1991-01-01", "BIHPTY"},
		{"mladic", "1995-07-11", "BIHSEP"},
		{"plavsic", "1997-01-01", "BIHGOV"},
		{"rugova", "1998-01-01", "KSVOPP"},
		{"thaci", "1999-02-06", "KSVREB"},
		{"milan martic", "1995-05-02", "HRVSEP"},

		// international organisations
		{"waldheim", "1980-01-01", "IGOUNO"},
		{"waldheim", "1988-01-01", "AUTGOV"},
		{"perez de cuellar", "1988-08-20", "IGOUNO"},
		{"boutros-ghali", "1994-01-01", "IGOUNO"},
		{"boutros-ghali", "1985-01-01", "EGYGOV"},
		{"kofi annan", "1995-01-01", "IGOUNO"},
		{"kofi annan", "1990-01-01", ""},
		{"carrington", "1982-04-02", "GBRGOV"},
		{"carrington", "1986-01-01", "IGOWSTNAT"},
		{"woerner", "1990-01-01", "IGOWSTNAT"},
		{"woerner", "1985-01-01", "DEUGOVMIL"},
		{"delors", "1990-01-01", "IGOEUREEC"},
		{"david owen", "1993-01-01", "IGOEUREEC"},
		{"cyrus vance", "1992-01-02", "IGOUNO"},
		{"cyrus vance", "1979-11-04", "USAGOV"},
		{"blix", "1991-01-01", "IGOUNOIAE"},
		{"blix", "2002-11-27", "IGOUNO"},
		{"ekeus", "1995-01-01", "IGOUNO"},
		{"camdessus", "1997-07-02", "IGOBUSIMF"},
		{"george robertson", "1998-01-01", "GBRGOVMIL"},
		{"brahimi", "1998-01-01", "IGOUNO"},
		{"konare", "1995-01-01", "MLIGOV"},
		{"konare", "2005-01-01", "IGOAFRAFU"},
	}
	checkPeople(t, index, tests)
}

// TestHistoryWestCovered: on each sample day of 1979-1999, every state of
// the region in the scope (G20 members and states at war or in major
// internal conflict that existed that day) has someone coded with its GOV
// code, the region's G20 members and the Soviet Union or Russia have a
// defence minister (GOVMIL), and the UN, NATO and the EC/EU have a head.
// A gap means a missing person or a mistyped range.
func TestHistoryWestCovered(t *testing.T) {
	d := loadActors(t)
	holders := map[string]map[string]bool{} // day → codes held that day
	days := []string{"1980-06-01", "1985-06-01", "1990-06-01", "1995-06-01", "1999-06-01"}
	for _, day := range days {
		on := testDay(t, day)
		held := map[string]bool{}
		for _, e := range d.Actors {
			if e.Kind == dict.Person {
				if c := e.CodeOn(on); c != "" {
					held[c] = true
				}
			}
		}
		holders[day] = held
	}
	always := []string{
		"USAGOV", "CANGOV", "MEXGOV", "BRAGOV", "ARGGOV", "GBRGOV", "FRAGOV", "DEUGOV", "ITAGOV",
		"ESPGOV", "COLGOV", "PERGOV", "SLVGOV", "NICGOV", "GTMGOV", "HTIGOV", "POLGOV", "IRLGOV",
		"USAGOVMIL", "CANGOVMIL", "GBRGOVMIL", "FRAGOVMIL", "DEUGOVMIL", "ITAGOVMIL",
		"IGOUNO", "IGOWSTNAT", "IGOEUREEC",
	}
	byDay := map[string][]string{
		"1980-06-01": {"SUNGOV", "SUNGOVMIL", "DDRGOV", "SRBGOV", "ROUGOV"},
		"1985-06-01": {"SUNGOV", "SUNGOVMIL", "DDRGOV", "SRBGOV", "ROUGOV", "PANMIL"},
		"1990-06-01": {"SUNGOV", "SUNGOVMIL", "RUSGOV", "SRBGOV", "ROUGOV", "PANGOV", "AZEGOV"},
		"1995-06-01": {"RUSGOV", "RUSGOVMIL", "RUSSEP", "SRBGOV", "HRVGOV", "HRVSEP", "BIHGOV", "BIHSEP",
			"KSVOPP", "GEOGOV", "GEOSEP", "ARMGOV", "AZEGOV", "AZESEP", "MDAGOV", "MDASEP", "UKRGOV"},
		"1999-06-01": {"RUSGOV", "RUSGOVMIL", "RUSSEP", "SRBGOV", "SRBGOVMIL", "HRVGOV", "BIHGOV",
			"KSVREB", "GEOGOV", "ARMGOV", "AZEGOV", "MDAGOV", "UKRGOV"},
	}
	for _, day := range days {
		for _, code := range append(append([]string(nil), always...), byDay[day]...) {
			if !holders[day][code] {
				t.Errorf("%s: nobody is coded %s", day, code)
			}
		}
	}
}

// TestHistoryWestScope: every person in the 1979-1999 file held a coded
// role in those years (later people belong in the regional files), and no
// person there also has a line in another file under the same full name.
func TestHistoryWestScope(t *testing.T) {
	checkScope(t, westFile, dict.Person, "1979-01-01", "1999-12-31", 300, anyCode)
	d := loadActors(t)
	byName := map[string][]*dict.Entry{}
	for _, e := range d.Actors {
		if e.Kind == dict.Person {
			byName[strings.ToLower(e.Name)] = append(byName[strings.ToLower(e.Name)], e)
		}
	}
	for name, es := range byName {
		if len(es) < 2 {
			continue
		}
		for _, e := range es {
			if e.Origin.File == westFile {
				t.Errorf("%s: %q has another entry at %s", e.Origin, name, es[0].Origin)
				break
			}
		}
	}
}
