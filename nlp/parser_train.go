package nlp

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"

	"sandpiper/conllu"
)

// parseScratch holds reusable buffers for parsing.
type parseScratch struct {
	st     pstate
	fs     []uint64
	lscore []float32
}

// parse fills s.st.head and s.st.label for words (index 0 is ROOT).
func (p *Parser) parse(sc *parseScratch, words []pword) {
	st := &sc.st
	st.reset(words)
	if len(sc.lscore) != len(p.labels) {
		sc.lscore = make([]float32, len(p.labels))
	}
	for !st.terminal() {
		best := p.decide(sc, st)
		if best == actShift {
			st.apply(actShift, 0)
			continue
		}
		h, d := st.arc(best)
		st.apply(best, p.predictLabel(sc, h, d))
	}
}

// decide picks the next action. When only one action is valid it needs no
// scoring. Otherwise the first cascadeK features are scored; when the best
// valid action then leads by more than cascadeMargin, the rest are skipped.
func (p *Parser) decide(sc *parseScratch, st *pstate) int {
	nValid, only := 0, 0
	for a := 0; a < 3; a++ {
		if st.valid(a) {
			nValid++
			only = a
		}
	}
	if nValid == 1 {
		return only
	}
	sc.fs = st.actionFeatures(sc.fs)
	var sco [3]float32
	k := min(p.cascadeK, len(sc.fs))
	p.act.score(sc.fs[:k], &sco)
	best, margin := bestValid(st, &sco)
	if margin <= p.cascadeMargin && k < len(sc.fs) {
		p.act.score(sc.fs[k:], &sco)
		best, _ = bestValid(st, &sco)
	}
	return best
}

// bestValid returns the best valid action and its lead over the next.
func bestValid(st *pstate, sco *[3]float32) (int, float32) {
	best, second := -1, float32(-1e30)
	for a := 0; a < 3; a++ {
		if !st.valid(a) {
			continue
		}
		if best < 0 || sco[a] > sco[best] {
			if best >= 0 {
				second = sco[best]
			}
			best = a
		} else if sco[a] > second {
			second = sco[a]
		}
	}
	return best, sco[best] - second
}

func (p *Parser) predictLabel(sc *parseScratch, h, d int32) int32 {
	if h == 0 {
		return int32(p.root)
	}
	sc.fs = sc.st.labelFeatures(sc.fs, h, d)
	clear(sc.lscore)
	p.lab.score(sc.fs, sc.lscore)
	best := -1
	for c, v := range sc.lscore {
		if c == p.root {
			continue
		}
		if best < 0 || v > sc.lscore[best] {
			best = c
		}
	}
	return int32(best)
}

// cost is the number of gold arcs made unreachable by action a (arc-hybrid
// dynamic oracle, Goldberg & Nivre 2013). gh holds gold heads.
func (s *pstate) cost(a int, gh []int32) int {
	b := s.b
	n := int32(s.n)
	s0 := s.stack[len(s.stack)-1]
	depsInBuffer := func(x int32) int {
		c := 0
		for k := b; k <= n; k++ {
			if gh[k] == x {
				c++
			}
		}
		return c
	}
	switch a {
	case actShift:
		c := 0
		for _, k := range s.stack {
			if gh[k] == b && k != 0 {
				c++
			}
		}
		if gh[b] != s0 && slices.Contains(s.stack, gh[b]) {
			c++
		}
		return c
	case actLeft:
		var s1 int32 = -1
		if len(s.stack) > 1 {
			s1 = s.stack[len(s.stack)-2]
		}
		c := depsInBuffer(s0)
		if g := gh[s0]; g != b && (g == s1 || g > b) {
			c++
		}
		return c
	case actRight:
		c := depsInBuffer(s0)
		if g := gh[s0]; g >= b {
			c++
		}
		return c
	}
	return 0
}

// projectivize lifts non-projective arcs (to the head's head, shortest
// first) until the tree is projective. heads[0] is unused (ROOT).
func projectivize(heads []int32) {
	n := int32(len(heads) - 1)
	dominated := func(h, k int32) bool { // is k dominated by h?
		for steps := int32(0); k != 0 && steps <= n; steps++ {
			k = heads[k]
			if k == h {
				return true
			}
		}
		return h == 0
	}
	for iter := 0; iter < int(n)*int(n)+1; iter++ {
		bestD, bestLen := int32(-1), int32(1<<30)
		for d := int32(1); d <= n; d++ {
			h := heads[d]
			lo, hi := min(h, d), max(h, d)
			for k := lo + 1; k < hi; k++ {
				if !dominated(h, k) {
					if hi-lo < bestLen {
						bestD, bestLen = d, hi-lo
					}
					break
				}
			}
		}
		if bestD < 0 {
			return
		}
		heads[bestD] = heads[heads[bestD]]
	}
}

// ParserOptions controls parser training.
type ParserOptions struct {
	Epochs int
	Seed   uint64
	// Explore is the probability of following the model's own (wrong)
	// prediction after the first epoch.
	Explore float64
	// Prune drops averaged weights of smaller magnitude.
	Prune float64
	Log   *slog.Logger
	// Lex is the tagger's lexicon, for ambiguity-class features.
	Lex map[uint64]lexEntry
	// Tags, when set, supplies predicted XPOS/UPOS per sentence (index
	// aligned with the training sentences) instead of gold tags.
	Tags func(i int) (upos, xpos []string)
}

