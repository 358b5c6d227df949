package lemma

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// The binary format, all integers unsigned varints (minimal encoding),
// strings a length and bytes, string lists sorted and front-coded (each
// key as the length it shares with the previous key and the rest):
//
//	magic "SPLEMMA" version byte 1
//	tag count; per tag: name, case policy byte (2 bits a shape, shapes in
//	  order), flags byte (bit 0: strip commas of numbers)
//	UPOS count; per UPOS (sorted): name, tag index
//	known-lemma count; lemmas front-coded
//	per tag: exception count; per exception: key front-coded, lemma as
//	  the length it shares with the key and the rest;
//	  rule count; per rule: suffix front-coded, strip, addition
//	CRC-32 (IEEE) of everything before, 4 bytes little-endian
//
// A model has one encoding: WriteTo output read back and written again is
// the same bytes, and Read rejects any other encoding.
const magic = "SPLEMMA\x01"

// Limits on what Read accepts.
const (
	maxModelBytes = 1 << 28
	maxString     = 1 << 16
)

// WriteTo writes the model in its compact binary form. The bytes depend
// only on the model's contents.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var e encoder
	e.buf.WriteString(magic)
	e.uint(len(m.tags))
	for _, tm := range m.tags {
		e.str(tm.name)
		var policy byte
		for sh, c := range tm.cases {
			policy |= c << (2 * sh)
		}
		var flags byte
		if tm.stripCommas {
			flags |= 1
		}
		e.buf.WriteByte(policy)
		e.buf.WriteByte(flags)
	}
	upos := sortedKeys(m.upos)
	e.uint(len(upos))
	for _, u := range upos {
		e.str(u)
		e.uint(m.upos[u])
	}
	known := sortedKeys(m.known)
	e.uint(len(known))
	prev := ""
	for _, k := range known {
		e.front(prev, k)
		prev = k
	}
	for _, tm := range m.tags {
		keys := sortedKeys(tm.exc)
		e.uint(len(keys))
		prev = ""
		for _, k := range keys {
			e.front(prev, k)
			prev = k
			l := tm.exc[k]
			n := sharedPrefix(k, l)
			e.uint(n)
			e.str(l[n:])
		}
		keys = sortedKeys(tm.rules)
		e.uint(len(keys))
		prev = ""
		for _, k := range keys {
			e.front(prev, k)
			prev = k
			r := tm.rules[k]
			e.uint(r.strip)
			e.str(r.add)
		}
	}
	var sum [4]byte
	binary.LittleEndian.PutUint32(sum[:], crc32.ChecksumIEEE(e.buf.Bytes()))
	e.buf.Write(sum[:])
	n, err := w.Write(e.buf.Bytes())
	return int64(n), err
}

type encoder struct{ buf bytes.Buffer }

func (e *encoder) uint(v int) {
	var b [binary.MaxVarintLen64]byte
	e.buf.Write(b[:binary.PutUvarint(b[:], uint64(v))])
}

func (e *encoder) str(s string) {
	e.uint(len(s))
	e.buf.WriteString(s)
}

// front writes k front-coded against the previous key.
func (e *encoder) front(prev, k string) {
	n := sharedPrefix(prev, k)
	e.uint(n)
	e.str(k[n:])
}

// sharedPrefix returns the length of the longest common byte prefix.
func sharedPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// ErrFormat is wrapped by the errors Read returns for malformed data.
var ErrFormat = errors.New("lemma: malformed model")

// Read reads a model written by WriteTo. It checks the data thoroughly and
// returns an error wrapping ErrFormat for anything malformed.
func Read(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxModelBytes+1))
	if err != nil {
		return nil, fmt.Errorf("lemma: reading model: %w", err)
	}
	if len(data) > maxModelBytes {
		return nil, fmt.Errorf("%w: larger than %d bytes", ErrFormat, maxModelBytes)
	}
	if len(data) < len(magic)+4 || string(data[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: not a lemma model (bad magic)", ErrFormat)
	}
	body := data[:len(data)-4]
	if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(data[len(data)-4:]) {
		return nil, fmt.Errorf("%w: checksum mismatch (corrupt or truncated)", ErrFormat)
	}
	d := &decoder{data: body, off: len(magic)}
	m, err := d.model()
	if err != nil {
		return nil, fmt.Errorf("%w: %v at byte %d", ErrFormat, err, d.off)
	}
	if d.off != len(body) {
		return nil, fmt.Errorf("%w: %d bytes of trailing data at byte %d", ErrFormat, len(body)-d.off, d.off)
	}
	return m, nil
}

type decoder struct {
	data []byte
	off  int
}

var errTruncated = errors.New("unexpected end of data")

func (d *decoder) uint() (int, error) {
	v, n := binary.Uvarint(d.data[d.off:])
	if n <= 0 {
		if n == 0 {
			return 0, errTruncated
		}
		return 0, errors.New("integer overflow")
	}
	if v > 1<<31 {
		return 0, fmt.Errorf("integer %d out of range", v)
	}
	var b [binary.MaxVarintLen64]byte
	if binary.PutUvarint(b[:], v) != n {
		return 0, errors.New("non-minimal integer encoding")
	}
	d.off += n
	return int(v), nil
}

// count reads a count of items each taking at least one byte.
func (d *decoder) count() (int, error) {
	n, err := d.uint()
	if err == nil && n > len(d.data)-d.off {
		err = fmt.Errorf("count %d exceeds the remaining data", n)
	}
	return n, err
}

func (d *decoder) byte() (byte, error) {
	if d.off >= len(d.data) {
		return 0, errTruncated
	}
	d.off++
	return d.data[d.off-1], nil
}

