package lexicon

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

const testVerbs = `# test verb dictionary
&CURRENCY
# a comment inside a synset
+DOLLAR
+CASH_
+SWISS FRANC
+PENNY

&AUXVERB_
+WAS
+IS_TO

&MONEYISH
+&CURRENCY
+GOLD

&FIGHT_OF_WORDS
+ARGUMENT

&FIGHT
+WAR

--- GRANT [070] ---
GRANT
GIVE {GAVE GIVEN GIVING GIVES}  # jw  11/14/91
CONTRIBUTE [071]
ASK     [020]
- * &CURRENCY [071]   # GRANT
- $ * + (FOR {FINANCIAL AID}) [0231]
- * (FROM ^) [042]
- % * TALKS [031:031]
- &AUXVERB * [---]

---  CANCEL   [160]---  ---
+CALL_OFF
+CORDON_OFF {+CORDONED_OFF , +CORDONS_OFF +CORDONING_OFF}
WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED WIRE_+TAPPING}
+ANGERED_BY {}
LASH OUT
- IN_*_OUT_AGAIN NOW [074]
- * (IN &FIGHT_OF_WORDS) [111]
- * &FIGHT_GAMES [062]

--- CALL ---
CALL
SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93
- * DIPLXMATIC  [###]  # -PAS 95.12.18

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
~ a (b . Q) CLAIM = a b Q
`

func readTestVerbs(t *testing.T, src string) *Verbs {
	t.Helper()
	v, err := ReadVerbs(strings.NewReader(src), "test.verbs")
	if err != nil {
		t.Fatalf("ReadVerbs: %v", err)
	}
	return v
}

func TestVerbFamilies(t *testing.T) {
	v := readTestVerbs(t, testVerbs)
	if len(v.Families) != 3 {
		t.Fatalf("families = %d, want 3", len(v.Families))
	}
	g, c, k := v.Families[0], v.Families[1], v.Families[2]
	if g.Name != "GRANT" || g.Code != "070" || g.Pos.Line != 23 {
		t.Errorf("GRANT family = %q %q %v", g.Name, g.Code, g.Pos)
	}
	if c.Name != "CANCEL" || c.Code != "160" {
		t.Errorf("CANCEL family = %q %q (code glued to dashes)", c.Name, c.Code)
	}
	if k.Name != "CALL" || k.Code != Null {
		t.Errorf("header without code: %q %q, want CALL ---", k.Name, k.Code)
	}
	if len(g.Verbs) != 4 || len(g.Patterns) != 5 || len(c.Verbs) != 5 || len(c.Patterns) != 3 {
		t.Errorf("verbs/patterns = %d/%d %d/%d", len(g.Verbs), len(g.Patterns), len(c.Verbs), len(c.Patterns))
	}
	// Verb codes: own code or the family's.
	for _, tc := range []struct {
		word string
		code Code
		own  bool
	}{{"GRANT", "070", false}, {"CONTRIBUTE", "071", true}, {"ASK", "020", true}, {"GIVE", "070", false}} {
		refs := v.Forms(tc.word)
		if len(refs) != 1 {
			t.Fatalf("Forms(%s) = %d refs", tc.word, len(refs))
		}
		vb := refs[0].Verb
		if vb.Code != tc.code || vb.HasCode != tc.own {
			t.Errorf("%s code = %q own=%v, want %q %v", tc.word, vb.Code, vb.HasCode, tc.code, tc.own)
		}
	}
}

func TestVerbForms(t *testing.T) {
	v := readTestVerbs(t, testVerbs)
	words := func(vb *Verb) string {
		var s []string
		for _, f := range vb.Forms {
			x := strings.Join(f.Before, "_")
			if x != "" {
				x += "_"
			}
			x += "+" + f.Word
			if len(f.After) > 0 {
				x += "_" + strings.Join(f.After, "_")
			}
			s = append(s, x)
		}
		return strings.Join(s, " ")
	}
	for _, tc := range []struct{ word, want string }{
		// regular forms, PETRARCH rules
		{"GRANT", "+GRANT +GRANTS +GRANTED +GRANTING"},
		{"CONTRIBUTE", "+CONTRIBUTE +CONTRIBUTES +CONTRIBUTED +CONTRIBUTING"},
		// irregular forms as listed
		{"GIVE", "+GIVE +GAVE +GIVEN +GIVING +GIVES"},
		// multi-word verbs: regular forms on the '+' word
		{"CALL", "+CALL +CALLS +CALLED +CALLING"},
		{"CORDON", "+CORDON_OFF +CORDONED_OFF +CORDONS_OFF +CORDONING_OFF"},
		{"TAP", "WIRE_+TAP WIRE_+TAPS WIRE_+TAPPED WIRE_+TAPPING"},
		{"ANGERED", "+ANGERED_BY"},
		{"LASH", "+LASH_OUT +LASHS_OUT +LASHED_OUT +LASHING_OUT"}, // PETRARCH: -ES only after S, X, Z
		// ';' comment after the braces
		{"SCRAP", "+SCRAP +SCRAPPING +SCRAPS +SCRAPPED"},
	} {
		var vb *Verb
		for _, r := range v.Forms(tc.word) {
			if r.Form == 0 {
				vb = r.Verb
			}
		}
		if vb == nil {
			t.Errorf("%s: no verb with that base form", tc.word)
			continue
		}
		if got := words(vb); got != tc.want {
			t.Errorf("%s forms = %s\nwant %s", tc.word, got, tc.want)
		}
	}
}

