package coder

import (
	"strings"

	"sandpiper/lexicon"
)

// verbHit is a dictionary verb found in a sentence.
type verbHit struct {
	tok      int // the verb word
	anchor   int // the word the parser treats as the verb: tok, or a word of a multi-word verb
	lo, hi   int // first and last token of the verb and its adjacent words
	extra    []int
	verb     *lexicon.Verb
	families []*lexicon.VerbFamily // families whose patterns apply, in order
}

// verbish reports whether token j may head a verb phrase.
func (s *sentence) verbish(j int) bool {
	t := &s.toks[j]
	if t.UPOS == "AUX" {
		return false
	}
	return t.UPOS == "VERB" || strings.HasPrefix(t.XPOS, "VB")
}

// findVerb looks token j up in the verb dictionary: by its form, or by its
// lemma when the form is irregular (does not start with the lemma), so
// that an unlisted regular-looking misspelling is not coded.
//
// A word the tagger did not take for a verb is accepted as part of a
// multi-word verb one of whose other words it did ("wire tap" tagged
// VERB NOUN), that word becoming the anchor for the verb's dependents; or
// right after a modal or infinitival "to" ("will abandon", "to accord"),
// its head then being the anchor when that is a verb.
func (s *sentence) findVerb(j int) (verbHit, bool) {
	vj := s.verbish(j)
	afterModal := !vj && j > 0 && isModal(s.words[j-1]) && s.toks[j].UPOS != "AUX"
	vs := s.c.set.Verbs
	refs := vs.Forms(s.words[j])
	if len(refs) == 0 {
		t := &s.toks[j]
		lem := upperWord(t.Lemma)
		if lem == "" || lem == s.words[j] || strings.HasPrefix(s.words[j], lem) {
			return verbHit{}, false
		}
		refs = vs.Forms(lem)
	}
	for _, r := range refs {
		f := r.Verb.Forms[r.Form]
		lo, hi, extra, ok := s.multiword(j, f)
		if !ok {
			continue
		}
		anchor := j
		if !vj && afterModal {
			if hd := s.head[j]; hd >= 0 && s.verbish(hd) {
				anchor = hd
			}
		} else if !vj {
			anchor = -1
			for k := lo; k <= hi; k++ {
				if s.verbish(k) {
					anchor = k
					break
				}
			}
			if anchor < 0 {
				continue
			}
		}
		h := verbHit{tok: j, anchor: anchor, lo: lo, hi: hi, extra: extra, verb: r.Verb}
		h.families = append(h.families, r.Verb.Family)
		for _, o := range refs {
			of := o.Verb.Forms[o.Form]
			if o.Verb.Family == r.Verb.Family || !sameShape(of, f) {
				continue
			}
			if !containsFamily(h.families, o.Verb.Family) {
				h.families = append(h.families, o.Verb.Family)
			}
		}
		return h, true
	}
	return verbHit{}, false
}

// isModal reports whether an upper-case word is a modal, "to" or a form
// of "do": words after which a verb is expected.
func isModal(w string) bool {
	switch w {
	case "WILL", "WOULD", "CAN", "COULD", "SHOULD", "MAY", "MIGHT", "MUST", "SHALL", "TO", "DID", "DOES", "WO", "CA", "'LL", "'D":
		return true
	}
	return false
}

func sameShape(a, b lexicon.VerbForm) bool {
	return len(a.Before) == len(b.Before) && len(a.After) == len(b.After)
}

func containsFamily(fs []*lexicon.VerbFamily, f *lexicon.VerbFamily) bool {
	for _, g := range fs {
		if g == f {
			return true
		}
	}
	return false
}

// multiword checks the words written before and after the verb word of a
// multi-word verb: the words before must precede it directly; the words
// after must follow it directly or be its particles (compound:prt).
func (s *sentence) multiword(j int, f lexicon.VerbForm) (lo, hi int, extra []int, ok bool) {
	lo, hi = j, j
	if n := len(f.Before); n > 0 {
		if j-n < 0 {
			return 0, 0, nil, false
		}
		for i, w := range f.Before {
			if s.words[j-n+i] != w {
				return 0, 0, nil, false
			}
		}
		lo = j - n
	}
	if n := len(f.After); n > 0 {
		adjacent := j+n < len(s.words)
		for i := 0; adjacent && i < n; i++ {
			if s.words[j+1+i] != f.After[i] {
				adjacent = false
			}
		}
		if adjacent {
			return lo, j + n, nil, true
		}
		if n != 1 {
			return 0, 0, nil, false
		}
		for _, k := range s.kids[j] {
			if s.rel(k) == "compound:prt" && s.words[k] == f.After[0] {
				return lo, hi, []int{k}, true
			}
		}
		return 0, 0, nil, false
	}
	return lo, hi, nil, true
}
