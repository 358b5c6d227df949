package nlp

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
)

// dense3 is a weight table for a three-class model (the parser's SHIFT,
// LEFT and RIGHT). The three weights live in the hash slot itself, as
// 16-bit integers scaled by the table's largest weight, beside a 16-bit
// key fingerprint: 8 bytes a feature, one cache miss a lookup, and a table
// half the size of a float one, so most of it stays in the CPU cache. The
// weights as trained (half precision) are kept aside for writing the model.
//
// Build a table with newDense3, add and then finish.
type dense3 struct {
	mask  uint64
	slots []d3slot
	keys  []uint64    // full key per slot, for serialisation only
	half  [][3]uint16 // weights per slot as stored in the model file
	scale float32     // weight of one quantisation step
	nFeat int
}

// d3slot is 8 bytes: a key fingerprint and the quantised weights.
type d3slot struct {
	fp uint16
	w  [3]int16
}

func newDense3(nFeat int) *dense3 {
	size := tableSize(nFeat)
	return &dense3{mask: uint64(size - 1), slots: make([]d3slot, size), keys: make([]uint64, size), half: make([][3]uint16, size)}
}

// add inserts a feature; it reports false if the key was already there.
func (d *dense3) add(key uint64, w [3]uint16) bool {
	i := key & d.mask
	for d.keys[i] != 0 {
		if d.keys[i] == key {
			return false
		}
		i = (i + 1) & d.mask
	}
	d.keys[i] = key
	d.half[i] = w
	d.nFeat++
	return true
}

// finish quantises the added weights into the slots.
func (d *dense3) finish() *dense3 {
	var top uint16
	for i, k := range d.keys {
		if k != 0 {
			for _, h := range d.half[i] {
				top = max(top, h&0x7fff) // halves order by magnitude as integers
			}
		}
	}
	d.scale = max(fromHalf(top), 1e-6) / 32767
	q := quantiser(d.scale)
	for i, k := range d.keys {
		if k == 0 {
			continue
		}
		h := d.half[i]
		d.slots[i] = d3slot{fp: fingerprint(k), w: [3]int16{q[h[0]], q[h[1]], q[h[2]]}}
	}
	return d
}

func (d *dense3) score(feats []uint64, s *[3]float32) {
	// Touch every slot first so the cache misses overlap (see weights.score).
	var touch uint16
	for _, f := range feats {
		touch += d.slots[f&d.mask].fp
	}
	var a0, a1, a2 int32
	if touch == 1 {
		a0++
	}
	for _, f := range feats {
		i := f & d.mask
		fp := fingerprint(f)
		for {
			sl := &d.slots[i]
			if sl.fp == fp {
				a0 += int32(sl.w[0])
				a1 += int32(sl.w[1])
				a2 += int32(sl.w[2])
				break
			}
			if sl.fp == 0 {
				break
			}
			i = (i + 1) & d.mask
		}
	}
	if touch == 1 {
		a0--
	}
	s[0] += float32(a0) * d.scale
	s[1] += float32(a1) * d.scale
	s[2] += float32(a2) * d.scale
}

// toDense3 converts a three-class sparse table.
func (w *weights) toDense3() *dense3 {
	d := newDense3(w.nFeat)
	for i, sl := range w.slots {
		if w.keys[i] == 0 {
			continue
		}
		var v [3]uint16
		for j := sl.start; j < sl.start+uint32(sl.n); j++ {
			v[w.ents[j].c] = w.half[j]
		}
		d.add(w.keys[i], v)
	}
	return d.finish()
}

const dense3Magic = "SPD5"

func (d *dense3) writeTo(bw *bufio.Writer) error {
	kc := newKeyCodec(codecMask(d.nFeat))
	bw.WriteString(dense3Magic)
	putUvarint(bw, uint64(d.nFeat))
	prev := uint64(0)
	for _, i := range kc.order(d.keys) {
		kc.write(bw, d.keys[i], &prev)
		for _, h := range d.half[i] {
			var fb [2]byte
			binary.LittleEndian.PutUint16(fb[:], h)
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
	if br.err != nil || nFeat > 1<<26 || nFeat > br.left()/8 {
		return nil, errors.New("dense weights: bad feature count")
	}
	d := newDense3(int(nFeat))
	kc := newKeyCodec(codecMask(int(nFeat)))
	prev := uint64(0)
	for i := uint64(0); i < nFeat; i++ {
		key := kc.read(br, &prev)
		var v [3]uint16
		for j := range v {
			v[j] = br.u16()
		}
		if br.err != nil || key == 0 {
			return nil, fmt.Errorf("dense weights: feature %d: bad key", i)
		}
		if !d.add(key, v) {
			return nil, fmt.Errorf("dense weights: feature %d: duplicate key", i)
		}
	}
	return d.finish(), nil
}
