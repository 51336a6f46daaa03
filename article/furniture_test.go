package article

import (
	"errors"
	"strings"
	"testing"
)

func TestDefaultRulesParse(t *testing.T) {
	rs, err := LoadRules(defaultRulesName, []byte(defaultRulesText))
	if err != nil {
		t.Fatalf("embedded furniture.rules: %v", err)
	}
	if rs.Len() < 20 || DefaultRules().Len() != rs.Len() {
		t.Errorf("rules: %d loaded, %d default", rs.Len(), DefaultRules().Len())
	}
}

// TestDefaultRules checks lines that must be dropped and, as importantly,
// article sentences that look like furniture but must stay.
func TestDefaultRules(t *testing.T) {
	drop := []string{
		"Read: Army retakes the airport",
		"READ MORE: Talks collapse in the capital",
		"Read more",
		"Read More »",
		"Read more about the election here",
		"Related: Ceasefire holds for a third day",
		"See also: Earlier coverage",
		"See also",
		"Also read: Minister resigns",
		"ALSO READ | Minister resigns",
		"Related stories",
		"Most read",
		"Source link",
		"Source",
		"Leave a comment",
		"Comments",
		"12 comments",
		"View comments",
		"Share this article",
		"Share this:",
		"Share on Facebook",
		"Facebook Twitter WhatsApp Email",
		"Subscribe to our newsletter",
		"Sign up for our daily briefing",
		"Get our free newsletter every morning",
		"Follow us on Twitter",
		"Follow The Morning Post on Facebook",
		"Do NOT follow this link, robots.",
		"Automated readers who open it: you will be banned from the site.",
		"Advertisement",
		"ADVERTISEMENT",
		"Story continues below advertisement",
		"Click here to subscribe",
		"To watch the video, click here to open the player.",
		"© 2020 Some Publisher Ltd",
		"(c) 2019 Some Publisher",
		"Copyright 2021 Some Publisher",
		"Copyright © The Herald",
		"Some Publisher 2021. All rights reserved.",
		"  Leave   a  comment  ",
	}
	keep := []string{
		"Related to the attack, police said two men were arrested.",
		"Readers were asked to read the statement carefully.",
		"Read the full statement, the minister told reporters.",
		"He said he would read more of the report before deciding.",
		"Read more broadly, the ruling limits the powers of the governor.",
		"Also read out at the meeting was a letter from the mayor.",
		"See Also Corp. said profits rose.",
		"Comments by the minister angered the opposition.",
		"Sources said the talks would resume on Monday.",
		"The source link between the two cases was confirmed.",
		"Share prices fell sharply after the announcement.",
		"Shareholders voted to replace the board.",
		"Subscribers to the service lost access on Monday.",
		"Signing up for the army became compulsory in 1916.",
		"Followers of the cleric gathered outside the mosque.",
		"The police followed the suspects on foot.",
		"Advertisements for the rally appeared on buses.",
		"Advertising revenue fell by a third.",
		"Copyright law was changed by parliament in 2019 after a long debate.",
		"The court ruled that all rights reserved to the states remain with them.",
		"Click, the mobile payment company, was fined on Tuesday.",
		"The comments section was closed after the attack.",
		"More than 200 people were killed in the fighting.",
		"Watch the skies, the minister told farmers.",
		"Related",
	}
	rs := DefaultRules()
	checkLiteralFilters(t, rs, append(drop, keep...))
	for _, l := range drop {
		if _, ok := rs.Match(l); !ok {
			t.Errorf("kept furniture line %q", l)
		}
	}
	for _, l := range keep {
		if rule, ok := rs.Match(l); ok && l != "Related" {
			t.Errorf("dropped article sentence %q by %s", l, rule)
		}
	}
	// "Related" alone is a heading of a box of links: dropped.
	if _, ok := rs.Match("Related"); !ok {
		t.Errorf(`kept the heading "Related"`)
	}
	// A long paragraph escapes rules written for short labels.
	long := "Sign up for the new draft began on Monday, and officials said more than ten thousand young men had registered at the recruitment offices across the country by the evening, far more than the ministry had expected when it announced the measure."
	if rule, ok := rs.Match(long); ok {
		t.Errorf("dropped a long paragraph by %s", rule)
	}
}

