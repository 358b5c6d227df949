package nlp

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
)

// dense3 is a weight table for a three-class model (the parser's SHIFT,
// LEFT and RIGHT): the three weights live in the hash slot itself, so a
// feature costs one cache miss.
type dense3 struct {
	mask  uint64
	slots []d3slot
	keys  []uint64 // full key per slot, for serialisation only
	nFeat int
}

// d3slot is 16 bytes: a key fingerprint (see fingerprint) and the weights.
type d3slot struct {
	fp uint32
	w  [3]float32
}

func newDense3(nFeat int) *dense3 {
	size := tableSize(nFeat)
	return &dense3{mask: uint64(size - 1), slots: make([]d3slot, size), keys: make([]uint64, size)}
}

// add inserts a feature; it reports false if the key was already there.
func (d *dense3) add(key uint64, w [3]float32) bool {
	i := key & d.mask
	for d.keys[i] != 0 {
		if d.keys[i] == key {
			return false
		}
		i = (i + 1) & d.mask
	}
	d.keys[i] = key
	d.slots[i] = d3slot{fingerprint(key), w}
	d.nFeat++
	return true
}

func (d *dense3) score(feats []uint64, s *[3]float32) {
	// Touch every slot first so the cache misses overlap (see weights.score).
	var touch uint32
	for _, f := range feats {
		touch += d.slots[f&d.mask].fp
	}
	if touch == 1 {
		s[0] += 0
	}
	for _, f := range feats {
		i := f & d.mask
		fp := fingerprint(f)
		for {
			sl := &d.slots[i]
			if sl.fp == fp {
				s[0] += sl.w[0]
				s[1] += sl.w[1]
				s[2] += sl.w[2]
				break
			}
			if sl.fp == 0 {
				break
			}
			i = (i + 1) & d.mask
		}
	}
}

// toDense3 converts a three-class sparse table.
func (w *weights) toDense3() *dense3 {
	d := newDense3(w.nFeat)
	for i, sl := range w.slots {
		if w.keys[i] == 0 {
			continue
		}
		var v [3]float32
		for j := sl.start; j < sl.start+sl.n; j++ {
			v[w.ents[j].c] = w.ents[j].w
		}
		d.add(w.keys[i], v)
	}
	return d
}

const dense3Magic = "SPD5"

func (d *dense3) writeTo(bw *bufio.Writer) error {
	kc := newKeyCodec(codecMask(d.nFeat))
	bw.WriteString(dense3Magic)
	putUvarint(bw, uint64(d.nFeat))
	prev := uint64(0)
	for _, i := range kc.order(d.keys) {
		kc.write(bw, d.keys[i], &prev)
		for _, v := range d.slots[i].w {
			var fb [2]byte
			binary.LittleEndian.PutUint16(fb[:], toHalf(v))
			bw.Write(fb[:])
		}
	}
	return nil
}

func readDense3(br *dec) (*dense3, error) {
	if string(br.bytes(4)) != dense3Magic || br.err != nil {
		return nil, errors.New("dense weights: bad magic")
	}
	nFeat := br.uvarint()
	if br.err != nil || nFeat > 1<<26 {
		return nil, errors.New("dense weights: bad feature count")
	}
	d := newDense3(int(nFeat))
	kc := newKeyCodec(codecMask(int(nFeat)))
	prev := uint64(0)
	for i := uint64(0); i < nFeat; i++ {
		key := kc.read(br, &prev)
		var v [3]float32
		for j := range v {
			v[j] = fromHalf(br.u16())
		}
		if br.err != nil || key == 0 {
			return nil, fmt.Errorf("dense weights: feature %d: bad key", i)
		}
		if !d.add(key, v) {
			return nil, fmt.Errorf("dense weights: feature %d: duplicate key", i)
		}
	}
	return d, nil
}
