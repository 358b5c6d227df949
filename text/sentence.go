package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sandpiper/doc"
)

// MaxSentenceTokens bounds the length of a sentence. Longer runs of
// tokens without a boundary (lists, tables, unpunctuated text) are cut,
// preferably after a comma, semicolon, colon or dash, so that downstream
// stages stay linear in the length of the text.
const MaxSentenceTokens = 250

// SplitSentences groups toks, tokens of text in text order as produced by
// Tokenize, into sentences:
//
//   - a blank line always ends a sentence;
//   - a single line break ends one, unless a lower-case line continues a
//     line ending in a comma, hyphen or function word; in hard-wrapped
//     text (most lines of similar length, many continuing in lower case)
//     a line break is a space unless the line is short (a heading, the
//     last line of a paragraph);
//   - ".", "?", "!" and "..." end a sentence, with the closing quotes and
//     brackets attached to them, before a word that is not in lower case
//     (after a bare "." or "?" also before one: "iPhone", web text), but
//     not after a list number ("1. The ...");
//   - an abbreviation's period ends one only when what follows opens a new
//     sentence ("in the U.S. The ...", but not "U.S. President", "Mr.
//     Smith", "J. R. R. Tolkien", "Inc. Chief Executive");
//   - sentences longer than MaxSentenceTokens are cut.
//
// EWT splits the period off a sentence-final abbreviation ("etc." → etc
// .), so SplitSentences may insert tokens: it returns the token slice the
// sentences index, which is toks itself when nothing was inserted.
func SplitSentences(text string, toks []doc.Token) ([]doc.Token, []doc.Sentence) {
	if len(toks) == 0 {
		return toks, nil
	}
	var cuts []int // exclusive token index of each sentence end
	var splits []int
	wrap := wrapWidth(text)
	first := 0
	for i := 0; i < len(toks); i++ {
		if i+1 == len(toks) {
			cuts = append(cuts, len(toks))
			break
		}
		end := -1 // index of the last token of a sentence ending here
		switch nl := newlines(text, toks[i].End, toks[i+1].Start); {
		case nl >= 2:
			end = i
		case nl == 1 && !continuesLine(text, wrap, &toks[i], &toks[i+1]):
			end = i
		case listMarker(toks, first, i):
		default:
			end = sentenceEnd(text, toks, i)
		}
		// Leave room for a period split off the last token.
		const limit = MaxSentenceTokens - 1
		if end >= 0 && end+1-first > limit {
			end = forcedCut(toks, first, first+limit-1)
		} else if end < 0 && i+1-first >= limit {
			end = forcedCut(toks, first, i)
		}
		if end < 0 {
			continue
		}
		cuts = append(cuts, end+1)
		first = end + 1
		i = end
	}
	// Split the period off sentence-final abbreviations.
	first = 0
	for _, c := range cuts {
		if k := lastNonCloser(text, toks, first, c); k >= 0 && isAbbrevToken(toks[k].Form) {
			splits = append(splits, k)
		}
		first = c
	}
	if len(splits) > 0 {
		toks = splitPeriods(toks, splits)
	}
	sents := make([]doc.Sentence, 0, len(cuts))
	first, si := 0, 0
	for _, c := range cuts {
		for si < len(splits) && splits[si] < c {
			si++
		}
		c += si // tokens inserted before this cut
		if c > first {
			sents = append(sents, doc.Sentence{First: first, Last: c, Start: toks[first].Start, End: toks[c-1].End})
		}
		first = c
	}
	return toks, sents
}

// newlines counts the line breaks in s[a:b], the gap between two tokens;
// a paragraph separator counts as two.
func newlines(s string, a, b int) int {
	if b-a <= 1 && (b == a || s[a] == ' ') {
		return 0
	}
	n := 0
	for i := a; i < b; i++ {
		switch c := s[i]; c {
		case '\n':
			n++
		case '\r':
			if i+1 >= b || s[i+1] != '\n' {
				n++
			}
		case 0xe2: // U+2028 line separator, U+2029 paragraph separator
			if i+2 < b && s[i+1] == 0x80 {
				if s[i+2] == 0xa8 {
					n++
				} else if s[i+2] == 0xa9 {
					n += 2
				}
			}
		case 0xc2: // U+0085 next line
			if i+1 < b && s[i+1] == 0x85 {
				n++
			}
		}
	}
	return n
}