// makeWords builds the parser's view of a sentence. lex, when set, gives
// the tagger's ambiguity classes, which let the parser hedge against
// tagging errors.
func makeWords(forms, upos, xpos []string, lex map[uint64]lexEntry, buf []pword) []pword {
	buf = slices.Grow(buf[:0], len(forms)+1)[:len(forms)+1]
	buf[0] = pword{w: rootWT, t: rootWT, u: rootWT, suf: rootWT, amb: rootWT}
	for i, f := range forms {
		k := wordKey(f)
		amb := uint64(0xa3b)
		if e, ok := lex[k]; ok {
			amb = e.amb
		}
		buf[i+1] = pword{
			amb:   amb,
			w:     k,
			t:     strHash(xpos[i], false) | 1,
			u:     strHash(upos[i], false) | 1,
			suf:   strHash(runeSuffix(f, 3), true),
			punct: upos[i] == "PUNCT",
		}
	}
	return buf
}

// examples converts gold sentences into training examples with
// projectivised gold heads; tags, when set, supplies the tags to use.
func (p *Parser) examples(sents []*conllu.Sentence, tags func(i int) (upos, xpos []string), lex map[uint64]lexEntry) []BeamExample {
	labelID := map[string]int32{}
	for i, l := range p.labels {
		labelID[l] = int32(i)
	}
	exs := make([]BeamExample, 0, len(sents))
	for i, s := range sents {
		forms := make([]string, len(s.Words))
		upos := make([]string, len(s.Words))
		xpos := make([]string, len(s.Words))
		gh := make([]int32, len(s.Words)+1)
		gl := make([]int32, len(s.Words)+1)
		for j, w := range s.Words {
			forms[j], upos[j], xpos[j] = w.Form, w.UPOS, w.XPOS
			gh[j+1] = int32(w.Head)
			gl[j+1] = labelID[w.Rel]
		}
		if tags != nil {
			upos, xpos = tags(i)
		}
		projectivize(gh)
		exs = append(exs, BeamExample{makeWords(forms, upos, xpos, lex, nil), gh, gl})
	}
	return exs
}

// TrainParser trains a parser on gold trees.
func TrainParser(ctx context.Context, sents []*conllu.Sentence, opt ParserOptions) (*Parser, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 12
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	labelID := map[string]int{}
	p := &Parser{cascadeK: defaultCascadeK, cascadeMargin: defaultCascadeMargin}
	for _, s := range sents {
		for _, w := range s.Words {
			labelID[w.Rel] = 0
		}
	}
	labelID["root"] = 0
	for l := range labelID {
		p.labels = append(p.labels, l)
	}
	slices.Sort(p.labels)
	for i, l := range p.labels {
		labelID[l] = i
	}
	p.root = labelID["root"]
	_ = labelID
	exs := p.examples(sents, opt.Tags, opt.Lex)
	aw := newTrainWeights(3)
	lw := newTrainWeights(len(p.labels))
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9a55))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	var st pstate
	var fs []uint64
	lscore := make([]float64, len(p.labels))
	for ep := 0; ep < opt.Epochs; ep++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("train parser: %w", err)
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total, lcorrect, ltotal := 0, 0, 0, 0
		for _, ei := range order {
			e := &exs[ei]
			st.reset(e.words)
			for !st.terminal() {
				fs = st.actionFeatures(fs)
				var sco [3]float64
				aw.score(fs, sco[:])
				pred, gold := -1, -1
				minCost := 1 << 30
				var costs [3]int
				for a := 0; a < 3; a++ {
					if !st.valid(a) {
						costs[a] = -1
						continue
					}
					costs[a] = st.cost(a, e.gh)
					minCost = min(minCost, costs[a])
					if pred < 0 || sco[a] > sco[pred] {
						pred = a
					}
				}
				for a := 0; a < 3; a++ {
					if costs[a] == minCost && (gold < 0 || sco[a] > sco[gold]) {
						gold = a
					}
				}
				aw.tick()
				next := gold
				if costs[pred] != minCost {
					aw.update(fs, gold, 1)
					aw.update(fs, pred, -1)
					if ep > 0 && rng.Float64() < opt.Explore {
						next = pred
					}
				} else {
					correct++
					next = pred
				}
				total++
				if next == actShift {
					st.apply(actShift, 0)
					continue
				}
				h, d := st.arc(next)
				lab := int32(p.root)
				if h != 0 {
					fs = st.labelFeatures(fs, h, d)
					clear(lscore)
					lw.score(fs, lscore)
					best := -1
					for c, v := range lscore {
						if c != p.root && (best < 0 || v > lscore[best]) {
							best = c
						}
					}
					g := e.gl[d]
					lw.tick()
					if g != int32(p.root) && int32(best) != g {
						lw.update(fs, int(g), 1)
						lw.update(fs, best, -1)
					} else {
						lcorrect++
					}
					ltotal++
					lab = g
					if g == int32(p.root) {
						lab = int32(best)
					}
				}
				st.apply(next, lab)
			}
		}
		opt.Log.Info("parser epoch", "epoch", ep+1, "action_acc", float64(correct)/float64(total), "label_acc", float64(lcorrect)/float64(max(ltotal, 1)))
	}
	p.act = aw.average(opt.Prune).toDense3()
	p.lab = lw.average(opt.Prune)
	return p, nil
}
