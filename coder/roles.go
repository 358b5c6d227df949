package coder

import (
	"fmt"
	"sort"

	"sandpiper/lexicon"
)

// code appends the events of the sentence to out.
func (s *sentence) code(out []Event) []Event {
	taken := make([]bool, len(s.toks))
	m := &matcher{s: s}
	var coded []codedVerb
	for j := range s.toks {
		if taken[j] || s.hidden(j) {
			continue
		}
		h, ok := s.findVerb(j)
		if !ok {
			continue
		}
		for i := h.lo; i <= h.hi; i++ {
			taken[i] = true
		}
		for _, x := range h.extra {
			taken[x] = true
		}
		from := len(out)
		out = s.codeVerb(h, m, out)
		coded = append(coded, codedVerb{h.anchor, from, len(out)})
	}
	return s.absorbOneSided(out, coded)
}

// codedVerb records which events of out a verb gave: out[from:to].
type codedVerb struct{ anchor, from, to int }

// absorbOneSided drops the events without a target of a verb inside a
// noun phrase of a verb that coded a dyadic event ("restored ties with
// Gondor years after crowds burned its embassy": the burning is part of
// the restoring's story), as PETRARCH 2 folds lower events into the
// event above them. Coordinated, reported and paratactic clauses stand on
// their own.
func (s *sentence) absorbOneSided(out []Event, coded []codedVerb) []Event {
	dyadic := map[int]bool{}
	for _, c := range coded {
		for _, e := range out[c.from:c.to] {
			if e.Target != nil {
				dyadic[c.anchor] = true
			}
		}
	}
	if len(dyadic) == 0 {
		return out
	}
	var drop []codedVerb
	for _, c := range coded {
		if s.underDyadic(c.anchor, dyadic) {
			drop = append(drop, c)
		}
	}
	if len(drop) == 0 {
		return out
	}
	kept := out[:drop[0].from]
	for i, c := range drop {
		end := len(out)
		if i+1 < len(drop) {
			end = drop[i+1].from
		}
		for _, e := range out[c.from:c.to] {
			if e.Target != nil {
				kept = append(kept, e)
			}
		}
		kept = append(kept, out[c.to:end]...)
	}
	return kept
}

// underDyadic reports whether verb v lies in a noun phrase of a verb that
// coded a dyadic event: an ancestor of v coded one, and the path up to it,
// crossing no coordination, report or parataxis, passes through a
// nominal.
func (s *sentence) underDyadic(v int, dyadic map[int]bool) bool {
	throughNoun := false
	for k, depth := v, 0; k >= 0 && depth < len(s.toks); depth++ {
		switch baseRel(s.rel(k)) {
		case "conj", "parataxis", "ccomp", "csubj", "list", "root":
			return false
		}
		k = s.head[k]
		if k < 0 {
			break
		}
		if dyadic[k] && throughNoun {
			return true
		}
		if nominal(&s.toks[k]) {
			throughNoun = true
		}
		if dyadic[k] && baseRel(s.rel(v)) == "advcl" && len(s.children(v, "mark")) > 0 && s.head[v] == k {
			return true // a subordinate clause: "… after crowds burned"
		}
	}
	return false
}

// choose finds the most specific pattern of the verb's families that
// matches; nil when none does.
func (s *sentence) choose(h verbHit, m *matcher) *cpattern {
	var cands []*cpattern
	for _, f := range h.families {
		cands = append(cands, s.c.pats.byFamily[f]...)
	}
	if len(h.families) > 1 {
		sort.SliceStable(cands, func(i, j int) bool {
			if cands[i].weight != cands[j].weight {
				return cands[i].weight > cands[j].weight
			}
			return cands[i].order < cands[j].order
		})
	}
	m.h = h
	for _, p := range cands {
		if !s.hasAll(p.need) {
			continue
		}
		m.p = p
		if m.run() {
			return p
		}
	}
	return nil
}

// hasAll reports whether the sentence contains every word of ws.
func (s *sentence) hasAll(ws []string) bool {
	if len(ws) == 0 {
		return true
	}
	if s.wordSet == nil {
		s.wordSet = make(map[string]struct{}, len(s.words)+len(s.glued))
		for _, w := range s.words {
			s.wordSet[w] = struct{}{}
		}
	}
	for _, w := range ws {
		if _, ok := s.wordSet[w]; !ok {
			return false
		}
	}
	return true
}

