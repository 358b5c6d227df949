package nlp

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
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
	size := 16
	for size < nFeat*2 {
		size <<= 1
	}
	return &dense3{mask: uint64(size - 1), slots: make([]d3slot, size), keys: make([]uint64, size)}
}

func (d *dense3) add(key uint64, w [3]float32) {
	i := key & d.mask
	for d.keys[i] != 0 {
		if d.keys[i] == key {
			return
		}
		i = (i + 1) & d.mask
	}
	d.keys[i] = key
	d.slots[i] = d3slot{fingerprint(key), w}
	d.nFeat++
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

const dense3Magic = "SPD3"

func (d *dense3) writeTo(bw *bufio.Writer) error {
	keys := make([]int, 0, d.nFeat)
	for i, k := range d.keys {
		if k != 0 {
			keys = append(keys, i)
		}
	}
	slices.SortFunc(keys, func(a, b int) int {
		ka, kb := d.keys[a], d.keys[b]
		switch {
		case ka < kb:
			return -1
		case ka > kb:
			return 1
		}
		return 0
	})
	var buf [binary.MaxVarintLen64]byte
	bw.WriteString(dense3Magic)
	n := binary.PutUvarint(buf[:], uint64(len(keys)))
	bw.Write(buf[:n])
	prev := uint64(0)
	for _, i := range keys {
		sl := d.slots[i]
		n := binary.PutUvarint(buf[:], d.keys[i]-prev)
		bw.Write(buf[:n])
		prev = d.keys[i]
		for _, v := range sl.w {
			var fb [2]byte
			binary.LittleEndian.PutUint16(fb[:], toHalf(v))
			bw.Write(fb[:])
		}
	}
	return nil
}

func readDense3(br *bufio.Reader) (*dense3, error) {
	var magic [4]byte
	if _, err := io.ReadFull(br, magic[:]); err != nil {
		return nil, fmt.Errorf("dense weights header: %w", err)
	}
	if string(magic[:]) != dense3Magic {
		return nil, errors.New("dense weights: bad magic")
	}
	nFeat, err := binary.ReadUvarint(br)
	if err != nil || nFeat > 1<<26 {
		return nil, errors.New("dense weights: bad feature count")
	}
	d := newDense3(int(nFeat))
	key := uint64(0)
	for i := uint64(0); i < nFeat; i++ {
		delta, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("dense weights: feature %d: %w", i, err)
		}
		key += delta
		if key == 0 || (i > 0 && delta == 0) {
			return nil, fmt.Errorf("dense weights: feature %d: bad key", i)
		}
		var v [3]float32
		for j := range v {
			var fb [2]byte
			if _, err := io.ReadFull(br, fb[:]); err != nil {
				return nil, fmt.Errorf("dense weights: feature %d: %w", i, err)
			}
			v[j] = fromHalf(binary.LittleEndian.Uint16(fb[:]))
		}
		d.add(key, v)
	}
	return d, nil
}
