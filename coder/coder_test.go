package coder_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals/coder"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/ontology/cameo"
	"github.com/annals-project/annals/text"
)

// testDict is a small dictionary written for these tests.
const testDict = `
country BRA : Brazil
country ARG : Argentina
country PER : Peru
country CHL : Chile
country USA : United States ; US
demonym PER : Peruvian ; Peruvians
demonym CHL : Chilean ; Chileans
capital USAGOV : Washington
capital RUSGOV : Moscow
country RUS : Russia
agent GOV : government ; foreign ministry
agent MIL : army ; troops ; forces
agent REB : rebel
person PERGOV@2020-01-01.. : Ana Quispe ; Quispe
person CHLGOV@2020-01-01.. : Luis Soto ; Soto
title : President ; Major General
verb 190 : attack +
verb 141 : rally
verb 181 : take * hostage
verb 173 : arrest + ; put under arrest
verb 150 : order * patrols
verb 080 : yield to +
verb 150 : test * rocket
agent BUS : company
verb 142 : start * hunger strike
verb 141 : protest against +
verb 1723 : impose * curfew ; impose * curfew in +
capital PERGOV : Lima
verb 1041 : demand * resignation of +
verb 111 : condemn + ; criticize +
verb 043 : meet with + ; meet +
verb 042 : visit +
verb 057 : sign * agreement with +
verb 020 : urge + to ; call on + to
verb 138 : threaten to attack +
verb 125 : $ 's rejection of +
verb 174 : expel +
verb 0841 : release * soldiers
verb 112 : accuse +
verb 120 : reject +
verb 130 : ultimatum
verb 1243 : not|n't * ^release +
speech : say ; announce ; allege ; add
negation : not ; n't ; never
modal : will ; would ; prepare to ; plan to
modal intent : shall ; vow to
modal intent prepare : get ready to
modal intent conditional : may
modal 100 : must ; has to
igo IGOUNO : United Nations ; UN
actor IMGMOSISI : Islamic State
verb 100 : demand + *
verb 050 : open * embassy in +
verb 054 : establish * ties with +
verb 081 : allow + to return home
agent REF : refugees
verb 1231 : decline * to resign
agent GOV : minister
verb 082 : call off * strike
verb 128 : violate * ban
agent MED : newspaper
verb 160 : leave * alliance
verb 063 : extradite +
agent CRM : criminals
verb 181 : hold + hostage
verb 1712 : torch +
verb 141 : stage * rally in +
agent PTY : party
verb 190 : strike + *
verb 175 : kill * protesters
agent OPP : protesters
verb 1832 : bomb * market
verb 190 : kill +
verb 154 : train * protesters
verb 133 : threaten to * protest|protests
verb 145 : riot
verb 1041 : demand * resignation of +
agent EDU : students
verb 042 : arrive in +
verb 043 : host +
verb 190 : attack on +
demonym BRA : Brazilian
verb 126 : reject * mediation
verb 170 : bully +
verb 0874 : withdraw from ; withdraw * troops
demonym RUS : Russian
verb 190 : attack
verb 016 : deny that
agent REB : rebels
verb 181 : hijack * liner
verb 192 : capture * stronghold
verb 194 : shell +
verb 0832 : cancel * plan
verb 042 : fly to +
verb 046 : go * to * for * talks
verb 173 : jail +
verb 1056 : demand that + expel
verb 0842 : return * vessels
verb 0256 : urge + to expel
verb 193 : shoot + *
verb 175 : open fire on * protesters
verb 1053 : demand * release of +
verb 154 : send * troops to * border
verb 1722 : ban + from * politics
verb 074 : send * troops to +
verb 1712 : torch * buses
verb 181 : hijack * ship
verb 1124 : accuse + of * killing * troops
verb 195 : bomb +
agent MIL : warplanes
verb 111 : express * concern about|over +
country region NAF : North Africa
verb 125 : turn down * conference
verb 045 : mediate between +
verb 154 : mobilize +
verb 0871 : declare * ceasefire
verb 100 : demand
verb 1125 : accuse + of * espionage
verb 175 : storm * protest camp
verb 085 : lift * sanctions
verb 062/062 compound : hold * joint exercises
verb 144 : block * roads
verb 0874 : end * military occupation
verb 163 : sanction +
verb 012 : warn that
verb 154 : train * hackers
verb 111 undergo : come under * fire from +
verb 138 : not ^hesitate to attack +
verb 116 : find + responsible for
verb 073 : fly * food to +
verb 040 : hold * talks with +
verb 046 : have * talks with +
verb 164 : call off * talks with +
verb 0841 : free * hostage
verb 190 : kill * people
verb 181 : hold * hostage
verb 125 : refuse to meet +
verb 051 : welcome +
verb 171 : loot +
verb 172 : ban + from
verb 042 : travel to +
verb 175 : fire * tear gas at +
verb 041 : phone +
capital CHLGOV : Santiago
agent LEG : parliament
agent COP : police
agent GOV other : counterpart
verb 130 : warn + that
verb 110 : disapprove of +
agent MED : journalist
verb 0841 : free * journalist
verb 196 : violate * truce
agent GOV : leader
verb 140 : protest +
verb 116 : sentence + to
verb 1823 kill : murder +
verb 013 : hopeful about +
verb 190 : hit +
verb 012 : warn that
actor PERPTY : Popular Force
actor USALEG : Congress
actor PERREB : Shining Path
verb 030 : agree to
verb 036 : agree to * talks
verb 063 : extradite * to +
verb 112 : blame +
verb 106 : demand * talks with +
verb 0831 : transfer * power
verb 1724 : declare * state of emergency
person PERREB@2000-01-01..2021-02-20 : Juan Condori
person PERREB@2000-01-01..2020-12-01 : Rosa Mamani
agent OPP : opposition
`

func newCoder(t testing.TB) (*coder.Coder, *text.Splitter) {
	t.Helper()
	d := &dict.Dict{}
	if errs := d.Parse("test.dict", []byte(testDict)); len(errs) > 0 {
		t.Fatalf("test dictionary: %v", errs)
	}
	sp, err := text.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	return coder.New(d), sp
}

// code codes a text and renders each event as "SRC>TGT:CODE" with flags.
func code(t testing.TB, c *coder.Coder, sp *text.Splitter, txt string) []string {
	t.Helper()
	ctx := &coder.Context{}
	var out []string
	for _, s := range sp.Split(txt) {
		for _, e := range c.Sentence(&s, time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC), ctx) {
			out = append(out, render(&e))
		}
	}
	return out
}

func render(e *event.Event) string {
	s := fmt.Sprintf("%s>%s:%s", e.Source.Code, e.Target.Code, e.Code)
	if e.Negated {
		s += " neg"
	}
	if e.Hypothetical {
		s += " hyp"
	}
	if e.Quoted {
		s += " quote"
	}
	return s
}

