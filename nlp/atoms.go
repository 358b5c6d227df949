package nlp

import "unicode/utf8"

// atoms are the per-token values features are built from, computed once
// per sentence.
type atoms struct {
	lw    uint64 // lower-cased form, digits folded to 0
	raw   uint64 // form as written
	pre   [3]uint64
	suf   [4]uint64
	shape uint64
	amb   uint64 // ambiguity class: the tags the word had in training
	fixed int32  // tag of a frequent unambiguous word, else -1
}

// Sentinels for positions outside the sentence.
var (
	atomsStart = atoms{lw: 0x5ea7, raw: 0x5ea7, shape: 0x5ea7, amb: 0x5ea7, pre: [3]uint64{0x5ea7, 0x5ea7, 0x5ea7}, suf: [4]uint64{0x5ea7, 0x5ea7, 0x5ea7, 0x5ea7}}
	atomsEnd   = atoms{lw: 0xe4d, raw: 0xe4d, shape: 0xe4d, amb: 0xe4d, pre: [3]uint64{0xe4d, 0xe4d, 0xe4d}, suf: [4]uint64{0xe4d, 0xe4d, 0xe4d, 0xe4d}}
)

// wordKey is the hash a word is known by in lexical tables: lower case with
// digits folded to 0.
func wordKey(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case '0' <= c && c <= '9':
			c = '0'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// fillAtoms computes atoms for form; amb is looked up by the caller.
func fillAtoms(a *atoms, form string) {
	a.lw = wordKey(form)
	a.raw = strHash(form, false)
	// Prefixes and suffixes by runes, lower-cased ASCII.
	for k := 1; k <= 3; k++ {
		a.pre[k-1] = strHash(runePrefix(form, k), true) + uint64(k)
	}
	for k := 1; k <= 4; k++ {
		a.suf[k-1] = strHash(runeSuffix(form, k), true) + uint64(k)<<8
	}
	a.shape = shapeHash(form)
}

func runePrefix(s string, k int) string {
	i := 0
	for n := 0; n < k && i < len(s); n++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

func runeSuffix(s string, k int) string {
	i := len(s)
	for n := 0; n < k && i > 0; n++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

// shapeHash hashes the word's shape: X for upper, x for lower, d for digit,
// other bytes as themselves, runs of one class collapsed after two.
func shapeHash(s string) uint64 {
	h := uint64(14695981039346656037)
	var prev byte
	run := 0
	n := 0
	for _, r := range s {
		var c byte
		switch {
		case r >= 'A' && r <= 'Z':
			c = 'X'
		case r >= 'a' && r <= 'z':
			c = 'x'
		case r >= '0' && r <= '9':
			c = 'd'
		case r < 128:
			c = byte(r)
		default:
			c = 'U'
		}
		if c == prev {
			run++
			if run >= 2 {
				continue
			}
		} else {
			run = 0
		}
		prev = c
		h ^= uint64(c)
		h *= 1099511628211
		n++
		if n > 8 {
			break
		}
	}
	return h
}
