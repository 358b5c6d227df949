package text

import (
	"unicode"
	"unicode/utf8"

	"sandpiper/doc"
)

// maxTokenBytes bounds a word's length; longer runs of word characters
// are cut (at a rune boundary) into several tokens so that no stage sees
// a pathological form.
const maxTokenBytes = 512

// maxURLBytes bounds URLs, which are kept whole up to this length.
const maxURLBytes = 2048

// Tokenize splits s into tokens the way UD English EWT does, without
// splitting sentences: punctuation is split off, hyphenated compounds are
// split ("search-engine" → search - engine) except after prefixes such as
// "e-", "non-", "anti-" and in phone numbers, clitics become their own
// words (don't → do n't, Bush's → Bush 's, cannot → can not), URLs,
// e-mail addresses, numbers (3.5, 1,000, 10:30) and abbreviations (U.S.,
// Mr.) stay whole. The string is taken to end a sentence, so the period
// of a final abbreviation is split off ("etc." → etc .), as EWT does.
//
// Offsets index s. Form is the normalised form (see Normalize); it is a
// substring of s when nothing was normalised. Head is doc.NoHead.
func Tokenize(s string) []doc.Token {
	t := tokenizer{s: s, out: make([]doc.Token, 0, estimateTokens(s)), openQuote: -1}
	t.run(0, len(s))
	toks := t.out
	if k := lastNonCloser(s, toks, 0, len(toks)); k >= 0 && isAbbrevToken(toks[k].Form) {
		toks = splitPeriods(toks, []int{k})
	}
	return toks
}

// estimateTokens guesses how many tokens s holds, erring high, so that
// the token slice rarely has to grow: a token per space, punctuation
// character or non-ASCII character, counting runs of one character once.
func estimateTokens(s string) int {
	n := 8
	var prev byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != prev { // a run of one character ("-----") is one token
			n += int(estWeight[c])
		}
		prev = c
	}
	return n + n/8 // clitics, units, split periods
}

// estWeight is 1 for the bytes estimateTokens counts: spaces, newlines,
// ASCII punctuation and the first byte of non-ASCII characters.
var estWeight = func() (w [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c == ' ', c == '\n':
			w[c] = 1
		case c > ' ' && c < 0x7f && ascii[c]&cAlnum == 0 && c != '\'' && c != '_':
			w[c] = 1
		case c >= 0xc0:
			w[c] = 1
		}
	}
	return w
}()

// tokenizer holds the state of one tokenisation pass over s.
type tokenizer struct {
	s   string
	out []doc.Token
	// openQuote is the index in out of a single quote that opened a
	// quotation not yet closed, or -1; a following "s'" closes it rather
	// than marking a plural possessive.
	openQuote int
}

// run tokenises s[from:to], appending to t.out.
func (t *tokenizer) run(from, to int) {
	s := t.s
	i := from
	for i < to {
		c := s[i]
		if c < utf8.RuneSelf {
			if ascii[c]&cSep != 0 {
				i++
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(s[i:to])
			if isSpaceRune(r) || isIgnorable(r) {
				i += n
				continue
			}
		}
		j := i + 1
		if c >= utf8.RuneSelf {
			_, n := utf8.DecodeRuneInString(s[i:to])
			j = i + n
		}
		for j < to {
			c := s[j]
			if c < utf8.RuneSelf {
				if ascii[c]&cSep != 0 {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:to])
			if isSpaceRune(r) {
				break
			}
			j += n
		}
		first := len(t.out)
		t.chunk(i, j)
		if len(t.out) > first {
			t.out[len(t.out)-1].SpaceAfter = sepAt(s, j)
		}
		i = j
	}
}

// sepAt reports whether a separator (whitespace or control character)
// starts at s[i].
func sepAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return ascii[c]&cSep != 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isSpaceRune(r)
}

func (t *tokenizer) emit(a, b int, form string) {
	if len(t.out) == cap(t.out) {
		t.grow()
	}
	t.out = append(t.out, doc.Token{Start: a, End: b, Form: form, Head: doc.NoHead})
}

// grow doubles the capacity of t.out: append grows large slices by only
// 1.25, which makes token-dense input copy the slice many times.
func (t *tokenizer) grow() {
	out := make([]doc.Token, len(t.out), 2*cap(t.out)+64)
	copy(out, t.out)
	t.out = out
}

