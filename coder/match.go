package coder

import "sandpiper/lexicon"

// slotHit is where a pattern's actor slot matched: a chunk's head.
type slotHit struct {
	kind lexicon.ElemKind
	head int
	pre  bool // before the verb
}

// matcher matches one compiled pattern around one verb, TABARI style:
// the elements before the verb in order, ending before it, and those after
// it in order; other words may come between elements unless they are
// joined with '_'. A slot matches a base noun phrase ('^' any, '$' '+' '%'
// one that codes).
type matcher struct {
	s     *sentence
	h     verbHit
	p     *cpattern
	used  []int
	slots []slotHit
	steps int // attempts left: bounds backtracking on long sentences
}

// maxSteps bounds the element attempts of one pattern match.
const maxSteps = 20000

func (m *matcher) run() bool {
	m.steps = maxSteps
	m.used = m.used[:0]
	m.slots = m.slots[:0]
	return m.pre(len(m.p.pre)-1, m.h.lo, m.p.verbJoined)
}

// pre matches pre[k] ending at or before end (exactly at end when adj),
// then the elements to its left, then the post elements.
func (m *matcher) pre(k, end int, adj bool) bool {
	if k < 0 {
		return m.post(0, m.h.hi+1)
	}
	e := &m.p.pre[k]
	for stop := end; stop > 0; stop-- {
		if m.steps--; m.steps < 0 {
			return false
		}
		if adj && stop != end {
			break
		}
		start, ok := m.back(e, stop)
		if !ok {
			continue
		}
		nu, ns := len(m.used), len(m.slots)
		m.mark(e, start, stop, true)
		if m.pre(k-1, start, e.joined) {
			return true
		}
		m.used, m.slots = m.used[:nu], m.slots[:ns]
	}
	return false
}

// post matches post[k] starting at or after from.
func (m *matcher) post(k, from int) bool {
	if k == len(m.p.post) {
		return true
	}
	e := &m.p.post[k]
	for at := from; at < len(m.s.words); at++ {
		if m.steps--; m.steps < 0 {
			return false
		}
		if e.joined && at != from {
			break
		}
		end, ok := m.fwd(e, at)
		if !ok {
			continue
		}
		nu, ns := len(m.used), len(m.slots)
		m.mark(e, at, end, false)
		if m.post(k+1, end) {
			return true
		}
		m.used, m.slots = m.used[:nu], m.slots[:ns]
	}
	return false
}

func (m *matcher) mark(e *celem, start, end int, pre bool) {
	if e.kind == lexicon.ElemWord {
		for i := start; i < end; i++ {
			m.used = append(m.used, i)
		}
		return
	}
	if e.kind != lexicon.ElemSkip {
		c := m.s.chunk[m.s.chunkA[start]]
		m.slots = append(m.slots, slotHit{kind: e.kind, head: m.s.firstConjunct(c.head), pre: pre})
	}
}

// fwd matches e starting at token at and returns the end (exclusive).
func (m *matcher) fwd(e *celem, at int) (int, bool) {
	s := m.s
	if e.kind != lexicon.ElemWord {
		ci := s.chunkA[at]
		if ci < 0 || !m.slotOK(e, ci) {
			return 0, false
		}
		return s.chunk[ci].end, true
	}
	alts := e.alts
	if e.byFirst != nil {
		alts = e.byFirst[s.words[at]]
	}
	for _, alt := range alts {
		if at+len(alt) > len(s.words) {
			continue
		}
		ok := true
		for i, w := range alt {
			if s.words[at+i] != w {
				ok = false
				break
			}
		}
		if ok {
			return at + len(alt), true
		}
	}
	return 0, false
}

// back matches e ending at stop (exclusive) and returns its start.
func (m *matcher) back(e *celem, stop int) (int, bool) {
	s := m.s
	if e.kind != lexicon.ElemWord {
		ci := s.chunkA[stop-1]
		if ci < 0 || s.chunk[ci].end != stop || !m.slotOK(e, ci) {
			return 0, false
		}
		return s.chunk[ci].start, true
	}
	for _, alt := range e.alts {
		start := stop - len(alt)
		if start < 0 {
			continue
		}
		ok := true
		for i, w := range alt {
			if s.words[start+i] != w {
				ok = false
				break
			}
		}
		if ok {
			return start, true
		}
	}
	return 0, false
}

// slotOK checks that chunk ci lies outside the verb and, for an actor
// slot, codes.
func (m *matcher) slotOK(e *celem, ci int) bool {
	c := m.s.chunk[ci]
	if c.end > m.h.lo && c.start <= m.h.hi {
		return false
	}
	if e.kind == lexicon.ElemSkip {
		return true
	}
	return len(m.s.resolve(m.s.firstConjunct(c.head))) > 0
}
