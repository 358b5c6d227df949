package lexicon

import (
	"strings"
	"testing"
)

const testDiscards = `# Story-level discards are indicated with a '+'.
MONTHS LATER
+World Golf Championships   # pas 26-Feb-2014
+ ACADEMY AWARD   # LRP 08 Mar 2004 ;LRP 08 MAR 2004
BASEBALL   
GROUP A_
1914
+TYPHOON   # ELH 04 Aug 2009
`

func TestDiscards(t *testing.T) {
	d, err := ReadDiscards(strings.NewReader(testDiscards), "test.discards")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Entries) != 7 {
		t.Fatalf("entries = %d", len(d.Entries))
	}
	for _, tc := range []struct {
		words string
		want  string // joined words of the entry
		story bool
		n     int
	}{
		{"months later the", "MONTHS LATER", false, 2},
		{"Months", "", false, 0},
		{"world golf championships", "WORLD GOLF CHAMPIONSHIPS", true, 3},
		{"World Golf Championship", "", false, 0},    // stem "CHAMPIONSHIPS" is longer than the word
		{"Academy Awards", "ACADEMY AWARD", true, 2}, // last word a stem
		{"academy awarded", "ACADEMY AWARD", true, 2},
		{"Baseballs", "BASEBALL", false, 1},
		{"base", "", false, 0},
		{"group a", "GROUP A", false, 2},
		{"group ab", "", false, 0}, // closed: whole word
		{"19145", "1914", false, 1},
		{"typhoons", "TYPHOON", true, 1},
	} {
		e, n := d.Match(strings.Fields(tc.words))
		got := ""
		if e != nil {
			got = strings.Join(e.Words, " ")
		}
		if got != tc.want || n != tc.n || (e != nil && e.Story != tc.story) {
			t.Errorf("Match(%q) = %q %d %v, want %q %d %v", tc.words, got, n, e != nil && e.Story, tc.want, tc.n, tc.story)
		}
	}
	e, start, n := d.Find(strings.Fields("he said the Academy Award went"))
	if e == nil || start != 3 || n != 2 || !e.Story || e.Pos.Line != 4 {
		t.Errorf("Find = %+v %d %d", e, start, n)
	}
	if e, _, _ := d.Find(strings.Fields("nothing here")); e != nil {
		t.Errorf("Find found %+v", e)
	}
	if !d.Entries[4].Closed || d.Entries[0].Closed {
		t.Errorf("Closed flags wrong")
	}
}

func TestDiscardsMerge(t *testing.T) {
	a, _ := ReadDiscards(strings.NewReader("ALPHA\n"), "a")
	b, _ := ReadDiscards(strings.NewReader("+BETA GAMMA\n"), "b")
	a.Merge(b)
	if e, n := a.Match([]string{"beta", "gammas"}); e == nil || n != 2 || !e.Story {
		t.Errorf("merged discard not found")
	}
	if e, _ := a.Match([]string{"alphabet"}); e == nil {
		t.Errorf("stem lost in merge")
	}
}
