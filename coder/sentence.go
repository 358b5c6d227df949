package coder

import (
	"strings"

	"sandpiper/doc"
	"sandpiper/lexicon"
)

// sentence is the working state for one sentence. Token positions are
// relative to the sentence's first token.
type sentence struct {
	c     *Coder
	d     *doc.Document
	index int
	first int
	toks  []doc.Token
	words []string // upper-case forms
	// glued are the words with hyphenated compounds the tokeniser split
	// ("Al", "-", "Qaeda") joined again ("AL-QAEDA"), as dictionaries
	// write them, and words joined with '_' split ("DOL_AMROTH" → "DOL",
	// "AMROTH"); gtok maps a glued word to its first token, gof a token
	// to its (first) glued word.
	glued     []string
	gtok, gof []int
	joined    bool    // glued differs from words
	head      []int   // relative head, -1 for the root or a head outside
	kids      [][]int // children in text order
	date      lexicon.Date
	chunk     []chunk
	chunkA    []int // token → index into chunk, -1 outside any chunk
	nps       map[int][]np
	// wordSet holds the words of the sentence, built on first use.
	wordSet map[string]struct{}
	// gone marks the words of skipped comma clauses; nil when none is.
	gone []bool
}

// chunk is a base noun phrase [start, end) with its head.
type chunk struct {
	start, end, head int
}

func (c *Coder) newSentence(d *doc.Document, i int, date lexicon.Date) *sentence {
	st := d.Sentences[i]
	toks := d.Tokens[st.First:st.Last]
	n := len(toks)
	s := &sentence{c: c, d: d, index: i, first: st.First, toks: toks, date: date,
		words: make([]string, n), head: make([]int, n), kids: make([][]int, n), chunkA: make([]int, n)}
	for j := range toks {
		s.words[j] = upperWord(toks[j].Form)
		h := toks[j].Head - st.First
		if toks[j].Head < 0 || h < 0 || h >= n || h == j {
			h = -1
		}
		s.head[j] = h
	}
	s.breakCycles()
	for j, h := range s.head {
		if h >= 0 {
			s.kids[h] = append(s.kids[h], j)
		}
	}
	s.glue()
	s.chunks()
	s.hideCommaClauses(c.opts.Commas)
	return s
}

// glue builds the glued word sequence.
func (s *sentence) glue() {
	n := len(s.toks)
	s.gof = make([]int, n)
	s.glued = s.glued[:0]
	for j := 0; j < n; {
		w, k := s.words[j], j+1
		for k+1 < n && s.words[k] == "-" && !s.toks[k-1].SpaceAfter && !s.toks[k].SpaceAfter && s.toks[k+1].UPOS != "PUNCT" {
			w += "-" + s.words[k+1]
			k += 2
		}
		for m := j; m < k; m++ {
			s.gof[m] = len(s.glued)
		}
		// Dictionaries join the words of a name with '_'; so may a
		// text ("Dol_Amroth"): such a word matches as its parts.
		for _, part := range splitJoined(w) {
			s.glued = append(s.glued, part)
			s.gtok = append(s.gtok, j)
		}
		j = k
	}
	s.gtok = append(s.gtok, n)
	s.joined = len(s.glued) != n
	for g, w := range s.glued {
		if !s.joined && w != s.words[s.gtok[g]] {
			s.joined = true
		}
	}
}

// splitJoined splits an underscore-joined word into its non-empty parts;
// other words come back alone.
func splitJoined(w string) []string {
	if !strings.Contains(w, "_") {
		return []string{w}
	}
	var parts []string
	for _, p := range strings.Split(w, "_") {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return []string{w}
	}
	return parts
}

// breakCycles detaches a token whose chain of heads loops (malformed
// input), so that every walk up or down the tree ends.
func (s *sentence) breakCycles() {
	n := len(s.head)
	state := make([]uint8, n) // 0 unseen, 1 on the current path, 2 done
	for j := range s.head {
		var path []int
		k := j
		for k >= 0 && state[k] == 0 {
			state[k] = 1
			path = append(path, k)
			k = s.head[k]
		}
		if k >= 0 && state[k] == 1 {
			s.head[k] = -1
		}
		for _, p := range path {
			state[p] = 2
		}
	}
}

// upperWord upper-cases a form; ASCII forms take the fast path.
func upperWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' || c >= 0x80 {
			return strings.ToUpper(w)
		}
	}
	return w
}

func (s *sentence) rel(j int) string { return s.toks[j].Rel }

// baseRel strips a relation's subtype: "nsubj:pass" → "nsubj".
func baseRel(r string) string {
	if i := strings.IndexByte(r, ':'); i >= 0 {
		return r[:i]
	}
	return r
}

func nominal(t *doc.Token) bool {
	switch t.UPOS {
	case "NOUN", "PROPN", "PRON", "NUM", "X", "SYM":
		return true
	}
	return false
}

// chunks finds base noun phrases: each nominal word that heads a phrase
// with its determiners, adjectives, compounds and possessors, extended
// leftwards over a run of such words the parser attached further right.
func (s *sentence) chunks() {
	for j := range s.chunkA {
		s.chunkA[j] = -1
	}
	for j := range s.toks {
		if !nominal(&s.toks[j]) || isLocal(s.rel(j)) || s.chunkA[j] >= 0 {
			continue
		}
		lo, hi := j, j
		for _, k := range s.kids[j] {
			if !isLocal(s.rel(k)) {
				continue
			}
			if k < j {
				lo = min(lo, s.subtreeMin(k))
			} else if k == hi+1 {
				hi = s.extent(k)
			}
		}
		for lo > 0 && s.inRun(lo-1) && s.chunkA[lo-1] < 0 && s.head[lo-1] > lo-1 && s.head[lo-1] <= hi {
			lo--
		}
		free := true
		for m := lo; m <= hi; m++ {
			if s.chunkA[m] >= 0 {
				free = false
			}
		}
		if !free {
			continue
		}
		for m := lo; m <= hi; m++ {
			s.chunkA[m] = len(s.chunk)
		}
		s.chunk = append(s.chunk, chunk{start: lo, end: hi + 1, head: j})
	}
}

// children returns j's children with the given base relation.
func (s *sentence) children(j int, rels ...string) []int {
	var out []int
	for _, k := range s.kids[j] {
		r := s.rel(k)
		for _, want := range rels {
			if r == want || baseRel(r) == want && !strings.Contains(want, ":") {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// caseWord returns the upper-case preposition attached to j, or "".
func (s *sentence) caseWord(j int) string {
	for _, k := range s.kids[j] {
		if s.rel(k) == "case" && s.toks[k].UPOS != "PART" {
			return s.words[k]
		}
	}
	return ""
}

// span returns the byte span of tokens [a, b].
func (s *sentence) span(a, b int) Span {
	return Span{Start: s.toks[a].Start, End: s.toks[b].End}
}
