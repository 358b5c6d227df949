package nlp

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
)

// Beam search over arc-hybrid transitions with a globally trained action
// model (structured perceptron with max-violation updates). Arc labels
// come from the same label model as the greedy parser.

// copyFrom makes s an independent copy of o, reusing s's storage.
func (s *pstate) copyFrom(o *pstate) {
	s.n, s.words, s.b = o.n, o.words, o.b
	s.stack = append(s.stack[:0], o.stack...)
	s.head = append(s.head[:0], o.head...)
	s.label = append(s.label[:0], o.label...)
	s.l1 = append(s.l1[:0], o.l1...)
	s.l2 = append(s.l2[:0], o.l2...)
	s.r1 = append(s.r1[:0], o.r1...)
	s.r2 = append(s.r2[:0], o.r2...)
	s.nl = append(s.nl[:0], o.nl...)
	s.nr = append(s.nr[:0], o.nr...)
	s.lset = append(s.lset[:0], o.lset...)
	s.rset = append(s.rset[:0], o.rset...)
	s.punctN = append(s.punctN[:0], o.punctN...)
}

type beamItem struct {
	st    pstate
	score float64
	hist  []uint8 // actions taken
	labs  []int32 // label per action (arcs only)
	gold  bool    // still on the gold path (training)
}

type beamCand struct {
	item  int
	act   int
	score float64
}

type beamScratch struct {
	cur, next []*beamItem
	pool      []*beamItem
	cands     []beamCand
	fs        []uint64
	ps        parseScratch
}

func (b *beamScratch) get() *beamItem {
	if n := len(b.pool); n > 0 {
		it := b.pool[n-1]
		b.pool = b.pool[:n-1]
		return it
	}
	return &beamItem{}
}

func (b *beamScratch) release(items []*beamItem) {
	b.pool = append(b.pool, items...)
}

func sortCands(c []beamCand) {
	slices.SortStableFunc(c, func(a, b beamCand) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return 0
	})
}

// beamWeights is the action scorer for beam search: a trained table at
// run time, or the training weights.
type actScorer interface {
	scoreAct(fs []uint64, s *[3]float64)
}

func (d *dense3) scoreAct(fs []uint64, s *[3]float64) {
	var f [3]float32
	d.score(fs, &f)
	s[0], s[1], s[2] = float64(f[0]), float64(f[1]), float64(f[2])
}

type trainScorer struct{ w *trainWeights }

func (t trainScorer) scoreAct(fs []uint64, s *[3]float64) {
	*s = [3]float64{}
	t.w.score(fs, s[:])
}

// labelFor predicts the label of arc h→d in state st.
func (p *Parser) labelFor(sc *parseScratch, st *pstate, h, d int32) int32 {
	if h == 0 {
		return int32(p.root)
	}
	sc.fs = st.labelFeatures(sc.fs, h, d)
	if len(sc.lscore) != len(p.labels) {
		sc.lscore = make([]float32, len(p.labels))
	}
	clear(sc.lscore)
	p.lab.score(sc.fs, sc.lscore)
	best := -1
	for c, v := range sc.lscore {
		if c != p.root && (best < 0 || v > sc.lscore[best]) {
			best = c
		}
	}
	return int32(best)
}

// beamStep expands the current beam by one transition into b.next (at most
// k items). When gh is set, it marks items on the gold path and returns
// whether the gold item survived.
func (p *Parser) beamStep(b *beamScratch, sc actScorer, k int, gh []int32, gl []int32) bool {
	b.cands = b.cands[:0]
	for i, it := range b.cur {
		if it.st.terminal() {
			b.cands = append(b.cands, beamCand{i, -1, it.score})
			continue
		}
		b.fs = it.st.actionFeatures(b.fs)
		var s [3]float64
		sc.scoreAct(b.fs, &s)
		for a := 0; a < 3; a++ {
			if it.st.valid(a) {
				b.cands = append(b.cands, beamCand{i, a, it.score + s[a]})
			}
		}
	}
	sortCands(b.cands)
	goldAlive := false
	goldAct := -1
	if gh != nil {
		for _, it := range b.cur {
			if it.gold {
				goldAct = staticOracle(&it.st, gh)
				break
			}
		}
	}
	b.next = b.next[:0]
	for _, c := range b.cands {
		if len(b.next) == k {
			break
		}
		src := b.cur[c.item]
		it := b.get()
		it.st.copyFrom(&src.st)
		it.score = c.score
		it.hist = append(it.hist[:0], src.hist...)
		it.labs = append(it.labs[:0], src.labs...)
		it.gold = false
		if c.act >= 0 {
			lab := int32(-1)
			if c.act != actShift {
				h, d := it.st.arc(c.act)
				if gl != nil && src.gold && c.act == goldAct {
					lab = gl[d]
				} else {
					lab = p.labelFor(&b.ps, &it.st, h, d)
				}
			}
			it.st.apply(c.act, max(lab, 0))
			it.hist = append(it.hist, uint8(c.act))
			it.labs = append(it.labs, lab)
			if gh != nil && src.gold && c.act == goldAct {
				it.gold = true
				goldAlive = true
			}
		} else if src.gold {
			it.gold = true
			goldAlive = true
		}
		b.next = append(b.next, it)
	}
	b.release(b.cur)
	b.cur, b.next = b.next, b.cur
	return goldAlive
}

