package text

// Punctuation, quotes, emoticons and other symbols.

import (
	"unicode"
	"unicode/utf8"
)

// quoteIsOpen reports whether a single quotation mark opened recently and
// is not yet closed; it then consumes that state.
func (t *tokenizer) quoteIsOpen() bool {
	if t.openQuote < 0 {
		return false
	}
	open := len(t.out)-t.openQuote < 60
	t.openQuote = -1
	return open
}

// singleQuote emits a single quotation mark or apostrophe at s[p:e] and
// tracks whether it opens a quotation.
func (t *tokenizer) singleQuote(start, p, e, q int) {
	if wordAt(t.s, e, q) && (p == start || opensBefore(t.s[p-1])) {
		t.openQuote = len(t.out)
	} else if t.openQuote >= 0 {
		t.openQuote = -1
	}
	t.emit(p, e, "'")
}

func opensBefore(c byte) bool {
	return c == '(' || c == '[' || c == '"' || c == '{' || c == 0x9c /* “ */
}

// decadeEnd returns the end of an abbreviated year or decade ('90s, ’05)
// whose apostrophe spans s[p:e], or p.
func decadeEnd(s string, p, e, q int) int {
	if e+1 < q && isDigitByte(s[e]) && isDigitByte(s[e+1]) && !(e+2 < q && isDigitByte(s[e+2])) {
		end := e + 2
		if end < q && s[end] == 's' {
			end++
		}
		if !wordAt(s, end, q) {
			return end
		}
	}
	return p
}

// punct handles an ASCII punctuation or symbol character at s[p], in the
// chunk s[start:q]; it returns the position after the token(s) emitted.
func (t *tokenizer) punct(start, p, q int) int {
	s := t.s
	c := s[p]
	if e := emoticonEnd(s, p, q); e > p {
		t.emit(p, e, s[p:e])
		return e
	}
	e := p + 1
	switch c {
	case '#', '@':
		// Hashtags and handles stay whole: #IStandWithAhmed, @POTUS.
		if letterAt(s, e, q) && (p == start || opensBefore(s[p-1])) {
			for e < q && (wordAt(s, e, q) || s[e] == '_') && e-p < maxTokenBytes {
				_, n := utf8.DecodeRuneInString(s[e:q])
				e += n
			}
			t.emit(p, e, s[p:e])
			return e
		}
		for e < q && s[e] == c && e-p < maxTokenBytes {
			e++
		}
	case '[', '(':
		closing := byte(')')
		if c == '[' {
			closing = ']'
		}
		if q-p >= 5 && s[p+1:p+4] == "..." && s[p+4] == closing {
			t.emit(p, p+5, s[p:p+5]) // elided text: [...]
			return p + 5
		}
	case '.', '!', '?':
		for e < q && s[e] == c && e-p < maxTokenBytes {
			e++
		}
		// An ellipsis stands apart from a following "?" or "!" ("...?"),
		// other mixed runs ("?!", "!.") stay one token.
		if c != '.' || e-p == 1 {
			for e < q && (s[e] == '.' || s[e] == '!' || s[e] == '?') && e-p < maxTokenBytes {
				e++
			}
		}
		t.emit(p, e, s[p:e])
		return e
	case '"':
		t.emit(p, e, `"`)
		return e
	case '`':
		if e < q && s[e] == '`' {
			t.emit(p, e+1, `"`)
			return e + 1
		}
	case '\'':
		if e < q && s[e] == '\'' {
			t.emit(p, e+1, `"`)
			return e + 1
		}
		if d := decadeEnd(s, p, e, q); d > p {
			t.emit(p, d, s[p:d])
			return d
		}
		t.singleQuote(start, p, e, q)
		return e
	case '-', '*', '=', '~', '<', '>', '^', '|', '+', '_':
		for e < q && s[e] == c && e-p < maxTokenBytes {
			e++
		}
	}
	t.emit(p, e, s[p:e])
	return e
}