// lineContinuers are line-final tokens after which a single line break
// followed by a lower-case word does not end a sentence.
var lineContinuers = map[string]bool{
	",": true, "-": true, "--": true, "(": true, "&": true, "/": true, "and": true,
	"or": true, "but": true, "the": true, "a": true, "an": true, "of": true, "to": true,
	"in": true, "for": true, "with": true, "by": true, "on": true, "at": true,
	"from": true, "that": true, "as": true, "is": true, "was": true, "are": true,
	"were": true, "his": true, "her": true, "their": true, "its": true, "this": true,
}

// continuesLine reports whether the sentence goes on across the single
// line break between prev and next. In hard-wrapped text a line break is
// a space unless the line is short (a heading, a paragraph's last line);
// otherwise it ends the sentence unless a lower-case word continues a
// line ending in a comma or function word.
func continuesLine(text string, wrap int, prev, next *doc.Token) bool {
	if wrap > 0 {
		ls := strings.LastIndexByte(text[:prev.End], '\n') + 1
		return prev.End-ls >= wrap*3/4
	}
	return startsLower(next.Form) && lineContinuers[prev.Form]
}

// wrapWidth detects hard-wrapped text: it returns the typical line width
// if most lines followed by another non-blank line are of similar length,
// else 0.
func wrapWidth(text string) int {
	var lens [64]int
	n, lower, maxLen, prev := 0, 0, 0, -1
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text) - i
		}
		line := strings.TrimSpace(text[i : i+j])
		if prev > 0 && line != "" {
			// The previous line was followed by this non-blank one.
			if n < len(lens) {
				lens[n] = prev
			}
			n++
			maxLen = max(maxLen, prev)
			if line[0] >= 'a' && line[0] <= 'z' {
				lower++
			}
		}
		prev = len(line)
		i += j + 1
		if n >= 4*len(lens) {
			break
		}
	}
	// Wrapped prose has lines continuing in lower case.
	if n < 4 || maxLen < 40 || maxLen > 120 || lower*5 < n {
		return 0
	}
	// Most lines must be close to the width: wrapping fills lines.
	near := 0
	for _, l := range lens[:min(n, len(lens))] {
		if l >= maxLen*3/4 {
			near++
		}
	}
	if near*4 < min(n, len(lens))*3 {
		return 0
	}
	return maxLen
}

func startsLower(f string) bool {
	if f == "" {
		return false
	}
	if c := f[0]; c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsLower(r)
}

