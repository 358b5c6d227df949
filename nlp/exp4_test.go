package nlp

import (
	"context"
	"encoding/gob"
	"log/slog"
	"os"
	"testing"
	"time"
)

// TestExpFast trains tagger (two-pass) + greedy parser with cached jackknife
// tags and evaluates on dev and test.
func TestExpFast(t *testing.T) {
	if os.Getenv("SP_FAST") == "" {
		t.Skip("experiment")
	}
	ctx := context.Background()
	train := readUD(t, "en_ewt-ud-train.conllu")
	opt := DefaultTrainOptions()
	var jk struct{ U, X [][]string }
	if f, err := os.Open("/tmp/jk.gob"); err == nil {
		gob.NewDecoder(f).Decode(&jk)
		f.Close()
	} else {
		jk.U, jk.X, err = jackknife(ctx, train, opt)
		if err != nil {
			t.Fatal(err)
		}
		f, _ := os.Create("/tmp/jk.gob")
		gob.NewEncoder(f).Encode(&jk)
		f.Close()
	}
	start := time.Now()
	first := func(i int) []string {
		out := make([]string, len(jk.U[i]))
		for j := range out {
			out[j] = jk.U[i][j] + "\t" + jk.X[i][j]
		}
		return out
	}
	topt := TaggerOptions{Epochs: opt.TagEpochs, Seed: opt.Seed, Prune: opt.Prune}
	if os.Getenv("SP_FAST_TWO") != "" {
		topt.FirstPass = first
	}
	tg, err := TrainTagger(ctx, train, topt)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("tagger %v", time.Since(start))
	p, err := TrainParser(ctx, train, ParserOptions{Epochs: opt.ParseEpochs, Seed: opt.Seed, Explore: 0.9, Prune: opt.Prune, Lex: tg.lex, Log: slog.Default(),
		Tags: func(i int) ([]string, []string) { return jk.U[i], jk.X[i] }})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("tagger+parser %v", time.Since(start))
	m := &Models{Tagger: tg, Parser: p, Lemma: nil}
	evalModelsNoLemma(t, m, "dev")
	evalModelsNoLemma(t, m, "test")
}

func evalModelsNoLemma(t *testing.T, m *Models, name string) {
	gold := readUD(t, "en_ewt-ud-"+name+".conllu")
	var sc Scratch
	var up, uas, las, n int
	start := time.Now()
	for _, s := range gold {
		forms := make([]string, len(s.Words))
		for i, w := range s.Words {
			forms[i] = w.Form
		}
		sc.ids = m.Tagger.tag(&sc.tag, forms, sc.ids)
		u := make([]string, len(forms))
		x := make([]string, len(forms))
		for i, c := range sc.ids {
			u[i], x[i] = m.Tagger.upos[c], m.Tagger.xpos[c]
		}
		sc.words = makeWords(forms, u, x, m.Tagger.lex, sc.words)
		m.Parser.parse(&sc.parse, sc.words)
		for i, w := range s.Words {
			if u[i] == w.UPOS {
				up++
			}
			if int(sc.parse.st.head[i+1]) == w.Head {
				uas++
				if m.Parser.labels[sc.parse.st.label[i+1]] == w.Rel {
					las++
				}
			}
			n++
		}
	}
	el := time.Since(start)
	t.Logf("%s: UPOS %.2f UAS %.2f LAS %.2f %.0f tok/s", name, 100*float64(up)/float64(n), 100*float64(uas)/float64(n), 100*float64(las)/float64(n), float64(n)/el.Seconds())
}
