package coder

import (
	"sort"

	"sandpiper/lexicon"
)

// celem is a pattern element ready for matching: a word or synset as
// alternative phrases, or a slot.
type celem struct {
	kind   lexicon.ElemKind // ElemWord (words and synsets), or a slot kind
	alts   [][]string       // phrases, upper case; one for a word
	joined bool             // adjacent to the element on its left
	text   string           // the element as written, for tests and tracing
	// byFirst indexes alts by first word, for synsets with several.
	byFirst map[string][][]string
}

// cpattern is a compiled pattern.
type cpattern struct {
	pre, post  []celem // in text order
	verbJoined bool    // the verb is adjacent to the last pre element
	code       lexicon.Code
	pos        lexicon.Pos
	weight     int // number of elements: more is more specific
	order      int // dictionary order, for ties
	slots      bool
	// need lists words every match contains (the elements with one
	// phrase), so that most patterns are ruled out without matching.
	need []string
}

// compiled holds the patterns of every verb family, compiled once.
type compiled struct {
	byFamily map[*lexicon.VerbFamily][]*cpattern
}

func compile(v *lexicon.Verbs) *compiled {
	c := &compiled{byFamily: make(map[*lexicon.VerbFamily][]*cpattern, len(v.Families))}
	expand := map[string][][]string{}
	syn := func(name string) [][]string {
		if e, ok := expand[name]; ok {
			return e
		}
		e := v.Expand(name)
		expand[name] = e
		return e
	}
	order := 0
	for _, f := range v.Families {
		var ps []*cpattern
		for _, p := range f.Patterns {
			cp := &cpattern{code: p.Code, pos: p.Pos, order: order}
			order++
			cp.pre = flatten(p.Pre(), syn, nil)
			cp.post = flatten(p.Post(), syn, nil)
			cp.verbJoined = p.Elems[p.Verb].Joined
			cp.weight = len(cp.pre) + len(cp.post)
			for _, e := range append(append([]celem(nil), cp.pre...), cp.post...) {
				if isSlot(e.kind) {
					cp.slots = true
				}
				if e.kind == lexicon.ElemWord && len(e.alts) == 1 {
					cp.need = append(cp.need, e.alts[0]...)
				}
			}
			ps = append(ps, cp)
		}
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].weight > ps[j].weight })
		c.byFamily[f] = ps
	}
	return c
}

func isSlot(k lexicon.ElemKind) bool {
	switch k {
	case lexicon.ElemSource, lexicon.ElemTarget, lexicon.ElemCompound, lexicon.ElemSkip:
		return true
	}
	return false
}

// flatten turns a pattern's elements into a sequence: noun and
// prepositional groups contribute their elements in order, the first
// taking the group's adjacency.
func flatten(es []lexicon.Elem, syn func(string) [][]string, out []celem) []celem {
	for _, e := range es {
		switch e.Kind {
		case lexicon.ElemWord:
			out = append(out, celem{kind: lexicon.ElemWord, alts: [][]string{{e.Text}}, joined: e.Joined, text: e.Text})
		case lexicon.ElemSynset:
			alts := syn(e.Text)
			if len(alts) == 0 {
				alts = [][]string{{"&" + e.Text}}
			}
			ce := celem{kind: lexicon.ElemWord, alts: alts, joined: e.Joined, text: "&" + e.Text}
			if len(alts) > 1 {
				ce.byFirst = make(map[string][][]string, len(alts))
				for _, a := range alts {
					if len(a) > 0 {
						ce.byFirst[a[0]] = append(ce.byFirst[a[0]], a)
					}
				}
			}
			out = append(out, ce)
		case lexicon.ElemNoun, lexicon.ElemPrep:
			n := len(out)
			out = flatten(e.Sub, syn, out)
			if len(out) > n {
				out[n].joined = e.Joined
			}
		case lexicon.ElemSource, lexicon.ElemTarget, lexicon.ElemCompound, lexicon.ElemSkip:
			out = append(out, celem{kind: e.Kind, joined: e.Joined, text: e.String()})
		}
	}
	return out
}
