package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"sandpiper/doc"
)

// show renders tokens as their forms separated by spaces; the words of a
// multiword token are joined by "|" (do|n't).
func show(toks []doc.Token) string {
	var b strings.Builder
	mw := 0
	for i, t := range toks {
		if i > 0 {
			if mw > 0 {
				b.WriteByte('|')
			} else {
				b.WriteByte(' ')
			}
		}
		if mw > 0 {
			mw--
		}
		if t.MultiWord > 1 {
			mw = t.MultiWord - 1
		}
		b.WriteString(t.Form)
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		// Punctuation and sentence-final periods.
		{"Hello, world.", "Hello , world ."},
		{"Really?! Yes!!! No...", "Really ?! Yes !!! No ..."},
		{"Wait...?", "Wait ... ?"},
		{"(see above) [sic] {x}", "( see above ) [ sic ] { x }"},
		{"a; b: c", "a ; b : c"},
		// Clitics, as EWT splits them.
		{"I don't know.", "I do|n't know ."},
		{"I'm sure it's Bush's dog.", "I|'m sure it|'s Bush|'s dog ."},
		{"We can't, won't, shouldn't.", "We ca|n't , wo|n't , should|n't ."},
		{"you're we've they'll he'd", "you|'re we|'ve they|'ll he|'d"},
		{"I cannot go, I'm gonna wait.", "I can|not go , I|'m gon|na wait ."},
		{"I dont know why u wanna go", "I do|nt know why u wan|na go"},
		{"DON'T Can't", "DO|N'T Ca|n't"},
		{"the parents' house", "the parents|' house"},
		{"O'Brien and Shi'ite rock'n'roll", "O'Brien and Shi'ite rock'n'roll"},
		{"the 1990's and '90s", "the 1990's and '90s"},
		{"He said 'no' to James' plan", "He said ' no ' to James|' plan"},
		{"'Bridges' were built", "' Bridges ' were built"},
		// Curly apostrophes and quotes are normalised.
		{"It\u2019s \u201cfine\u201d", "It|'s \" fine \""},
		{"don\u2019t O\u2019Neill", "do|n't O'Neill"},
		{"\u2018single\u2019 \u00abguillemets\u00bb", "' single ' \" guillemets \""},
		{"``quoted'' text", "\" quoted \" text"},
		// Hyphens: split, except after prefixes and in phone numbers.
		{"a search-engine user", "a search - engine user"},
		{"e-mail anti-war non-profit co-founder pre-war", "e-mail anti-war non-profit co-founder pre-war"},
		{"Al-Zaman's 10-year-old son", "Al - Zaman|'s 10 - year - old son"},
		{"call 713-853-3989 or 853-3989, ZIP 77002-1234", "call 713-853-3989 or 853-3989 , ZIP 77002-1234"},
		{"pages 10-20", "pages 10 - 20"},
		{"well--known and -- dash", "well -- known and -- dash"},
		{"x\u2010ray", "x - ray"},
		// Dashes and ellipses.
		{"war \u2014 and peace", "war -- and peace"},
		{"1990\u20132000, Paris \u2013 London", "1990 - 2000 , Paris -- London"},
		{"wait\u2026 what", "wait ... what"},
		// Numbers and money.
		{"$5 and $1,000.50 or 3.5% at 10:30", "$ 5 and $ 1,000.50 or 3.5 % at 10:30"},
		{"US$ 20,000 and \u20ac5", "US$ 20,000 and \u20ac 5"},
		{"at 5pm, 7:30PM or 20k", "at 5 pm , 7:30 PM or 20 k"},
		{"the 5th and 22nd in 1990s", "the 5th and 22nd in 1990s"},
		{"#5 and No. 5", "# 5 and No. 5"},
		{"on 9/11 and 11/28/2000", "on 9/11 and 11/28/2000"},
		// Abbreviations and initials.
		{"Mr. Smith of the U.S. Army", "Mr. Smith of the U.S. Army"},
		{"J. R. R. Tolkien and George W. Bush", "J. R. R. Tolkien and George W. Bush"},
		{"Lt. Col. Gen. Dr. Inc. Corp. Jan. Sept. 11", "Lt. Col. Gen. Dr. Inc. Corp. Jan. Sept. 11"},
		{"e.g. this, i.e. that, a.m. and p.m.", "e.g. this , i.e. that , a.m. and p.m ."},
		{"apples, pears, etc.", "apples , pears , etc ."},
		{"in the U.S.", "in the U.S ."},
		{"No. 5 but say No.", "No. 5 but say No ."},
		{"b/c w/o and/or", "b/c w/o and / or"},
		// URLs, e-mail, handles.
		{"See http://example.com/a_(b)?x=1&y=2.", "See http://example.com/a_(b)?x=1&y=2 ."},
		{"Visit www.bbc.co.uk, or (https://x.org/y).", "Visit www.bbc.co.uk , or ( https://x.org/y ) ."},
		{"Mail john.smith@example.com.", "Mail john.smith@example.com ."},
		{"#IStandWithAhmed @POTUS", "#IStandWithAhmed @POTUS"},
		{"bbc.com and Wikinews.org.", "bbc.com and Wikinews.org ."},
		// Typos: a sentence glued to the previous one.
		{"the end.The start", "the end . The start"},
		// Emoticons and symbols.
		{"great :) but :-( ok", "great :) but :-( ok"},
		{"Note:Do this", "Note : Do this"},
		{"I \u2764\ufe0f it \U0001F44D\U0001F3FD", "I \u2764\ufe0f it \U0001F44D\U0001F3FD"},
		{"AT&T and R&D", "AT&T and R&D"},
		{"[...] omitted", "[...] omitted"},
		// Invisible characters are dropped from forms.
		{"infor\u00admation zero\u200bwidth", "information zerowidth"},
		{"\ufeffBOM first", "BOM first"},
	}
	for _, tt := range tests {
		got := show(Tokenize(tt.in))
		if got != tt.want {
			t.Errorf("Tokenize(%q)\n got: %s\nwant: %s", tt.in, got, tt.want)
		}
		checkTokens(t, tt.in, Tokenize(tt.in))
	}
}

