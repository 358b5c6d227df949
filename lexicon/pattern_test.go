package lexicon

import (
	"reflect"
	"strings"
	"testing"
)

var testSynsets = map[string]bool{"TIETYPES": true, "FIGHT": true, "FIGHT_OF_WORDS": true, "AUXVERB": true}

func parseTest(t *testing.T, s string) ([]Elem, int, []string) {
	t.Helper()
	var warns []string
	es, verb, err := parsePattern(s, func(n string) bool { return testSynsets[n] }, func(w string) { warns = append(warns, w) })
	if err != nil {
		t.Fatalf("parsePattern(%q): %v", s, err)
	}
	return es, verb, warns
}

func w(text string) Elem   { return Elem{Kind: ElemWord, Text: text} }
func wj(text string) Elem  { return Elem{Kind: ElemWord, Text: text, Joined: true} }
func syn(name string) Elem { return Elem{Kind: ElemSynset, Text: name} }
func k(kind ElemKind) Elem { return Elem{Kind: kind} }
func kj(kind ElemKind) Elem {
	return Elem{Kind: kind, Joined: true}
}

func TestParsePatternSymbols(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []Elem
		verb int
	}{
		{" * ", []Elem{k(ElemVerb)}, 0},
		// $ source, + target, % compound, ^ skip
		{"$ * +", []Elem{k(ElemSource), k(ElemVerb), k(ElemTarget)}, 1},
		{"% * TALKS", []Elem{k(ElemCompound), k(ElemVerb), w("TALKS")}, 1},
		{"+ HOSTING * TABASKI ^ $", []Elem{k(ElemTarget), w("HOSTING"), k(ElemVerb), w("TABASKI"), k(ElemSkip), k(ElemSource)}, 2},
		// '_' joins, blanks separate; "_ " is a blank
		{"SUGGESTED_+ * DEMAND_CONVENTIONS", []Elem{w("SUGGESTED"), kj(ElemTarget), k(ElemVerb), w("DEMAND"), wj("CONVENTIONS")}, 2},
		{"IN_*_OUT_AGAIN NOW", []Elem{w("IN"), kj(ElemVerb), wj("OUT"), wj("AGAIN"), w("NOW")}, 1},
		{"+ WAS_ * TO_ ^ FROM $", []Elem{k(ElemTarget), w("WAS"), k(ElemVerb), w("TO"), k(ElemSkip), w("FROM"), k(ElemSource)}, 2},
		{"* OFF_", []Elem{k(ElemVerb), w("OFF")}, 0},
		// words are upper-cased; punctuation inside words is kept
		{"anti- + *", []Elem{w("ANTI-"), k(ElemTarget), k(ElemVerb)}, 2},
		// glued star: a blank
		{"*SCEPTICAL", []Elem{k(ElemVerb), w("SCEPTICAL")}, 0},
		// synsets, longest defined name
		{"* &FIGHT_OF_WORDS", []Elem{k(ElemVerb), syn("FIGHT_OF_WORDS")}, 0},
		{"* &FIGHT_GAMES IN +", []Elem{k(ElemVerb), syn("FIGHT"), wj("GAMES"), w("IN"), k(ElemTarget)}, 0},
		{"* NEW_&TIETYPES_RELATIONS", []Elem{k(ElemVerb), w("NEW"), {Kind: ElemSynset, Text: "TIETYPES", Joined: true}, wj("RELATIONS")}, 0},
		{"&AUXVERB_ *", []Elem{syn("AUXVERB"), k(ElemVerb)}, 1},
		// groups
		{"* (FOR {FINANCIAL AID})", []Elem{k(ElemVerb), {Kind: ElemPrep, Sub: []Elem{w("FOR"), {Kind: ElemNoun, Sub: []Elem{w("FINANCIAL"), w("AID")}}}}}, 0},
		{"* (TO )", []Elem{k(ElemVerb), {Kind: ElemPrep, Sub: []Elem{w("TO")}}}, 0},
		{"* (IN { DEVELOPMENT})", []Elem{k(ElemVerb), {Kind: ElemPrep, Sub: []Elem{w("IN"), {Kind: ElemNoun, Sub: []Elem{w("DEVELOPMENT")}}}}}, 0},
		{"* {AIR_STRIKE}", []Elem{k(ElemVerb), {Kind: ElemNoun, Sub: []Elem{w("AIR"), wj("STRIKE")}}}, 0},
		{"* TRAINS (FROM ^) (TO +)", []Elem{k(ElemVerb), w("TRAINS"), {Kind: ElemPrep, Sub: []Elem{w("FROM"), k(ElemSkip)}}, {Kind: ElemPrep, Sub: []Elem{w("TO"), k(ElemTarget)}}}, 0},
		{"&FIGHT * {&TIETYPES AID}", []Elem{syn("FIGHT"), k(ElemVerb), {Kind: ElemNoun, Sub: []Elem{syn("TIETYPES"), w("AID")}}}, 1},
	} {
		es, verb, warns := parseTest(t, tc.in)
		if !reflect.DeepEqual(es, tc.want) || verb != tc.verb || len(warns) > 0 {
			t.Errorf("parsePattern(%q) =\n %+v verb %d warns %q\nwant\n %+v verb %d", tc.in, es, verb, warns, tc.want, tc.verb)
		}
	}
}

