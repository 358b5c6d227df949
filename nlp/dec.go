package nlp

import (
	"encoding/binary"
	"errors"
)

// dec decodes a model held in memory. After the first error every read
// returns zero values and err stays set; callers check err once per item
// and never index out of range.
type dec struct {
	b   []byte
	off int
	err error
}

var errTrunc = errors.New("truncated model data")

func (d *dec) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.off = len(d.b)
}

func (d *dec) uvarint() uint64 {
	v, n := binary.Uvarint(d.b[d.off:])
	if n <= 0 {
		d.fail(errTrunc)
		return 0
	}
	d.off += n
	return v
}

func (d *dec) u16() uint16 {
	if len(d.b)-d.off < 2 {
		d.fail(errTrunc)
		return 0
	}
	v := binary.LittleEndian.Uint16(d.b[d.off:])
	d.off += 2
	return v
}

func (d *dec) u64() uint64 {
	if len(d.b)-d.off < 8 {
		d.fail(errTrunc)
		return 0
	}
	v := binary.LittleEndian.Uint64(d.b[d.off:])
	d.off += 8
	return v
}

func (d *dec) bytes(n uint64) []byte {
	if uint64(len(d.b)-d.off) < n {
		d.fail(errTrunc)
		return nil
	}
	v := d.b[d.off : d.off+int(n)]
	d.off += int(n)
	return v
}

// left is the number of bytes not yet read: a bound on what counts read
// from corrupt data may claim.
func (d *dec) left() uint64 { return uint64(len(d.b) - d.off) }
