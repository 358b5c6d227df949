package nlp

import (
	"context"
	"testing"

	"sandpiper/conllu"
	"sandpiper/doc"
)

// Figures of the committed models on EWT test with gold tokenisation
// (README, "Figures"). The regression test fails when a model scores more
// than 0.5 points below them.
var committed = map[int]struct{ upos, xpos, lemma, uas, las float64 }{
	1: {upos: 95.42, xpos: 94.77, lemma: 97.08, uas: 85.06, las: 81.01},
	8: {upos: 95.42, xpos: 94.77, lemma: 97.08, uas: 86.00, las: 82.05},
}

func TestEmbeddedModelsEWT(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	gold := readUD(t, "en_ewt-ud-test.conllu")
	m, err := Load(LoadOptions{Beam: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, beam := range []int{1, 8} {
		m.Beam = beam
		d := conllu.Document("test", gold)
		want := append([]doc.Token(nil), d.Tokens...)
		for i := range d.Tokens {
			d.Tokens[i].UPOS, d.Tokens[i].XPOS, d.Tokens[i].Lemma, d.Tokens[i].Rel, d.Tokens[i].Head = "", "", "", "", doc.NoHead
		}
		if err := m.Annotate(context.Background(), d, nil); err != nil {
			t.Fatal(err)
		}
		var up, xp, lem, uas, las int
		for i, tk := range d.Tokens {
			g := want[i]
			if tk.UPOS == g.UPOS {
				up++
			}
			if tk.XPOS == g.XPOS {
				xp++
			}
			if tk.Lemma == g.Lemma {
				lem++
			}
			if tk.Head == g.Head {
				uas++
				if tk.Rel == g.Rel {
					las++
				}
			}
		}
		pct := func(n int) float64 { return 100 * float64(n) / float64(len(want)) }
		c := committed[beam]
		t.Logf("beam %d: UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f", beam, pct(up), pct(xp), pct(lem), pct(uas), pct(las))
		for _, x := range []struct {
			name      string
			got, want float64
		}{{"UPOS", pct(up), c.upos}, {"XPOS", pct(xp), c.xpos}, {"lemma", pct(lem), c.lemma}, {"UAS", pct(uas), c.uas}, {"LAS", pct(las), c.las}} {
			if x.got < x.want-0.5 {
				t.Errorf("beam %d: %s %.2f is more than 0.5 below the committed %.2f", beam, x.name, x.got, x.want)
			}
		}
	}
}