func TestVerbLookup(t *testing.T) {
	v := readTestVerbs(t, testVerbs)
	for _, tc := range []struct{ word, family string }{
		{"grant", "GRANT"}, {"Granted", "GRANT"}, {"GAVE", "GRANT"}, {"giving", "GRANT"},
		{"asks", "GRANT"}, {"CORDONED", "CANCEL"}, {"tapped", "CANCEL"},
		{"lashing", "CANCEL"},
		// CALL is both a single-word verb (family CALL) and the verb of
		// +CALL_OFF (family CANCEL): the single word wins.
		{"call", "CALL"}, {"CALLED", "CALL"},
	} {
		f := v.Lookup(tc.word)
		if f == nil || f.Name != tc.family {
			t.Errorf("Lookup(%q) = %v, want %s", tc.word, f, tc.family)
		}
	}
	if f := v.Lookup("ZEBRA"); f != nil {
		t.Errorf("Lookup(ZEBRA) = %s", f.Name)
	}
	// Multi-word candidates come first.
	refs := v.Forms("call")
	if len(refs) != 2 || !refs[0].Verb.Forms[refs[0].Form].Multiword() || refs[0].Verb.Family.Name != "CANCEL" {
		t.Errorf("Forms(call): multi-word +CALL_OFF should come first: %+v", refs)
	}
}

func TestSynsets(t *testing.T) {
	v := readTestVerbs(t, testVerbs)
	phr := func(ps [][]string) string {
		var s []string
		for _, p := range ps {
			s = append(s, strings.Join(p, " "))
		}
		return strings.Join(s, "|")
	}
	for _, tc := range []struct{ name, want string }{
		// plurals, except for "CASH_"; multi-word phrases pluralise the last word
		{"CURRENCY", "DOLLAR|DOLLARS|CASH|SWISS FRANC|SWISS FRANCS|PENNY|PENNIES"},
		// label with '_': no plurals; '_' joins words
		{"&AUXVERB", "WAS|IS TO"},
		// nested synset
		{"moneyish", "DOLLAR|DOLLARS|CASH|SWISS FRANC|SWISS FRANCS|PENNY|PENNIES|GOLD|GOLDS"},
	} {
		if got := phr(v.Expand(tc.name)); got != tc.want {
			t.Errorf("Expand(%s) = %s\nwant %s", tc.name, got, tc.want)
		}
	}
	if s := v.Synset("AUXVERB"); s == nil || !s.NoPlural {
		t.Errorf("AUXVERB synset: %+v", s)
	}
	if m := v.Synset("CURRENCY").Members[1]; !m.Plural || m.Pos.Line != 4 {
		t.Errorf("DOLLARS member: %+v", m)
	}
}

func TestPatternsRead(t *testing.T) {
	v := readTestVerbs(t, testVerbs)
	g := v.Families[0]
	for i, want := range []string{
		"- * &CURRENCY [071]",
		"- $ * + (FOR {FINANCIAL AID}) [0231]",
		"- * (FROM ^) [042]",
		"- % * TALKS [031:031]",
		"- &AUXVERB * [---]",
	} {
		if got := g.Patterns[i].String(); got != want {
			t.Errorf("pattern %d = %s, want %s", i, got, want)
		}
	}
	p := g.Patterns[0]
	if p.Comment != "GRANT" || p.Pos != (Pos{"test.verbs", 28}) || p.Code != "071" {
		t.Errorf("pattern 0 comment/pos/code = %q %v %q", p.Comment, p.Pos, p.Code)
	}
	if first, second, paired := g.Patterns[3].Code.Split(); !paired || first != "031" || second != "031" {
		t.Errorf("Split(031:031) = %q %q %v", first, second, paired)
	}
	c := v.Families[1]
	for i, want := range []string{
		"- IN_*_OUT_AGAIN NOW [074]",
		"- * (IN &FIGHT_OF_WORDS) [111]",
		"- * &FIGHT_GAMES [062]",
	} {
		if got := c.Patterns[i].String(); got != want {
			t.Errorf("pattern %d = %s, want %s", i, got, want)
		}
	}
	// &FIGHT_GAMES is synset FIGHT joined to the word GAMES.
	post := c.Patterns[2].Post()
	if len(post) != 2 || post[0].Kind != ElemSynset || post[0].Text != "FIGHT" || post[1].Text != "GAMES" || !post[1].Joined {
		t.Errorf("&FIGHT_GAMES = %+v", post)
	}
	if sub := c.Patterns[1].Post()[0].Sub; sub[1].Text != "FIGHT_OF_WORDS" {
		t.Errorf("&FIGHT_OF_WORDS = %+v", sub)
	}
	// [###] is a code, not a comment.
	if p := v.Families[2].Patterns[0]; p.Code != "###" || p.Comment != "-PAS 95.12.18" {
		t.Errorf("[###] pattern: code %q comment %q", p.Code, p.Comment)
	}
}

