// Package conllu reads and writes CoNLL-U, the Universal Dependencies
// treebank format, to and from doc.Document values. Each sentence becomes
// a doc.Sentence; multiword token lines (3-4 don't) mark their first word's
// MultiWord count; empty nodes (8.1) are skipped. The sentence's "# text"
// comment is kept as the sentence text; token offsets index it.
package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"sandpiper/doc"
)

// Error reports a malformed line.
type Error struct {
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("conllu: line %d: %s", e.Line, e.Msg) }

// Sentence is one CoNLL-U sentence: its comments, its raw text (from
// "# text = …", possibly empty) and its words.
type Sentence struct {
	ID    string // "# sent_id"
	Text  string // "# text"
	Words []Word
	Line  int // line number of the first word
	// NewDoc and NewPar report "# newdoc" and "# newpar" comments: the
	// sentence starts a document or a paragraph.
	NewDoc, NewPar bool
	// DocID is the id of the document the sentence belongs to: the latest
	// "# newdoc id = …" at or before it.
	DocID string
}

// Word is one syntactic word line.
type Word struct {
	Form, Lemma, UPOS, XPOS, Feats string
	Head                           int // 0 = root, 1-based otherwise
	Rel, Deps, Misc                string
	// MultiWord > 0 on the first word of a multiword token spanning that
	// many words; Surface holds that token's surface form.
	MultiWord int
	Surface   string
}

// SpaceAfter reports whether MISC lacks SpaceAfter=No.
func (w Word) SpaceAfter() bool { return !strings.Contains(w.Misc, "SpaceAfter=No") }

// MaxLine is the longest line accepted.
const MaxLine = 1 << 24

// Reader reads sentences one at a time.
type Reader struct {
	sc    *bufio.Scanner
	line  int
	err   error
	docID string
}

// NewReader returns a Reader over r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), MaxLine)
	return &Reader{sc: sc}
}