func TestConstructions(t *testing.T) {
	c, sp := newCoder(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"simple", "Brazil attacked Argentina on Monday.", []string{"BRA>ARG:190"}},
		{"compound source", "Brazil and the United States condemned Chile.", []string{"BRA>CHL:111", "USA>CHL:111"}},
		{"demonym qualifying the object stands for its owner", "Peru condemned a Chilean proposal.", []string{"PER>CHL:111"}},
		{"'to' before a verb takes no target", "Peru sent troops to attack Chile.", []string{"---MIL>CHL:190 hyp"}},
		{"whom troops are sent to help is the target, and the helped act", "Peru sent troops to help Brazil attack Chile.", []string{"PER>BRA:074", "BRA>CHL:190 hyp"}},
		{"the helped act is the helped actor's", "Peru helped Brazil attack Chile.", []string{"BRA>CHL:190"}},
		{"property destroyed by protesters is their riot", "Peruvian protesters torched buses in Lima.", []string{"PEROPP>PERGOV:145"}},
		{"a demonym right after a passive's 'by' is its agent", "The Chilean army was attacked by Peruvian agents near the Brazilian army.", []string{"PER>CHLMIL:190"}},
		{"a country qualifying the object of force owns it", "Chilean rebels hijacked the US-flagged cargo ship.", []string{"CHLREB>USA:181"}},
		{"foreign troops are of no country named", "Peruvian rebels attacked foreign troops in Lima.", []string{"PERREB>---MIL:190"}},
		{"concern about a matter disapproves of no one", "Peru expressed concern about rising prices.", nil},
		{"concern about an actor disapproves of it", "Peru expressed concern about Chile.", []string{"PER>CHL:111"}},
		{"a region spoken of is no target", "Peru condemned the plan for a new North Africa.", []string{"PER>:111"}},
		{"whose act is condemned is the target, not whom it struck", "Peru condemned the Chilean missile strikes on Brazil.", []string{"PER>CHL:111"}},
		{"troops sent to a country's border face it", "Peru sent troops to the Chilean border.", []string{"PER>CHL:154"}},
		{"… not to one's own", "Peru sent troops to the Peruvian border.", []string{"PER>:154"}},
		{"a named actor qualifying the noun of force is its target", "Peruvian troops captured a Chilean rebel stronghold.", []string{"PERMIL>CHLREB:192"}},
		{"an ethnic people's rebels take the country of the context", "Peruvian troops captured an ethnic Chilean rebel stronghold.", []string{"PERMIL>PERREB:192"}},
		{"an actor before the pattern's last word owns the object of force", "Peruvian troops captured a rebel stronghold.", []string{"PERMIL>PERREB:192"}},
		{"a capital after a pattern's 'to' is its government", "Chile's minister flew to Lima.", []string{"CHLGOV>PERGOV:042"}},
		{"a consultation's partner after 'with'", "Peru's minister went to Moscow for talks with the Chilean army.", []string{"PERGOV>CHLMIL:046"}},
		{"a participle with no object after an actor is passive", "Peru attacked Chilean rebels accused of murder.", []string{"PER>CHLREB:190"}},
		{"… after a comma too", "Chile, accused of murder, attacked Peru.", []string{"CHL>PER:190"}},
		{"… but not with its object", "Chile accused Peru of murder.", []string{"CHL>PER:112"}},
		{"an act inside the words of an accusation is alleged, not done", "Peru accused Chile of bombing villages and killing Brazilian troops.", []string{"PER>CHL:1124"}},
		{"an -ing verb joined to what is alleged is alleged too", "Peru accused Chile of spying and deliberately bombing Brazil.", []string{"PER>CHL:1123"}},
		{"a bare verb joined to the verb a pattern asks for is asked too", "Peru demanded that Chile expel the sailors and return the vessels.", []string{"PER>CHL:1056"}},
		{"an inflected one is the subject's act", "Peru urged Chile to expel the sailors and returned the vessels.", []string{"PER>CHL:0256", "PER>:0842"}},
		{"force by warplanes is aerial", "Peruvian warplanes attacked Chile.", []string{"PERMIL>CHL:195"}},
		{"the first to act after a copula is its subject, as a fact", "Peru became the first Chilean army to condemn Brazil.", []string{"PER>BRA:111"}},
		{"… with no actor in the predicate", "Peru was the only country to condemn Brazil.", []string{"PER>BRA:111"}},
		{"a participle inside the object of the act before says what the object underwent", "Peru freed three Chilean women held hostage in Lima.", []string{"PER>CHL:0841"}},
		{"… but a verb after 'and' is the subject's own", "Peru freed three Chilean women and held hostage two Brazilian troops.", []string{"PER>CHL:0841", "PER>:181"}},
		{"a participle with no target after an act with none is the same act", "Peru bombed the market, killing 20 people.", []string{"PER>:1832"}},
		{"a crossing's place is no subject of the next verb", "Peruvian troops crossed into Chile's north and captured a rebel stronghold.", []string{"PERMIL>CHLREB:192"}},
		{"an organisation after 'at' is no antecedent of 'it'", "Peru condemned Chile at the United Nations, accusing it of espionage.", []string{"PER>CHL:111", "PER>CHL:1125"}},
		{"the condition of a threat is no act", "Peru threatened to attack Chile if Brazil attacked Argentina.", []string{"PER>CHL:138"}},
		{"a protest noun in a phrase naming no one is no event", "Peru condemned Chile after weeks of rallies.", []string{"PER>CHL:111"}},
		{"a verb's word after an article and an adjective is a noun", "Chilean troops were killed by a roadside bomb planted by Peruvian rebels.", []string{"PERREB>CHLMIL:190"}},
		{"force in a participle on the target of force before it is the same act", "Peru shelled the Chilean army, killing dozens of Chilean troops.", []string{"PER>CHLMIL:194"}},
		{"a verb after 'and' in a subordinate clause is that clause's", "Brazil condemned Chile after the Peruvian army seized power and arrested Soto.", []string{"BRA>CHL:111", "PERMIL>CHLGOV:173"}},
		{"force in a participle after an accusation is alleged", "Brazil accused Chile of attacking Peru, killing 20 people.", []string{"BRA>CHL:1123"}},
		{"force in a participle folds into repression with no target", "Peruvian troops stormed the protest camp, killing 20 people.", []string{"PERMIL>:175"}},
		{"a place after 'through' is no subject", "Peruvian rebels passed through Brazil and attacked Chile.", []string{"PERREB>CHL:190"}},
		{"the owner of the object before a place is the target", "Peru condemned the Chilean raid in Brazil.", []string{"PER>CHL:111"}},
		{"the condition of a stated intention is no act", "Peru vowed to attack Chile if Brazil attacked Argentina.", []string{"PER>CHL:138"}},
		{"a clause after 'after' and a noun phrase has no actor as subject", "Brazil condemned Chile after an attack in Brazil killed Peruvian troops.", []string{"BRA>CHL:111"}},
		{"'have' before a participle is an auxiliary", "Peru had called off talks with Chile.", []string{"PER>CHL:164"}},
		{"… and a verb before a noun", "Peru had talks with Chile.", []string{"PER>CHL:046"}},
		{"saying one will not yield is refusing to", "Peru shall not release the soldiers.", []string{"PER>:1243"}},
		{"an agent led by a person takes the leader's country", "Peru signed an agreement with rebels led by Luis Soto.", []string{"PER>CHLREB:057"}},
		{"the leader after 'led by' is no subject", "The Peruvian army led by former President Luis Soto attacked Brazil.", []string{"PERMIL>BRA:190"}},
		{"an agent takes the country of a capital after 'in'", "Peru condemned the government in Moscow.", []string{"PER>RUSGOV:111"}},
		{"a multinational agent is of no country named", "Peru condemned the multinational army in Moscow.", []string{"PER>---MIL:111"}},
		{"a place right after the verb is where, not whom", "Brazil and Chile met in Moscow.", []string{"BRA>CHL:043", "CHL>BRA:043"}},
		{"talks in neither side's country are a meeting at a third place", "Peru held talks with Chile in Moscow.", []string{"PER>CHL:044"}},
		{"… not in one side's", "Peru held talks with Chile in Peru.", []string{"PER>CHL:040"}},
		{"the object of a passive in its subject says more than the verb alone", "Food was flown to Chile by Peru.", []string{"PER>CHL:073"}},
		{"an -ing form before a person after a verb qualifies the person", "Brazil urged visiting President Luis Soto to attack Peru.", []string{"BRA>CHLGOV:020"}},
		{"a country before a predicate adjective is the object", "Brazil found Peru responsible for the attack.", []string{"BRA>PER:116"}},
		{"the author after 'by' of the object noun is the target, not a place in its phrase", "Peru condemned the visit to Brazil by Chile.", []string{"PER>CHL:111"}},
		{"force in a participle on agents of no country folds into the act before it", "Peru shelled Chile, killing two foreign troops.", []string{"PER>CHL:194"}},
		{"a threat in a statement's words is the event", "Peru warned that it shall not hesitate to attack Chile.", []string{"PER>CHL:138"}},
		{"… past a count in the phrase", "Peru condemned the killing of at least 54 protesters by Chile.", []string{"PER>CHL:111"}},
		{"a definite agent takes the sentence's place before an actor named earlier", "Peru condemned the rebels who attacked a checkpoint in Moscow.", []string{"PER>RUSREB:111"}},
		{"a country does not act through a name no dictionary knows", "Peru's Juan Perez attacked Chile.", nil},
		{"… but a possessive agent is its owner's", "Peru said in Moscow that its army attacked Chile.", []string{"PERMIL>CHL:190"}},
		{"a verb's word before a noun it qualifies is no verb", "UN sanctions monitors condemned Chile.", []string{"IGOUNO>CHL:111"}},
		{"a participle after an uncoded clause takes its subject, past its object and a time", "Peruvian troops left Chile early on Monday, ending years of military occupation.", []string{"PERMIL>:0874"}},
		{"a document the subject issues acts for it", "The United Nations passed a resolution calling on Chile to leave the alliance.", []string{"IGOUNO>CHL:020"}},
		{"… past a time before the participle", "The United Nations passed a resolution on Monday calling on Chile to leave the alliance.", []string{"IGOUNO>CHL:020"}},
		{"a demonym before plural places after a count is the sentence's place", "Protesters blocked roads in several Chilean cities.", []string{"CHLOPP>CHLGOV:144"}},
		{"the agents of two countries are a compound subject", "The armies of Peru and Chile held joint exercises.", []string{"PERMIL>CHLMIL:062", "CHLMIL>PERMIL:062"}},
		{"joined actors arriving somewhere unnamed do not visit each other", "Peru and Chile arrived in the capital.", []string{"PER>:042", "CHL>:042"}},
		{"the agents of a participle qualifying the subject are no subject", "Missiles supplied by Peru and Chile struck Brazil.", nil},
		{"whom a passive's subject object is on is the target", "Sanctions on Chile were lifted by Peru.", []string{"PER>CHL:085"}},
		{"a place between a passive and its agent", "Chile was attacked at the border by Peru.", []string{"PER>CHL:190"}},
		{"a count before a pattern's actor", "Peru struck dozens of Chilean troops.", []string{"PER>CHLMIL:190"}},
		{"a number word before a pattern's actor", "Peru struck two Chilean troops.", []string{"PER>CHLMIL:190"}},
		{"an irregular past after a phrase is a verb", "The rebels in the city shot two Chilean troops.", []string{"CHLREB>CHLMIL:193"}},
		{"a verb anchor", "Peru jailed the Chilean rebels.", []string{"PER>CHLREB:173"}},
		{"an uninflected anchor after a preposition is a noun", "Peru released the Chilean rebels from jail.", nil},
		{"a pattern's last noun after a gap", "Peru cancelled the plan.", []string{"PER>:0832"}},
		{"a pattern's last noun after a gap is no participle", "Peru cancelled the summit planned for May.", nil},
		{"an ally of a country is not the country", "Peru condemned Chile's allies.", []string{"PER>:111"}},
		{"an ally's agent takes its country from the context", "Peruvian troops attacked a commander of Chile's army ally in Brazil.", []string{"PERMIL>BRAMIL:190"}},
		{"the allies of a country are not the country", "Peru condemned the allies of Chile.", []string{"PER>:111"}},
		{"reciprocal", "Brazil and Peru met on Monday.", []string{"BRA>PER:043", "PER>BRA:043"}},
		{"compound target", "Peru condemned Brazil, Argentina and Chile.", []string{"PER>BRA:111", "PER>ARG:111", "PER>CHL:111"}},
		{"passive", "Chile was attacked by Peruvian troops.", []string{"PERMIL>CHL:190"}},
		{"passive without a doer codes nothing", "Chile was attacked on Monday.", nil},
		{"passive participle", "Towns attacked by Peruvian troops burned.", []string{"PERMIL>:190"}},
		{"speech: complement coded, statement not", "Brazil said Peru attacked Chile.", []string{"PER>CHL:190"}},
		{"negation", "Peru did not attack Chile.", []string{"PER>CHL:190 neg"}},
		{"negation n't", "Peru didn't attack Chile.", []string{"PER>CHL:190 neg"}},
		{"future modal", "Peru will attack Chile.", []string{"PER>CHL:190 hyp"}},
		{"what an accusation alleges is not coded as done, but gives its subcode", "Peru accused Chile of attacking Brazil.", []string{"PER>CHL:1123"}},
		{"the object of a rejection is not an event of the rejecter", "Peru rejected a Chilean ultimatum.", []string{"PER>CHL:120"}},
		{"a pattern that writes the negation codes the refusal", "Peru did not release the Chilean soldiers.", []string{"PER>CHL:1243"}},
		{"a refusal stated with an intent modal is made as it is said", "Peru shall not release the Chilean soldiers.", []string{"PER>CHL:1243"}},
		{"the purpose of an intended act is intended", "Peru shall meet Chile to attack Brazil.", []string{"PER>CHL:036", "PER>BRA:138"}},
		{"the purpose of a done act stays hypothetical", "Peru met Chile to attack Brazil.", []string{"PER>CHL:043", "PER>BRA:190 hyp"}},
		{"an intent modal makes an act an intention", "Peru vowed to attack Chile.", []string{"PER>CHL:138"}},
		{"an act under 'may' with a condition is a conditional intention", "Peru may attack Chile if talks fail.", []string{"PER>CHL:138"}},
		{"an act under 'may' with no condition is hypothetical", "Peru may attack Chile.", []string{"PER>CHL:190 hyp"}},
		{"getting ready to use force is a show of force", "Peru got ready to attack Chile.", []string{"PER>CHL:152"}},
		{"getting ready to use force again too", "Peru got ready to resume attacking Chile.", []string{"PER>CHL:152"}},
		{"getting ready for anything else is an intention", "Peru got ready to meet Chile.", []string{"PER>CHL:036"}},
		{"without the negation the release", "Peru released the Chilean soldiers.", []string{"PER>CHL:0841"}},
		{"preparing to", "Peru is preparing to attack Chile.", []string{"PER>CHL:190 hyp"}},
		{"a conflictual act stated as an intention is a threat", "Peru shall attack Chile.", []string{"PER>CHL:138"}},
		{"a cooperative one an intent to cooperate", "Peru vowed to sign an agreement with Chile.", []string{"PER>CHL:030"}},
		{"a negated intention stays a negated act", "Peru shall not attack Chile.", []string{"PER>CHL:190 neg hyp"}},
		{"what a speaker says another must do is a demand", "Brazil said that Peru must attack Chile.", []string{"BRA>PER:100"}}, // the attack is what is demanded, no second event
		{"'he' after '…, saying' is the speaking person", "Ana Quispe met Chile, saying he will condemn Brazil.", []string{"PERGOV>CHL:043", "PERGOV>BRA:111 hyp"}},
		{"the speaker of '…, saying' is the sentence's subject", "Brazil condemned Peru, saying Chile must attack Peru.", []string{"BRA>PER:111", "BRA>CHL:100"}},
		{"the speaker is not a place after a preposition", "Brazil, speaking in Moscow, said Peru must attack Chile.", []string{"BRA>PER:100"}},
		{"a pattern that writes 'in +' reads the capital after it", "Peru opened an embassy in Moscow.", []string{"PER>RUSGOV:050"}},
		{"a target search stops at a coordinated verb", "Peru established ties with the bloc and criticized Moscow.", []string{"PER>:054", "PER>RUSGOV:111"}},
		{"a target search stops at a coordinated verb after 'then'", "Peru established ties with the bloc and then criticized Moscow.", []string{"PER>:054", "PER>RUSGOV:111"}},
		{"two verbs joined before one object share it", "Peru established ties with and then criticized Moscow.", []string{"PER>RUSGOV:054", "PER>RUSGOV:111"}},
		{"an act with no target folds into one of its root with a target", "Peru established ties with and opened an embassy in Moscow.", []string{"PER>RUSGOV:050"}},
		{"the sentence's place gives a generic agent its country", "Rebels attacked a checkpoint near Moscow.", []string{"RUSREB>RUS:190"}},
		{"an actor inside a pattern may follow a quantity and have a relative clause", "Peru will allow up to 13,000 refugees who have lived in Chile for a decade to return home.", []string{"PER>CHLREF:081 hyp"}},
		{"a place in an 'if' clause is not where the act happens", "Peruvian troops attacked a checkpoint if war starts in Moscow.", []string{"PERMIL>:190"}},
		{"a place after 'into' is where the act happens", "Peruvian troops attacked positions leading into Moscow.", []string{"PERMIL>RUS:190"}},
		{"a protest is against the agent after 'against … by'", "Peruvians rallied against the abuses by the Chilean army.", []string{"PER>CHLMIL:141"}},
		{"a protest in a place is against whom 'against' names", "Peruvians staged a rally in Moscow against the party's minister Ana Quispe.", []string{"PER>PERGOV:141"}},
		{"a protest is against the owner after 'against'", "Peruvians rallied against Chile's decision.", []string{"PER>CHL:141"}},
		{"a country opening an unknown name gives a titled stranger its country, and is a target of its own", "Minister Tito Ramos declined to resign despite pressure by the Peru Electoral Commission.", []string{"PERGOV>PER:1231"}},
		{"ending a strike answers the government", "Peruvian teachers called off a strike.", []string{"PER>PERGOV:082"}},
		{"the author of the verb's object after 'by' is the target, of the source's country too", "A Peruvian newspaper violated a ban by Ana Quispe.", []string{"PERMED>PERGOV:128"}},
		{"a gap does not cross a preposition before the pattern's noun", "Peru left an opening in the alliance.", nil},
		{"a gap holds the verb's object", "Peru left the regional alliance.", []string{"PER>:160"}},
		{"a gap may hold a time after a preposition", "Peru left on Monday the alliance.", []string{"PER>:160"}},
		{"a participle after a verb qualifies the noun", "Chile wants to extradite accused criminals.", []string{"CHL>---CRM:063 hyp"}},
		{"a participle after an article qualifies the noun", "Peru extradited the accused criminals.", []string{"PER>---CRM:063"}},
		{"a participle after a noun acts", "The Peruvian army accused Chile.", []string{"PERMIL>CHL:112"}},
		{"an organisation after 'at' is where, not who", "Peru spoke at the United Nations, attacking Chile.", []string{"PER>CHL:190"}},
		{"an -ing form read as a noun is a verb after 'is'", "Peru is holding Chilean troops hostage.", []string{"PER>CHLMIL:181"}},
		{"… with an adverb between", "Peru is reportedly holding Chilean troops hostage.", []string{"PER>CHLMIL:181"}},
		{"an -ing form read as a noun is a verb after a comma", "Peru, calling on Chile to yield, met Brazil.", []string{"PER>CHL:020", "PER>BRA:043"}},
		{"a past form the lemmatiser does not know is its verb", "Peru torched the Chilean army.", []string{"PER>CHLMIL:1712"}},
		{"so is a third person", "Peru torches the Chilean army.", []string{"PER>CHLMIL:1712"}},
		{"a counted noun before a participle that ends the clause undergoes it", "The war left hundreds of Chilean troops arrested, and Peru met Brazil.", []string{"PER>BRA:043"}},
		{"… and acts with an object", "The war went on as hundreds of Chilean troops arrested Peru.", []string{"CHLMIL>PER:173"}},
		{"a passive's agent and subject may be demonyms of things", "Chilean towns were struck by Peruvian missiles.", []string{"PER>CHL:190"}},
		{"a count of a demonym's people is its subject", "Hundreds of Peruvian prisoners attacked Chile.", []string{"PER>CHL:190"}},
		{"an active strike with a gap after its target", "Peru struck Chile hard.", []string{"PER>CHL:190"}},
		{"an actor the pattern's last word names is the target", "The Peruvian army killed dozens of protesters in Lima.", []string{"PERMIL>PEROPP:175"}},
		{"… not of a mobilisation, whose words name the source's own", "The Peruvian army trained protesters in Lima.", []string{"PERMIL>:154"}},
		{"force in a participle clause is part of the act before it", "Chilean rebels bombed a market in Peru, killing twenty people.", []string{"CHLREB>PER:1832"}},
		{"… and so is it after violent repression", "Chilean troops opened fire on protesters, killing twenty people.", []string{"CHLMIL>CHLOPP:175"}},
		{"a participle after an uncoded clause has its subject, not its object", "A storm hit southern Peru on Friday, attacking Chile.", nil},
		{"… which may stand before the comma", "Peru, attacking Chile, met Brazil.", []string{"PER>CHL:190", "PER>BRA:043"}},
		{"a clause opened by 'after' and a name has no actor as subject", "Peru met Brazil after Storm Ana attacked Chile.", []string{"PER>BRA:043"}},
		{"'after' before a noun opens a phrase, not a clause", "Peru met Brazil after four years to attack Chile.", []string{"PER>BRA:043", "BRA>CHL:190 hyp"}},
		{"joined subjects who act on each other", "Peru and Chile accused each other.", []string{"PER>CHL:112", "CHL>PER:112"}},
		{"no country acts through a sports team", "The Peruvian football team attacked Chile.", nil},
		{"a threat of protest addresses the government", "Peruvian students threatened to hold protests.", []string{"PEREDU>PERGOV:133"}},
		{"a riot demanding a resignation is a riot for it", "Peruvians rioted in Lima, demanding the resignation of Ana Quispe.", []string{"PER>PERGOV:1451"}},
		{"an -ing form after an article and before an actor qualifies it", "Peru expelled the protesting students.", []string{"PER>---EDU:174"}},
		{"a relative pronoun's antecedent is the passive's subject", "Peru freed Ana Quispe, who was arrested by Chilean troops.", []string{"CHLMIL>PERGOV:173"}},
		{"a count of actors after 'of' is the passive's subject", "Hundreds of Chilean troops were arrested by Peru.", []string{"PER>CHLMIL:173"}},
		{"a visit written twice is one visit", "Ana Quispe arrived in Moscow on a visit to Russia.", []string{"PERGOV>RUSGOV:042"}},
		{"a guest's visit is the hosting", "Chile hosted Ana Quispe for a visit.", []string{"CHL>PERGOV:043"}},
		{"an event noun in a phrase is done by whom its phrase names", "Chile met Peru after the Brazilian attack on Argentina.", []string{"CHL>PER:043", "BRA>ARG:190"}},
		{"… and by no one when it names none", "Chile met Peru after the attack on Argentina.", []string{"CHL>PER:043"}},
		{"an object without an article keeps 'by' to itself too", "Peru rejected mediation by Chile.", []string{"PER>CHL:126"}},
		{"a verb's word after 'a' is a noun", "Peru is behaving like a bully towards Chile.", nil},
		{"… the verb itself acts", "Peru bullied Chile.", []string{"PER>CHL:170"}},
		{"a place named by its country's demonym gives the sentence its country", "Rebels attacked a Chilean army post in the northern Russian town of Omsk.", []string{"RUSREB>CHLMIL:190"}},
		{"a participle after a common noun says what the noun does", "Peru drafted a resolution attacking Chile.", nil},
		{"… not after a verb", "Peru continued attacking Chile.", []string{"PER>CHL:190"}},
		{"a time may stand between a pattern's target and its next word", "Brazil urged Peru on Monday to attack Chile.", []string{"BRA>PER:020"}},
		{"a background noun its phrase names no target for is no event", "Chile met Peru despite the Brazilian attack.", []string{"CHL>PER:043"}},
		{"an object before a participle clause is not its subject", "A storm struck Peru and Chile, attacking Brazil.", nil},
		{"the subject's own forces are no target", "Peru withdrew its last troops from Chile.", []string{"PER>CHL:0874"}},
		{"no country acts through its currency", "The Peruvian peso attacked Chile.", nil},
		{"… nor through its fans, named by the country", "Peru fans attacked Chile.", nil},
		{"what a statement denies is no act", "Peru denied that it attacked Chile.", []string{"PER>:016"}},
		{"a participle after a preposition and before an actor qualifies it", "Brazil freed hundreds of arrested Chilean troops.", nil},
		{"… as after 'other'", "Brazil condemned Peru and other arrested Chilean troops.", []string{"BRA>PER:111"}},
		{"an event noun with no article in a phrase is no act of the subject", "Chile met Peru despite Brazilian attack on Argentina.", []string{"CHL>PER:043", "BRA>ARG:190"}},
		{"the country owning the object of force undergoes it", "Peruvian rebels hijacked a Chilean liner.", []string{"PERREB>CHL:181"}},
		{"a region after the verb is a topic, not a target", "Peru turned down a conference on North Africa.", []string{"PER>:125"}},
		{"rebels joined to a state's government after 'between' are that state's", "Brazil mediated between the Chilean government and southern rebels.", []string{"BRA>CHLGOV:045", "BRA>CHLREB:045"}},
		{"an agentless passive of force posture is shown by its subject", "Hundreds of Peruvian troops were mobilized.", []string{"PERMIL>:154"}},
		{"the clause's act keeps its code and takes the target of the participle after it", "Chilean rebels bombed a market, killing Ana Quispe.", []string{"CHLREB>PERGOV:1832"}},
		{"an implicit target is not read past 'and' and the next verb", "Ana Quispe declined to resign and fled to Chile.", []string{"PERGOV>:1231"}},
		{"joined subjects of a ceasefire agree it with each other", "Peru and Chile declared a ceasefire.", []string{"PER>CHL:0871", "CHL>PER:0871"}},
		{"a time is no pattern's place", "Peru imposed a curfew on Friday as Chilean troops attacked.", []string{"PER>PERCVL:1723"}},
		{"a passive whose subject is the pattern's object", "Hundreds of Chilean soldiers were released by Peru.", []string{"PER>CHL:0841"}},
		{"… its agent right after the verb phrase only", "Chilean soldiers were released with estimates by Peru.", nil},
		{"a poll's share acts for no one", "A poll said 57 percent of Peruvians attacked Chile.", nil},
		{"… but part of an actor is the actor", "A majority of the Peruvian army attacked Chile.", []string{"PERMIL>CHL:190"}},
		{"a target is not read past 'during' or 'after'", "Peru criticized the plan during a visit by Chile.", []string{"PER>:111"}},
		{"a demand's subcode comes from what it asks for", "Brazil demanded that Peru release the soldiers.", []string{"BRA>PER:1053"}},
		{"… not from a relative clause of its object", "Brazil demanded a plan that would release the soldiers.", []string{"BRA>:100"}},
		{"a passive's agent may stand before the words after the target", "Peru was accused by Chile of espionage.", []string{"CHL>PER:1125"}},
		{"a passive's agent before the pattern's words", "The Chilean army was urged by Peru to attack Brazil.", []string{"PER>CHLMIL:020"}},
		{"an -ing noun after an article stays a noun", "The holding of Chilean troops angered Peru.", nil},
		{"the sentence's one domestic actor gives a generic agent its country", "The Chilean government accused rebels of attacks.", []string{"CHLGOV>CHLREB:1123"}},
		{"a demonym qualifying an unknown subject noun acts for its country", "Peruvian prisoners attacked Chile.", []string{"PER>CHL:190"}},
		{"a country after a locative is no subject", "Prisoners in Peru attacked Chile.", nil},
		{"no act on oneself: the same name twice", "Chile condemned Chile.", nil},
		{"the actor after 'by' is the agent of an event noun", "The attacks by Chilean troops on Peru go on.", []string{"CHLMIL>PER:190"}},
		{"an agent after 'by' that is no actor leaves the noun without source", "Peru suffered attacks by unknown gunmen.", nil},
		{"the infinitive of a purpose noun is its owner's act", "Peru backed Chile's efforts to attack Brazil.", []string{"CHL>BRA:190 hyp"}},
		{"an intention in a background phrase is no act", "Peru attacked Chile despite Brazil's pledge to attack Argentina.", []string{"PER>CHL:190"}},
		{"what would justify an act is no act", "Peru found no evidence to attack Brazil.", nil},
		{"the infinitive of a purpose noun no actor owns has no source", "Peru condemned efforts to attack Brazil.", []string{"PER>BRA:111"}},
		{"a participle demand after a protest is what the protest is for", "Peruvian rebels rallied, demanding the resignation of Ana Quispe.", []string{"PERREB>PERGOV:1411"}},
		{"whose release a protest demands is not whom it addresses", "Peruvians rallied in Lima, demanding the release of Chilean rebels.", []string{"PER>PERGOV:141"}},
		{"an actor after 'from' qualifies the subject before it", "Rebels from the Chilean army attacked Peru.", []string{"CHLREB>PER:190"}},
		{"a protest with no target addresses the government where it happens", "Peruvians rallied in Moscow.", []string{"PER>RUSGOV:141"}},
		{"a protest with no target and no place addresses its own government", "Peruvians rallied.", []string{"PER>PERGOV:141"}},
		{"a government's rally is no demonstration", "The Peruvian government rallied.", nil},
		{"a curfew a state imposes falls on its people", "The Peruvian army imposed a curfew.", []string{"PERMIL>PERCVL:1723"}},
		{"a curfew a state imposes on its capital falls on its people", "The Peruvian army imposed a curfew in Lima.", []string{"PERMIL>PERCVL:1723"}},
		{"… but a minister banned is the minister", "The Peruvian army banned Ana Quispe from politics.", []string{"PERMIL>PERGOV:1722"}},
		{"a curfew rebels impose names no implicit target", "Peruvian rebels imposed a curfew.", []string{"PERREB>:1723"}},
		{"a pattern with no target written in the passive has the 'by' agent as source", "Peruvian troops were taken hostage by Chilean rebels.", []string{"CHLREB>PERMIL:181"}},
		{"a pattern with no target written in the passive without 'by' has no source", "Chile said Peruvian troops were taken hostage.", nil},
		{"the speaker is not the subject of what is reported", "Peru said most of the prisoners attacked Chile.", nil},
		{"a modal written capitalised mid-sentence is a name", "Peru Will attack Chile.", []string{"PER>CHL:190"}},
		{"a capitalised word inside a name is no verb", "Chile met on Monday with members of the Council of Attack Studies at a hotel.", []string{"CHL>:043"}},
		{"a headline in title case keeps its verbs", "Peruvian Troops Attack Chile", []string{"PERMIL>CHL:190"}},
		{"a state's act in the passive with no doer is done by the authorities where it happens", "Peruvian troops were arrested in Moscow.", []string{"RUSCOP>PERMIL:173"}},
		{"a state's act in the passive with no doer and no place is not coded", "Peruvian troops were arrested.", nil},
		{"a participle like its base form is passive after 'been'", "Chilean troops have been put under arrest in Moscow.", []string{"RUSCOP>CHLMIL:173"}},
		{"a perfect before 'by' is no reduced relative", "The Peruvian government has ordered patrols by troops.", []string{"PERGOV>:150"}},
		{"'to' before an -ing form is a preposition, not an infinitive", "Peru resorted to attacking Chile.", []string{"PER>CHL:190"}},
		{"a done act with no target takes the target of its purpose", "Peruvian rebels started a hunger strike to protest against Chile.", []string{"PERREB>CHL:142"}},
		{"adverbs may stand between a verb and its preposition", "Peru yielded at last to Chile.", []string{"PER>CHL:080"}},
		{"coordinated participles share the passive's auxiliary", "Chile said Peruvian troops were beaten or arrested.", nil},
		{"a company's test is no show of force", "A Peruvian company tested a rocket.", nil},
		{"an army's test is a show of force", "The Peruvian army tested a rocket.", []string{"PERMIL>:150"}},
		{"a gap does not cross a comma that opens a clause", "Peru signed a pact, according to agreement experts in Chile.", nil},
		{"a gap crosses a comma in a list", "Peru signed trade, energy and security agreement with Chile.", []string{"PER>CHL:057"}},
		{"'by' before an -ing form is a means, not an agent", "Peru attacked Chile by sending troops.", []string{"PER>CHL:190"}},
		{"subjects after 'neither' do not act", "Neither Peru nor Brazil condemned Chile.", []string{"PER>CHL:111 neg", "BRA>CHL:111 neg"}},
		{"subjects after 'neither' do not meet each other", "Neither Peru nor the Chilean army met.", []string{"PER>:043 neg", "CHLMIL>:043 neg"}},
		{"a quantifier may stand between a passive's auxiliary and participle", "Chilean troops were all arrested in Moscow.", []string{"RUSCOP>CHLMIL:173"}},
		{"the agents of several countries meeting meet each other", "The troops of Peru and Chile met.", []string{"PERMIL>CHLMIL:043", "CHLMIL>PERMIL:043"}},
		{"troops that arrive deploy", "Peruvian troops visited Chile.", []string{"PERMIL>CHL:154"}},
		{"an officer visits", "Ana Quispe visited Chile.", []string{"PERGOV>CHL:042"}},
		{"a passive's agent may stand at the end after a comma", "Peru has been accused of many attacks, some of them recent, by Chile.", []string{"CHL>PER:112"}},
		{"a country qualifying an unknown subject noun is the target of a state's passive act", "A US citizen has been put under arrest in Moscow.", []string{"RUSCOP>USA:173"}},
		{"a capital after a locative and its adjectives is no subject", "Peruvian rebels based in Christian east Moscow attacked Chile.", []string{"PERREB>CHL:190"}},
		{"an attack on a camp for refugees is an attack on the refugees", "A camp for Peruvian troops was attacked by Chilean rebels.", []string{"CHLREB>PERMIL:190"}},
		{"two places give none", "In Washington, rebels attacked a checkpoint in Moscow.", []string{"---REB>RUS:190"}},
		{"a place abroad undergoes an act with no target", "Peruvian troops attacked a checkpoint in Moscow.", []string{"PERMIL>RUS:190"}},
		{"'alleged' before a noun is no report", "Peru signed an alleged agreement with Chile.", []string{"PER>CHL:057"}},
		{"an event word qualifying a noun is no event", "Peru filed attack charges against Chile.", nil},
		{"the speaker of '…, adding' is the sentence's subject", `Brazil met Chile, adding "We will attack Peru."`, []string{"BRA>CHL:043", "BRA>PER:190 hyp quote"}},
		{"a comma alone joins no compound subject", "During a trip to Peru, Chile condemned Brazil.", []string{"CHL>BRA:111"}},
		{"an article before the pattern's target", "Peru demanded a UN presence.", []string{"PER>IGOUNO:100"}},
		{"a statement of fact is none", "Brazil said that Peru has attacked Chile.", []string{"PER>CHL:190"}},
		{"threatened to: threat coded, attack hypothetical", "Peru threatened to attack Chile.", []string{"PER>CHL:138"}},
		{"glad to: done as said, not hypothetical", "Peru is glad to condemn Chile.", []string{"PER>CHL:111"}},
		{"object control: the urged act is the appeal's content, not an event", "Brazil urged Peru to attack Chile.", []string{"BRA>PER:020"}},
		{"object control of an uncoded governor", "Brazil wants Peru to attack Chile.", []string{"PER>CHL:190 hyp"}},
		{"quote", `Brazil said: "We will attack Chile."`, []string{"BRA>CHL:190 hyp quote"}},
		{"demonym agent", "The Chilean army attacked Peru.", []string{"CHLMIL>PER:190"}},
		{"capital metonym", "Washington criticized Moscow.", []string{"USAGOV>RUSGOV:111"}},
		{"capital as place is no target", "Peru condemned the attack in Moscow.", []string{"PER>:111"}},
		{"possessive agent", "Russia's army attacked Chile.", []string{"RUSMIL>CHL:190"}},
		{"agent of country", "The army of Peru attacked Chile.", []string{"PERMIL>CHL:190"}},
		{"pattern with gap", "Peru signed a trade agreement with Chile.", []string{"PER>CHL:057"}},
		{"meet with beats meet", "Peru met with Chile.", []string{"PER>CHL:043"}},
		{"noun pattern with possessive source", "Chile criticized Washington's rejection of Peru.", []string{"CHL>USAGOV:111", "USAGOV>PER:125"}},
		{"coordinated verbs share the subject", "Peru met Chile and attacked Argentina.", []string{"PER>CHL:043", "PER>ARG:190"}},
		{"relative clause skipped", "The Chilean army, which Peru supports, attacked Argentina.", []string{"CHLMIL>ARG:190"}},
		{"a relative clause on a thing has no actor subject", "Peru signed a deal that will attack Chile.", nil},
		{"… a time between", "Peru signed a deal on Monday that will attack Chile.", nil},
		{"an actor in a relative clause on a thing is no subject of the main verb", "The storm that struck Peru killed Chilean troops.", nil},
		{"participle clause after the subject skipped", "The Chilean army, meeting in Lima, attacked Argentina.", []string{"CHLMIL>ARG:190"}},
		{"title and dated person", "President Ana Quispe condemned Chile.", []string{"PERGOV>CHL:111"}},
		{"case: lower-case us is not the US", "They told us Peru attacked Chile.", []string{"PER>CHL:190"}},
		{"nominal anchor is not a verb; a passive subject inside a phrase is no target", "The attack on Chile was condemned by Peru.", []string{"PER>:111"}},
		{"'him' is the nearest person before it, not its clause's subject", "Ana Quispe refused to meet Luis Soto, saying she would welcome him in Lima.", []string{"PERGOV>CHLGOV:125", "PERGOV>CHLGOV:051 hyp"}},
		{"'them' stands for a plural actor", "Peruvian rebels said Chile wanted to kill them.", []string{"CHL>PERREB:190 hyp"}},
		{"'them' is no single country", "Peru returned the statues to Chile after Brazilian troops looted them.", []string{"BRAMIL>:171"}},
		{"an act kept from happening is not done", "Chile banned Ana Quispe from travelling to Santiago.", []string{"CHL>PERGOV:172", "PERGOV>CHLGOV:042 neg"}},
		{"a counterpart with a demonym is of its country", "Ana Quispe met her Chilean counterpart.", []string{"PERGOV>CHLGOV:043"}},
		{"a bare counterpart is the other side's", "Peru rejected a Chilean proposal, urging its counterpart to attack Brazil.", []string{"PER>CHL:120", "PER>CHLGOV:020"}},
		{"a counterpart of no side named has no country", "Ana Quispe met her counterpart.", []string{"PERGOV>---GOV:043"}},
		{"a threat takes its code from its maker's act in its words", "Chile warned Peru that it would sanction Brazil.", []string{"CHL>PER:1312"}},
		{"… not from another's", "Chile warned Peru that Brazil would sanction Argentina.", []string{"CHL>PER:130"}},
		{"an adverb may stand between a modal and its act", "Peru said Chile would soon attack Brazil.", []string{"CHL>BRA:190 hyp"}},
		{"a poll's share does not act", "About 52 percent of Peruvians disapprove of Ana Quispe.", nil},
		{"a role goes on over a name no dictionary knows", "Chile accused Peruvian rebel Juan Perez of espionage.", []string{"CHL>PERREB:1125"}},
		{"… and its noun is still a pattern's object", "Chile freed Peruvian journalist Juan Perez.", []string{"CHL>PERMED:0841"}},
		{"'opposition' before a party is the party in opposition", "Chile condemned the opposition Popular Force.", []string{"CHL>PEROPP:111"}},
		{"an intransitive -ing form before plural actors says what they do", "Ana Quispe was interrupted by protesting rebels.", nil},
		{"world leaders are of no country named", "Ana Quispe met world leaders.", []string{"PERGOV>---GOV:043"}},
		{"a pattern reads on past an apposition after its actor", "Chile sentenced Ana Quispe, the ousted leader, to prison.", []string{"CHL>PERGOV:116"}},
		{"… not past a report", "Chile sentenced Ana Quispe, the court said, to prison.", nil},
		{"a killing of a person the dictionaries name is an assassination", "Chilean rebels murdered Ana Quispe.", []string{"CHLREB>PERGOV:186"}},
		{"… not of a role", "Chilean rebels murdered Peruvian troops.", []string{"CHLREB>PERMIL:1823"}},
		{"an act a stretch of time before the news is its background", "Peru condemned Brazil on Monday, a day after Chile attacked Brazil.", []string{"PER>BRA:111"}},
		{"… what came after it is news too", "Peru condemned Brazil on Monday, hours before Chile attacked Brazil.", []string{"PER>BRA:111", "CHL>BRA:190"}},
		{"a participle opening the sentence with nothing before it", "Attacked, Peru fled.", nil},
		{"an adjective after 'be' is no passive", "Peru was hopeful about Chile.", []string{"PER>CHL:013"}},
		{"… a verb's same-form participle is", "Chilean troops were hit by Peruvian rebels.", []string{"PERREB>CHLMIL:190"}},
		{"a phrase set aside between commas after the subject is skipped", "Chile, in a statement issued after Peru voted, condemned Brazil.", []string{"CHL>BRA:111"}},
		{"force by a crowd is a riot", "Peruvian protesters attacked the Chilean army.", []string{"PEROPP>CHLMIL:145"}},
		{"a person's supporters are not the person", "Ana Quispe supporters attacked the Chilean army.", []string{"PERCVL>CHLMIL:145"}},
		{"force on a country's positions is force on its military", "Peruvian rebels attacked Chilean positions.", []string{"PERREB>CHLMIL:190"}},
		{"countries as teams in a contest do not meet", "Peru and Chile meet in Lima on Tuesday in a World Cup qualifier.", nil},
		{"a verb joined after a closed report is the speaker's", "Chile said that Peru had attacked Brazil, and vowed to attack Peru.", []string{"PER>BRA:190", "CHL>PER:138"}},
		{"a warning of one's own act is that threat, on whom the act is", "Chile warned that it would sanction Brazil.", []string{"CHL>BRA:1312"}},
		{"a show of force faces whom it is readied against", "Peru trained hackers able to wage cyber warfare against Chile.", []string{"PER>CHL:154"}},
		{"… not against whom another act is", "Peru trained hackers ahead of an offensive against Chile.", []string{"PER>:154"}},
		{"an act told in a relative clause as done before the news is not coded", "Peru expelled Chilean rebels who shelled Brazil last month.", []string{"PER>CHLREB:174"}},
		{"… one told as now is", "Peru expelled Chilean rebels who shelled Brazil on Monday.", []string{"PER>CHLREB:174", "CHLREB>BRA:194"}},
		{"an -s form right after a verb is its object, a noun", "Peru will impose sanctions.", nil},
		{"… not after an actor", "Peru sanctions Chile.", []string{"PER>CHL:163"}},
		{"an act in a condition is hypothetical", "If Chile attacks Peru, Brazil condemned Argentina.", []string{"CHL>PER:190 hyp", "BRA>ARG:111"}},
		{"a subject that undergoes the act is the target", "Chile came under fire from Peru.", []string{"PER>CHL:111"}},
		{"… and with no one who does it, no event", "Chile came under heavy fire.", nil},
		{"… the owner of its noun when it is a phrase's actor", "The Peruvian raid on the Chilean army came under fire from Brazil.", []string{"BRA>PER:111"}},
		{"a verb's word after 'on' is a noun", "Peru told them about the plan on phone.", nil},
		{"another state's demonym moves a state's institution to it", "Peru condemned the Chilean Congress.", []string{"PER>CHLLEG:111"}},
		{"… so does its possessive", "Peru condemned Chile's Congress.", []string{"PER>CHLLEG:111"}},
		{"… but not an armed group", "Brazil condemned the Chilean Shining Path.", []string{"BRA>PERREB:111"}},
		{"an intent to cooperate is on the country its act would be done in", "The United Nations agreed to build a school in Santiago.", []string{"IGOUNO>CHL:030"}},
		{"… but not at home", "Peru agreed to build a school in Lima.", []string{"PER>:030"}},
		{"… and a meeting's place is its venue", "Peru agreed to hold talks in Santiago.", []string{"PER>:036"}},
		{"what an actor is asked to do is not its act, even when no one knows who asks", "Activists urged Peru to attack Brazil.", nil},
		{"… and whoever asks is", "Chile urged Peru to attack Brazil.", []string{"CHL>PER:020"}},
		{"the subject of a verb that undertakes an aim does what the aim's infinitive says", "Peru launched a campaign to attack Chile.", []string{"PER>CHL:190 hyp"}},
		{"… so does the subject of a clause done 'in a bid to'", "Chile attacked Brazil in a bid to condemn Peru.", []string{"CHL>BRA:190", "CHL>PER:111 hyp"}},
		{"… not of one that speaks of another's aim", "Brazil condemned a plan to attack Chile.", []string{"BRA>CHL:111"}},
		{"an -s form after a comparative is a noun", "Peru favours tougher sanctions against Chile.", nil},
		{"… and after an adjective that only qualifies nouns", "Peru backed new sanctions against Chile.", nil},
		{"a passive's doer is the country of the strike it was done in", "Ana Quispe was murdered in a Chilean air strike.", []string{"CHL>PERGOV:186"}},
		{"… not of another noun", "Ana Quispe was murdered in a Chilean hospital.", nil},
		{"an actor in the gap before 'to +' is what is moved, not the target", "Peru extradited Ana Quispe to Chile.", []string{"PER>CHL:063"}},
		{"a rebel whose role ended in the month before the news is still coded by it", "Chilean troops murdered Juan Condori.", []string{"CHLMIL>PERREB:186"}},
		{"… not long after", "Chilean troops murdered Rosa Mamani.", []string{"CHLMIL>:1823"}},
		{"an attack laid to an actor later in the sentence is that actor's", "A bomb killed 22 people in Lima, in an attack claimed by the Shining Path.", []string{"PERREB>PERCVL:190"}},
		{"… and one blamed on an actor", "A bomb killed 22 people in Lima in an attack blamed on the Shining Path.", []string{"PERREB>PERCVL:190"}},
		{"a participle after a comma happens where its clause does", "The Shining Path left a bomb at the market in Lima, killing a bystander.", []string{"PERREB>PER:190"}},
		{"a participle of blame after a noun is said by no one named", "Peru condemned the bombing blamed on Chile.", []string{"PER>CHL:111"}},
		{"people counted as killed are civilians of where it happens", "Chilean troops murdered 12 people in Lima.", []string{"CHLMIL>PERCVL:1823"}},
		{"… a participle's victims fold into its clause's act, which keeps its place", "Chilean rebels bombed the market in Lima, killing 12 people.", []string{"CHLREB>PER:1832"}},
		{"… or take it when it has none", "Chilean rebels bombed the market, killing 12 people in Lima.", []string{"CHLREB>PERCVL:1832"}},
		{"a bare plural and a past verb after 'after' open a clause of their own", "Peru expelled Brazil after mobs attacked Chile.", []string{"PER>BRA:174"}},
		{"a participle after a subordinate clause is that clause's", "Peru expelled Brazil after Chilean rebels stormed a village, killing 12 people.", []string{"PER>BRA:174", "CHLREB>:190"}},
		{"a person no dictionary names is a civilian of the state that acts", "Peruvian rebels arrested a 36-year-old man.", []string{"PERREB>:173"}},
		{"… a state's", "The Peruvian army arrested a 36-year-old man.", []string{"PERMIL>PERCVL:173"}},
		{"… but not by the state's force, which may be abroad", "The Peruvian army murdered a 36-year-old man.", []string{"PERMIL>:1823"}},
		{"… or of the place", "Chilean rebels arrested the driver in Lima.", []string{"CHLREB>PERCVL:173"}},
		{"a comma between two adjectives is no clause's", "Peru demanded direct, high-level talks with Chile.", []string{"PER>CHL:106"}},
		{"a passive joined by 'and' to a clause has the clause's subject for its own", "Peru is at war, and was condemned by Chile.", []string{"CHL>PER:111"}},
		{"… past a phrase set before that subject", "Because of the war, Peru is poor, and was condemned by Chile.", []string{"CHL>PER:111"}},
		{"an act a noun names is negated with the verb whose object the noun is", "Ana Quispe would not commit to a peaceful transfer of power.", []string{"PERGOV>:0831 neg"}},
		{"… and not when the verb is not", "Ana Quispe committed to a peaceful transfer of power.", []string{"PERGOV>:0831"}},
		{"a pattern's actor may follow a country's possessive that qualifies it", "Brazil struck Chile's Congress on Monday.", []string{"BRA>CHLLEG:190"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := code(t, c, sp, tt.text)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestContextAcrossSentences(t *testing.T) {
	c, sp := newCoder(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"bare agent takes the country named before", "Peruvian troops crossed the border. The government expelled Chilean rebels.", []string{"PERGOV>CHLREB:174"}},
		{"pronoun it", "Chile held elections. It condemned Peru.", []string{"CHL>PER:111"}},
		{"he resolves to a person", "Ana Quispe spoke in Lima. He condemned Chile.", []string{"PERGOV>CHL:111"}},
		{"a bare agent takes no country from an organisation", "Chile met Islamic State. The government condemned Peru.", []string{"CHL>IMGMOSISI:043", "CHLGOV>PER:111"}},
		{"he is the sentence's subject person over a person named later", "Ana Quispe met Luis Soto in Lima, where he condemned Brazil.", []string{"PERGOV>CHLGOV:043", "PERGOV>BRA:111"}},
		{"they is the sentence before's subject", "Peruvian rebels met the Chilean army. They condemned Brazil.", []string{"PERREB>CHLMIL:043", "PERREB>BRA:111"}},
		{"they is the last named when the subject does not fit", "Ana Quispe met Chilean rebels. They condemned Brazil.", []string{"PERGOV>CHLREB:043", "CHLREB>BRA:111"}},
		{"'them' is not its own clause's subject", "Peru met Chile. As Peruvian protesters rallied, Peruvian police fired tear gas at them.", []string{"PER>CHL:043", "PEROPP>PERGOV:141", "PERCOP>PEROPP:175"}},
		{"generic plural agent has no country", "Peru met Chile. Rebels attacked Argentina.", []string{"PER>CHL:043", "---REB>ARG:190"}},
		{"an emergency over a natural hazard is no repression", "Peru declared a state of emergency over the floods.", nil},
		{"… nor one over a hazard the story named", "Hurricane Rosa hit Lima. Peru met Chile. Chile met Peru. Brazil met Peru. Peru declared a state of emergency ahead of Rosa.", []string{"PER>CHL:043", "CHL>PER:043", "BRA>PER:043"}},
		{"… or named a few sentences before", "The earthquake hit Lima. Peru met Chile. Peru declared a state of emergency.", []string{"PER>CHL:043"}},
		{"… other emergencies are", "Protesters stormed the Chilean embassy in Lima. Peru met Chile. Peru declared a state of emergency.", []string{"PER>CHL:043", "PER>PERCVL:1724"}},
		{"generic plural agent takes the story's country", "Ana Quispe met the Peruvian army. Peru condemned Chile. Rebels attacked Argentina.", []string{"PERGOV>PERMIL:043", "PER>CHL:111", "PERREB>ARG:190"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := code(t, c, sp, tt.text)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestExplain(t *testing.T) {
	c, sp := newCoder(t)
	s := sp.Split("Chile was attacked by Peruvian troops.")[0]
	evs := c.Sentence(&s, time.Time{}, nil)
	if len(evs) != 1 {
		t.Fatalf("want 1 event, got %d", len(evs))
	}
	x := evs[0].Explain
	if x.Pattern.Text != "attack +" || x.Pattern.Origin.File != "test.dict" || x.Pattern.Origin.Line == 0 {
		t.Errorf("pattern = %+v", x.Pattern)
	}
	if x.Verb.Text != "attacked" {
		t.Errorf("verb span = %+v", x.Verb)
	}
	if got := evs[0].Source.Span; got.Text != "Peruvian troops" || got.Start != 22 || got.End != 37 {
		t.Errorf("source span = %+v", got)
	}
	if len(x.Source.Entries) != 2 {
		t.Errorf("source entries = %+v, want demonym and agent lines", x.Source.Entries)
	}
	found := false
	for _, n := range x.Notes {
		found = found || strings.HasPrefix(n, "passive")
	}
	if !found {
		t.Errorf("notes %q do not explain the passive", x.Notes)
	}
}

// precisionDict adds to testDict the patterns the precision rules below
// act on.
const precisionDict = `
agent GOV : diplomat
verb 020 : urge +
verb 100 : demand that +
verb 080 : comply with +
verb 111 : attack * proposal|plan|decision
verb 111 : attack + for
verb 190 : attack from $
agent GOV : President
verb 036 : set to visit|meet +
verb 161 : expel * diplomat|diplomats
verb 1312 : threaten * to impose * tariffs
verb 0356 : willing to withdraw
`

// TestPrecision covers the rules that keep the coder from coding what is
// no event, or coding it against the wrong actor.
func TestPrecision(t *testing.T) {
	d := &dict.Dict{}
	if errs := d.Parse("test.dict", []byte(testDict+precisionDict)); len(errs) > 0 {
		t.Fatalf("test dictionary: %v", errs)
	}
	sp, err := text.NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	c := coder.New(d)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the object of urge does the infinitive: no actor, no event", "The Peruvian government urged voters to comply with the rules.", []string{"PERGOV>PERCVL:020"}},
		{"the content of a coded appeal is no event of its own, but gives its subcode", "The Peruvian government urged Chile to comply with the rules.", []string{"PERGOV>CHL:025"}},
		{"nor is the content of a coded demand after 'that'", "Brazil demanded that Peru attack Chile.", []string{"BRA>PER:100"}},
		{"an event after the appeal's clause is coded", "Brazil urged Peru to act, and Chile attacked Argentina.", []string{"BRA>PER:020", "CHL>ARG:190"}},
		{"a bare agent before a noun anchor qualifies it", "Peru is facing rebel attacks in the south.", nil},
		{"a bare agent with a determiner still acts", "The rebel attacks Chile every night.", []string{"---REB>CHL:190"}},
		{"attacking a statement is criticism", "Brazil attacked the proposal on Monday.", []string{"BRA>:111"}},
		{"attacking no actor and no place is no force", "Brazil attacked the idea on Monday.", nil},
		{"attacking a place is force, against the state the rebels fight at home", "Rebels attacked a checkpoint in Moscow.", []string{"RUSREB>RUS:190"}},
		{"the noun attack reports force", "Peru condemned Chile after Chilean troops' attacks killed ten.", []string{"PER>CHL:111", "CHLMIL>:190"}},
		{"one actor meeting alone convenes", "The Peruvian government was set to meet on Tuesday.", nil},
		{"a partner after 'with' that no dictionary knows is still a meeting", "Peru met on Monday with an envoy of the pope.", []string{"PER>:043"}},
		{"a title before a name no dictionary knows takes no country from context", "Peru met Chile. President Juan Perez attacked Argentina.", []string{"PER>CHL:043", "---GOV>ARG:190"}},
		{"a title alone still takes the country named before", "Peru met Chile. The President attacked Argentina.", []string{"PER>CHL:043", "CHLGOV>ARG:190"}},
		{"attacks from an actor are done by it", "Peru said it was retaliating against missile attacks from Chile.", []string{"CHL>:190"}},
		{"attacking an actor for something is criticism", "Brazil attacked Peru for the delay.", []string{"BRA>PER:111"}},
		{"meeting intent with a target", "Peru was set to meet Chile on Tuesday.", []string{"PER>CHL:036"}},
		{"a titled person no dictionary knows takes the sentence's country", "President Tito Ramos imposed a curfew in Moscow.", []string{"RUSGOV>RUSCVL:1723"}},
		{"but a visitor is not the host", "President Tito Ramos visited Moscow.", []string{"---GOV>RUSGOV:042"}},
		{"the head noun of an actor is the pattern's object", "Peru expelled two Chilean diplomats.", []string{"PER>CHLGOV:161"}},
		{"implicit target: the owner of the object", "Peru threatened to impose tariffs on Chilean wine.", []string{"PER>CHL:1312"}},
		{"implicit target: the first other actor, not the source's own troops", "Peru is willing to withdraw its troops from Chile.", []string{"PER>CHL:0356"}},
		{"implicit target stops at the clause", "Peru threatened to impose tariffs, Chile said.", []string{"PER>:1312"}},
		{"after an uncoded first verb, the object of its phrase is no subject", "Crowds argued with the Chilean army and attacked Argentina.", nil},
		{"after an uncoded first verb, its subject is", "The Chilean army gathered near the border and attacked Argentina.", []string{"CHLMIL>ARG:190"}},
		{"first person resolves to the speaker of the sentence", `Brazil said: "We will attack Chile."`, []string{"BRA>CHL:190 hyp quote"}},
		{"an unresolved subject pronoun stops the source search", `Brazil met Peru. "Chile knows we will attack Argentina," a cleric said.`, []string{"BRA>PER:043"}},
		{"first person is not an actor of an earlier sentence", `Brazil met Peru. "We will attack Chile," a cleric said.`, []string{"BRA>PER:043"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := code(t, c, sp, tt.text)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestContentIsExplained checks that a verb taken as the content of an
// appeal is named on the appeal's event rather than dropped unseen.
func TestContentIsExplained(t *testing.T) {
	c, sp := newCoder(t)
	s := sp.Split("Brazil urged Peru to attack Chile.")[0]
	evs := c.Sentence(&s, time.Time{}, nil)
	if len(evs) != 1 || evs[0].Code != "020" {
		t.Fatalf("events = %+v", evs)
	}
	found := false
	for _, n := range evs[0].Explain.Notes {
		found = found || strings.Contains(n, "content: 'attack'")
	}
	if !found {
		t.Errorf("notes %q do not name the content", evs[0].Explain.Notes)
	}
}

// A place no dictionary knows gives the agent it qualifies the country a
// gazetteer puts it in.
func TestPlaceQualifiesAgent(t *testing.T) {
	c, sp := newCoder(t)
	c.SetPlaceCountry(func(name string, located bool) (cameo.ActorCode, bool) {
		if name == "Lowland" || name == "North Lowland" || name == "Hamlet" && located {
			return "PER", true // Hamlet is a town too small to name a country unless the text places it
		}
		if name == "Federal" {
			return "PER", true // a division's name that is also a role word
		}
		if name == "Twinford" && !located {
			return "---", true // a city of that name in several countries
		}
		return "", false
	})
	for _, tc := range []struct{ text, want string }{
		{"Lowland forces attacked Chile.", "PERMIL>CHL:190"},
		{"Federal police attacked Chile.", "---COP>CHL:190"},                               // a role word, not a place
		{"Peru met Brazil. Twinford police attacked Chile.", "PER>BRA:043 ---COP>CHL:190"}, // not the story's country
		{"North Lowland forces attacked Chile.", "PERMIL>CHL:190"},
		{"Forces in Lowland attacked Chile.", "PERMIL>CHL:190"},
		{"The government of Lowland province condemned Chile.", "PERGOV>CHL:111"},
		{"Highland forces attacked Chile.", "---MIL>CHL:190"},
		{"The former Lowland government condemned Chile.", "PERELI>CHL:111"},     // out of office: an elite
		{"Chilean troops were arrested in Lowland.", "PERCOP>CHLMIL:173"},        // the authorities of a gazetteer place
		{"Chilean troops were arrested at a Lima airport.", "PERCOP>CHLMIL:173"}, // a capital locating a site
		{"Chilean troops were arrested in Peruvian jails.", "PERCOP>CHLMIL:173"}, // a demonym locating sites
		// the gazetteer's places: the sentence's country, and the area an act covers
		{"Rebels attacked Chile near Lowland.", "PERREB>CHL:190"},
		{"Rebels in Highland attacked Chile near Lowland.", "PERREB>CHL:190"}, // Highland is no place the gazetteer knows
		{"Peru opened an embassy in North Lowland.", "PER>PER:050"},
		// a gazetteer place as the object of force is where it happens
		{"Chilean troops attacked Lowland.", "CHLMIL>PER:190"},
		{"Chilean troops attacked the town of Lowland.", "CHLMIL>PER:190"},
		{"Chilean troops attacked the strategic town of Lowland.", "CHLMIL>PER:190"},
		{"Chilean troops shelled the provincial capital Lowland.", "CHLMIL>PER:194"},
		{"Chilean troops shelled the centre of Lowland.", "CHLMIL>PER:194"},
		{"Chilean troops shelled the capital Lima.", "CHLMIL>PER:194"},           // the city, not its government
		{"Rebels attacked Lowland.", "PERREB>PER:190"},                           // rebels at home
		{"Chilean officials condemned Lowland.", "CHL>:111"},                     // no verb of force: no place read
		{"Chilean troops withdrew from the town of Lowland.", "CHLMIL>PER:0874"}, // a withdrawal's place is after "from"
		{"Chilean troops attacked rebels in Hamlet.", "CHLMIL>PERREB:190"},       // a small town after a locative
		{"Hamlet forces attacked Chile.", "---MIL>CHL:190"},                      // … but not qualifying an agent
		{"Chilean troops attacked rebels in the Old City of Hamlet.", "CHLMIL>PERREB:190"},
		// a target the words name wins over the place an act happens in
		{"Chilean troops violated the truce by shelling Peruvian army positions near Lowland.", "CHLMIL>PERMIL:196"},
		{"Chilean troops shelled the centre of Lowland, killing Peruvian rebels.", "CHLMIL>PER:194 CHLMIL>PERREB:190"},
	} {
		if got := strings.Join(code(t, c, sp, tc.text), " "); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
