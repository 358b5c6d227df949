package text

// Rules for words: abbreviations, clitics, hyphens, units, URLs and
// e-mail addresses.

import (
	"unicode/utf8"
)

// lowerASCII writes the lower-cased ASCII letters of w into buf and
// returns the used part, or nil if w is longer than buf or has a
// non-letter.
func lowerASCII(buf []byte, w string) []byte {
	if len(w) > len(buf) {
		return nil
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if c < 'a' || c > 'z' {
			return nil
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

func isClitic(sfx string) bool {
	var buf [2]byte
	l := lowerASCII(buf[:], sfx)
	return l != nil && clitics[string(l)]
}

func isHyphenPrefix(w string) bool {
	var buf [8]byte
	l := lowerASCII(buf[:], w)
	return l != nil && hyphenPrefixes[string(l)]
}

// splitWordAt returns the length of the first word of a whole word that
// EWT splits in two ("cannot" → 3), or 0.
func splitWordAt(w string) int {
	if len(w) < 2 || len(w) > 8 {
		return 0
	}
	var buf [8]byte
	l := lowerASCII(buf[:], w)
	if l == nil {
		return 0
	}
	k := splitWords[string(l)]
	if k == 0 {
		return 0
	}
	switch string(l) {
	case "im": // not "IM" (instant message)
		if w != "im" && w != "Im" {
			return 0
		}
	case "ive": // not "Ive" (a surname)
		if w != "ive" {
			return 0
		}
	}
	return k
}

// unitAt returns the length of the number in w if w is a number glued to
// a unit of measure or time ("5pm", "20k", "3.5bn"), else 0. Ordinals and
// decades ("5th", "1990s") are not split.
func unitAt(w string) int {
	k := 0
	for k < len(w) && (isDigitByte(w[k]) || ((w[k] == '.' || w[k] == ',' || w[k] == ':') && k+1 < len(w) && isDigitByte(w[k+1]))) {
		k++
	}
	if k == 0 || k == len(w) || len(w)-k > 5 {
		return 0
	}
	var buf [5]byte
	if l := lowerASCII(buf[:], w[k:]); l != nil && units[string(l)] {
		return k
	}
	return 0
}

func allUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return len(w) > 0
}

func allAlpha(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isAlphaByte(w[i]) {
			return false
		}
	}
	return true
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigitByte(w[i]) {
			return false
		}
	}
	return len(w) > 0
}

// phoneNumber reports whether a hyphenated word is a phone-number-like
// digit group sequence (713-853-3989, 853-3989) or a ZIP+4 code, which EWT
// keeps whole.
func phoneNumber(w string) bool {
	groups, first, n := 0, 0, 0
	for i := 0; i < len(w); i++ {
		if w[i] == '-' {
			if n == 0 {
				return false
			}
			if groups == 0 {
				first = n
			}
			groups++
			n = 0
			continue
		}
		if !isDigitByte(w[i]) {
			return false
		}
		n++
	}
	groups++
	// 713-853-3989, 853-3989, ZIP+4 77388-5746.
	return groups >= 3 || (groups == 2 && ((first == 3 && n == 4) || (first == 5 && n == 4)))
}

// takesPeriod reports whether the period after word w is part of it
// (an abbreviation); next is the offset after the period.
func (t *tokenizer) takesPeriod(w string, next int) bool {
	switch abbrevClassOf(w) {
	case abbrNone:
		return false
	case abbrNumber:
		s := t.s
		for i := next; i < len(s) && i < next+3; i++ {
			if isDigitByte(s[i]) {
				return true
			}
			if s[i] != ' ' {
				return false
			}
		}
		return false
	}
	return true
}

