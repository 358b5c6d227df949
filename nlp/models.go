package nlp

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"

	"sandpiper/doc"
	"sandpiper/nlp/lemma"
)

// Models bundles the tagger, lemmatiser and parser that annotate text.
type Models struct {
	Tagger *Tagger
	Lemma  *lemma.Model
	Parser *Parser
	// Beam is the parser's beam width: 0 or 1 parses greedily (the fast
	// default); wider beams use the beam-trained action model, slower and
	// more accurate.
	Beam int
}

//go:embed model/en_ewt.spm.gz
var embedded []byte

// Default loads the models embedded in the binary, trained by
// `sandpiper train` on UD English EWT.
func Default() (*Models, error) {
	m, err := ReadModels(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("embedded models: %w", err)
	}
	return m, nil
}

const modelsMagic = "SANDPIPER-NLP1\n"

// WriteTo writes the models in their compact binary form (gzip). The
// output is a deterministic function of the models.
func (m *Models) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(modelsMagic)
	m.Tagger.writeTo(bw)
	var lb bytes.Buffer
	if _, err := m.Lemma.WriteTo(&lb); err != nil {
		return cw.n, fmt.Errorf("write lemmatiser: %w", err)
	}
	putUvarint(bw, uint64(lb.Len()))
	bw.Write(lb.Bytes())
	m.Parser.writeTo(bw)
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	if err := zw.Close(); err != nil {
		return cw.n, err
	}
	return cw.n, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ReadModels reads models written by WriteTo. Corrupt input gives an
