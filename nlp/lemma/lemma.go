// Package lemma is a lemmatiser for English trained from a Universal
// Dependencies treebank (EWT). Given a word form and its tags it returns
// the lemma the treebank would give.
//
// The model is keyed by the Penn Treebank tag (XPOS). For each tag it
// holds:
//
//   - a case policy: for forms with capitals, by shape (Title, CAPS,
//     MiXed), whether the lemma is lowercased (sentence-initial common
//     nouns) or keeps the form's case (proper nouns);
//   - suffix-rewrite rules learned from the data ("ies" → "y" for NNS,
//     "pped" → "p" for VBD): the rule of the longest known suffix of the
//     form applies, so unseen words are handled; when its result is not a
//     known lemma but a shorter suffix's rule gives one, that one wins
//     ("bombed": "bomb", not "bom");
//   - an exception table keyed by the lowercased form, holding the
//     majority lemma of training words the case policy and the rules get
//     wrong (irregular words: "went" → "go", "children" → "child", and
//     treebank conventions: "n't" → "not", "PM" → "p.m."), and of frequent
//     words whose lemma the rules would have to build ("is" → "be", "The"
//     → "the"), so that common words cost no allocation.
//
// The model shares the lemmas of inflected training words (the "known"
// lemmas above) across tags.
//
// Forms whose tag is unknown fall back to the most frequent XPOS of their
// UPOS; with neither known, the form is its own lemma.
package lemma

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word shapes, by the letters' case.
const (
	shapeLower = iota // no capital letters
	shapeTitle        // first letter capital, small letters, no other capital
	shapeCaps         // capitals, no small letters ("NASA", "X")
	shapeMixed        // anything else with a capital
	nShapes
)

// Case transforms a tag's policy may apply to forms of a shape.
const (
	caseKeep  = iota // the lemma keeps the form's case
	caseLower        // the lemma is lowercase
	caseTitle        // the lemma is capitalised ("kerala" → "Kerala")
	nCases
)

// maxKey bounds the length in bytes of a rule suffix.
const maxKey = 24

// rule rewrites a form's end: strip bytes go, add is appended.
type rule struct {
	strip int
	add   string
}

// tagModel is the model of one XPOS tag.
type tagModel struct {
	name string
	// cases[shape] is the case transform of forms of that shape.
	cases [nShapes]uint8
	// stripCommas removes the commas of numbers ("20,000" → "20000").
	stripCommas bool
	// exc maps an ASCII-lowercased form to its lemma.
	exc map[string]string
	// rules maps an ASCII-lowercased suffix to its rewrite; maxSuffix is
	// the longest suffix present.
	rules     map[string]rule
	maxSuffix int
}

// Model is a trained lemmatiser. It is safe for concurrent use.
type Model struct {
	tags  []tagModel     // sorted by name
	tagID map[string]int // XPOS → index into tags
	upos  map[string]int // UPOS → index of its most frequent XPOS
	// known holds the lemmas of inflected training words; rules whose
	// result is known are preferred.
	known map[string]struct{}
}

// Lemma returns the lemma of form tagged upos (Universal POS) and xpos
// (Penn Treebank). It does not allocate when the lemma is the form, a
// prefix of it ("cats" → "cat"), or an exception-table entry.
func (m *Model) Lemma(form, upos, xpos string) string {
	if form == "" {
		return form
	}
	t, ok := m.tagID[xpos]
	if !ok {
		if t, ok = m.upos[upos]; !ok {
			return form
		}
	}
	tm := &m.tags[t]
	if l, ok := tm.exception(form); ok {
		return l
	}
	return m.predict(tm, form)
}

// exception looks form up in the exception table.
func (tm *tagModel) exception(form string) (string, bool) {
	if len(tm.exc) == 0 {
		return "", false
	}
	if !hasASCIIUpper(form) {
		l, ok := tm.exc[form]
		return l, ok
	}
	var buf [64]byte
	if len(form) > len(buf) {
		l, ok := tm.exc[foldASCII(form)]
		return l, ok
	}
	n := copy(buf[:], form)
	lowerBytes(buf[:n])
	l, ok := tm.exc[string(buf[:n])]
	return l, ok
}

