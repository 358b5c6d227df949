package nlp

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// trainWeights is an averaged multi-class perceptron under training. Each
// feature owns a sparse row of per-class weights; averaging uses the lazy
// timestamp trick.
type trainWeights struct {
	nClass int
	index  map[uint64]int32
	rows   [][]tEntry
	now    int64
}

type tEntry struct {
	class int32
	stamp int64
	w     float64
	total float64
}

func newTrainWeights(nClass int) *trainWeights {
	return &trainWeights{nClass: nClass, index: make(map[uint64]int32, 1<<20)}
}

// score adds the weights of feats to scores (len nClass).
func (t *trainWeights) score(feats []uint64, scores []float64) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.class] += e.w
		}
	}
}

// tick advances the averaging clock by one example.
func (t *trainWeights) tick() { t.now++ }

// update adds delta to class c of every feature.
func (t *trainWeights) update(feats []uint64, c int, delta float64) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.rows))
			t.index[f] = r
			t.rows = append(t.rows, nil)
		}
		row := t.rows[r]
		found := false
		for i := range row {
			if row[i].class == int32(c) {
				e := &row[i]
				e.total += float64(t.now-e.stamp) * e.w
				e.stamp = t.now
				e.w += delta
				found = true
				break
			}
		}
		if !found {
			t.rows[r] = append(row, tEntry{class: int32(c), stamp: t.now, w: delta})
		}
	}
}