// negator returns the token that negates verb j ("not", "n't", "never"),
// or -1.
func (s *sentence) negator(j int) int {
	for _, k := range s.kids[j] {
		r := s.rel(k)
		if r != "advmod" && r != "neg" && r != "advmod:neg" {
			continue
		}
		switch s.words[k] {
		case "NOT", "N'T", "NEVER":
			return k
		}
	}
	return -1
}

func (s *sentence) codeVerb(h verbHit, m *matcher, out []Event) []Event {
	p := s.choose(h, m)
	code := h.verb.Code
	rule := h.verb.Pos
	if p != nil {
		code, rule = p.code, p.pos
	}
	if neg := s.negator(h.anchor); neg >= 0 {
		covered := false
		if p != nil {
			for _, u := range m.used {
				if u == neg {
					covered = true
				}
			}
		}
		if !covered {
			return out
		}
	}
	fwd, rev, _ := code.Split()
	if (fwd == "" || fwd.IsNull()) && (rev == "" || rev.IsNull()) {
		return out
	}
	var srcs, tgts []np
	srcSet, tgtSet, compound := false, false, false
	if p != nil {
		for _, sl := range m.slots {
			switch sl.kind {
			case lexicon.ElemSource:
				if !srcSet {
					srcs, srcSet = s.resolve(sl.head), true
				}
			case lexicon.ElemTarget:
				if !tgtSet {
					tgts, tgtSet = s.resolve(sl.head), true
				}
			case lexicon.ElemCompound:
				if sl.pre && !srcSet {
					srcs, srcSet, compound = s.resolve(sl.head), true, true
				} else if !tgtSet {
					tgts, tgtSet = s.resolve(sl.head), true
				}
			}
		}
	}
	if !srcSet {
		subj, passive := s.subject(h.anchor)
		if tgtSet && subj >= 0 && s.sameNP(subj, tgts) {
			subj = -1
			if hd := s.head[h.anchor]; hd >= 0 {
				subj, _ = s.subject(hd)
			}
		}
		srcs = s.subjectCodes(subj)
		if by := s.byAgent(h.anchor); passive && !tgtSet && by >= 0 {
			tgts, tgtSet = srcs, true
			srcs = s.phraseCodes(by, -1)
		}
	}
	if !tgtSet && !compound {
		tgts = s.firstTarget(h)
	}
	verb := s.span(h.lo, h.hi)
	rs := fmt.Sprintf("%s:%d", rule.File, rule.Line)
	emit := func(c lexicon.Code, a np, b *np) {
		if c == "" || c.IsNull() {
			return
		}
		if b != nil && a.code == b.code {
			return
		}
		if b == nil && s.c.opts.RequireDyad {
			return
		}
		e := Event{Sentence: s.index, Code: string(c), Source: s.actor(a), Verb: verb,
			SentenceSpan: Span{s.d.Sentences[s.index].Start, s.d.Sentences[s.index].End}, Rule: rs}
		if b != nil {
			t := s.actor(*b)
			e.Target = &t
		}
		for _, o := range out {
			if o.Sentence == e.Sentence && o.Code == e.Code && o.Source.Code == e.Source.Code && sameTarget(o.Target, e.Target) {
				return
			}
		}
		out = append(out, e)
	}
	if compound {
		for i := range srcs {
			for j := range srcs {
				if i != j {
					emit(fwd, srcs[i], &srcs[j])
				}
			}
		}
		return out
	}
	for _, a := range srcs {
		if len(tgts) == 0 {
			emit(fwd, a, nil)
			continue
		}
		for i := range tgts {
			emit(fwd, a, &tgts[i])
			emit(rev, tgts[i], &a)
		}
	}
	return out
}

func sameTarget(a, b *Actor) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Code == b.Code
}

// sameNP reports whether token j lies in one of the phrases.
func (s *sentence) sameNP(j int, ps []np) bool {
	for _, p := range ps {
		if j >= p.lo && j <= p.hi || j == p.head {
			return true
		}
	}
	return false
}

