package nlp

import "math"

// prune returns a copy of w without features whose largest weight
// magnitude is below tau.
func (w *weights) prune(tau float32) *weights {
	n := 0
	for i, sl := range w.slots {
		if w.keys[i] != 0 && w.maxAbs(sl) >= tau {
			n++
		}
	}
	b := newWeightsBuilder(w.nClass, n)
	for i, sl := range w.slots {
		if w.keys[i] != 0 && w.maxAbs(sl) >= tau {
			var cls []uint16
			var ws []float32
			for _, e := range w.ents[sl.start : sl.start+sl.n] {
				cls = append(cls, e.c)
				ws = append(ws, e.w)
			}
			b.add(w.keys[i], cls, ws)
		}
	}
	return b.build()
}

func (w *weights) maxAbs(sl wslot) float32 {
	var m float32
	for _, e := range w.ents[sl.start : sl.start+sl.n] {
		m = max(m, float32(math.Abs(float64(e.w))))
	}
	return m
}

// prune returns a copy of d without features whose largest weight
// magnitude is below tau.
func (d *dense3) prune(tau float32) *dense3 {
	keep := func(i int) bool {
		w := d.slots[i].w
		return d.keys[i] != 0 && max(abs32(w[0]), abs32(w[1]), abs32(w[2])) >= tau
	}
	n := 0
	for i := range d.slots {
		if keep(i) {
			n++
		}
	}
	out := newDense3(n)
	for i, sl := range d.slots {
		if keep(i) {
			out.add(d.keys[i], sl.w)
		}
	}
	return out
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}
