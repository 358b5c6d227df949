package lexicon

import (
	"io"
	"strings"
)

// Discards is a discard list: phrases whose presence keeps a sentence, or
// a whole story, from being coded (sports results, historical
// chronologies...).
type Discards struct {
	Entries  []*Discard
	Warnings ErrorList
	exact    phraseIndex          // phrases matched word for word
	stems    map[string][]indexed // one-word stems, by the stem
	maxStem  int
}

// Discard is one phrase of a discard list.
type Discard struct {
	Words []string // upper case
	// Story is set for a phrase written with a leading '+': the whole
	// story is discarded, not only the sentence.
	Story bool
	// Closed is set for a phrase written with a trailing '_': its last
	// word must match whole. Otherwise the last word is a stem: "BASEBALL"
	// also matches "BASEBALLS". The other words always match whole, since
	// PETRARCH matches the phrase, with a blank before it, as a substring
	// of the text.
	Closed bool
	Pos    Pos
}

// Match returns the longest discard phrase that words start with
// (case-insensitive, the last word of an open phrase matching as a stem)
// and its length in words; n is 0 when none matches.
func (d *Discards) Match(words []string) (entry *Discard, n int) {
	if len(words) == 0 {
		return nil, 0
	}
	first := upper(words[0])
next:
	for _, p := range d.exact.first[first] {
		if len(p.words) > len(words) {
			continue
		}
		e := d.Entries[p.id]
		last := len(p.words) - 1
		for i := 1; i <= last; i++ {
			w := words[i]
			if p.words[i] == w {
				continue
			}
			w = upper(w)
			if p.words[i] == w || (i == last && !e.Closed && strings.HasPrefix(w, p.words[i])) {
				continue
			}
			continue next
		}
		return e, len(p.words)
	}
	for l := min(len(first), d.maxStem); l > 0; l-- {
		if b := d.stems[first[:l]]; len(b) > 0 {
			return d.Entries[b[0].id], 1
		}
	}
	return nil, 0
}

// Find returns the first position in words where a discard phrase
// matches, with the phrase and its length; entry is nil when there is
// none.
func (d *Discards) Find(words []string) (entry *Discard, start, n int) {
	for i := range words {
		if e, n := d.Match(words[i:]); e != nil {
			return e, i, n
		}
	}
	return nil, 0, 0
}

// Merge appends the entries of o to d. o must not be used afterwards.
func (d *Discards) Merge(o *Discards) {
	if len(d.Entries) == 0 {
		*d = *o
		return
	}
	base := int32(len(d.Entries))
	d.Entries = append(d.Entries, o.Entries...)
	d.Warnings = append(d.Warnings, o.Warnings...)
	for i, e := range o.Entries {
		d.add(base+int32(i), e)
	}
	d.exact.finish(false)
}

// add indexes a phrase. An open phrase's last word is a stem: a one-word
// open phrase goes to the stem table; a longer one is indexed by its first
// word and its last word is compared as a prefix.
func (d *Discards) add(id int32, e *Discard) {
	if e.Closed || len(e.Words) > 1 {
		d.exact.add(e.Words, id)
		return
	}
	if d.stems == nil {
		d.stems = make(map[string][]indexed)
	}
	w := e.Words[0]
	d.stems[w] = append(d.stems[w], indexed{words: e.Words, id: id})
	d.maxStem = max(d.maxStem, len(w))
}

// ReadDiscards reads a discard list; see Options.ReadDiscards.
func ReadDiscards(r io.Reader, name string) (*Discards, error) {
	return Options{}.ReadDiscards(r, name)
}

// ReadDiscards reads a discard list: one phrase per line, "+PHRASE" for a
// story-level discard, "PHRASE_" for a phrase whose last word must match
// whole. Words are separated by blanks (an underscore inside a phrase also
// separates words). The error, if not nil, is an ErrorList or an I/O
// error.
//
// Quirk: blanks after the '+' ("+ World Golf Championships" in
// Phoenix.discards.txt) are ignored.
func (o Options) ReadDiscards(r io.Reader, name string) (*Discards, error) {
	d := &Discards{}
	src, err := readAll(r, name)
	if err != nil {
		return d, err
	}
	var errs ErrorList
	sc := newLineScanner(src, false)
	for {
		ln, ok := sc.next()
		if !ok {
			break
		}
		pos := Pos{File: name, Line: ln.num}
		t := strings.TrimSpace(ln.text)
		e := &Discard{Pos: pos}
		if t[0] == '+' {
			e.Story = true
			t = strings.TrimSpace(t[1:])
		}
		e.Closed = strings.HasSuffix(t, "_")
		e.Words = phraseWords(t)
		if len(e.Words) == 0 {
			errs.Add(pos, "empty discard phrase")
			continue
		}
		d.Entries = append(d.Entries, e)
	}
	for i, e := range d.Entries {
		d.add(int32(i), e)
	}
	d.exact.finish(false)
	errs.Sort()
	return d, errs.Err()
}
