package lexicon

import (
	"errors"
	"strings"
	"testing"
	"time"
)

const testActors = `<!-- TEST ACTORS -->
<!--
 a multi-line comment [XYZ]
-->
AFGHANISTAN_  [AFG]
+AFGHAN_
+KABUL_

SAM_GAMGEE [HOB]  # default but should never hit this given these restrictions
	[HOBCIV <20080120] # PAS 12-Dec-2013
	[ORCHOB 20100109-20100112] # This should override the next restriction
	[HOBMIL 20080120-20121109]
	[HOBGOV 20121109-20130119]
	[HOBELI >20130119]

GOLLUM  # pas 27 Apr 03
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB > 990816]

ONODOHER
	[ONO <911226]

PRINCE OF DOL AMROTH
	[--- <950630]
	[DOL]

JAVIER_SOLANA_	[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] # two on one line
BARACK_OBAMA
+PRESIDENT_BARACK_OBAMA
	[USAELI 780101-000101]
	[USAGOV >090120]
UNITED_STATES [USA] ; TABARI comment
+U.S.
UNITED_STATES_ARMY [USAMIL]
LORIEN  [ELR/GAL]
`

func day(s string) time.Time {
	t, err := time.Parse("20060102", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestActorCodeAt(t *testing.T) {
	a, err := ReadActors(strings.NewReader(testActors), "test.actors")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		date string
		want Code
		ok   bool
	}{
		{"Afghanistan", "20200101", "AFG", true},
		// before, inside, after ranges; limits inclusive; first match wins
		{"Sam Gamgee", "19950104", "HOBCIV", true},
		{"Sam Gamgee", "20080119", "HOBCIV", true},
		{"Sam Gamgee", "20080120", "HOBCIV", true}, // both <20080120 and 20080120-…: the first
		{"Sam Gamgee", "20080121", "HOBMIL", true},
		{"Sam Gamgee", "20100108", "HOBMIL", true},
		{"Sam Gamgee", "20100109", "ORCHOB", true},
		{"Sam Gamgee", "20100112", "ORCHOB", true},
		{"Sam Gamgee", "20100113", "HOBMIL", true},
		{"Sam Gamgee", "20121231", "HOBGOV", true},
		{"Sam Gamgee", "20130120", "HOBELI", true},
		{"Sam Gamgee", "20240101", "HOBELI", true},
		// YYMMDD, blanks inside the restriction
		{"Smeagol", "19920102", "HOB", true},
		{"Smeagol", "19950601", "HOB", true},
		{"Smeagol", "19951101", "HOBGOV", true},
		{"Smeagol", "19990816", "HOBREB", true},
		// no default: nothing after the last restriction
		{"Onodoher", "19911226", "ONO", true},
		{"Onodoher", "19911227", "", false},
		// null code before a date, default after
		{"Prince of Dol Amroth", "19940101", Null, true},
		{"Prince of Dol Amroth", "19990809", "DOL", true},
		// two codes on the primary line, overlapping
		{"Javier Solana", "19950801", "IGOEUREEC", true},
		{"Javier Solana", "19951210", "IGOEUREEC", true},
		{"Javier Solana", "19960101", "IGOWSTNAT", true},
		{"Javier Solana", "20050101", "", false},
		// YY 00 is 2000
		{"Barack Obama", "19990101", "USAELI", true},
		{"President Barack Obama", "20000102", "", false},
		{"Barack Obama", "20090120", "USAGOV", true},
		{"LORIEN", "20000101", "ELR/GAL", true},
	} {
		words := strings.Fields(tc.name)
		e, n := a.Match(words)
		if e == nil || n != len(words) {
			t.Errorf("Match(%q) = %v, %d", tc.name, e, n)
			continue
		}
		code, ok := e.CodeAt(day(tc.date))
		if code != tc.want || ok != tc.ok {
			t.Errorf("%s on %s: %q %v, want %q %v", tc.name, tc.date, code, ok, tc.want, tc.ok)
		}
		if code2, n2 := a.Lookup(words, day(tc.date)); code2 != code || n2 != n {
			t.Errorf("Lookup(%s) = %q %d", tc.name, code2, n2)
		}
	}
}

func TestActorMatch(t *testing.T) {
	a, err := ReadActors(strings.NewReader(testActors), "test.actors")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		words string
		first string // primary name of the entry
		n     int
	}{
		{"the United States said", "", 0},
		{"United States said", "UNITED_STATES", 2},
		{"united states army units", "UNITED_STATES_ARMY", 3},
		{"U.S. troops", "UNITED_STATES", 1},
		{"Kabul", "AFGHANISTAN", 1},
		{"President Barack", "", 0},
		{"", "", 0},
	} {
		e, n := a.Match(strings.Fields(tc.words))
		got := ""
		if e != nil {
			got = e.Names[0].String()
		}
		if got != tc.first || n != tc.n {
			t.Errorf("Match(%q) = %s %d, want %s %d", tc.words, got, n, tc.first, tc.n)
		}
	}
	e, _ := a.Match([]string{"AFGHANISTAN"})
	if !e.Names[0].Closed || e.Names[1].String() != "AFGHAN" || e.Pos.Line != 5 || e.Names[2].Pos.Line != 7 {
		t.Errorf("AFGHANISTAN entry = %+v", e)
	}
	if st := a.Stats(); st.Entries != 10 || st.Names != 15 || st.Dated != 14 {
		t.Errorf("stats = %+v", st)
	}
}

func TestActorLaterWins(t *testing.T) {
	a, err := ReadActors(strings.NewReader("GONDOR [GON]\nMINAS_TIRITH [MIN]\n"), "a")
	if err != nil {
		t.Fatal(err)
	}
	b, err := ReadActors(strings.NewReader("GONDOR [GONGOV]\n"), "b")
	if err != nil {
		t.Fatal(err)
	}
	a.Merge(b)
	if code, n := a.Lookup([]string{"Gondor"}, day("20000101")); code != "GONGOV" || n != 1 {
		t.Errorf("later record should win: %q %d", code, n)
	}
	if code, _ := a.Lookup([]string{"MINAS", "TIRITH"}, day("20000101")); code != "MIN" {
		t.Errorf("merge lost MINAS_TIRITH: %q", code)
	}
}

func TestActorErrors(t *testing.T) {
	src := `	[ORPHAN]
+ORPHAN_SYNONYM
GOOD [GOO]
+SYN [XYZ]
BAD [XX 991332]
BAD2 [XX 990101-9901]
BAD3 [XX
BAD4 [XX <99-01-01]
BAD5 {X} [YY]
[]
GOOD2 [XX 19990101]
`
	a, err := ReadActors(strings.NewReader(src), "bad.actors")
	var el ErrorList
	if !errors.As(err, &el) {
		t.Fatalf("err = %v", err)
	}
	want := []int{1, 2, 4, 5, 6, 7, 8, 9, 10}
	if len(el) != len(want) {
		t.Fatalf("errors:\n%s", joinErrors(el))
	}
	for i, e := range el {
		if e.Pos.Line != want[i] {
			t.Errorf("error %d at line %d, want %d: %v", i, e.Pos.Line, want[i], e)
		}
	}
	if len(a.Entries) != 2 || len(a.Warnings) != 1 || a.Warnings[0].Pos.Line != 11 {
		t.Errorf("entries %d warnings %v", len(a.Entries), a.Warnings)
	}
}
