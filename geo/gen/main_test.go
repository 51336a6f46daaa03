package main

import (
	"math"
	"strings"
	"testing"
)

func TestKeepAlt(t *testing.T) {
	for _, tc := range []struct {
		name string
		keep bool
	}{
		{"Surt", true}, {"Misurata", true}, {"Qaşr Sirt", true}, {"Ţarābulus", true},
		{"surt", false}, {"SRX", false}, {"MRA", false}, {"Сирт", false}, {"سرت", false},
		{"Area 51", false}, {"", false}, {"Al", false}, {"LIBYA", true},
	} {
		if got := keepAlt(tc.name); got != tc.keep {
			t.Errorf("keepAlt(%q) = %v, want %v", tc.name, got, tc.keep)
		}
	}
}

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{
		"Libyan": "Libyans", "Chinese": "Chinese", "Swiss": "Swiss", "British": "British",
		"French": "French", "Iraqi": "Iraqis", "Turk": "Turks",
	} {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFilterCountryNames(t *testing.T) {
	got := strings.Join(filterCountryNames("Libya", []string{"Libya", "LY", "State of Libya", "Korea, Republic of", "ليبيا"}), "|")
	if got != "State of Libya" {
		t.Errorf("got %q", got)
	}
	us := strings.Join(filterCountryNames("United States", []string{"US", "USA"}), "|")
	if !strings.Contains(us, "USA") || !strings.Contains(us, "U.S.") {
		t.Errorf("United States names %q lack USA or U.S.", us)
	}
}

func TestBoxMiddle(t *testing.T) {
	var pts [][2]float64
	for i := 0; i <= 100; i++ {
		pts = append(pts, [2]float64{float64(i), float64(-i)})
	}
	pts = append(pts, [2]float64{80, 170}) // an outlying island moves nothing
	lat, lon := boxMiddle(pts)
	if math.Abs(lat-50) > 1 || math.Abs(lon+50) > 1 {
		t.Errorf("box middle %.1f,%.1f, want about 50,-50", lat, lon)
	}
}