// abbrevClassOf classifies w, a word without its final period.
func abbrevClassOf(w string) abbrClass {
	if len(w) == 1 {
		if w[0] >= 'A' && w[0] <= 'Z' {
			return abbrWeak // an initial
		}
	}
	if c, ok := abbrevs[w]; ok {
		return c
	}
	if len(w) >= 3 && len(w) <= 12 && dottedAcronym(w) {
		if dottedTitle[w] {
			return abbrTitle
		}
		var buf [12]byte
		if l := lowerDotted(buf[:], w); l != nil && dottedStrong[string(l)] {
			return abbrStrong
		}
		return abbrWeak
	}
	return abbrNone
}

func lowerDotted(buf []byte, w string) []byte {
	if len(w) > len(buf) {
		return nil
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

// dottedAcronym reports whether w looks like U.S, e.g, Ph.D or a.m: at
// least two letter segments joined by periods, the first at most two
// letters long and none longer than three, and not a domain name.
func dottedAcronym(w string) bool {
	segs, n, first := 0, 0, 0
	lower := true
	for i := 0; i <= len(w); i++ {
		if i == len(w) || w[i] == '.' {
			if n == 0 || n > 3 {
				return false
			}
			if segs == 0 {
				first = n
			}
			segs++
			n = 0
			continue
		}
		c := w[i]
		if !isAlphaByte(c) {
			return false
		}
		if c < 'a' {
			lower = false
		}
		n++
	}
	if segs < 2 || first > 2 {
		return false
	}
	if lower {
		switch w[len(w)-3:] {
		case "com", "org", "net", "gov", "edu", ".uk", ".us", ".io", ".co":
			return false
		}
	}
	return true
}

// urlEnd returns the end of a URL starting at s[p], or p.
func urlEnd(s string, p, q int) int {
	c := s[p]
	if c != 'h' && c != 'H' && c != 'w' && c != 'W' && c != 'f' && c != 'F' && c != 'm' && c != 'M' {
		return p
	}
	if q-p < 5 {
		return p
	}
	hasPrefix := func(pre string) bool {
		if q-p <= len(pre) {
			return false
		}
		for i := 0; i < len(pre); i++ {
			c := s[p+i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != pre[i] {
				return false
			}
		}
		return true
	}
	if !hasPrefix("http://") && !hasPrefix("https://") && !hasPrefix("www.") &&
		!hasPrefix("ftp://") && !hasPrefix("mailto:") {
		return p
	}
	e := p
	for e < q && e-p < maxURLBytes {
		c := s[e]
		if c == '"' || c == '<' || c == '>' {
			break
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[e:q])
			if k := runeKind(r); k == rkDQuote || k == rkSQuote || k == rkDash || k == rkEllipsis || r == utf8.RuneError {
				break
			}
			e += n
			continue
		}
		e++
	}
	// Trim trailing punctuation, keeping a closing bracket that has an
	// opening one in the URL.
	for e > p {
		c := s[e-1]
		switch c {
		case '.', ',', ';', ':', '!', '?', '\'', '*':
			e--
			continue
		case ')', ']', '}':
			open := byte('(')
			if c == ']' {
				open = '['
			} else if c == '}' {
				open = '{'
			}
			depth := 0
			for i := p; i < e; i++ {
				if s[i] == open {
					depth++
				} else if s[i] == c {
					depth--
				}
			}
			if depth < 0 {
				e--
				continue
			}
		}
		break
	}
	if e-p < 5 {
		return p
	}
	return e
}

// emailEnd returns the end of an e-mail address whose "@" is at s[at]
// (the local part precedes it), or at if there is none.
func emailEnd(s string, at, q int) int {
	e := at + 1
	dot := false
	for e < q {
		c := s[e]
		if isAlnumByte(c) || c == '-' || c == '_' {
			e++
			continue
		}
		if c == '.' && e+1 < q && isAlnumByte(s[e+1]) && e > at+1 {
			dot = true
			e++
			continue
		}
		break
	}
	if e-at < 3 || (!dot && !allAlpha(s[at+1:e])) {
		return at // "Smith@ENRON" is kept whole too
	}
	for e > at+1 && s[e-1] == '-' {
		e--
	}
	return e
}