func TestParsePatternFragment(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"STRONGLY * ATTACK (ON ^)      ^)", "STRONGLY * ATTACK (ON ^)"},
		{"* VENTURE (WITH VISIT)     VISIT)", "* VENTURE (WITH VISIT)"},
		{"* X Y)", "*"},
	} {
		es, _, warns := parseTest(t, tc.in)
		var b strings.Builder
		writeElems(&b, es)
		if b.String() != tc.want || len(warns) != 1 {
			t.Errorf("%q → %q (warnings %q), want %q and one warning", tc.in, b.String(), warns, tc.want)
		}
	}
}

func TestParsePatternErrors(t *testing.T) {
	for _, in := range []string{
		"",           // no verb
		"WORD",       // no verb
		"* *",        // two verbs
		"(*)",        // verb in group
		"* (FOR",     // unclosed
		"* {A)",      // mismatched
		"* ()",       // empty group
		"* [X]",      // brackets
		"* &UNKNOWN", // undefined synset
		"* &",        // empty synset name
		"* " + strings.Repeat("(", 20) + "A" + strings.Repeat(")", 20), // too deep
	} {
		_, _, err := parsePattern(in, func(n string) bool { return testSynsets[n] }, func(string) {})
		if err == nil {
			t.Errorf("parsePattern(%q): no error", in)
		}
	}
}

func TestPatternRoundTrip(t *testing.T) {
	for _, in := range []string{
		"+ KNOWN_* IN_$",
		"SO IN_AND_*_OUT_AGAIN NOW",
		"* (FOR {FINANCIAL_AID &TIETYPES}) (TO +)",
		"MEMOS_ON_&TIETYPES * ^ % $",
		"* {A_B}_(C D)",
	} {
		es, verb, _ := parseTest(t, in)
		p := &Pattern{Elems: es, Verb: verb, Code: "010"}
		s := p.String()
		body := strings.TrimSuffix(strings.TrimPrefix(s, "- "), " [010]")
		es2, verb2, _ := parseTest(t, body)
		if !reflect.DeepEqual(es, es2) || verb != verb2 {
			t.Errorf("round trip %q → %q changed the tree", in, s)
		}
		if (&Pattern{Elems: es, Verb: verb}).Pre() == nil && verb > 0 {
			t.Errorf("Pre empty")
		}
	}
}

func TestElemHead(t *testing.T) {
	es, _, _ := parseTest(t, "* (FOR {FINANCIAL AID})")
	pp := es[1]
	if h := pp.Head(); h.Text != "FOR" {
		t.Errorf("prep head = %+v", h)
	}
	if h := pp.Sub[1].Head(); h.Text != "AID" {
		t.Errorf("noun head = %+v", h)
	}
	if h := es[0].Head(); h.Kind != ElemVerb {
		t.Errorf("verb head = %+v", h)
	}
	if ElemPrep.String() != "prep" || ElemKind(99).String() != "ElemKind(99)" {
		t.Errorf("ElemKind.String")
	}
}