// chunk tokenises s[p:q], a run of non-separator characters.
func (t *tokenizer) chunk(p, q int) {
	s := t.s
	start := p
	for p < q {
		c := s[p]
		if c < utf8.RuneSelf {
			if ascii[c]&cAlnum != 0 || c == '_' {
				p = t.word(p, q)
			} else {
				p = t.punct(start, p, q)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[p:q])
		switch {
		case r == utf8.RuneError && n == 1:
			e := p + 1
			for e < q && s[e] >= utf8.RuneSelf && e-p < maxTokenBytes {
				if r, n := utf8.DecodeRuneInString(s[e:q]); r != utf8.RuneError || n != 1 {
					break
				}
				e++
			}
			t.emit(p, e, "\uFFFD")
			p = e
		case isIgnorable(r):
			p += n
		case isWordRune(r):
			p = t.word(p, q)
		default:
			p = t.symbol(start, p, q, r, n)
		}
	}
}

func isAlnumByte(b byte) bool { return b < utf8.RuneSelf && ascii[b]&cAlnum != 0 }

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

func isAlphaByte(b byte) bool { return b < utf8.RuneSelf && ascii[b]&cAlpha != 0 }

// wordAt reports whether a word character starts at s[i] (i < q).
func wordAt(s string, i, q int) bool {
	if i >= q {
		return false
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return ascii[c]&cAlnum != 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:q])
	return isWordRune(r)
}

// letterAt reports whether a letter starts at s[i] (i < q).
func letterAt(s string, i, q int) bool {
	if i >= q {
		return false
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return ascii[c]&cAlpha != 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:q])
	return unicode.IsLetter(r)
}

// apostropheAt returns the byte length of an apostrophe (' ’ ʼ or the
// backtick typed for one) at s[i], or 0.
func apostropheAt(s string, i, q int) int {
	if i >= q {
		return 0
	}
	switch s[i] {
	case '\'', '`':
		return 1
	case 0xe2:
		if i+2 < q && s[i+1] == 0x80 && s[i+2] == 0x99 {
			return 3
		}
	case 0xca:
		if i+1 < q && s[i+1] == 0xbc {
			return 2
		}
	}
	return 0
}

// hyphenAt returns the byte length of a hyphen (- or U+2010, U+2011) at
// s[i], or 0.
func hyphenAt(s string, i, q int) int {
	if i >= q {
		return 0
	}
	if s[i] == '-' {
		return 1
	}
	if s[i] == 0xe2 && i+2 < q && s[i+1] == 0x80 && (s[i+2] == 0x90 || s[i+2] == 0x91) {
		return 3
	}
	return 0
}

// word scans a word starting at s[p] (a word character) within the chunk
// ending at q, emits its tokens and returns the position after it.
func (t *tokenizer) word(p, q int) int {
	s := t.s
	if e := urlEnd(s, p, q); e > p {
		t.emit(p, e, Normalize(s[p:e]))
		return e
	}
	var hyph, apos, norm, keep, email bool
	j := p
	seg := p // start of the current dot-separated segment
	limit := min(q, p+maxTokenBytes)
loop:
	for j < limit {
		c := s[j]
		if c < utf8.RuneSelf {
			if ascii[c]&cAlnum != 0 || c == '_' {
				j++
				continue
			}
			switch c {
			case '.':
				if j+1 < q && isAlnumByte(s[j+1]) && !dotTypo(s, seg, j, q) {
					j++
					seg = j
					continue
				}
			case ',':
				if isDigitByte(s[j-1]) && j+1 < q && isDigitByte(s[j+1]) {
					j++
					continue
				}
			case ':', '/':
				if isDigitByte(s[j-1]) && j+1 < q && isDigitByte(s[j+1]) {
					keep = true
					j++
					continue
				}
				// b/c, w/o, L/C: single letters around a slash.
				if c == '/' && j == p+1 && isAlphaByte(s[p]) && j+1 < q && isAlphaByte(s[j+1]) &&
					(j+2 == q || !isAlnumByte(s[j+2])) {
					keep = true
					j++
					continue
				}
			case '-':
				if wordAt(s, j+1, q) {
					hyph = true
					j++
					continue
				}
			case '\'', '`':
				if letterAt(s, j+1, q) {
					apos = true
					j++
					continue
				}
			case '&':
				if isAlphaByte(s[j-1]) && j+1 < q && isAlphaByte(s[j+1]) {
					keep = true
					j++
					continue
				}
			case '@':
				if e := emailEnd(s, j, q); e > j {
					j = e
					email = true
				}
			case '$':
				// Currency prefixes: US$, A$, HK$, NZ$.
				if j-p <= 3 && allUpper(s[p:j]) {
					j++
					email = true // keep whole
				}
			}
			break loop
		}
		r, n := utf8.DecodeRuneInString(s[j:q])
		switch {
		case r == utf8.RuneError && n == 1:
			break loop
		case isWordRune(r):
			j += n
			continue
		case isIgnorable(r):
			if r == 0x200b && !wordAt(s, j+n, q) {
				break loop
			}
			norm = true
			j += n
			continue
		case r == '\u2019' || r == '\u02bc':
			if letterAt(s, j+n, q) {
				apos, norm = true, true
				j += n
				continue
			}
		case r == '\u2010' || r == '\u2011':
			if wordAt(s, j+n, q) {
				hyph, norm = true, true
				j += n
				continue
			}
		}
		break
	}
	end := j
	if email || (end == limit && end < q) {
		// E-mail address, or an over-long word cut at the limit.
		t.emitForm(p, end, norm)
		return end
	}
	// A period after an abbreviation belongs to it.
	attached := false
	if end < q && s[end] == '.' && !(end+1 < q && s[end+1] == '.') && t.takesPeriod(s[p:end], end+1) {
		end++
		attached = true
	}
	if attached {
		t.emitForm(p, end, norm)
		return end
	}
	a := p
	if hyph && !keep && !phoneNumber(s[p:end]) {
		seg := p
		for k := p; k < end; {
			hl := hyphenAt(s, k, end)
			if hl == 0 {
				k++
				continue
			}
			if isHyphenPrefix(s[seg:k]) {
				k += hl
				seg = k
				continue
			}
			t.emitForm(a, k, norm)
			t.emit(k, k+hl, "-")
			k += hl
			a, seg = k, k
		}
	}
	split := t.emitWord(a, end, apos, norm)
	// Plural possessive: "parents'" → parents '.
	if !split && end < q && (s[end-1] == 's' || s[end-1] == 'S') {
		if al := apostropheAt(s, end, q); al > 0 && !wordAt(s, end+al, q) && !t.quoteIsOpen() {
			t.out[len(t.out)-1].MultiWord = 2
			t.emit(end, end+al, Normalize(s[end:end+al]))
			return end + al
		}
	}
	return end
}

