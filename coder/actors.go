package coder

import (
	"sort"
	"strings"

	"sandpiper/lexicon"
)

// np is one coded noun phrase: a code and the tokens that support it.
type np struct {
	code   string
	sector string
	lo, hi int // relative token range of the evidence
	head   int
	known  bool // the code comes from the actor dictionary
}

// phrase is what resolveOne finds in one conjunct before codes are
// combined.
type phrase struct {
	head, lo, hi int
	bases        []string // actor codes (slash codes split)
	agents       []lexicon.AgentCode
	nmod         bool // bases came from a modifier (of/in/from …), not the phrase itself
	null         bool // an actor matched whose code is null on the date
}

// isLocal reports whether a dependent with relation r belongs to a noun
// phrase's own words.
func isLocal(r string) bool {
	switch r {
	case "det", "amod", "compound", "flat", "nmod:poss", "nummod", "nmod:desc", "fixed", "flat:name", "det:poss", "nmod:npmod", "obl:npmod":
		return true
	}
	return false
}

// phraseExcluded are the dependents that never belong to a noun phrase's
// extent (the words a dictionary phrase may run into).
func phraseExcluded(r string) bool {
	switch baseRel(r) {
	case "conj", "cc", "punct", "acl", "appos", "parataxis", "advcl", "dep", "ccomp", "xcomp":
		return true
	}
	return false
}

// extent returns the last token of j's phrase: its subtree without
// clauses, appositives and conjuncts.
func (s *sentence) extent(j int) int {
	hi := j
	for _, k := range s.kids[j] {
		if k < j || phraseExcluded(s.rel(k)) {
			continue
		}
		if e := s.extent(k); e > hi {
			hi = e
		}
	}
	return hi
}

// subtreeMin returns the first token of j's subtree.
func (s *sentence) subtreeMin(j int) int {
	lo := j
	for _, k := range s.kids[j] {
		if k < j {
			if m := s.subtreeMin(k); m < lo {
				lo = m
			}
		}
	}
	return lo
}

// resolve codes the noun phrase headed by h and its conjuncts: one np per
// actor found. The result is cached.
func (s *sentence) resolve(h int) []np {
	if r, ok := s.nps[h]; ok {
		return r
	}
	if s.nps == nil {
		s.nps = make(map[int][]np)
	}
	s.nps[h] = nil // cycle guard
	conj := s.conjuncts(h, []int{h})
	ps := make([]phrase, 0, len(conj))
	for _, c := range conj {
		if c != h && !nominal(&s.toks[c]) || s.hidden(c) {
			continue
		}
		ps = append(ps, s.resolveOne(c))
	}
	// Conjuncts with only agents share the country of a sibling: "Danish
	// media and government", "lawmakers and officials in Fornost".
	for i := range ps {
		if len(ps[i].bases) > 0 || len(ps[i].agents) == 0 || ps[i].null {
			continue
		}
		for j := range ps {
			if j != i && len(ps[j].bases) > 0 && (ps[j].nmod || j < i) {
				ps[i].bases = ps[j].bases
				break
			}
		}
	}
	var out []np
	for _, p := range ps {
		out = append(out, s.combine(p)...)
	}
	s.nps[h] = out
	return out
}

// conjuncts appends h's conjuncts, nested ones included, in text order.
//
// In a coordination ("A, B and C"), a parser often takes the middle items
// for appositives or list items: those count as conjuncts too.
func (s *sentence) conjuncts(h int, out []int) []int {
	coord := false
	for _, k := range s.kids[h] {
		if r := s.rel(k); r == "conj" || r == "list" {
			coord = true
		}
	}
	for _, k := range s.kids[h] {
		if r := s.rel(k); (r == "conj" || r == "list" || r == "appos" && coord) && len(out) < 32 {
			out = s.conjuncts(k, append(out, k))
		}
	}
	sort.Ints(out)
	return out
}

// firstConjunct climbs from a conjunct to the first one.
func (s *sentence) firstConjunct(j int) int {
	for n := 0; n < 32 && s.rel(j) == "conj" && s.head[j] >= 0 && nominal(&s.toks[s.head[j]]); n++ {
		j = s.head[j]
	}
	return j
}