// predict lemmatises form by the case policy and the suffix rules alone.
// The rule of the longest known suffix applies, unless its result is not a
// known lemma and the rule of a shorter suffix gives one.
func (m *Model) predict(tm *tagModel, form string) string {
	f := tm.caseForm(form)
	n := min(len(f), tm.maxSuffix)
	tail := f[len(f)-n:]
	var keyBuf [maxKey]byte
	folded := hasASCIIUpper(tail)
	if folded {
		copy(keyBuf[:], tail)
		lowerBytes(keyBuf[:n])
	}
	var first rule
	found := false
	var candBuf [64]byte
	for l := n; l >= 0; l-- {
		if l > 0 && !utf8.RuneStart(f[len(f)-l]) {
			continue
		}
		var r rule
		var ok bool
		if folded {
			r, ok = tm.rules[string(keyBuf[n-l:n])]
		} else {
			r, ok = tm.rules[tail[n-l:]]
		}
		if !ok {
			continue
		}
		if !found {
			first, found = r, true
			if len(m.known) == 0 {
				break
			}
		}
		if len(f)-r.strip+len(r.add) > len(candBuf) {
			continue
		}
		if _, ok := m.known[string(appendRule(candBuf[:0], f, r))]; ok {
			return apply(f, r)
		}
	}
	if found {
		if _, ok := m.known[f]; ok {
			return f
		}
	}
	return apply(f, first)
}

// apply rewrites the end of f by r.
func apply(f string, r rule) string {
	if r.add == "" {
		return f[:len(f)-r.strip]
	}
	return string(appendRule(make([]byte, 0, len(f)-r.strip+len(r.add)), f, r))
}

// appendRule appends f rewritten by r to dst. A rewrite of capitals adds
// capitals.
func appendRule(dst []byte, f string, r rule) []byte {
	cut := len(f) - r.strip
	dst = append(dst, f[:cut]...)
	start := len(dst)
	dst = append(dst, r.add...)
	if r.strip > 0 && isAllCaps(f[cut:]) {
		for i := start; i < len(dst); i++ {
			if 'a' <= dst[i] && dst[i] <= 'z' {
				dst[i] -= 'a' - 'A'
			}
		}
	}
	return dst
}

// caseForm applies the tag's case policy and comma rule to form.
func (tm *tagModel) caseForm(form string) string {
	f := form
	switch tm.cases[shapeOf(form)] {
	case caseLower:
		f = strings.ToLower(form)
	case caseTitle:
		f = titleCase(form)
	}
	if tm.stripCommas && isNumberWithCommas(f) {
		f = strings.ReplaceAll(f, ",", "")
	}
	return f
}

// titleCase capitalises the first letter of s and lowercases the rest.
func titleCase(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	u := unicode.ToUpper(r)
	rest := strings.ToLower(s[n:])
	if u == r && rest == s[n:] {
		return s
	}
	return string(u) + rest
}

// shapeOf classifies form by the case of its letters.
func shapeOf(form string) int {
	upper, lower, firstUpper, first := 0, 0, false, true
	for i := 0; i < len(form); {
		c := form[i]
		var isU, isL bool
		if c < utf8.RuneSelf {
			isU, isL = 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z'
			i++
		} else {
			r, n := utf8.DecodeRuneInString(form[i:])
			isU, isL = unicode.IsUpper(r), unicode.IsLower(r)
			i += n
		}
		if isU {
			upper++
			if first {
				firstUpper = true
			}
		}
		if isL {
			lower++
		}
		first = false
	}
	switch {
	case upper == 0:
		return shapeLower
	case lower == 0:
		return shapeCaps
	case upper == 1 && firstUpper:
		return shapeTitle
	}
	return shapeMixed
}

// isAllCaps reports whether s has a capital letter and no small one.
func isAllCaps(s string) bool {
	upper := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper = true
		}
	}
	return upper
}

// isNumberWithCommas reports whether s has a comma between digits.
func isNumberWithCommas(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == ',' && isDigit(s[i-1]) && isDigit(s[i+1]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func hasASCIIUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

func lowerBytes(b []byte) {
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

// foldASCII lowercases the ASCII letters of s; table keys use it.
func foldASCII(s string) string {
	if !hasASCIIUpper(s) {
		return s
	}
	b := []byte(s)
	lowerBytes(b)
	return string(b)
}
