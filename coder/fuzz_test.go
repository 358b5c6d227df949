package coder

import (
	"context"
	"strings"
	"testing"
	"time"

	"sandpiper/doc"
)

// FuzzCode codes arbitrary trees over arbitrary words: nothing may panic
// or loop, and evidence must stay inside the text.
func FuzzCode(f *testing.F) {
	f.Add("Gondor and Arnor did not attack Mordor by the typhoon", []byte{4, 3, 1, 4, 6, 6, 0, 6, 9, 9, 6})
	f.Add("the Shire cordoned off swiss francs to Gondor police", []byte{2, 3, 0, 3, 6, 3, 9, 3, 9})
	c, err := New(dicts(f, testVerbs, testActors, testAgents, testDiscards), Options{NewActorLength: 3})
	if err != nil {
		f.Fatal(err)
	}
	upos := []string{"PROPN", "VERB", "NOUN", "ADP", "DET", "PART", "CCONJ", "ADJ", "AUX", "PUNCT"}
	rels := []string{"nsubj", "obj", "obl", "conj", "nmod", "compound", "nsubj:pass", "aux:pass", "case", "appos", "xcomp", "acl", "advmod", "compound:prt", "nmod:poss", "root"}
	f.Fuzz(func(t *testing.T, text string, heads []byte) {
		words := strings.Fields(text)
		if len(words) > 60 {
			words = words[:60]
		}
		d := &doc.Document{ID: "f"}
		var b strings.Builder
		for i, w := range words {
			if i > 0 {
				b.WriteByte(' ')
			}
			start := b.Len()
			b.WriteString(w)
			h := byte(0)
			if i < len(heads) {
				h = heads[i]
			}
			d.Tokens = append(d.Tokens, doc.Token{Start: start, End: b.Len(), Form: w, Lemma: strings.ToLower(w),
				UPOS: upos[int(h)%len(upos)], Head: int(h)%(len(words)+1) - 1, Rel: rels[int(h)/3%len(rels)], SpaceAfter: h%5 != 0})
		}
		d.Text = b.String()
		half := len(d.Tokens) / 2
		d.Sentences = []doc.Sentence{{First: 0, Last: half}, {First: half, Last: len(d.Tokens)}}
		for i := range d.Sentences {
			s := &d.Sentences[i]
			if s.Last > s.First {
				s.Start, s.End = d.Tokens[s.First].Start, d.Tokens[s.Last-1].End
			}
		}
		evs, err := c.Code(context.Background(), d, time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			for _, sp := range []Span{e.Source.Span, e.Verb} {
				if sp.Start < 0 || sp.End > len(d.Text) || sp.Start > sp.End {
					t.Fatalf("span %v outside text of %d bytes", sp, len(d.Text))
				}
			}
		}
	})
}
