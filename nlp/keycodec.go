package nlp

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"math/bits"
	"slices"
)

// Keys are written in hash-table order: sorted by home slot (key & mask),
// each as the gap from the previous home slot (uvarint) and the key's bits
// above the mask (fixed width). Loading then fills the table front to
// back, which is several times faster than inserting in random order.

// codecMask is the mask the file encoding uses for nFeat features: the
// smallest power of two of at least 2*nFeat slots (and 16), minus one. It
// is part of the file format and independent of the in-memory table size.
func codecMask(nFeat int) uint64 {
	size := 16
	for size < nFeat*2 {
		size <<= 1
	}
	return uint64(size - 1)
}

// tableSize is the number of slots of an in-memory table for nFeat
// features: a power of two keeping the load factor at most 0.7, so the
// tables stay small enough to live mostly in the CPU cache.
func tableSize(nFeat int) int {
	size := 16
	for size*7 < nFeat*10 {
		size <<= 1
	}
	return size
}

// keyCodec describes a table of size 1<<shift.
type keyCodec struct {
	shift uint
	mask  uint64
	width int // bytes of key >> shift
}

func newKeyCodec(mask uint64) keyCodec {
	shift := uint(bits.Len64(mask))
	return keyCodec{shift: shift, mask: mask, width: (64 - int(shift) + 7) / 8}
}

// order returns the slot indexes holding keys, in writing order.
func (c keyCodec) order(keys []uint64) []int {
	var idx []int
	for i, k := range keys {
		if k != 0 {
			idx = append(idx, i)
		}
	}
	slices.SortFunc(idx, func(a, b int) int {
		ka, kb := keys[a], keys[b]
		if r := cmp.Compare(ka&c.mask, kb&c.mask); r != 0 {
			return r
		}
		return cmp.Compare(ka, kb)
	})
	return idx
}

func (c keyCodec) write(bw *bufio.Writer, key uint64, prevHome *uint64) {
	home := key & c.mask
	var buf [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(buf[:], home-*prevHome)
	bw.Write(buf[:n])
	*prevHome = home
	var hb [8]byte
	binary.LittleEndian.PutUint64(hb[:], key>>c.shift)
	bw.Write(hb[:c.width])
}

func (c keyCodec) read(d *dec, prevHome *uint64) uint64 {
	home := *prevHome + d.uvarint()
	*prevHome = home
	hb := d.bytes(uint64(c.width))
	if d.err != nil || home > c.mask {
		d.fail(errTrunc)
		return 0
	}
	var b8 [8]byte
	copy(b8[:], hb)
	return binary.LittleEndian.Uint64(b8[:])<<c.shift | home
}
