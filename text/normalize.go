package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ASCII character classes, indexed by byte. Built once; never written after.
const (
	cSep   uint8 = 1 << iota // whitespace and control characters
	cUpper                   // A-Z
	cLower                   // a-z
	cDigit                   // 0-9
	cNL                      // \n, \r (also cSep)

	cAlpha = cUpper | cLower
	cAlnum = cAlpha | cDigit
)

var ascii = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c <= ' ' || c == 0x7f:
			t[c] = cSep
		case c >= 'A' && c <= 'Z':
			t[c] = cUpper
		case c >= 'a' && c <= 'z':
			t[c] = cLower
		case c >= '0' && c <= '9':
			t[c] = cDigit
		}
	}
	t['\n'] |= cNL
	t['\r'] |= cNL
	return t
}()

// isSpaceRune reports whether a non-ASCII rune separates tokens: Unicode
// spaces, line and paragraph separators and C1 control characters.
func isSpaceRune(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0xa0: // C1 controls, NEL, no-break space
		return true
	case r == 0x1680, r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029,
		r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

// isIgnorable reports whether r is an invisible format character (soft
// hyphen, zero-width space and joiners, bidi marks, byte-order mark). Such
// characters neither separate nor form tokens; they are dropped from forms.
func isIgnorable(r rune) bool {
	switch {
	case r == 0xad, r >= 0x200b && r <= 0x200f, r >= 0x202a && r <= 0x202e,
		r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069, r == 0xfeff:
		return true
	}
	return false
}

// isWordRune reports whether a non-ASCII rune can be part of a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) ||
		unicode.Is(unicode.No, r) || unicode.Is(unicode.Nl, r)
}

// Rune kinds for normalisation.
const (
	rkOther = iota
	rkDQuote
	rkSQuote
	rkDash   // em dash, en dash, horizontal bar: punctuation dash "--"
	rkHyphen // Unicode hyphens, figure dash, minus: "-"
	rkEllipsis
)

func runeKind(r rune) int {
	switch r {
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033',
		'\u301d', '\u301e', '\uff02':
		return rkDQuote
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2039', '\u203a', '\u2032', '\uff07':
		return rkSQuote
	case '\u2013', '\u2014', '\u2015', '\u2e3a', '\u2e3b', '\ufe58':
		return rkDash
	case '\u2010', '\u2011', '\u2012', '\u2212', '\ufe63', '\uff0d':
		return rkHyphen
	case '\u2026':
		return rkEllipsis
	}
	return rkOther
}

// Normalize returns s with typographic characters replaced by the ASCII
// forms UD English EWT mostly uses: curly double quotes and guillemets
// become `"`, curly single quotes and primes `'`, em and en dashes `--`,
// Unicode hyphens and minus signs `-`, the ellipsis character `...`, Unicode
// spaces a plain space; invisible format characters (soft hyphen, zero-width
// characters, bidi marks, BOM) are dropped and invalid UTF-8 bytes become
// U+FFFD. It returns s itself, without allocating, when nothing changes.
func Normalize(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	// Find the first rune that changes.
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if mapRune(r, n) != "" || isIgnorable(r) {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			b.WriteByte(s[i])
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch m := mapRune(r, n); {
		case m != "":
			b.WriteString(m)
		case isIgnorable(r):
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// mapRune returns the replacement for a non-ASCII rune of encoded length
// n, or "" when it is kept (or dropped, see isIgnorable).
func mapRune(r rune, n int) string {
	if r == utf8.RuneError && n == 1 {
		return "\uFFFD"
	}
	switch runeKind(r) {
	case rkDQuote:
		return `"`
	case rkSQuote:
		return "'"
	case rkDash:
		return "--"
	case rkHyphen:
		return "-"
	case rkEllipsis:
		return "..."
	}
	if isSpaceRune(r) {
		return " "
	}
	return ""
}