// dotTypo reports whether the period at s[j] inside a word joins two
// sentences typed without a space ("end.The"): the segment before it is
// a lower-case word and a capitalised word follows.
func dotTypo(s string, seg, j, q int) bool {
	if j-seg < 2 || j+2 >= q || s[j+1] < 'A' || s[j+1] > 'Z' || s[j+2] < 'a' || s[j+2] > 'z' {
		return false
	}
	lower := false
	for i := seg; i < j; i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			lower = true
		}
	}
	if !lower {
		return false
	}
	for i := j; i < q; i++ { // keep e-mail addresses whole
		if s[i] == '@' {
			return false
		}
	}
	return true
}

// emitForm emits s[a:b] as one token, normalising its form if needed.
func (t *tokenizer) emitForm(a, b int, norm bool) {
	f := t.s[a:b]
	if norm {
		f = Normalize(f)
	}
	t.emit(a, b, f)
}

// emitWord emits the word s[a:b], splitting clitics ("don't", "I'm",
// "Bush's", "cannot") into two words marked as a multiword token. It
// reports whether it split.
func (t *tokenizer) emitWord(a, b int, apos, norm bool) bool {
	s := t.s
	if isDigitByte(s[a]) {
		// A number glued to a unit: 5pm, 7:30PM, 20k, 3bn, 35mm → 2 tokens.
		if k := unitAt(s[a:b]); k > 0 {
			t.emit(a, a+k, s[a:a+k])
			t.emitForm(a+k, b, norm)
			return false
		}
	}
	if k := splitWordAt(s[a:b]); k > 0 {
		t.emitForm(a, a+k, norm)
		t.out[len(t.out)-1].MultiWord = 2
		t.emitForm(a+k, b, norm)
		return true
	}
	if apos {
		// Find the last apostrophe.
		for k := b - 1; k > a; k-- {
			al := apostropheAt(s, k, b)
			if al == 0 {
				continue
			}
			sfx := s[k+al : b]
			cut := -1
			switch {
			case len(sfx) <= 2 && isClitic(sfx) && !allDigits(s[a:k]):
				cut = k
			case (sfx == "t" || sfx == "T") && k-1 > a && (s[k-1] == 'n' || s[k-1] == 'N'):
				cut = k - 1
			}
			if cut < 0 {
				break
			}
			t.emitForm(a, cut, norm)
			t.out[len(t.out)-1].MultiWord = 2
			t.emit(cut, b, cliticForm(s[cut:b]))
			return true
		}
	}
	t.emitForm(a, b, norm)
	return false
}

// cliticForm normalises a clitic's apostrophe, using constant strings
// for the common lower-case clitics.
func cliticForm(c string) string {
	switch c {
	case "'s", "'m", "'d", "'ll", "'re", "'ve", "n't":
		return c
	case "’s":
		return "'s"
	case "’m":
		return "'m"
	case "’d":
		return "'d"
	case "’ll":
		return "'ll"
	case "’re":
		return "'re"
	case "’ve":
		return "'ve"
	case "n’t":
		return "n't"
	}
	return Normalize(c)
}