// TestTokenizeOffsets checks multiword token sub-ranges and SpaceAfter.
func TestTokenizeOffsets(t *testing.T) {
	s := "don't go. “Hi”"
	toks := Tokenize(s)
	type tok struct {
		start, end int
		form       string
		space      bool
		mw         int
	}
	want := []tok{
		{0, 2, "do", false, 2},
		{2, 5, "n't", true, 0},
		{6, 8, "go", false, 0},
		{8, 9, ".", true, 0},
		{10, 13, `"`, false, 0},
		{13, 15, "Hi", false, 0},
		{15, 18, `"`, false, 0},
	}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens %s, want %d", len(toks), show(toks), len(want))
	}
	for i, w := range want {
		g := toks[i]
		if g.Start != w.start || g.End != w.end || g.Form != w.form || g.SpaceAfter != w.space || g.MultiWord != w.mw || g.Head != doc.NoHead {
			t.Errorf("token %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain ASCII", "plain ASCII"},
		{"caf\u00e9", "caf\u00e9"},
		{"\u201cq\u201d \u2018s\u2019 \u201e\u201a \u00ab\u00bb", `"q" 's' "' ""`},
		{"a\u2014b\u2013c\u2212d\u2010e", "a--b--c-d-e"},
		{"wait\u2026", "wait..."},
		{"no\u00a0break\u2009thin", "no break thin"},
		{"soft\u00adhyphen\u200b\ufeff", "softhyphen"},
		{"bad\xffbyte", "bad\ufffdbyte"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// No allocation when nothing changes.
	s := "An unchanged caf\u00e9 sentence."
	if n := testing.AllocsPerRun(10, func() { Normalize(s) }); n != 0 {
		t.Errorf("Normalize allocated %v times on unchanged input", n)
	}
}

// checkTokens verifies the offset invariants of tokens over s: offsets in
// range and increasing, words of a multiword token adjacent, forms equal
// to the text where no normalisation applies, Head unset.
func checkTokens(t testing.TB, s string, toks []doc.Token) {
	t.Helper()
	prevEnd := 0
	for i, tk := range toks {
		if tk.Start < prevEnd || tk.Start > tk.End || tk.End > len(s) {
			t.Fatalf("%q: token %d %+v: bad offsets (previous end %d)", s, i, tk, prevEnd)
		}
		if tk.Start == tk.End {
			t.Fatalf("%q: token %d %+v is empty", s, i, tk)
		}
		if tk.Form == "" {
			t.Fatalf("%q: token %d %+v has an empty form", s, i, tk)
		}
		if tk.Head != doc.NoHead {
			t.Fatalf("%q: token %d has head %d", s, i, tk.Head)
		}
		if tk.MultiWord > 0 && (tk.MultiWord != 2 || i+1 >= len(toks) || toks[i+1].Start != tk.End || tk.SpaceAfter) {
			t.Fatalf("%q: token %d %+v: bad multiword token", s, i, tk)
		}
		orig := s[tk.Start:tk.End]
		if Normalize(orig) == orig && tk.Form != orig && !isReplacedForm(orig, tk.Form) {
			t.Fatalf("%q: token %d: form %q != text %q", s, i, tk.Form, orig)
		}
		if tk.SpaceAfter != sepAt(s, skipIgnorables(s, tk.End)) {
			t.Fatalf("%q: token %d %+v: SpaceAfter wrong", s, i, tk)
		}
		prevEnd = tk.End
	}
}

// isReplacedForm reports the ASCII forms that legitimately differ from
// their text: doubled backticks and apostrophes used as double quotes.
func isReplacedForm(orig, form string) bool {
	return form == `"` && (orig == "``" || orig == "''")
}

// skipIgnorables skips invisible format characters at s[i:].
func skipIgnorables(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isIgnorable(r) {
			break
		}
		i += n
	}
	return i
}