func TestTransforms(t *testing.T) {
	v := readTestVerbs(t, testVerbs)
	if len(v.Transforms) != 2 {
		t.Fatalf("transforms = %d", len(v.Transforms))
	}
	tr := v.Transforms[0]
	want := &Transform{Subjects: []string{"a", "a"}, Verbs: []string{"SAY", "ATTACK"}, Object: "b",
		Source: "a", Target: "b", Code: "015", Pos: Pos{"test.verbs", 50}}
	if !reflect.DeepEqual(tr, want) {
		t.Errorf("transform = %+v\nwant %+v", tr, want)
	}
	for _, tr := range v.Transforms {
		tr2, err := parseTransform(tr.String())
		if err != nil {
			t.Fatalf("reparse %s: %v", tr, err)
		}
		tr2.Pos = tr.Pos
		if !reflect.DeepEqual(tr, tr2) {
			t.Errorf("round trip %s: %+v", tr, tr2)
		}
	}
	if got := v.Transforms[1].String(); got != "~ a (b . Q) CLAIM = a b Q" {
		t.Errorf("String = %s", got)
	}
}

func TestVerbErrors(t *testing.T) {
	src := `&GOOD
+WORD
- * WORD [010]
--- FIRST [010] ---
FIRST
CLEAR_UP
- * WORD
- * WORD [010] extra
- WORD [010]
- * * [010]
- * (UNCLOSED [010]
- * [MISSING [010]
- * &UNDEFINED [010]
+BAD_{ [010]
~ a b = c
--- [010] ---
VERB {UNCLOSED
- * &GOOD [010]
`
	v, err := ReadVerbs(strings.NewReader(src), "bad.verbs")
	var el ErrorList
	if !errors.As(err, &el) {
		t.Fatalf("err = %v, want an ErrorList", err)
	}
	lines := map[int]bool{}
	for _, e := range el {
		lines[e.Pos.Line] = true
		if e.Pos.File != "bad.verbs" {
			t.Errorf("error file %q", e.Pos.File)
		}
	}
	for _, n := range []int{3, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18} {
		if !lines[n] {
			t.Errorf("no error on line %d; errors:\n%v", n, joinErrors(el))
		}
	}
	if len(el) != 13 {
		t.Errorf("%d errors, want 13:\n%s", len(el), joinErrors(el))
	}
	// The undefined synset is a warning (PETRARCH ignores the pattern).
	if len(v.Warnings) != 1 || v.Warnings[0].Pos.Line != 13 {
		t.Errorf("warnings = %v", v.Warnings)
	}
	// What parsed is kept: family FIRST with its verb.
	if len(v.Families) != 1 || v.Lookup("firsts") == nil {
		t.Errorf("partial result lost: %d families", len(v.Families))
	}
	for i := 1; i < len(el); i++ {
		if el.Less(i, i-1) {
			t.Errorf("errors not sorted")
		}
	}
}

func joinErrors(el ErrorList) string {
	var b strings.Builder
	for _, e := range el {
		b.WriteString(e.Error())
		b.WriteByte('\n')
	}
	return b.String()
}

func TestVerbsEnglishInflection(t *testing.T) {
	src := "--- STOP [190] ---\nSTOP\nDENY\n"
	v, err := Options{Inflection: English}.ReadVerbs(strings.NewReader(src), "x")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"STOPPED", "STOPPING", "STOPED", "DENIED", "DENIES", "DENYED"} {
		if v.Lookup(w) == nil {
			t.Errorf("English: Lookup(%s) = nil", w)
		}
	}
	v = readTestVerbs(t, src)
	if v.Lookup("STOPPED") != nil || v.Lookup("DENIED") != nil {
		t.Errorf("PETRARCH inflection should not double or make Y → IED")
	}
}

func TestVerbsMerge(t *testing.T) {
	a := readTestVerbs(t, "&S\n+X\n--- A [010] ---\nALPHA\n")
	b := readTestVerbs(t, "--- B [020] ---\nBETA\n- * &T [1]\n&T\n+Y\n")
	if len(b.Warnings) != 1 {
		t.Errorf("use before definition should warn: %v", b.Warnings)
	}
	a.Merge(b)
	if a.Lookup("ALPHAS") == nil || a.Lookup("BETAED") == nil || a.Synset("T") == nil || a.Synset("S") == nil {
		t.Errorf("merge lost entries")
	}
	if st := a.Stats(); st.Families != 2 || st.Synsets != 2 || st.Patterns != 0 || st.Verbs != 2 {
		t.Errorf("stats = %+v", st)
	}
}