// emoticons recognised as single tokens.
var emoticons = [...]string{
	":-)", ":-(", ":-D", ":-P", ":-p", ":-/", ":'(", ";-)", "^_^", "^^",
	":)", ":(", ":D", ":P", ":p", ":/", ";)", ":]", ":[", ":|", ":O", ":o",
	"=)", "=(", "<3", ";D", ":*",
}

// emoticonEnd returns the end of an emoticon at s[p] that is followed by
// the end of the chunk or a non-word character, or p.
func emoticonEnd(s string, p, q int) int {
	switch s[p] {
	case ':', ';', '=', '<', '^':
	default:
		return p
	}
	for _, e := range emoticons {
		if q-p >= len(e) && s[p:p+len(e)] == e {
			end := p + len(e)
			if end == q {
				return end
			}
			last := e[len(e)-1]
			if isAlphaByte(last) || last == '/' {
				return p // ":D" and ":/" only stand alone
			}
			if !wordAt(s, end, q) && s[end] != '/' {
				return end
			}
		}
	}
	return p
}

// symbol handles a non-ASCII, non-word rune r of length n at s[p].
func (t *tokenizer) symbol(start, p, q int, r rune, n int) int {
	s := t.s
	e := p + n
	switch runeKind(r) {
	case rkDQuote:
		t.emit(p, e, `"`)
		return e
	case rkSQuote:
		if d := decadeEnd(s, p, e, q); d > p {
			t.emit(p, d, Normalize(s[p:d]))
			return d
		}
		t.singleQuote(start, p, e, q)
		return e
	case rkDash:
		for e < q && e-p < maxTokenBytes {
			r2, n2 := utf8.DecodeRuneInString(s[e:q])
			if runeKind(r2) != rkDash {
				break
			}
			e += n2
		}
		form := "--"
		if e == p+n && r != '\u2014' && p > start && wordBefore(s, start, p) && wordAt(s, e, q) {
			form = "-" // a range or link: 1990–2000, Paris–London
		}
		t.emit(p, e, form)
		return e
	case rkHyphen:
		t.emit(p, e, "-")
		return e
	case rkEllipsis:
		for e < q && (s[e] == '.' || (s[e] == 0xe2 && e+2 < q && s[e+1] == 0x80 && s[e+2] == 0xa6)) && e-p < maxTokenBytes {
			if s[e] == '.' {
				e++
			} else {
				e += 3
			}
		}
		if e == p+n {
			t.emit(p, e, "...")
		} else {
			t.emit(p, e, Normalize(s[p:e]))
		}
		return e
	}
	// Any other symbol, with what attaches to it: combining marks,
	// variation selectors, emoji modifiers and zero-width-joined parts,
	// a second regional indicator (flags).
	ri := r >= 0x1f1e6 && r <= 0x1f1ff
	for e < q && e-p < maxTokenBytes {
		r2, n2 := utf8.DecodeRuneInString(s[e:q])
		switch {
		case unicode.IsMark(r2), r2 >= 0xfe00 && r2 <= 0xfe0f, r2 >= 0x1f3fb && r2 <= 0x1f3ff,
			r2 >= 0xe0020 && r2 <= 0xe007f:
			e += n2
			continue
		case r2 == 0x200d:
			e += n2
			if e < q {
				r3, n3 := utf8.DecodeRuneInString(s[e:q])
				if r3 != utf8.RuneError && !isSpaceRune(r3) {
					e += n3
				}
			}
			continue
		case ri && r2 >= 0x1f1e6 && r2 <= 0x1f1ff:
			ri = false
			e += n2
			continue
		}
		break
	}
	t.emit(p, e, s[p:e])
	return e
}

// wordBefore reports whether a word character ends just before s[p].
func wordBefore(s string, start, p int) bool {
	if p <= start {
		return false
	}
	if c := s[p-1]; c < utf8.RuneSelf {
		return ascii[c]&cAlnum != 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[start:p])
	return isWordRune(r)
}