// error, never a panic.
func ReadModels(r io.Reader) (*Models, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("models: %w", err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	magic := make([]byte, len(modelsMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelsMagic {
		return nil, errors.New("models: not a Sandpiper model file")
	}
	m := &Models{}
	if m.Tagger, err = readTagger(br); err != nil {
		return nil, fmt.Errorf("models: tagger: %w", err)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<28 {
		return nil, errors.New("models: bad lemmatiser length")
	}
	lb := make([]byte, n)
	if _, err := io.ReadFull(br, lb); err != nil {
		return nil, fmt.Errorf("models: lemmatiser: %w", err)
	}
	if m.Lemma, err = lemma.Read(bytes.NewReader(lb)); err != nil {
		return nil, fmt.Errorf("models: lemmatiser: %w", err)
	}
	if m.Parser, err = readParser(br); err != nil {
		return nil, fmt.Errorf("models: parser: %w", err)
	}
	return m, nil
}

func putUvarint(bw *bufio.Writer, v uint64) {
	var buf [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(buf[:], v)
	bw.Write(buf[:n])
}

func putString(bw *bufio.Writer, s string) {
	putUvarint(bw, uint64(len(s)))
	bw.WriteString(s)
}

func readString(br *bufio.Reader) (string, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return "", err
	}
	if n > 1<<16 {
		return "", errors.New("string too long")
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(br, b); err != nil {
		return "", err
	}
	return string(b), nil
}

func putStrings(bw *bufio.Writer, ss []string) {
	putUvarint(bw, uint64(len(ss)))
	for _, s := range ss {
		putString(bw, s)
	}
}

func readStrings(br *bufio.Reader, max int) ([]string, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil || n == 0 || n > uint64(max) {
		return nil, errors.New("bad string list length")
	}
	out := make([]string, n)
	for i := range out {
		if out[i], err = readString(br); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (t *Tagger) writeTo(bw *bufio.Writer) {
	putStrings(bw, t.labels)
	keys := make([]uint64, 0, len(t.lex))
	for k := range t.lex {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	putUvarint(bw, uint64(len(keys)))
	var b8 [8]byte
	for _, k := range keys {
		e := t.lex[k]
		binary.LittleEndian.PutUint64(b8[:], k)
		bw.Write(b8[:])
		binary.LittleEndian.PutUint64(b8[:], e.amb)
		bw.Write(b8[:])
		putUvarint(bw, uint64(e.fixed+1))
	}
	t.w.writeTo(bw)
	if t.second != nil {
		bw.WriteByte(1)
		t.second.writeTo(bw)
	} else {
		bw.WriteByte(0)
	}
}

func readTagger(br *bufio.Reader) (*Tagger, error) {
	labels, err := readStrings(br, 1<<12)
	if err != nil {
		return nil, err
	}
	t := &Tagger{labels: labels}
	for _, l := range labels {
		u, x, ok := cutTab(l)
		if !ok {
			return nil, fmt.Errorf("bad tag label %q", l)
		}
		t.upos = append(t.upos, u)
		t.xpos = append(t.xpos, x)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<24 {
		return nil, errors.New("bad lexicon size")
	}
	t.lex = make(map[uint64]lexEntry, n)
	var b8 [8]byte
	for i := uint64(0); i < n; i++ {
		if _, err := io.ReadFull(br, b8[:]); err != nil {
			return nil, err
		}
		k := binary.LittleEndian.Uint64(b8[:])
		if _, err := io.ReadFull(br, b8[:]); err != nil {
			return nil, err
		}
		amb := binary.LittleEndian.Uint64(b8[:])
		f, err := binary.ReadUvarint(br)
		if err != nil || f > uint64(len(labels)) {
			return nil, errors.New("bad lexicon entry")
		}
		t.lex[k] = lexEntry{amb: amb, fixed: int32(f) - 1}
	}
	if t.w, err = readWeights(br); err != nil {
		return nil, err
	}
	if t.w.nClass != len(labels) {
		return nil, errors.New("tagger weights do not match labels")
	}
	two, err := br.ReadByte()
	if err != nil || two > 1 {
		return nil, errors.New("bad second-pass flag")
	}
	if two == 1 {
		if t.second, err = readWeights(br); err != nil {
			return nil, fmt.Errorf("second pass: %w", err)
		}
		if t.second.nClass != len(labels) {
			return nil, errors.New("second-pass weights do not match labels")
		}
	}
	return t, nil
}

func cutTab(s string) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == '\t' {
			return s[:i], s[i+1:], true
		}
	}
	return "", "", false
}

func (p *Parser) writeTo(bw *bufio.Writer) {
	putStrings(bw, p.labels)
	putUvarint(bw, uint64(p.root))
	p.act.writeTo(bw)
	p.lab.writeTo(bw)
	if p.beamAct != nil {
		bw.WriteByte(1)
		p.beamAct.writeTo(bw)
	} else {
		bw.WriteByte(0)
	}
}

func readParser(br *bufio.Reader) (*Parser, error) {
	labels, err := readStrings(br, 1<<12)
	if err != nil {
		return nil, err
	}
	root, err := binary.ReadUvarint(br)
	if err != nil || root >= uint64(len(labels)) {
		return nil, errors.New("bad root label")
	}
	p := &Parser{labels: labels, root: int(root)}
	if p.act, err = readDense3(br); err != nil {
		return nil, err
	}
	if p.lab, err = readWeights(br); err != nil {
		return nil, err
	}
	if p.lab.nClass != len(labels) {
		return nil, errors.New("label weights do not match labels")
	}
	hasBeam, err := br.ReadByte()
	if err != nil || hasBeam > 1 {
		return nil, errors.New("bad beam model flag")
	}
	if hasBeam == 1 {
		if p.beamAct, err = readDense3(br); err != nil {
			return nil, fmt.Errorf("beam model: %w", err)
		}
	}
	return p, nil
}

// Scratch holds per-goroutine buffers for Annotate. A Models value is
// read-only and safe for concurrent use; each goroutine needs its own
// Scratch.
type Scratch struct {
	tag   tagScratch
	parse parseScratch
	beam  beamScratch
	ids   []int
	words []pword
	forms []string
	upos  []string
	xpos  []string
}

// Annotate tags, lemmatises and parses every sentence of d, setting UPOS,
// XPOS, Lemma, Head and Rel on its tokens. It needs d.Sentences and the
// tokens' Form (package text sets them).
func (m *Models) Annotate(ctx context.Context, d *doc.Document, sc *Scratch) error {
	if sc == nil {
		sc = &Scratch{}
	}
	for si, s := range d.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("annotate %s: %w", d.ID, err)
			}
		}
		if s.First < 0 || s.Last > len(d.Tokens) || s.First > s.Last {
			return fmt.Errorf("annotate %s: sentence %d has bad token range [%d,%d)", d.ID, si, s.First, s.Last)
		}
		toks := d.Tokens[s.First:s.Last]
		if len(toks) == 0 {
			continue
		}
		m.annotateSentence(sc, toks, s.First)
	}
	return nil
}

func (m *Models) annotateSentence(sc *Scratch, toks []doc.Token, first int) {
	sc.forms = sc.forms[:0]
	for i := range toks {
		sc.forms = append(sc.forms, toks[i].Form)
	}
	sc.ids = m.Tagger.tag(&sc.tag, sc.forms, sc.ids)
	sc.upos, sc.xpos = sc.upos[:0], sc.xpos[:0]
	for i, c := range sc.ids {
		u, x := m.Tagger.upos[c], m.Tagger.xpos[c]
		sc.upos = append(sc.upos, u)
		sc.xpos = append(sc.xpos, x)
		toks[i].UPOS, toks[i].XPOS = u, x
		toks[i].Lemma = m.Lemma.Lemma(toks[i].Form, u, x)
	}
	sc.words = makeWords(sc.forms, sc.upos, sc.xpos, m.Tagger.lex, sc.words)
	var heads, labels []int32
	if m.Beam > 1 {
		heads, labels = m.Parser.parseBeam(&sc.beam, sc.words, m.Beam)
	} else {
		m.Parser.parse(&sc.parse, sc.words)
		heads, labels = sc.parse.st.head, sc.parse.st.label
	}
	for i := range toks {
		h := heads[i+1]
		if h <= 0 {
			toks[i].Head = doc.Root
		} else {
			toks[i].Head = first + int(h) - 1
		}
		if l := labels[i+1]; l >= 0 && int(l) < len(m.Parser.labels) {
			toks[i].Rel = m.Parser.labels[l]
		} else {
			toks[i].Rel = "dep"
		}
	}
}
