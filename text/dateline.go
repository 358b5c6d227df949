package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sandpiper/doc"
)

// DatelineLabel is the Label of the span FindDateline returns.
const DatelineLabel = "dateline"

// FindDateline returns the span of a wire-service dateline opening text
// ("BEIRUT, Lebanon —", "WASHINGTON (AP) —", "NEW YORK, March 3
// (Reuters) -", "(Bloomberg) --"), from the first letter of the place to
// the end of the dash, or the zero Span if there is none. The dateline may
// follow a few short lines without final punctuation (headline, date,
// byline). Its token indices are left 0: Analyze leaves dateline text out
// of the tokens.
//
// The place is one to four upper-case words, or Title Case words followed
// by a region, a date or an agency in brackets; an ordinary sentence
// opening ("US President Joe Biden said — ...") is not a dateline.
func FindDateline(text string) doc.Span {
	p := skipBlank(text, 0)
	for range maxHeaderLines + 1 {
		if e := datelineAt(text, p); e > p {
			return doc.Span{Start: p, End: e, Label: DatelineLabel}
		}
		// Skip a short line without final punctuation: a date, a headline.
		nl := strings.IndexByte(text[p:min(len(text), p+maxHeaderBytes)], '\n')
		if nl <= 0 {
			break
		}
		line := strings.TrimRightFunc(text[p:p+nl], unicode.IsSpace)
		if line == "" || strings.ContainsAny(line[len(line)-1:], ".!?:;,") {
			break
		}
		p = skipBlank(text, p+nl)
	}
	return doc.Span{}
}

// A dateline may follow up to maxHeaderLines short lines (headline, date,
// byline) of at most maxHeaderBytes bytes each.
const (
	maxHeaderLines = 3
	maxHeaderBytes = 160
)

// skipBlank skips whitespace, including line breaks and no-break spaces.
func skipBlank(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if ascii[c]&cSep == 0 {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isSpaceRune(r) && !isIgnorable(r) {
			break
		}
		i += n
	}
	return i
}

// skipInline skips spaces and tabs (ASCII or no-break), not line breaks,
// and reports how many bytes it skipped.
func skipInline(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case strings.HasPrefix(s[i:], "\u00a0"), strings.HasPrefix(s[i:], "\u202f"):
			i += 2 + btoi(s[i] == 0xe2)
		default:
			return i
		}
	}
	return i
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Words that start text but are not place names.
var (
	capsNotPlace = map[string]bool{
		"BREAKING": true, "UPDATE": true, "UPDATED": true, "EXCLUSIVE": true, "WATCH": true,
		"LIVE": true, "OPINION": true, "ANALYSIS": true, "EDITORIAL": true, "COMMENTARY": true,
		"VIDEO": true, "PHOTOS": true, "CORRECTION": true, "NOTE": true, "ADVISORY": true,
		"URGENT": true, "FLASH": true, "BULLETIN": true, "REVIEW": true, "THE": true,
		"A": true, "AN": true, "I": true, "IN": true, "AND": true, "BUT": true, "NEW:": true,
		"WARNING": true, "SPOILER": true, "EDITOR'S": true, "PODCAST": true, "Q": true,
	}
	titleNotPlace = map[string]bool{
		"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "But": true,
		"And": true, "Or": true, "So": true, "If": true, "When": true, "Meanwhile": true,
		"Yesterday": true, "Today": true, "However": true, "Also": true, "Then": true,
		"This": true, "That": true, "It": true, "He": true, "She": true, "They": true,
		"We": true, "I": true, "You": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true,
		"President": true, "Now": true, "Here": true, "There": true, "Still": true,
		"Indeed": true, "Instead": true, "Sources": true, "Officials": true, "Police": true,
		"Update": true, "Updated": true, "Breaking": true, "Editor's": true, "Note": true,
		"Photo": true, "Video": true, "Read": true, "Watch": true, "Listen": true,
	}
	placeConnectors = map[string]bool{
		"de": true, "da": true, "del": true, "la": true, "el": true, "es": true, "of": true,
		"upon": true, "on": true, "am": true, "sur": true, "en": true, "le": true, "du": true,
		"des": true, "di": true, "do": true, "dos": true, "al": true, "y": true,
	}
	months = map[string]bool{
		"January": true, "February": true, "March": true, "April": true, "May": true,
		"June": true, "July": true, "August": true, "September": true, "October": true,
		"November": true, "December": true, "Jan.": true, "Feb.": true, "Mar.": true,
		"Apr.": true, "Aug.": true, "Sept.": true, "Sep.": true, "Oct.": true, "Nov.": true,
		"Dec.": true, "Jun.": true, "Jul.": true,
	}
	weekdays = map[string]bool{
		"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
		"Saturday": true, "Sunday": true,
	}
)

// datelineAt returns the end of a dateline starting at s[p], or -1.
func datelineAt(s string, p int) int {
	if p >= len(s) {
		return -1
	}
	if s[p] == '(' { // "(Bloomberg) --"
		e := agencyEnd(s, p)
		if e < 0 {
			return -1
		}
		return dashEnd(s, e)
	}
	pe, words, caps, firstWord := placeEnd(s, p)
	if words == 0 {
		return -1
	}
	pos := pe
	date, regions := false, 0
	for k := 0; k < 3 && pos+1 < len(s) && s[pos] == ',' && s[pos+1] == ' '; k++ {
		r := pos + 2
		if e := dateEnd(s, r); e > r {
			pos, date = e, true
			break
		}
		e, w, _, _ := placeEnd(s, r)
		if w == 0 {
			return -1
		}
		pos = e
		regions++
	}
	agency := false
	if q := skipInline(s, pos); q < len(s) && s[q] == '(' {
		e := agencyEnd(s, q)
		if e < 0 {
			return -1
		}
		pos, agency = e, true
	}
	end := dashEnd(s, pos)
	if end < 0 {
		return -1
	}
	switch {
	case caps && !capsNotPlace[firstWord]:
	case agency || date:
		if capsNotPlace[firstWord] || titleNotPlace[firstWord] {
			return -1
		}
	case regions > 0 && words <= 3 && !titleNotPlace[firstWord]:
	default:
		return -1
	}
	return end
}

