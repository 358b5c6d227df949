package nlp

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
)

// The relabeller assigns dependency relations after parsing, when the
// whole tree is known: it sees the head's head, the dependent's own
// dependents (its preposition, its determiner), the head's other
// dependents (a passive auxiliary, an earlier subject) and the word's
// position among its siblings, none of which the parser's arc-time
// labeller can see.

// relabelTree is a parsed sentence: words (index 0 is ROOT) and heads.
type relabelTree struct {
	words []pword
	head  []int32
	kids  [][]int32 // dependents of each word, in order
}

func (t *relabelTree) build(words []pword, head []int32) {
	t.words, t.head = words, head
	n := len(words)
	if cap(t.kids) < n {
		t.kids = make([][]int32, n)
	}
	t.kids = t.kids[:n]
	for i := range t.kids {
		t.kids[i] = t.kids[i][:0]
	}
	for d := 1; d < n; d++ {
		if h := head[d]; h >= 0 && int(h) < n {
			t.kids[h] = append(t.kids[h], int32(d))
		}
	}
}

func (t *relabelTree) tag(i int32) uint64 {
	if i < 0 || int(i) >= len(t.words) {
		return noneT
	}
	return t.words[i].t
}

func (t *relabelTree) word(i int32) uint64 {
	if i < 0 || int(i) >= len(t.words) {
		return noneW
	}
	return t.words[i].w
}

// features of the arc head[d] → d.
func (t *relabelTree) features(fs []uint64, d int32) []uint64 {
	h := t.head[d]
	dir := uint64(0)
	if h < d {
		dir = 1
	}
	dist := bucket(d - h)
	if h > d {
		dist = bucket(h - d)
	}
	var hh int32 = -1
	if h > 0 {
		hh = t.head[h]
	}
	dw, dt, du := t.word(d), t.tag(d), t.words[d].u
	hw, ht := t.word(h), t.tag(h)
	hu := uint64(rootWT)
	if h > 0 {
		hu = t.words[h].u
	}
	// The dependent's first and last dependents; a preposition or other
	// function word among its left dependents.
	var dFirst, dLast, dFunc int32 = -1, -1, -1
	kids := t.kids[d]
	if len(kids) > 0 {
		dFirst, dLast = kids[0], kids[len(kids)-1]
	}
	for _, k := range kids {
		if k < d {
			switch t.words[k].u {
			case uposADP, uposSCONJ, uposPART:
				dFunc = k
			}
		}
	}
	// Siblings: the dependent's index among the head's dependents on its
	// side, the nearest siblings, and whether the head has a passive or
	// other auxiliary, a subject-like nominal before d, or an object-like
	// nominal after the head before d.
	var left, right int32 = -1, -1
	side := uint64(0)
	var auxWords uint64 = 0x11
	nomBefore := uint64(0)
	for i, k := range t.kids[h] {
		if k == d {
			if i > 0 {
				left = t.kids[h][i-1]
			}
			if i+1 < len(t.kids[h]) {
				right = t.kids[h][i+1]
			}
			continue
		}
		if (k < d) == (d < h) {
			side++
		}
		if k < h && t.words[k].u == uposAUX {
			auxWords = f1(auxWords, t.words[k].w)
		}
		if k < d && (t.words[k].u == uposNOUN || t.words[k].u == uposPROPN || t.words[k].u == uposPRON) && t.kidsHaveNoFunc(k) {
			if k < h {
				nomBefore |= 1
			} else {
				nomBefore |= 2
			}
		}
	}
	side = min(side, 3)
	fw := t.word(dFunc)
	tp := func(x uint64) uint64 { return x*2 + dir }
	fs = append(fs[:0],
		f1(tp(1), dw), f1(tp(2), dt), f2(tp(3), dw, dt),
		f1(tp(4), hw), f1(tp(5), ht), f2(tp(6), hw, ht),
		f2(tp(7), dt, ht), f2(tp(8), dw, ht), f2(tp(9), dt, hw), f2(tp(10), dw, hw),
		f3(tp(11), dist, dt, ht),
		f3(tp(12), dt, ht, t.tag(hh)),
		f2(tp(13), fw, ht), f3(tp(14), fw, dt, ht), f2(tp(15), fw, hw),
		f3(tp(16), t.tag(dFirst), dt, ht), f3(tp(17), t.tag(dLast), dt, ht),
		f3(tp(18), auxWords, dt, ht), f2(tp(19), auxWords, hw),
		f3(tp(20), nomBefore, dt, ht), f3(tp(21), side, dt, ht),
		f3(tp(22), t.tag(left), dt, ht), f3(tp(23), t.tag(right), dt, ht),
		f3(tp(24), t.tag(d-1), dt, ht), f3(tp(25), t.tag(d+1), dt, ht),
		f2(tp(26), t.words[d].suf, ht), f2(tp(27), du, hu),
		f3(tp(28), t.words[d].amb, dt, ht),
		f3(tp(29), uint64(len(kids)), dt, ht),
		f1(tp(30), 1),
		f3(tp(31), fw, dw, ht),
		f3(tp(32), t.tag(hh), t.word(hh), dt),
	)
	return fs
}