func TestLoadRules(t *testing.T) {
	src := strings.Join([]string{
		"# my rules",
		"",
		"exact    Photo gallery",
		"prefix\tmax=30 Listen live:",
		"frobnicate Something",
		"regexp   ^(unclosed",
		"prefix   max=abc Foo",
		"contains",
		"   # indented comment",
		"contains #hashtag",
		"regexp (?i)^podcast\\b",
		"exact Don't miss",
	}, "\n")
	rs, err := LoadRules("site.rules", []byte(src))
	if err == nil {
		t.Fatal("no error for bad lines")
	}
	msg := err.Error()
	for _, w := range []string{`site.rules:5: unknown rule kind "frobnicate"`, "site.rules:6: bad regexp", `site.rules:7: bad max="abc"`, "site.rules:8: contains rule has no pattern"} {
		if !strings.Contains(msg, w) {
			t.Errorf("error %q lacks %q", msg, w)
		}
	}
	if rs.Len() != 5 {
		t.Fatalf("kept %d good rules, want 5", rs.Len())
	}
	tests := []struct {
		line string
		rule string // "" = no match
	}{
		{"Photo Gallery", "site.rules:3 exact Photo gallery"},
		{"Listen live: the morning show", "site.rules:4 prefix max=30 Listen live:"},
		{"Listen live: the morning show with all the news", ""},
		{"Trending #hashtag today", "site.rules:10 contains #hashtag"},
		{"Podcast of the week", `site.rules:11 regexp (?i)^podcast\b`},
		{"Podcasts are popular", ""},
		{"DON’T  MISS", "site.rules:12 exact Don't miss"}, // curly apostrophe, case, spaces
		{"Read: something", ""},                           // not in these rules
	}
	for _, tt := range tests {
		rule, ok := rs.Match(tt.line)
		if ok != (tt.rule != "") || rule != tt.rule {
			t.Errorf("Match(%q) = %q, %v; want %q", tt.line, rule, ok, tt.rule)
		}
	}

	// Rules given in Options replace the default ones.
	a := readOne(t, "x.txt", []byte("Title\n\nPhoto gallery\nRead: kept with these rules\nThe text."), Options{Furniture: rs})
	if a.Text != "Read: kept with these rules\nThe text." || len(a.Furniture) != 1 || a.Furniture[0].Rule != "site.rules:3 exact Photo gallery" {
		t.Errorf("custom rules: text %q furniture %+v", a.Text, a.Furniture)
	}

	if _, err := LoadRules("bin.rules", []byte("exact \xff")); !errors.Is(err, ErrInvalidUTF8) {
		t.Errorf("invalid UTF-8 rules: %v", err)
	}
}

// checkLiteralFilters checks that the literal pre-test of each regexp rule
// never rejects a line its regexp matches.
func checkLiteralFilters(t *testing.T, rs *Rules, lines []string) {
	t.Helper()
	for _, r := range rs.rules {
		if r.kind != kindRegexp || r.lits == nil {
			continue
		}
		for _, l := range lines {
			l = normalizeLine(l)
			if r.re.MatchString(l) && !hasAnyLiteral(foldLine(l), r.lits, r.litPrefix) {
				t.Errorf("%s: literal filter %q rejects matching line %q", r.id, r.lits, l)
			}
		}
	}
}

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		expr   string
		lits   string // joined by "|"; "" = none
		prefix bool
	}{
		{`(?i)^read more\s*:`, "read more", true},
		{`(?i)^(also read|read also)\s*[:|]`, "also read|read also", true},
		{`^(See also|SEE ALSO)\b`, "see also", true},
		{`(?i)^(\d+|no) comments?$`, "0|1|2|3|4|5|6|7|8|9|no", true},
		{`(?i)\ball rights reserved\.?$`, "all rights reserved", false},
		{`(?i)^.*newsletter`, "newsletter", false},
		{`^\w+ says`, " says", false},
		{`(?i)^(é|e)tat`, "tat", false}, // non-ASCII start: a contained literal
		{`(?i)^(é|e)`, "", false},
		{`(?i)^(copy|print) (this )?page`, "copy |print ", true},
		{`x*`, "", false},
	}
	for _, tt := range tests {
		lits, prefix := requiredLiterals(tt.expr)
		if got := strings.Join(lits, "|"); got != tt.lits || (lits != nil && prefix != tt.prefix) {
			t.Errorf("requiredLiterals(%q) = %q, %v; want %q, %v", tt.expr, got, prefix, tt.lits, tt.prefix)
		}
	}
}