// placeEnd parses a place name at s[p]: one to four capitalised words
// separated by single spaces (lower-case connectors such as "de" allowed
// between Title Case words). It returns the end, the number of words,
// whether every word is in upper case, and the first word.
func placeEnd(s string, p int) (end, words int, caps bool, first string) {
	pos := p
	caps = true
	for words < 4 {
		e, wcaps := placeWord(s, pos)
		if e < 0 {
			// A lower-case connector inside a Title Case name: "Rio de Janeiro".
			if c := connectorAt(s, pos); words > 0 && !caps && placeConnectors[c] &&
				pos+len(c)+1 < len(s) && s[pos+len(c)] == ' ' {
				if e2, c2 := placeWord(s, pos+len(c)+1); e2 > 0 && !c2 {
					pos += len(c) + 1
					continue
				}
			}
			break
		}
		if words == 0 {
			if e-pos < 2 {
				return 0, 0, false, ""
			}
			first = strings.TrimSuffix(s[pos:e], ".")
			caps = wcaps
		} else if wcaps != caps {
			break // "US President": mixed case is not one place
		}
		words++
		end = e
		if e < len(s) && s[e] == ' ' {
			pos = e + 1
			continue
		}
		break
	}
	if words == 0 {
		return 0, 0, false, ""
	}
	return end, words, caps, first
}

// connectorAt returns the lower-case ASCII word at s[p], up to a space.
func connectorAt(s string, p int) string {
	e := p
	for e < len(s) && e-p < 5 && s[e] >= 'a' && s[e] <= 'z' {
		e++
	}
	return s[p:e]
}

// placeWord parses one capitalised word of a place name: letters,
// periods, apostrophes and hyphens. It returns its end (or -1) and
// whether it has no lower-case letters.
func placeWord(s string, p int) (int, bool) {
	if p >= len(s) {
		return -1, false
	}
	r, n := utf8.DecodeRuneInString(s[p:])
	if !unicode.IsUpper(r) {
		return -1, false
	}
	e := p + n
	caps := true
	for e < len(s) && e-p < 40 {
		r, n := utf8.DecodeRuneInString(s[e:])
		switch {
		case unicode.IsLower(r):
			caps = false
		case unicode.IsLetter(r), r == '.', r == '\'', r == '\u2019', r == '-':
		default:
			return e, caps
		}
		e += n
	}
	return e, caps
}

// dateEnd parses "March 3", "Jan. 5, 2020" or a weekday at s[p].
func dateEnd(s string, p int) int {
	e := p
	for e < len(s) && e-p < 10 && (isAlphaByte(s[e]) || s[e] == '.') {
		e++
	}
	w := s[p:e]
	if weekdays[w] {
		return e
	}
	if !months[w] || e+1 >= len(s) || s[e] != ' ' || !isDigitByte(s[e+1]) {
		return -1
	}
	e++
	d := e
	for e < len(s) && isDigitByte(s[e]) {
		e++
	}
	if e-d > 2 {
		return -1
	}
	if e+6 <= len(s) && s[e] == ',' && s[e+1] == ' ' && allDigits(s[e+2:e+6]) && (e+6 == len(s) || !isDigitByte(s[e+6])) {
		e += 6
	}
	return e
}

// agencyEnd parses "(AP)", "(Reuters)", "(Xinhua News Agency)" at s[p].
func agencyEnd(s string, p int) int {
	if p+2 >= len(s) || s[p] != '(' || s[p+1] < 'A' || s[p+1] > 'Z' {
		return -1
	}
	for e := p + 2; e < len(s) && e-p < 40; e++ {
		c := s[e]
		switch {
		case c == ')':
			return e + 1
		case isAlnumByte(c), c == ' ', c == '&', c == '.', c == '-', c == '\'', c == '/':
		default:
			return -1
		}
	}
	return -1
}

// dashEnd parses the dash ending a dateline at s[p] (after optional
// spaces): an em, en or horizontal-bar dash, "--", or a spaced "-". It
// must be followed by whitespace, or for a Unicode dash by a word.
func dashEnd(s string, p int) int {
	q := skipInline(s, p)
	spaced := q > p
	switch {
	case strings.HasPrefix(s[q:], "\u2014"), strings.HasPrefix(s[q:], "\u2013"), strings.HasPrefix(s[q:], "\u2015"):
		e := q + 3
		if e == len(s) || sepAt(s, e) || wordAt(s, e, len(s)) || s[e] == '"' {
			return e
		}
	case strings.HasPrefix(s[q:], "--"):
		e := q + 2
		if e < len(s) && s[e] == '-' {
			e++
		}
		if e == len(s) || sepAt(s, e) {
			return e
		}
	case strings.HasPrefix(s[q:], "-") && spaced:
		e := q + 1
		if e == len(s) || sepAt(s, e) {
			return e
		}
	}
	return -1
}