// Next returns the next sentence, or io.EOF after the last.
func (r *Reader) Next() (*Sentence, error) {
	if r.err != nil {
		return nil, r.err
	}
	var s *Sentence
	pendingMW, pendingSurface, pendingEnd := 0, "", 0
	for r.sc.Scan() {
		r.line++
		line := r.sc.Text()
		if !utf8.ValidString(line) {
			r.err = &Error{r.line, "invalid UTF-8"}
			return nil, r.err
		}
		if strings.TrimSpace(line) == "" {
			if s != nil && len(s.Words) > 0 {
				return s, s.validate()
			}
			s = nil
			continue
		}
		if s == nil {
			s = &Sentence{Line: r.line}
		}
		s.DocID = r.docID
		if strings.HasPrefix(line, "#") {
			switch c := strings.TrimSpace(strings.TrimPrefix(line, "#")); {
			case strings.HasPrefix(c, "newdoc"):
				s.NewDoc = true
				if _, id, ok := strings.Cut(c, "="); ok {
					r.docID = strings.TrimSpace(id)
				} else {
					r.docID = ""
				}
			case strings.HasPrefix(c, "newpar"):
				s.NewPar = true
			}
			k, v, ok := strings.Cut(strings.TrimPrefix(line, "#"), "=")
			if ok {
				switch strings.TrimSpace(k) {
				case "text":
					s.Text = strings.TrimSpace(v)
				case "sent_id":
					s.ID = strings.TrimSpace(v)
				}
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			r.err = &Error{r.line, fmt.Sprintf("want 10 tab-separated fields, got %d", len(f))}
			return nil, r.err
		}
		id := f[0]
		if strings.Contains(id, ".") {
			continue // empty node
		}
		if a, b, ok := strings.Cut(id, "-"); ok {
			lo, err1 := strconv.Atoi(a)
			hi, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || hi < lo || lo != len(s.Words)+1 {
				r.err = &Error{r.line, fmt.Sprintf("bad multiword range %q", id)}
				return nil, r.err
			}
			pendingMW, pendingSurface, pendingEnd = hi-lo+1, f[1], hi
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil || n != len(s.Words)+1 {
			r.err = &Error{r.line, fmt.Sprintf("bad word id %q (want %d)", id, len(s.Words)+1)}
			return nil, r.err
		}
		head := 0
		if f[6] != "_" {
			head, err = strconv.Atoi(f[6])
			if err != nil || head < 0 {
				r.err = &Error{r.line, fmt.Sprintf("bad head %q", f[6])}
				return nil, r.err
			}
		}
		w := Word{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5], Head: head, Rel: f[7], Deps: f[8], Misc: f[9]}
		if pendingMW > 0 {
			w.MultiWord, w.Surface = pendingMW, pendingSurface
			pendingMW = 0
		}
		if pendingEnd > 0 && n == pendingEnd {
			pendingEnd = 0
		}
		s.Words = append(s.Words, w)
	}
	if err := r.sc.Err(); err != nil {
		r.err = fmt.Errorf("conllu: line %d: %w", r.line+1, err)
		return nil, r.err
	}
	r.err = io.EOF
	if s != nil && len(s.Words) > 0 {
		return s, s.validate()
	}
	return nil, io.EOF
}

func (s *Sentence) validate() error {
	for i, w := range s.Words {
		if w.MultiWord > 0 && i+w.MultiWord > len(s.Words) {
			return &Error{s.Line + i, fmt.Sprintf("multiword token %q runs past the sentence", w.Surface)}
		}
		if w.Head > len(s.Words) {
			return &Error{s.Line + i, fmt.Sprintf("head %d out of range", w.Head)}
		}
	}
	return nil
}

// ReadAll reads every sentence from r.
func ReadAll(r io.Reader) ([]*Sentence, error) {
	cr := NewReader(r)
	var out []*Sentence
	for {
		s, err := cr.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// Document builds a document from gold sentences. Its text is the
// sentences' text joined by newlines (reconstructed from forms and
// SpaceAfter when "# text" is absent); tokens carry gold annotation.
// Token offsets are exact when the words' forms (or multiword surfaces)
// appear in order in the text; otherwise they fall back to the
// reconstructed layout.
func Document(id string, sents []*Sentence) *doc.Document {
	d := &doc.Document{ID: id}
	var b strings.Builder
	for _, s := range sents {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		base := b.Len()
		txt := s.Text
		if txt == "" {
			txt = Reconstruct(s)
		}
		b.WriteString(txt)
		first := len(d.Tokens)
		pos := 0
		mwLeft, mwEnd := 0, 0
		for _, w := range s.Words {
			t := doc.Token{Form: w.Form, Lemma: w.Lemma, UPOS: w.UPOS, XPOS: w.XPOS, Rel: w.Rel, SpaceAfter: w.SpaceAfter(), MultiWord: w.MultiWord}
			if w.Head == 0 {
				t.Head = doc.Root
			} else {
				t.Head = first + w.Head - 1
			}
			if w.MultiWord > 0 {
				// Locate the surface token; split it among its words.
				at := locate(txt, pos, w.Surface)
				mwLeft, mwEnd = w.MultiWord, min(at+len(w.Surface), len(txt))
				pos = min(at, mwEnd)
			}
			if mwLeft > 0 {
				at := locate(txt[:mwEnd], pos, w.Form)
				if at != pos && mwLeft == 1 {
					at = pos
				}
				end := at + len(w.Form)
				if mwLeft == 1 || end > mwEnd {
					end = mwEnd
				}
				t.Start, t.End = base+at, base+end
				pos = end
				mwLeft--
			} else {
				at := locate(txt, pos, w.Form)
				t.Start, t.End = base+at, base+at+len(w.Form)
				if at+len(w.Form) <= len(txt) {
					pos = at + len(w.Form)
				}
			}
			if t.End > base+len(txt) {
				t.End = base + len(txt)
			}
			if t.Start > t.End {
				t.Start = t.End
			}
			d.Tokens = append(d.Tokens, t)
		}
		d.Sentences = append(d.Sentences, doc.Sentence{First: first, Last: len(d.Tokens), Start: base, End: base + len(txt)})
	}
	d.Text = b.String()
	return d
}

// locate finds form in txt at or after pos, skipping only whitespace; it
// returns pos when the form is not found there.
func locate(txt string, pos int, form string) int {
	pos = min(pos, len(txt))
	i := pos
	for i < len(txt) && (txt[i] == ' ' || txt[i] == '\t' || txt[i] == '\n' || txt[i] == '\r') {
		i++
	}
	if strings.HasPrefix(txt[i:], form) {
		return i
	}
	if j := strings.Index(txt[pos:], form); j >= 0 && j < 8 {
		return pos + j
	}
	return i
}

// FilterDocs returns the sentences whose DocID is (keep) or is not (!keep)
// among ids.
func FilterDocs(sents []*Sentence, ids []string, keep bool) []*Sentence {
	set := map[string]bool{}
	for _, id := range ids {
		set[strings.TrimSpace(id)] = true
	}
	var out []*Sentence
	for _, s := range sents {
		if set[s.DocID] == keep {
			out = append(out, s)
		}
	}
	return out
}

// RawText joins the sentences' text as running text: sentences of one
// paragraph are separated by a space, paragraphs and documents by a blank
// line. It is the input of raw-text (end-to-end) evaluation.
func RawText(sents []*Sentence) string {
	var b strings.Builder
	for i, s := range sents {
		if i > 0 {
			if s.NewDoc || s.NewPar {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		if s.Text != "" {
			b.WriteString(s.Text)
		} else {
			b.WriteString(Reconstruct(s))
		}
	}
	return b.String()
}

// Reconstruct rebuilds a sentence's text from its words and SpaceAfter.
func Reconstruct(s *Sentence) string {
	var b strings.Builder
	skip := 0
	for i, w := range s.Words {
		if skip > 0 {
			skip--
			if skip == 0 && w.SpaceAfter() && i < len(s.Words)-1 {
				b.WriteByte(' ')
			}
			continue
		}
		if w.MultiWord > 0 {
			b.WriteString(w.Surface)
			skip = w.MultiWord - 1
			last := s.Words[min(i+w.MultiWord-1, len(s.Words)-1)]
			if skip == 0 && last.SpaceAfter() && i < len(s.Words)-1 {
				b.WriteByte(' ')
			}
			continue
		}
		b.WriteString(w.Form)
		if w.SpaceAfter() && i < len(s.Words)-1 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// Write prints the sentences of d as CoNLL-U. Morphological features and
// enhanced dependencies are written as "_".
func Write(w io.Writer, d *doc.Document) error {
	bw := bufio.NewWriter(w)
	for si, s := range d.Sentences {
		fmt.Fprintf(bw, "# sent_id = %d\n", si+1)
		fmt.Fprintf(bw, "# text = %s\n", oneLine(d.Text[s.Start:s.End]))
		toks := d.Tokens[s.First:s.Last]
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			if t.MultiWord > 1 && i+t.MultiWord <= len(toks) {
				last := toks[i+t.MultiWord-1]
				fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", i+1, i+t.MultiWord, field(d.Text[t.Start:last.End]), misc(last.SpaceAfter || i+t.MultiWord == len(toks)))
			}
			head := 0
			switch {
			case t.Head >= 0:
				head = t.Head - s.First + 1
			case t.Head == doc.NoHead:
				head = -1
			}
			headStr, rel := "_", "_"
			if head >= 0 {
				headStr = strconv.Itoa(head)
				rel = field(t.Rel)
			}
			inMW := t.MultiWord > 1 || insideMultiWord(toks, i)
			m := "_"
			if !inMW {
				m = misc(t.SpaceAfter || i == len(toks)-1)
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t%s\n", i+1, field(t.Form), field(t.Lemma), field(t.UPOS), field(t.XPOS), headStr, rel, m)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func insideMultiWord(toks []doc.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if toks[j].MultiWord > 1 {
			return j+toks[j].MultiWord > i
		}
	}
	return false
}

func misc(spaceAfter bool) string {
	if spaceAfter {
		return "_"
	}
	return "SpaceAfter=No"
}

func field(s string) string {
	if s == "" {
		return "_"
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r == ' ' {
			return '_'
		}
		return r
	}, s)
	return s
}

func oneLine(s string) string {
	return strings.ToValidUTF8(strings.Join(strings.Fields(s), " "), "\uFFFD")
}