// kidsHaveNoFunc reports whether word k has no preposition among its
// dependents (a bare nominal, like a subject or object).
func (t *relabelTree) kidsHaveNoFunc(k int32) bool {
	for _, c := range t.kids[k] {
		if c < k && (t.words[c].u == uposADP) {
			return false
		}
	}
	return true
}

// UPOS atoms the relabeller tests: strHash(tag, false)|1, as makeWords
// computes them (TestUPOSConstants checks).
const (
	uposADP   = 0xfa1aef19a061fcf9
	uposSCONJ = 0x69943356f407280d
	uposPART  = 0x17c8e6194f20af15
	uposAUX   = 0xfa54ad19a0930519
	uposNOUN  = 0x50edd3c6356edcc9
	uposPROPN = 0x7b5b4c7e42f0cf63
	uposPRON  = 0x998b57199893c623
)

// relabel replaces the labels of a parsed sentence.
func (p *Parser) relabel(t *relabelTree, fs []uint64, scores []float32, labels []int32) []uint64 {
	for d := int32(1); int(d) < len(t.words); d++ {
		if t.head[d] <= 0 {
			labels[d] = int32(p.root)
			continue
		}
		fs = t.features(fs, d)
		clear(scores)
		p.rel.score(fs, scores)
		best := -1
		for c, v := range scores {
			if c != p.root && (best < 0 || v > scores[best]) {
				best = c
			}
		}
		labels[d] = int32(best)
	}
	return fs
}

// trainRelabeller trains the relabeller on gold trees.
func (p *Parser) trainRelabeller(ctx context.Context, exs []BeamExample, epochs int, seed uint64, prune float64, log *slog.Logger) error {
	tw := newTrainWeights(len(p.labels))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x7e1a))
	var t relabelTree
	var fs []uint64
	scores := make([]float64, len(p.labels))
	for ep := 0; ep < epochs; ep++ {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("train relabeller: %w", err)
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, ei := range order {
			e := &exs[ei]
			t.build(e.words, e.gh)
			for d := int32(1); int(d) < len(e.words); d++ {
				if e.gh[d] <= 0 {
					continue
				}
				fs = t.features(fs, d)
				clear(scores)
				tw.score(fs, scores)
				best := -1
				for c, v := range scores {
					if c != p.root && (best < 0 || v > scores[best]) {
						best = c
					}
				}
				tw.tick()
				if g := int(e.gl[d]); g != best && g != p.root {
					tw.update(fs, g, 1)
					tw.update(fs, best, -1)
				} else {
					correct++
				}
				total++
			}
		}
		log.Info("relabeller epoch", "epoch", ep+1, "train_acc", float64(correct)/float64(max(total, 1)))
	}
	p.rel = tw.average(prune)
	return nil
}