// subject finds the subject of verb v and whether v is passive: its
// nsubj or nsubj:pass; a verb without one takes the subject of the verb it
// completes or is coordinated with (xcomp, conj), a relative or
// participial clause its antecedent; failing that, an active verb takes
// the nearest subject before it (parsers often misattach the subjects of
// "is about to …"). A personal pronoun subject of a complement clause
// stands for the subject of the clause above ("Ethiopia indicated it would
// act").
func (s *sentence) subject(v int) (subj int, passive bool) {
	passive = s.isPassive(v)
	subj = s.inherited(v, 0)
	if subj == unnamed {
		return -1, passive
	}
	if subj >= 0 && s.toks[subj].UPOS == "PRON" && len(s.resolve(subj)) == 0 {
		switch baseRel(s.rel(v)) {
		case "ccomp", "xcomp", "conj", "advcl":
			if hd := s.head[v]; hd >= 0 {
				if alt := s.inherited(hd, 0); alt >= 0 {
					subj = alt
				}
			}
		}
	}
	if subj < 0 && !passive && s.looseClause(v) {
		for k := v - 1; k >= 0; k-- {
			if r := s.rel(k); r == "nsubj" || r == "root" && nominal(&s.toks[k]) {
				return k, false
			}
			// An object before its verb in a statement is a subject the
			// parser mislabelled ("the new mayor left yesterday").
			if s.rel(k) == "obj" && s.head[k] == v && nominal(&s.toks[k]) && s.toks[k].UPOS != "PRON" {
				return k, false
			}
		}
	}
	return subj, passive
}

// looseClause reports whether a verb without a subject may take the
// nearest one before it: a root, an xcomp, or an infinitival adverbial
// clause ("are about to restore").
func (s *sentence) looseClause(v int) bool {
	switch s.rel(v) {
	case "root", "xcomp":
		return true
	case "advcl":
		for _, k := range s.kids[v] {
			if s.rel(k) == "mark" && s.words[k] == "TO" {
				return true
			}
		}
	}
	return false
}

// unnamed is inherited's answer for a clause whose subject the sentence
// leaves unnamed: no nearby subject may stand in for it.
const unnamed = -2

// inherited returns v's subject, its own or one it inherits, -1 when it
// has none, or unnamed.
func (s *sentence) inherited(v, depth int) int {
	if v < 0 || depth > 8 {
		return -1
	}
	for _, k := range s.kids[v] {
		if r := s.rel(k); r == "nsubj" || r == "nsubj:pass" {
			return k
		}
	}
	switch s.rel(v) {
	case "xcomp", "conj":
		if hd := s.head[v]; hd >= 0 && s.isPassive(hd) && s.directSubject(hd) < 0 {
			return unnamed // "to be allowed to leave": the one allowed is not named
		}
		return s.inherited(s.head[v], depth+1)
	case "acl:relcl", "acl":
		if hd := s.head[v]; hd >= 0 && nominal(&s.toks[hd]) {
			// An infinitive completing the object of a verb the
			// dictionary does not code is done by that verb's subject
			// ("inching nearer to accord"); under a coded verb it is
			// part of that verb's event ("abandoned efforts to stop").
			if up := s.head[hd]; s.rel(v) == "acl" && s.hasMark(v, "TO") && up >= 0 && !s.codedVerb(up) {
				switch baseRel(s.rel(hd)) {
				case "obj", "obl", "xcomp":
					if up := s.inherited(up, depth+1); up >= 0 {
						return up
					}
				}
			}
			return hd
		}
	}
	return -1
}

// codedVerb reports whether token j is a verb the dictionary knows.
func (s *sentence) codedVerb(j int) bool {
	_, ok := s.findVerb(j)
	return ok
}

// hasMark reports whether v has the marker word w ("TO").
func (s *sentence) hasMark(v int, w string) bool {
	for _, k := range s.kids[v] {
		if s.rel(k) == "mark" && s.words[k] == w {
			return true
		}
	}
	return false
}

// directSubject returns v's own nsubj or nsubj:pass, or -1.
func (s *sentence) directSubject(v int) int {
	for _, k := range s.kids[v] {
		if r := s.rel(k); r == "nsubj" || r == "nsubj:pass" {
			return k
		}
	}
	return -1
}

// isPassive reports whether v has a passive subject or auxiliary.
func (s *sentence) isPassive(v int) bool {
	for _, k := range s.kids[v] {
		if r := s.rel(k); r == "nsubj:pass" || r == "aux:pass" {
			return true
		}
	}
	return false
}

