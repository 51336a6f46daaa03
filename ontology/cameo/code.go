// Package cameo is the CAMEO event codebook: every code with its name,
// Goldstein score and QuadClass, and the actor-code type.
//
// The codebook is the embedded file codes.tsv (CAMEO 1.1b3 with GDELT's
// Goldstein weights). It is parsed once, on first use, into a table that is
// never modified afterwards, so every function here is safe for concurrent
// use and a lookup is a single map access that does not allocate.
package cameo

// Code is a CAMEO event code as a string that keeps its leading zero:
// "04" (a root), "043", "0431".
type Code string

// Root is the two-digit root of the code: "0431" → "04".
func (c Code) Root() Code {
	if len(c) < 2 {
		return c
	}
	return c[:2]
}

// Base is the three-digit base code, as GDELT's EventBaseCode: "0431" →
// "043", "043" → "043". A root has no base and returns itself.
func (c Code) Base() Code {
	if len(c) < 3 {
		return c
	}
	return c[:3]
}

// WellFormed reports whether c has the shape of a CAMEO code: two to four
// ASCII digits whose first two are a root 01–20. "0435" is well formed but
// not Valid; "043 " and "04310" are neither.
func (c Code) WellFormed() bool { return wellFormed(c) }

// Valid reports whether c is a code of the codebook. Well-formed strings that
// CAMEO does not define ("0435", "21") are not valid.
func (c Code) Valid() bool {
	_, ok := Lookup(c)
	return ok
}

// QuadClass is GDELT's four-way grouping of the root: 1 verbal cooperation
// (roots 01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13),
// 4 material conflict (14–20). It depends on the root digits only, so an
// unknown code under a known root still gets a class; a code whose first two
// characters are not a root 01–20 gets 0.
func (c Code) QuadClass() int {
	if len(c) < 2 || c[0] < '0' || c[0] > '9' || c[1] < '0' || c[1] > '9' {
		return 0
	}
	switch r := int(c[0]-'0')*10 + int(c[1]-'0'); {
	case r >= 1 && r <= 5:
		return 1
	case r >= 6 && r <= 8:
		return 2
	case r >= 9 && r <= 13:
		return 3
	case r >= 14 && r <= 20:
		return 4
	}
	return 0
}

// Goldstein is the code's score on the Goldstein conflict–cooperation scale
// (-10 … +10). A code missing from the codebook takes the score of its base
// code, else of its root (what a reader of an unfamiliar sub-code would
// assume); anything else scores 0. Use Valid to tell these cases apart.
func (c Code) Goldstein() float64 {
	if e, ok := nearest(c); ok {
		return e.Goldstein
	}
	return 0
}

// Name is the codebook name of the code ("Host a visit"), or "" when the
// code is not in the codebook.
func (c Code) Name() string {
	e, _ := Lookup(c)
	return e.Name
}

// nearest finds c, else its base, else its root. Only a well-formed code
// (2–4 digits) falls back: "043 " or "04310" is garbage, not a sub-code.
func nearest(c Code) (Entry, bool) {
	if e, ok := Lookup(c); ok {
		return e, true
	}
	if !wellFormed(c) {
		return Entry{}, false
	}
	if len(c) > 3 {
		if e, ok := Lookup(c.Base()); ok {
			return e, true
		}
	}
	if len(c) > 2 {
		return Lookup(c.Root())
	}
	return Entry{}, false
}

// ActorCode is a CAMEO-style actor code: a three-letter country or IGO code
// followed by role codes in groups of three, "USAGOV", "LBYMIL", "IGOUNO".
// "---" stands for an unknown country.
type ActorCode string

// Country is the first three letters: "USAGOV" → "USA".
func (a ActorCode) Country() string {
	if len(a) < 3 {
		return string(a)
	}
	return string(a[:3])
}
