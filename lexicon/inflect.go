package lexicon

import "strings"

// Inflection selects how regular forms are generated for verbs given
// without "{...}" and for nouns (synset members, agents) given without an
// explicit plural.
type Inflection uint8

const (
	// PETRARCH generates exactly the forms PETRARCH 2 generates
	// (read_verb_dictionary; the plural rule of the documentation):
	//
	//	3rd person  +ES after S, X or Z; Y → IES; else +S
	//	past        +D after E; else +ED
	//	-ing        E → ING when the E follows a consonant; else +ING
	//	plural      Y → IES; +ES after SS; else +S
	//
	// There is no consonant doubling and no Y → IED: the dictionaries
	// spell such forms out in "{...}" (FORMAT {FORMATS FORMATTED
	// FORMATTING}, QUERY {... QUERIED}).
	PETRARCH Inflection = iota
	// English adds, to the PETRARCH forms, the forms English spelling
	// rules give: -ES after CH and SH, vowel+Y → YS/YED, consonant+Y →
	// IED, IE → YING, UE → UING, and a doubled final consonant for words ending
	// consonant-vowel-consonant (STOP → STOPPED, STOPPING; for longer
	// words, whose stress is unknown, both spellings are kept). Extra
	// forms only add index keys, so a wrong guess costs nothing but a key
	// that never occurs in text.
	English
)

func (in Inflection) String() string {
	if in == English {
		return "english"
	}
	return "petrarch"
}

func isVowel(c byte) bool {
	switch c {
	case 'A', 'E', 'I', 'O', 'U':
		return true
	}
	return false
}

func isConsonant(c byte) bool {
	return 'A' <= c && c <= 'Z' && !isVowel(c)
}

// verbForms returns the regular 3rd-person, past and -ing forms of the
// upper-case verb stem s, without duplicates and without s itself.
func verbForms(s string, in Inflection) []string {
	if s == "" {
		return nil
	}
	n := len(s)
	last := s[n-1]
	var forms []string
	add := func(f string) {
		if f == s {
			return
		}
		for _, g := range forms {
			if g == f {
				return
			}
		}
		forms = append(forms, f)
	}
	// PETRARCH 2.
	switch {
	case last == 'S' || last == 'X' || last == 'Z':
		add(s + "ES")
	case last == 'Y':
		add(s[:n-1] + "IES")
	default:
		add(s + "S")
	}
	if last == 'E' {
		add(s + "D")
	} else {
		add(s + "ED")
	}
	if last == 'E' && n >= 2 && !isVowel(s[n-2]) {
		add(s[:n-1] + "ING")
	} else {
		add(s + "ING")
	}
	if in != English {
		return forms
	}
	// English spelling.
	if strings.HasSuffix(s, "CH") || strings.HasSuffix(s, "SH") {
		add(s + "ES")
	}
	if last == 'Y' && n >= 2 {
		if isVowel(s[n-2]) {
			add(s + "S")
			add(s + "ED")
		} else {
			add(s[:n-1] + "IED")
		}
	}
	if strings.HasSuffix(s, "IE") {
		add(s[:n-2] + "YING")
	}
	if strings.HasSuffix(s, "UE") {
		add(s[:n-1] + "ING") // ARGUE → ARGUING; AGREE, CANOE keep the E
	}
	if double(s) {
		add(s + s[n-1:] + "ED")
		add(s + s[n-1:] + "ING")
	}
	return forms
}

// double reports whether s ends consonant-vowel-consonant with a final
// consonant that English doubles before -ED and -ING (not W, X or Y).
func double(s string) bool {
	n := len(s)
	if n < 3 {
		return false
	}
	c := s[n-1]
	if !isConsonant(c) || c == 'W' || c == 'X' || c == 'Y' {
		return false
	}
	if !isVowel(s[n-2]) || !isConsonant(s[n-3]) {
		return false
	}
	return !(n >= 4 && s[n-4] == 'Q' && s[n-3] == 'U')
}

// plural returns the regular plurals of the upper-case noun s: one form
// for PETRARCH, one or two for English.
func plural(s string, in Inflection) []string {
	if s == "" {
		return nil
	}
	n := len(s)
	var p string
	switch {
	case s[n-1] == 'Y':
		p = s[:n-1] + "IES"
	case strings.HasSuffix(s, "SS"):
		p = s + "ES"
	default:
		p = s + "S"
	}
	if in != English {
		return []string{p}
	}
	var q string
	switch {
	case s[n-1] == 'Y' && n >= 2 && isVowel(s[n-2]):
		q = s + "S"
	case s[n-1] == 'S' || s[n-1] == 'X' || s[n-1] == 'Z' ||
		strings.HasSuffix(s, "CH") || strings.HasSuffix(s, "SH"):
		q = s + "ES"
	}
	if q == "" || q == p {
		return []string{p}
	}
	return []string{p, q}
}

// pluralPhrases returns the plurals of a phrase: its last word pluralised.
func pluralPhrases(words []string, in Inflection) [][]string {
	if len(words) == 0 {
		return nil
	}
	ps := plural(words[len(words)-1], in)
	out := make([][]string, len(ps))
	for i, p := range ps {
		w := make([]string, len(words))
		copy(w, words)
		w[len(w)-1] = p
		out[i] = w
	}
	return out
}