// byAgent returns the by-phrase of a passive verb, or -1: a dependent of
// the verb, or of one of its adverbs ("opposed earlier by").
func (s *sentence) byAgent(v int) int {
	for _, k := range s.kids[v] {
		r := s.rel(k)
		if r == "obl:agent" || (baseRel(r) == "obl" || baseRel(r) == "nmod") && s.caseWord(k) == "BY" {
			return k
		}
		if r == "advmod" {
			for _, m := range s.kids[k] {
				if r := baseRel(s.rel(m)); (r == "obl" || r == "nmod") && s.caseWord(m) == "BY" {
					return m
				}
			}
		}
	}
	return -1
}

// subjectCodes codes a subject and the other subjects of the same verb
// (a parser may attach "the lions and Gondor" as two subjects).
func (s *sentence) subjectCodes(subj int) []np {
	out := s.phraseCodes(subj, -1)
	if subj < 0 || s.head[subj] < 0 {
		return out
	}
	for _, k := range s.kids[s.head[subj]] {
		if k != subj && s.rel(k) == s.rel(subj) && baseRel(s.rel(k)) == "nsubj" {
			out = append(out, s.phraseCodes(k, -1)...)
		}
	}
	return out
}

// phraseCodes codes the phrase headed by j; when j itself codes nothing,
// the first coded phrase inside it; then, with NewActorLength, a new
// actor.
func (s *sentence) phraseCodes(j, _ int) []np {
	if j < 0 {
		return nil
	}
	if r := s.resolve(j); len(r) > 0 {
		return r
	}
	in := make([]bool, len(s.toks))
	s.markTree(j, in, true)
	for i := range s.toks {
		if in[i] && i != j && s.phraseHead(i) {
			if r := s.resolve(i); len(r) > 0 {
				return r
			}
		}
	}
	if n := s.c.opts.NewActorLength; n > 0 && nominal(&s.toks[j]) {
		if a, ok := s.newActor(j, n); ok {
			return []np{a}
		}
	}
	return nil
}

// phraseHead reports whether token i heads a phrase of its own (rather
// than being a modifier or a later conjunct, coded with its head).
func (s *sentence) phraseHead(i int) bool {
	if !nominal(&s.toks[i]) {
		return false
	}
	switch s.rel(i) {
	case "compound", "flat", "flat:name":
		// A name's part heads a phrase only when the parser hung
		// it from a verb ("left yesterday for Minas Tirith").
		h := s.head[i]
		return h >= 0 && s.verbish(h)
	case "nmod:poss", "amod", "nummod", "det", "conj", "appos", "fixed", "nmod:desc":
		return false
	}
	return true
}

// markTree marks j's subtree; inNP leaves out clauses.
func (s *sentence) markTree(j int, in []bool, inNP bool) {
	in[j] = true
	for _, k := range s.kids[j] {
		if inNP {
			switch baseRel(s.rel(k)) {
			case "acl", "parataxis", "advcl", "ccomp":
				continue
			}
		}
		s.markTree(k, in, inNP)
	}
}

// firstTarget returns the first coded phrase after the verb in its
// clause: the verb's subtree without its subject, coordinated clauses
// and parentheticals.
func (s *sentence) firstTarget(h verbHit) []np {
	in := make([]bool, len(s.toks))
	in[h.anchor] = true
	for _, k := range s.kids[h.anchor] {
		switch baseRel(s.rel(k)) {
		case "nsubj", "csubj", "conj", "parataxis", "punct", "cc", "aux", "mark", "expl", "discourse", "vocative":
			continue
		}
		s.markTree(k, in, false)
	}
	for i := h.hi + 1; i < len(s.toks); i++ {
		if in[i] && s.phraseHead(i) {
			if r := s.resolve(i); len(r) > 0 {
				return r
			}
		}
	}
	if n := s.c.opts.NewActorLength; n > 0 {
		for i := h.hi + 1; i < len(s.toks); i++ {
			if in[i] && s.phraseHead(i) && s.toks[i].UPOS != "PRON" {
				if a, ok := s.newActor(i, n); ok {
					return []np{a}
				}
				break
			}
		}
	}
	return nil
}

// actor turns a coded phrase into an Actor.
func (s *sentence) actor(p np) Actor {
	sp := s.span(p.lo, p.hi)
	a := Actor{Text: s.d.Text[sp.Start:sp.End], Code: p.code, Span: sp, head: s.first + p.head}
	if len(p.code) >= 3 && isISO3(p.code[:3]) {
		a.Country = p.code[:3]
		a.Sector = p.code[3:]
	} else {
		a.Sector = p.sector
	}
	return a
}
