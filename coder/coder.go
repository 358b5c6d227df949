package coder

import (
	"context"
	"errors"
	"fmt"
	"time"

	"sandpiper/doc"
	"sandpiper/lexicon"
)

// Coder codes events from parsed documents with one set of dictionaries.
// It is read-only after New and safe for concurrent use.
type Coder struct {
	set  *lexicon.Set
	opts Options
	pats *compiled
}

// New prepares a coder: it compiles the verb patterns of set.
func New(set *lexicon.Set, opts Options) (*Coder, error) {
	if set == nil || set.Verbs == nil || set.Actors == nil || set.Agents == nil || set.Discards == nil {
		return nil, errors.New("coder: incomplete dictionary set")
	}
	if opts.NewActorLength < 0 {
		return nil, fmt.Errorf("coder: NewActorLength %d is negative", opts.NewActorLength)
	}
	return &Coder{set: set, opts: opts, pats: compile(set.Verbs)}, nil
}

// Options returns the coder's options.
func (c *Coder) Options() Options { return c.opts }

// WithOptions returns a coder sharing c's dictionaries and compiled
// patterns with other options.
func (c *Coder) WithOptions(o Options) *Coder {
	n := *c
	n.opts = o
	return &n
}

// Code codes every sentence of d. The story date is d.Date (YYYY-MM-DD);
// when it is empty or unreadable, date is used; when that is zero too,
// actors get the codes in force last in the dictionary. Sentences must be parsed.
// A story discard phrase anywhere in d gives no events.
func (c *Coder) Code(ctx context.Context, d *doc.Document, date time.Time) ([]Event, error) {
	if d.Date != "" {
		if t, err := time.Parse("2006-01-02", d.Date); err == nil {
			date = t
		}
	}
	day := lexicon.DateOf(date)
	if date.IsZero() {
		// No story date: the codes in force now, as far as the
		// dictionary knows (open-ended restrictions and defaults).
		day = lexicon.Date(99991231)
	}
	dateStr := ""
	if !date.IsZero() {
		dateStr = date.Format("2006-01-02")
	}
	sents := make([]*sentence, len(d.Sentences))
	for i := range d.Sentences {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		s := c.newSentence(d, i, day)
		if e, _, _ := c.set.Discards.Find(s.words); e != nil {
			if e.Story {
				return nil, nil
			}
			continue
		}
		sents[i] = s
	}
	var out []Event
	for _, s := range sents {
		if s == nil {
			continue
		}
		n := len(out)
		out = s.code(out)
		for k := n; k < len(out); k++ {
			e := &out[k]
			e.DocID, e.Date = d.ID, dateStr
			e.ID = makeID(e)
		}
	}
	return out, nil
}
