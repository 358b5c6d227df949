package coder

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"sandpiper/doc"
	"sandpiper/lexicon"
)

// parsed builds a one-sentence document by hand. Each token is
// "form UPOS head rel" with a 1-based head (0 for the root); XPOS is "VBD"
// for verbs and empty otherwise, the lemma the lower-cased form.
func parsed(t *testing.T, toks ...string) *doc.Document {
	t.Helper()
	d := &doc.Document{ID: "test"}
	var b strings.Builder
	for i, spec := range toks {
		f := strings.Fields(spec)
		if len(f) != 4 {
			t.Fatalf("bad token spec %q", spec)
		}
		h, err := strconv.Atoi(f[2])
		if err != nil {
			t.Fatal(err)
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(f[0])
		xpos := ""
		if f[1] == "VERB" {
			xpos = "VBD"
		}
		d.Tokens = append(d.Tokens, doc.Token{Start: start, End: b.Len(), Form: f[0], Lemma: strings.ToLower(f[0]),
			UPOS: f[1], XPOS: xpos, Head: h - 1, Rel: f[3], SpaceAfter: true})
	}
	d.Text = b.String()
	d.Sentences = []doc.Sentence{{First: 0, Last: len(d.Tokens), Start: 0, End: len(d.Text)}}
	return d
}

// dicts builds a dictionary set from inline texts.
func dicts(t testing.TB, verbs, actors, agents, discards string) *lexicon.Set {
	t.Helper()
	v, err := lexicon.ReadVerbs(strings.NewReader(verbs), "test.verbs")
	if err != nil {
		t.Fatal(err)
	}
	a, err := lexicon.ReadActors(strings.NewReader(actors), "test.actors")
	if err != nil {
		t.Fatal(err)
	}
	g, err := lexicon.ReadAgents(strings.NewReader(agents), "test.agents")
	if err != nil {
		t.Fatal(err)
	}
	x, err := lexicon.ReadDiscards(strings.NewReader(discards), "test.discards")
	if err != nil {
		t.Fatal(err)
	}
	return &lexicon.Set{Verbs: v, Actors: a, Agents: g, Discards: x, Issues: &lexicon.Issues{}}
}

// triples codes d and returns "SRC TGT CODE" strings in order.
func triples(t *testing.T, set *lexicon.Set, o Options, d *doc.Document, date string) []string {
	t.Helper()
	c, err := New(set, o)
	if err != nil {
		t.Fatal(err)
	}
	var day time.Time
	if date != "" {
		day, _ = time.Parse("2006-01-02", date)
	}
	evs, err := c.Code(context.Background(), d, day)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range evs {
		tc := "-"
		if e.Target != nil {
			tc = e.Target.Code
		}
		out = append(out, e.Source.Code+" "+tc+" "+e.Code)
	}
	return out
}

func check(t *testing.T, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

const testVerbs = `
&CURRENCY
+DOLLARS
+SWISS FRANCS

--- ATTACK [190] ---
ATTACK
- NOT * [999]

--- CONTRIBUTE [070] ---
CONTRIBUTE
- * &CURRENCY [071]

--- ARREST [212] ---
ARREST

--- EXCLUDE [1721] ---
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}

--- MEET [031:032] ---
MEET {MEETS MET MEETING}
`

const testActors = `
GONDOR [GON]
+MINAS_TIRITH
ARNOR [ARN]
MORDOR [MOR]
THE_SHIRE [FRO/SAM]
GOLLUM
	[HOB <950601]
	[HOBGOV >950601]
`

const testAgents = `
POLICE {} [~COP]
STUDENT [~EDU]
MSF {} [NGO~]
GOVERNMENT [~GOV]
`

const testDiscards = `
BASEBALL
+TYPHOON
`

func testSet(t *testing.T) *lexicon.Set {
	return dicts(t, testVerbs, testActors, testAgents, testDiscards)
}
