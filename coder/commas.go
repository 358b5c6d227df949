package coder

import (
	"unicode"
	"unicode/utf8"
)

// hideCommaClauses sets s.gone for the comma-delimited clauses that the
// Commas options skip; s.gone stays nil when none is.
func (s *sentence) hideCommaClauses(o CommaOptions) {
	if o.Max == 0 && o.BMax == 0 && o.EMax == 0 {
		return
	}
	var commas []int
	for j := range s.toks {
		if s.toks[j].Form == "," && !s.inNounPhrase(j) {
			commas = append(commas, j)
		}
	}
	if len(commas) == 0 {
		return
	}
	end := len(s.toks)
	for end > 0 && s.toks[end-1].UPOS == "PUNCT" && s.toks[end-1].Form != "," {
		end--
	}
	lo, hi := s.subtreeSpans()
	hide := func(a, b, min, max int) { // tokens [a, b)
		if max == 0 || a >= b {
			return
		}
		if n := s.countWords(a, b); n < min || n > max {
			return
		}
		for j := a; j < b; j++ {
			if lo[j] >= a && hi[j] < b {
				if s.gone == nil {
					s.gone = make([]bool, len(s.toks))
				}
				s.gone[j] = true
			}
		}
	}
	hide(0, commas[0], o.BMin, o.BMax)
	hide(commas[len(commas)-1]+1, end, o.EMin, o.EMax)
	for i := 0; i+1 < len(commas); i++ {
		hide(commas[i]+1, commas[i+1], o.Min, o.Max)
	}
}

// countWords counts the tokens in [a, b) that start with a letter.
func (s *sentence) countWords(a, b int) int {
	n := 0
	for j := a; j < b; j++ {
		if r, _ := utf8.DecodeRuneInString(s.toks[j].Form); unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// inNounPhrase reports whether comma j lies inside a noun phrase: an
// ancestor of it, reached before any verb, is a nominal whose subtree
// holds the words on both sides ("Mordor, the Shire and Bree",
// "Osgiliath, the state's foe", "complete, full diplomatic ties").
func (s *sentence) inNounPhrase(j int) bool {
	if j == 0 || j+1 >= len(s.toks) {
		return false
	}
	for a, depth := s.head[j], 0; a >= 0 && depth < 4; a, depth = s.head[a], depth+1 {
		t := &s.toks[a]
		if t.UPOS == "VERB" || t.UPOS == "AUX" || s.rel(a) == "root" && !nominal(t) {
			return false
		}
		if (nominal(t) || nounRole(s.rel(a))) && s.subtreeMin(a) <= j-1 && s.subtreeMax(a) >= j+1 {
			return true
		}
	}
	return false
}

// nounRole reports whether relation r makes its dependent a noun phrase
// whatever its tag ("Evil Mordor" with "Evil" tagged ADJ as the subject).
func nounRole(r string) bool {
	switch baseRel(r) {
	case "nsubj", "obj", "iobj", "obl", "nmod", "appos":
		return true
	}
	return false
}

// subtreeMax returns the last token of j's subtree.
func (s *sentence) subtreeMax(j int) int {
	hi := j
	for _, k := range s.kids[j] {
		if k > j {
			if m := s.subtreeMax(k); m > hi {
				hi = m
			}
		}
	}
	return hi
}

// subtreeSpans returns the first and last token of every token's subtree,
// punctuation aside.
func (s *sentence) subtreeSpans() (lo, hi []int) {
	n := len(s.toks)
	lo, hi = make([]int, n), make([]int, n)
	for j := range lo {
		lo[j], hi[j] = j, j
	}
	for j := range s.toks {
		if s.toks[j].UPOS == "PUNCT" {
			continue
		}
		for k := s.head[j]; k >= 0; k = s.head[k] {
			if j < lo[k] {
				lo[k] = j
			}
			if j > hi[k] {
				hi[k] = j
			}
		}
	}
	return lo, hi
}

// hidden reports whether token j lies in a skipped comma clause.
func (s *sentence) hidden(j int) bool { return s.gone != nil && j >= 0 && j < len(s.gone) && s.gone[j] }