func startsUpper(f string) bool {
	if f == "" {
		return false
	}
	if c := f[0]; c < utf8.RuneSelf {
		return c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// isCloser reports whether token t of text closes a quotation or bracket.
// Curly quotes say which way they face; straight ones are taken as closing
// here (callers check that they are attached to the preceding token).
func isCloser(text string, t *doc.Token) bool {
	switch t.Form {
	case `"`, "'":
		if t.Start+3 <= len(text) && text[t.Start] == 0xe2 && text[t.Start+1] == 0x80 {
			switch text[t.Start+2] {
			case 0x98, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f: // ‘ ‚ ‛ “ „ ‟
				return false
			}
		}
		return true
	case ")", "]", "}", "''":
		return true
	}
	return false
}

// opensSentence reports whether a token can begin a sentence after a
// full stop, question or exclamation mark: anything but a lower-case word
// or punctuation that continues a sentence.
func opensSentence(f string) bool {
	if f == "" || startsLower(f) {
		return false
	}
	switch f[0] {
	case ',', ';', ':', '.', '!', '?', ')', ']', '}', '-', '%', '/':
		return false
	}
	return true
}

// Terminator kinds.
const (
	termNone = iota
	termStop
	termEllipsis
	termAbbrev
)

func terminator(f string) int {
	if f == "" {
		return termNone
	}
	switch f[0] {
	case '.':
		if len(f) >= 2 && f[1] == '.' && allDots(f) {
			return termEllipsis
		}
		return termStop
	case '!', '?':
		return termStop
	}
	switch f {
	case "\u0964", "\u0965", "\u3002", "\uff01", "\uff1f", "\u061f", "\u06d4", "\u203c", "\u2047", "\u2048", "\u2049":
		return termStop // । ॥ 。 ！ ？ ؟ ۔ ‼ ⁇ ⁈ ⁉
	}
	if isAbbrevToken(f) {
		return termAbbrev
	}
	return termNone
}

func isDash(f string) bool { return f == "-" || f == "--" || f == "---" }

func allDots(f string) bool {
	for i := 0; i < len(f); i++ {
		if f[i] != '.' {
			return false
		}
	}
	return true
}

// isAbbrevToken reports whether f is a word with its abbreviation period
// attached ("Mr.", "U.S.", "etc.").
func isAbbrevToken(f string) bool {
	n := len(f)
	return n >= 2 && f[n-1] == '.' && f[n-2] != '.' && isAlnumByte(f[0])
}

// sentenceEnd returns the index of the last token of a sentence that ends
// at token i (i itself, or the closing quotes and brackets after it), or
// -1 if no sentence ends there.
func sentenceEnd(text string, toks []doc.Token, i int) int {
	kind := terminator(toks[i].Form)
	if kind == termNone {
		return -1
	}
	j := i + 1
	// Closing quotes and brackets attached to the stop, or ending the
	// line ("... tomorrow.' \"\n"), belong to its sentence.
	for j < len(toks) && isCloser(text, &toks[j]) && (!toks[j-1].SpaceAfter ||
		j+1 == len(toks) || newlines(text, toks[j].End, toks[j+1].Start) > 0) {
		j++
	}
	if j == len(toks) {
		return j - 1
	}
	next := toks[j].Form
	switch kind {
	case termStop:
		// A bare stop may be followed by a lower-case sentence start
		// (common in web text, and "iPhone"); after a closing quote a
		// lower-case word continues the sentence (`"Why?" he asked`).
		if !opensSentence(next) && !(j == i+1 && toks[i].SpaceAfter && startsLower(next)) &&
			!(toks[j-1].SpaceAfter && isDash(next) && toks[j].SpaceAfter) {
			return -1
		}
	case termEllipsis:
		if !toks[j-1].SpaceAfter || !startsUpper(next) {
			return -1
		}
	case termAbbrev:
		if !toks[j-1].SpaceAfter {
			return -1
		}
		f := toks[i].Form
		switch abbrevClassOf(f[:len(f)-1]) {
		case abbrWeak:
			if !sentenceOpeners[next] {
				return -1
			}
		case abbrStrong:
			if !startsUpper(next) || continuers[next] {
				return -1
			}
		default:
			return -1
		}
	}
	return j - 1
}

// listMarker reports whether token i is the period of a list item number
// opening the sentence ("1. The pricing ...", "* 2. ..."), which EWT
// keeps in the item's sentence.
func listMarker(toks []doc.Token, first, i int) bool {
	if toks[i].Form != "." || i == first {
		return false
	}
	n := toks[i-1].Form
	if len(n) > 2 || !allDigits(n) || toks[i-1].SpaceAfter {
		return false
	}
	switch i - 1 - first {
	case 0:
		return true
	case 1:
		switch toks[first].Form {
		case "*", "-", "#", "(", "+":
			return true
		}
	}
	return false
}

// forcedCut chooses where to end an over-long sentence toks[first:i+1]:
// after the last comma, semicolon, colon or dash among its final tokens,
// else after token i.
func forcedCut(toks []doc.Token, first, i int) int {
	for k := i; k > first && k > i-50; k-- {
		switch toks[k].Form {
		case ",", ";", ":", "--", "-":
			return k
		}
	}
	return i
}

// lastNonCloser returns the index of the last token in toks[first:last]
// that is not a closing quote or bracket, or -1.
func lastNonCloser(text string, toks []doc.Token, first, last int) int {
	for k := last - 1; k >= first; k-- {
		if !isCloser(text, &toks[k]) {
			return k
		}
	}
	return -1
}

// splitPeriods returns toks with the final period of each token listed in
// at (ascending indices) split off as a token of its own. It works in
// place when toks has the capacity.
func splitPeriods(toks []doc.Token, at []int) []doc.Token {
	n := len(toks)
	toks = append(toks, make([]doc.Token, len(at))...)
	// Move tokens right, from the back, opening a slot after each split.
	w := len(toks)
	r := n
	for a := len(at) - 1; a >= 0; a-- {
		k := at[a]
		w -= r - (k + 1)
		copy(toks[w:], toks[k+1:r])
		t := toks[k]
		w--
		toks[w] = doc.Token{Start: t.End - 1, End: t.End, Form: ".", Head: doc.NoHead, SpaceAfter: t.SpaceAfter}
		t.End--
		t.Form = t.Form[:len(t.Form)-1]
		t.SpaceAfter = false
		w--
		toks[w] = t
		r = k
	}
	return toks
}