// average returns the averaged weights as a compact table, dropping
// entries whose magnitude is below prune.
func (t *trainWeights) average(prune float64) *weights {
	keys := make([]uint64, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b := newWeightsBuilder(t.nClass, len(keys))
	b.keepExact = true
	var cls []uint16
	var ws []float32
	for _, k := range keys {
		row := t.rows[t.index[k]]
		cls, ws = cls[:0], ws[:0]
		sorted := slices.Clone(row)
		slices.SortFunc(sorted, func(a, b tEntry) int { return int(a.class - b.class) })
		for _, e := range sorted {
			total := e.total + float64(t.now-e.stamp)*e.w
			avg := total / float64(max(t.now, 1))
			if math.Abs(avg) < prune {
				continue
			}
			cls = append(cls, uint16(e.class))
			ws = append(ws, float32(avg))
		}
		if len(cls) > 0 {
			b.add(k, cls, ws)
		}
	}
	return b.build()
}

// weights is a trained, read-only weight table: an open-addressing hash
// from feature to a run of (class, weight) entries. Weights are 16-bit
// integers scaled by the table's largest weight (4-byte entries, 8-byte
// slots), which keeps the tables small enough to stay mostly in the CPU
// cache; the weights as trained (half precision) are kept aside for
// writing the model.
//
// Build one with newWeightsBuilder, add and build.
type weights struct {
	nClass int
	mask   uint64
	slots  []wslot
	keys   []uint64 // full key per slot, for serialisation only
	ents   []went
	half   []uint16 // weight per entry as stored in the model file
	scale  float32  // weight of one quantisation step
	// exact holds the weights as trained, for tables fresh from training:
	// training-time decisions (jackknifed tags, beam-training labels) then
	// use full precision, and the models a training run writes do not
	// depend on the quantisation. Tables read from a file have none.
	exact []float32
	nFeat int
}

// fingerprint is the part of a feature key kept in a hash slot: the high
// 16 bits (the low bits choose the slot), never 0, which marks an empty
// slot. A probe matches a foreign key with a chance near 2^-16, which
// costs a stray feature's weights, far below the models' margins.
func fingerprint(key uint64) uint16 { return uint16(key>>48) | 1 }

// went is one (class, quantised weight) entry of a feature's run.
type went struct {
	w int16
	c uint16
}

// wslot is one hash slot: a key fingerprint (0 = empty) and its run of
// entries [start, start+n).
type wslot struct {
	fp    uint16
	n     uint16
	start uint32
}

type weightsBuilder struct {
	w         *weights
	keepExact bool
}

func newWeightsBuilder(nClass, nFeat int) *weightsBuilder {
	size := tableSize(nFeat)
	return &weightsBuilder{w: &weights{
		nClass: nClass,
		mask:   uint64(size - 1),
		slots:  make([]wslot, size),
		keys:   make([]uint64, size),
	}}
}

// add inserts a feature; it reports false if the key was already there.
func (b *weightsBuilder) add(key uint64, cls []uint16, ws []float32) bool {
	w := b.w
	i := key & w.mask
	for w.keys[i] != 0 {
		if w.keys[i] == key {
			return false
		}
		i = (i + 1) & w.mask
	}
	w.keys[i] = key
	w.slots[i] = wslot{fp: fingerprint(key), start: uint32(len(w.ents)), n: uint16(len(cls))}
	for j, c := range cls {
		w.ents = append(w.ents, went{c: c})
		w.half = append(w.half, toHalf(ws[j]))
		if b.keepExact {
			w.exact = append(w.exact, ws[j])
		}
	}
	w.nFeat++
	return true
}

// build quantises the weights and returns the table.
func (b *weightsBuilder) build() *weights {
	w := b.w
	var top uint16
	for _, h := range w.half {
		top = max(top, h&0x7fff) // halves order by magnitude as integers
	}
	w.scale = max(fromHalf(top), 1e-6) / 32767
	q := quantiser(w.scale)
	for j, h := range w.half {
		w.ents[j].w = q[h]
	}
	return w
}

// quantiser maps every half-precision value to its 16-bit step count at
// the given scale.
func quantiser(scale float32) []int16 {
	q := make([]int16, 1<<16)
	for h := range q {
		v := math.Round(float64(fromHalf(uint16(h)) / scale))
		q[h] = int16(max(min(v, 32767), -32767))
	}
	return q
}

// score sets scores (len nClass) to the summed weights of feats.
//
// The table is larger than the CPU caches, so each feature costs up to two
// cache misses (its slot, then its entries). Touching every slot first, in
// a loop with no data-dependent branches, lets the CPU have those misses
// in flight together; the probing pass then mostly hits the cache.
func (w *weights) score(feats []uint64, scores []float32) {
	clear(scores)
	var touch uint16
	for _, f := range feats {
		touch += w.slots[f&w.mask].fp
	}
	var runs [64]wslot
	nr := 0
	for _, f := range feats {
		i := f & w.mask
		fp := fingerprint(f)
		for {
			sl := &w.slots[i]
			if sl.fp == fp {
				if nr < len(runs) {
					runs[nr] = *sl
					nr++
					touch += w.ents[sl.start].c
				} else {
					w.add(sl, scores)
				}
				break
			}
			if sl.fp == 0 {
				break
			}
			i = (i + 1) & w.mask
		}
	}
	for _, r := range runs[:nr] {
		w.add(&r, scores)
	}
	if touch == 1 { // never true in practice; keeps the touching loads alive
		scores[0] += 0
	}
	if w.exact != nil {
		return
	}
	for c := range scores {
		scores[c] *= w.scale
	}
}

func (w *weights) add(sl *wslot, scores []float32) {
	if w.exact != nil {
		for j := sl.start; j < sl.start+uint32(sl.n); j++ {
			scores[w.ents[j].c] += w.exact[j]
		}
		return
	}
	for _, e := range w.ents[sl.start : sl.start+uint32(sl.n)] {
		scores[e.c] += float32(e.w)
	}
}

// Serialisation: magic, nClass, nFeat, then per feature in ascending key
// order: key delta (uvarint), entry count (uvarint), per entry class
// (uvarint) and float32 bits (little endian).

const weightsMagic = "SPW3"

func (w *weights) writeTo(bw *bufio.Writer) error {
	kc := newKeyCodec(codecMask(w.nFeat))
	bw.WriteString(weightsMagic)
	putUvarint(bw, uint64(w.nClass))
	putUvarint(bw, uint64(w.nFeat))
	prev := uint64(0)
	for _, i := range kc.order(w.keys) {
		kc.write(bw, w.keys[i], &prev)
		st, n := w.slots[i].start, uint32(w.slots[i].n)
		putUvarint(bw, uint64(n))
		for j := st; j < st+n; j++ {
			putUvarint(bw, uint64(w.ents[j].c))
			var fb [2]byte
			binary.LittleEndian.PutUint16(fb[:], w.half[j])
			bw.Write(fb[:])
		}
	}
	return nil
}

func readWeights(br *dec) (*weights, error) {
	if string(br.bytes(4)) != weightsMagic || br.err != nil {
		return nil, errors.New("weights: bad magic")
	}
	nClass := br.uvarint()
	if br.err != nil || nClass == 0 || nClass > 1<<15 {
		return nil, errors.New("weights: bad class count")
	}
	nFeat := br.uvarint()
	if br.err != nil || nFeat > 1<<26 || nFeat > br.left()/4 {
		return nil, errors.New("weights: bad feature count")
	}
	b := newWeightsBuilder(int(nClass), int(nFeat))
	kc := newKeyCodec(codecMask(int(nFeat)))
	prev := uint64(0)
	var cls []uint16
	var ws []float32
	for i := uint64(0); i < nFeat; i++ {
		key := kc.read(br, &prev)
		n := br.uvarint()
		if br.err != nil || key == 0 || n == 0 || n > nClass {
			return nil, fmt.Errorf("weights: feature %d: bad key or entry count", i)
		}
		cls, ws = cls[:0], ws[:0]
		for j := uint64(0); j < n; j++ {
			c := br.uvarint()
			h := br.u16()
			if br.err != nil || c >= nClass {
				return nil, fmt.Errorf("weights: feature %d: bad entry", i)
			}
			cls = append(cls, uint16(c))
			ws = append(ws, fromHalf(h))
		}
		if !b.add(key, cls, ws) {
			return nil, fmt.Errorf("weights: feature %d: duplicate key", i)
		}
	}
	return b.build(), nil
}