// resolveOne finds actor and agent codes in one conjunct.
func (s *sentence) resolveOne(c int) phrase {
	p := phrase{head: c, lo: c, hi: c}
	for _, k := range s.kids[c] {
		if !isLocal(s.rel(k)) {
			continue
		}
		if m := s.subtreeMin(k); m < p.lo {
			p.lo = m
		}
		if k > c {
			if e := s.extent(k); e > p.hi {
				p.hi = e
			}
		}
	}
	p.lo = s.extendLeft(p.lo, p.hi)
	full := s.extent(c)
	if full < p.hi {
		full = p.hi
	}
	set := s.c.set
	end := p.hi
	for i := p.lo; i <= p.hi; {
		ws := s.words[i : full+1]
		ae, an := set.Actors.Match(ws)
		ge, gn := set.Agents.Match(ws)
		if g := s.gof[i]; s.joined && s.gtok[g] == i {
			// A hyphenated compound or an underscore-joined word:
			// match the glued words instead, whole tokens only.
			gend := s.gof[full] + 1
			if full+1 < len(s.toks) && s.gof[full+1] > gend {
				gend = s.gof[full+1]
			}
			gs := s.glued[g:gend]
			if e, n := set.Actors.Match(gs); n > 0 && s.gtok[g+n] > s.gtok[g+n-1] && s.gtok[g+n]-i > an {
				ae, an = e, s.gtok[g+n]-i
			}
			if e, n := set.Agents.Match(gs); n > 0 && s.gtok[g+n] > s.gtok[g+n-1] && s.gtok[g+n]-i > gn {
				ge, gn = e, s.gtok[g+n]-i
			}
		}
		switch {
		case an > 0 && an >= gn:
			code, ok := ae.CodeOn(s.date)
			if ok && !code.IsNull() {
				p.bases = append(p.bases, strings.Split(string(code), "/")...)
			} else {
				p.null = true
			}
			i += an
		case gn > 0:
			p.agents = append(p.agents, ge.Code)
			i += gn
		default:
			i++
			continue
		}
		if i-1 > end {
			end = i - 1
		}
	}
	p.hi = end
	if len(p.bases) == 0 && !p.null {
		for _, k := range s.kids[c] {
			r := baseRel(s.rel(k))
			if k < c || r != "nmod" && r != "appos" {
				continue
			}
			rs := s.resolve(k)
			if len(rs) == 0 {
				continue
			}
			for _, n := range rs {
				p.bases = append(p.bases, n.code)
				if n.hi > p.hi {
					p.hi = n.hi
				}
			}
			p.nmod = true
			break
		}
	}
	return p
}

// combine applies the agents to every base code.
func (s *sentence) combine(p phrase) []np {
	if len(p.bases) == 0 && len(p.agents) == 0 {
		return nil
	}
	bases := p.bases
	known := true
	if len(bases) == 0 {
		bases = []string{""}
		known = false
	}
	out := make([]np, 0, len(bases))
	for _, b := range bases {
		code := b
		var sector strings.Builder
		for _, a := range p.agents {
			ac := string(a.Code)
			if ac == "" || containsCode(code, ac) {
				continue
			}
			sector.WriteString(ac)
			if a.Before {
				code = ac + code
			} else {
				code += ac
			}
		}
		if !known {
			code = string(lexicon.Null) + code
		}
		out = append(out, np{code: code, sector: sector.String(), lo: p.lo, hi: p.hi, head: p.head, known: known})
	}
	return out
}

// extendLeft extends a phrase [lo, hi] leftwards over a run of noun
// phrase words whose heads lie inside the extended phrase or just after
// it: a possessive or modifier the parser attached to the verb.
func (s *sentence) extendLeft(lo, hi int) int {
	best := lo
	for q := lo - 1; q >= 0 && s.inRun(q); q-- {
		ok := true
		for m := q; m < lo; m++ {
			if h := s.head[m]; h < q || h > hi+1 {
				ok = false
				break
			}
		}
		if ok {
			best = q
		}
	}
	return best
}

// inRun reports whether token j may belong to a base noun phrase.
func (s *sentence) inRun(j int) bool {
	t := &s.toks[j]
	switch t.UPOS {
	case "DET", "ADJ", "NOUN", "PROPN", "NUM":
		return true
	case "PART":
		return t.Form == "'s" || t.Form == "'"
	}
	return false
}

// containsCode reports whether code already holds the three-letter
// groups of ac at a group boundary ("USAGOV" holds "GOV", "GMWGOV" does
// not hold "WGO").
func containsCode(code, ac string) bool {
	for i := 0; i+len(ac) <= len(code); i += 3 {
		if code[i:i+len(ac)] == ac {
			return true
		}
	}
	return false
}

// newActor codes the phrase headed by h as a new actor when it has at most
// n words: the code is the quoted upper-case phrase, possessive markers
// left out.
func (s *sentence) newActor(h, n int) (np, bool) {
	lo, hi := s.subtreeMin(h), s.extent(h)
	for _, k := range s.kids[h] {
		if s.rel(k) == "appos" && k == hi+1 {
			hi = s.extent(k)
		}
	}
	var words []string
	for i := lo; i <= hi; i++ {
		t := &s.toks[i]
		if t.UPOS == "PUNCT" || t.Form == "'s" || t.Form == "'" || (t.Rel == "case" || t.Rel == "cc" || t.Rel == "mark") && s.head[i] == h {
			if i == lo {
				lo++
			}
			continue
		}
		words = append(words, s.words[i])
	}
	if len(words) == 0 || len(words) > n {
		return np{}, false
	}
	return np{code: `"` + strings.Join(words, " ") + `"`, lo: lo, hi: hi, head: h}, true
}