func (d *decoder) str() (string, error) {
	n, err := d.uint()
	if err != nil {
		return "", err
	}
	if n > maxString {
		return "", fmt.Errorf("string of %d bytes", n)
	}
	if n > len(d.data)-d.off {
		return "", errTruncated
	}
	s := string(d.data[d.off : d.off+n])
	d.off += n
	return s, nil
}

// front reads a key front-coded against prev; keys must strictly increase
// and share exactly their common prefix with prev.
func (d *decoder) front(prev string, first bool) (string, error) {
	n, err := d.uint()
	if err != nil {
		return "", err
	}
	if n > len(prev) {
		return "", fmt.Errorf("shared prefix %d longer than the previous key", n)
	}
	rest, err := d.str()
	if err != nil {
		return "", err
	}
	k := prev[:n] + rest
	if !first && (k <= prev || sharedPrefix(prev, k) != n) {
		return "", fmt.Errorf("key %q out of order or not canonically coded", k)
	}
	if !utf8.ValidString(k) {
		return "", fmt.Errorf("key %q is not UTF-8", k)
	}
	return k, nil
}

func (d *decoder) model() (*Model, error) {
	m := &Model{tagID: map[string]int{}, upos: map[string]int{}}
	nTags, err := d.count()
	if err != nil {
		return nil, err
	}
	m.tags = make([]tagModel, nTags)
	for i := range m.tags {
		tm := &m.tags[i]
		if tm.name, err = d.str(); err != nil {
			return nil, err
		}
		if i > 0 && tm.name <= m.tags[i-1].name {
			return nil, fmt.Errorf("tag %q out of order", tm.name)
		}
		m.tagID[tm.name] = i
		policy, err := d.byte()
		if err != nil {
			return nil, err
		}
		for sh := range tm.cases {
			c := policy >> (2 * sh) & 3
			if c >= nCases {
				return nil, fmt.Errorf("tag %q: bad case policy %#x", tm.name, policy)
			}
			tm.cases[sh] = c
		}
		flags, err := d.byte()
		if err != nil {
			return nil, err
		}
		if flags&^1 != 0 {
			return nil, fmt.Errorf("tag %q: unknown flags %#x", tm.name, flags)
		}
		tm.stripCommas = flags&1 != 0
	}
	nUPOS, err := d.count()
	if err != nil {
		return nil, err
	}
	for i, prev := 0, ""; i < nUPOS; i++ {
		u, err := d.str()
		if err != nil {
			return nil, err
		}
		if i > 0 && u <= prev {
			return nil, fmt.Errorf("UPOS %q out of order", u)
		}
		prev = u
		t, err := d.uint()
		if err != nil {
			return nil, err
		}
		if t >= nTags {
			return nil, fmt.Errorf("UPOS %q: tag index %d out of range", u, t)
		}
		m.upos[u] = t
	}
	nKnown, err := d.count()
	if err != nil {
		return nil, err
	}
	if nKnown > 0 {
		m.known = make(map[string]struct{}, nKnown)
	}
	for i, prev := 0, ""; i < nKnown; i++ {
		k, err := d.front(prev, i == 0)
		if err != nil {
			return nil, err
		}
		m.known[k] = struct{}{}
		prev = k
	}
	for i := range m.tags {
		tm := &m.tags[i]
		n, err := d.count()
		if err != nil {
			return nil, err
		}
		tm.exc = make(map[string]string, n)
		for j, prev := 0, ""; j < n; j++ {
			k, err := d.front(prev, j == 0)
			if err != nil {
				return nil, err
			}
			if hasASCIIUpper(k) {
				return nil, fmt.Errorf("tag %q: exception key %q has capitals", tm.name, k)
			}
			prev = k
			keep, err := d.uint()
			if err != nil {
				return nil, err
			}
			rest, err := d.str()
			if err != nil {
				return nil, err
			}
			if keep > len(k) || sharedPrefix(k, k[:keep]+rest) != keep {
				return nil, fmt.Errorf("tag %q: exception %q: lemma not canonically coded", tm.name, k)
			}
			l := k[:keep] + rest
			if !utf8.ValidString(l) {
				return nil, fmt.Errorf("tag %q: exception %q: lemma is not UTF-8", tm.name, k)
			}
			tm.exc[k] = l
		}
		n, err = d.count()
		if err != nil {
			return nil, err
		}
		tm.rules = make(map[string]rule, n)
		for j, prev := 0, ""; j < n; j++ {
			k, err := d.front(prev, j == 0)
			if err != nil {
				return nil, err
			}
			prev = k
			if len(k) > maxKey || hasASCIIUpper(k) {
				return nil, fmt.Errorf("tag %q: bad rule suffix %q", tm.name, k)
			}
			strip, err := d.uint()
			if err != nil {
				return nil, err
			}
			add, err := d.str()
			if err != nil {
				return nil, err
			}
			if strip > len(k) || strip > 0 && !utf8.RuneStart(k[len(k)-strip]) || !utf8.ValidString(add) {
				return nil, fmt.Errorf("tag %q: rule %q: bad rewrite (strip %d, add %q)", tm.name, k, strip, add)
			}
			tm.rules[k] = rule{strip: strip, add: add}
			tm.maxSuffix = max(tm.maxSuffix, len(k))
		}
	}
	return m, nil
}

// String summarises the model's size.
func (m *Model) String() string {
	exc, rules := 0, 0
	for _, tm := range m.tags {
		exc += len(tm.exc)
		rules += len(tm.rules)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "lemma model: %d tags, %d exceptions, %d rules, %d known lemmas", len(m.tags), exc, rules, len(m.known))
	return b.String()
}