// staticOracle returns the canonical gold action of a state on the gold
// path: LEFT or RIGHT when it costs nothing, else SHIFT.
func staticOracle(st *pstate, gh []int32) int {
	for _, a := range [...]int{actLeft, actRight, actShift} {
		if st.valid(a) && st.cost(a, gh) == 0 {
			return a
		}
	}
	for _, a := range [...]int{actShift, actLeft, actRight} {
		if st.valid(a) {
			return a
		}
	}
	return actShift
}

func (b *beamScratch) init(words []pword) {
	b.release(b.cur)
	b.cur = b.cur[:0]
	it := b.get()
	it.st.reset(words)
	it.score = 0
	it.hist, it.labs = it.hist[:0], it.labs[:0]
	it.gold = true
	b.cur = append(b.cur, it)
}

func (b *beamScratch) done() bool {
	for _, it := range b.cur {
		if !it.st.terminal() {
			return false
		}
	}
	return true
}

// parseBeam parses words with beam width k and returns heads and labels
// (index 0 is ROOT).
func (p *Parser) parseBeam(b *beamScratch, words []pword, k int) (heads, labels []int32) {
	if p.beamAct == nil {
		p.parse(&b.ps, words)
		return b.ps.st.head, b.ps.st.label
	}
	b.init(words)
	for !b.done() {
		p.beamStep(b, p.beamAct, k, nil, nil)
	}
	best := b.cur[0]
	return best.st.head, best.st.label
}

// replay applies a history to a fresh state, collecting the features of
// each step under its action into acc (feature → action → count).
func replay(st *pstate, words []pword, hist []uint8, labs []int32, upto int, acc map[[2]uint64]float64, sign float64) {
	st.reset(words)
	var fs []uint64
	for i := 0; i < upto && i < len(hist); i++ {
		fs = st.actionFeatures(fs)
		a := int(hist[i])
		for _, f := range fs {
			acc[[2]uint64{f, uint64(a)}] += sign
		}
		st.apply(a, max(labs[i], 0))
	}
}

// TrainBeam trains the beam action model on top of a trained parser (its
// label model is reused), with max-violation-style early updates.
func (p *Parser) TrainBeam(ctx context.Context, exs []BeamExample, k, epochs int, seed uint64, prune float64, logf func(string, ...any)) error {
	tw := newTrainWeights(3)
	sc := trainScorer{tw}
	rng := rand.New(rand.NewPCG(seed, 0xbea3))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	var b beamScratch
	var st pstate
	acc := map[[2]uint64]float64{}
	for ep := 0; ep < epochs; ep++ {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("train beam: %w", err)
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		updates := 0
		for _, ei := range order {
			e := &exs[ei]
			b.init(e.words)
			var goldHist []uint8
			var goldLabs []int32
			tw.tick()
			for !b.done() {
				// Remember the gold item before the step.
				var g *beamItem
				for _, it := range b.cur {
					if it.gold {
						g = it
						break
					}
				}
				alive := p.beamStep(&b, sc, k, e.gh, e.gl)
				if !alive {
					// Early update: gold prefix (plus its next action) against the best item.
					goldHist = append(append(goldHist[:0], g.hist...), uint8(staticOracle(&g.st, e.gh)))
					goldLabs = append(goldLabs[:0], g.labs...)
					goldLabs = append(goldLabs, e.gl[g.st.stack[len(g.st.stack)-1]])
					break
				}
			}
			best := b.cur[0]
			if best.gold && goldHist == nil {
				continue
			}
			if goldHist == nil {
				for _, it := range b.cur {
					if it.gold {
						goldHist, goldLabs = append(goldHist[:0], it.hist...), append(goldLabs[:0], it.labs...)
					}
				}
				if goldHist == nil {
					continue
				}
			}
			clear(acc)
			upto := len(goldHist)
			replay(&st, e.words, goldHist, goldLabs, upto, acc, 1)
			replay(&st, e.words, best.hist, best.labs, min(upto, len(best.hist)), acc, -1)
			updates++
			keys := make([][2]uint64, 0, len(acc))
			for key, v := range acc {
				if v != 0 {
					keys = append(keys, key)
				}
			}
			slices.SortFunc(keys, func(a, b [2]uint64) int {
				if a[0] != b[0] {
					if a[0] < b[0] {
						return -1
					}
					return 1
				}
				return int(a[1]) - int(b[1])
			})
			for _, key := range keys {
				tw.update([]uint64{key[0]}, int(key[1]), acc[key])
			}
		}
		if logf != nil {
			logf("beam epoch", "epoch", ep+1, "updates", updates)
		}
	}
	p.beamAct = tw.average(prune).toDense3()
	return nil
}

// BeamExample is one training sentence for the beam model.
type BeamExample struct {
	words []pword
	gh    []int32
	gl    []int32
}
