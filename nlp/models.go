package nlp

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"slices"
	"sync"

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

//go:embed model/en_ewt.spm
var embedded []byte

// Default loads the fast models embedded in the binary (greedy parser),
// trained by `sandpiper train` on UD English EWT.
func Default() (*Models, error) { return Load(LoadOptions{}) }

// LoadOptions selects what Load reads.
type LoadOptions struct {
	// Beam also loads the beam-search action model, needed for Beam > 1.
	Beam bool
}

// Load loads the embedded models.
func Load(opt LoadOptions) (*Models, error) {
	m, err := readModels(embedded, opt)
	if err != nil {
		return nil, fmt.Errorf("embedded models: %w", err)
	}
	return m, nil
}

// The model file is a magic line followed by sections, each a name, a
// length, the body and the body's CRC-32 (IEEE). Bodies are not compressed:
// half-precision weights gain only 15 % from gzip, and inflating cost more
// than half of the load time. Sections are decoded in parallel and the
// beam model only when asked for.
const modelsMagic = "SANDPIPER-NLP3\n"

// maxModelBytes bounds the model file.
const maxModelBytes = 1 << 30

// section names, in file order.
func sectionNames() []string {
	return []string{"tagger", "tagger2", "lemma", "parser", "labels", "beam"}
}

// WriteTo writes the models in their compact binary form. The output is a
// deterministic function of the models.
func (m *Models) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	bw := bufio.NewWriter(cw)
	bw.WriteString(modelsMagic)
	for _, name := range sectionNames() {
		var body bytes.Buffer
		sb := bufio.NewWriter(&body)
		present := true
		switch name {
		case "tagger":
			m.Tagger.writeTo(sb)
		case "tagger2":
			present = m.Tagger.second != nil
			if present {
				m.Tagger.second.writeTo(sb)
			}
		case "lemma":
			if _, err := m.Lemma.WriteTo(sb); err != nil {
				return cw.n, fmt.Errorf("write lemmatiser: %w", err)
			}
		case "parser":
			putStrings(sb, m.Parser.labels)
			putUvarint(sb, uint64(m.Parser.root))
			m.Parser.act.writeTo(sb)
		case "labels":
			m.Parser.lab.writeTo(sb)
		case "beam":
			present = m.Parser.beamAct != nil
			if present {
				m.Parser.beamAct.writeTo(sb)
			}
		}
		if !present {
			continue
		}
		if err := sb.Flush(); err != nil {
			return cw.n, err
		}
		putString(bw, name)
		putUvarint(bw, uint64(body.Len()))
		bw.Write(body.Bytes())
		var sum [4]byte
		binary.LittleEndian.PutUint32(sum[:], crc32.ChecksumIEEE(body.Bytes()))
		bw.Write(sum[:])
	}
	if err := bw.Flush(); err != nil {
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

// ReadModels reads models written by WriteTo, beam model included.
// Corrupt input gives an error, never a panic.
func ReadModels(r io.Reader) (*Models, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxModelBytes+1))
	if err != nil {
		return nil, fmt.Errorf("models: %w", err)
	}
	return readModels(data, LoadOptions{Beam: true})
}

func readModels(data []byte, opt LoadOptions) (*Models, error) {
	d := &dec{b: data}
	if string(d.bytes(uint64(len(modelsMagic)))) != modelsMagic {
		return nil, errors.New("models: not a Sandpiper model file")
	}
	bodies := map[string][]byte{}
	for d.off < len(d.b) {
		name, err := readString(d)
		if err != nil {
			return nil, fmt.Errorf("models: section header: %w", err)
		}
		body := d.bytes(d.uvarint())
		sum := d.bytes(4)
		if d.err != nil {
			return nil, fmt.Errorf("models: section %q: %w", name, d.err)
		}
		if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(sum) {
			return nil, fmt.Errorf("models: section %q: checksum mismatch", name)
		}
		if !slices.Contains(sectionNames(), name) {
			return nil, fmt.Errorf("models: unknown section %q", name)
		}
		if _, dup := bodies[name]; dup {
			return nil, fmt.Errorf("models: section %q twice", name)
		}
		bodies[name] = body
	}
	for _, name := range []string{"tagger", "lemma", "parser", "labels"} {
		if bodies[name] == nil {
			return nil, fmt.Errorf("models: no %s section", name)
		}
	}
	if !opt.Beam {
		delete(bodies, "beam")
	}
	// Decode every section on its own goroutine.
	m := &Models{Parser: &Parser{cascadeK: defaultCascadeK, cascadeMargin: defaultCascadeMargin}}
	var second *weights
	var wg sync.WaitGroup
	names := sectionNames()
	errs := make([]error, len(names))
	for i, name := range names {
		body, ok := bodies[name]
		if !ok {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			raw := body
			var err error
			sd := &dec{b: raw}
			switch name {
			case "tagger":
				m.Tagger, err = readTagger(sd)
			case "tagger2":
				second, err = readWeights(sd)
			case "lemma":
				m.Lemma, err = lemma.Read(bytes.NewReader(raw))
				sd.off = len(raw)
			case "parser":
				err = m.Parser.readHead(sd)
			case "labels":
				m.Parser.lab, err = readWeights(sd)
			case "beam":
				m.Parser.beamAct, err = readDense3(sd)
			}
			if err == nil && sd.off != len(raw) {
				err = errors.New("trailing data")
			}
			if err != nil {
				errs[i] = fmt.Errorf("models: section %s: %w", name, err)
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if second != nil {
		if second.nClass != len(m.Tagger.labels) {
			return nil, errors.New("models: second tagger pass does not match the tag set")
		}
		m.Tagger.second = second
	}
	if m.Parser.lab.nClass != len(m.Parser.labels) {
		return nil, errors.New("models: label weights do not match the relations")
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

func readString(br *dec) (string, error) {
	n := br.uvarint()
	if n > 1<<16 {
		return "", errors.New("string too long")
	}
	b := br.bytes(n)
	return string(b), br.err
}

func putStrings(bw *bufio.Writer, ss []string) {
	putUvarint(bw, uint64(len(ss)))
	for _, s := range ss {
		putString(bw, s)
	}
}

func readStrings(br *dec, max int) ([]string, error) {
	n := br.uvarint()
	if br.err != nil || n == 0 || n > uint64(max) {
		return nil, errors.New("bad string list length")
	}
	out := make([]string, n)
	var err error
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
}

func readTagger(br *dec) (*Tagger, error) {
	labels, err := readStrings(br, 1<<12)
	if err != nil {
		return nil, err
	}
	t := &Tagger{confident: defaultConfident}
	if err := t.setLabels(labels); err != nil {
		return nil, err
	}
	n := br.uvarint()
	if br.err != nil || n > 1<<24 || n > br.left()/17 {
		return nil, errors.New("bad lexicon size")
	}
	t.lex = make(map[uint64]lexEntry, n)
	for i := uint64(0); i < n; i++ {
		k := br.u64()
		amb := br.u64()
		f := br.uvarint()
		if br.err != nil || f > uint64(len(labels)) {
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
	return t, nil
}

// readHead reads the parser section: relations, root and action model.
func (p *Parser) readHead(br *dec) error {
	labels, err := readStrings(br, 1<<12)
	if err != nil {
		return err
	}
	root := br.uvarint()
	if br.err != nil || root >= uint64(len(labels)) {
		return errors.New("bad root label")
	}
	p.labels, p.root = labels, int(root)
	p.act, err = readDense3(br)
	return err
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
