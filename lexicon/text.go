package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// upper returns s upper-cased, the form in which dictionary words are
// stored and looked up. ASCII input that is already upper case is returned
// as is, without allocating. Bytes that are not valid UTF-8 are kept as
// they are (strings.ToUpper would replace them with U+FFFD), so a key made
// from a badly encoded dictionary line still matches the same bytes in
// text.
func upper(s string) string {
	ascii, lower := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'a' <= c && c <= 'z' {
			lower = true
		}
	}
	if ascii {
		if !lower {
			return s
		}
		b := []byte(s)
		for i, c := range b {
			if 'a' <= c && c <= 'z' {
				b[i] = c - 'a' + 'A'
			}
		}
		return string(b)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			b.WriteByte(s[i])
			i++
			continue
		}
		b.WriteRune(unicode.ToUpper(r))
		i += n
	}
	if b.String() == s {
		return s
	}
	return b.String()
}

// isSpace reports whether c separates words: blank, tab, or another ASCII
// control-range space.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' || c == '\n'
}

// phraseWords splits a dictionary phrase at blanks and underscores, drops
// empty pieces (as in "ABU_ABDULLAH__" or "OF_SPORTS__YOUTH") and
// upper-cases the words.
func phraseWords(s string) []string {
	n := 0
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == '_' || isSpace(s[i])) {
			i++
		}
		if i < len(s) {
			n++
		}
		for i < len(s) && s[i] != '_' && !isSpace(s[i]) {
			i++
		}
	}
	if n == 0 {
		return nil
	}
	words := make([]string, 0, n)
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == '_' || isSpace(s[i])) {
			i++
		}
		j := i
		for j < len(s) && s[j] != '_' && !isSpace(s[j]) {
			j++
		}
		if j > i {
			words = append(words, upper(s[i:j]))
		}
		i = j
	}
	return words
}

// bracketGroups parses a run of "[...]" groups separated by white space,
// returning their trimmed contents. rest is whatever follows the last group
// when it is not another group; ok is false when a '[' is not closed.
// closeBrace accepts '}' as a closing bracket when no ']' follows: the
// agents format documents "[~LEG}" and Phoenix.agents.txt contains
// "[~ENV}"; fixed reports that this happened.
func bracketGroups(s string, closeBrace bool) (groups []string, rest string, fixed, ok bool) {
	for {
		s = strings.TrimLeft(s, " \t")
		if s == "" || s[0] != '[' {
			return groups, s, fixed, true
		}
		j := strings.IndexByte(s, ']')
		if closeBrace {
			if k := strings.IndexByte(s, '}'); k >= 0 && (j < 0 || k < j) {
				j, fixed = k, true
			}
		}
		if j < 0 {
			return groups, s, fixed, false
		}
		groups = append(groups, strings.TrimSpace(s[1:j]))
		s = s[j+1:]
	}
}
