package nlp

import (
	"context"
	"log/slog"
	"os"
	"testing"
	"time"

	"sandpiper/conllu"
	"sandpiper/doc"
)

func evalModels(t *testing.T, m *Models, gold []*conllu.Sentence, name string) {
	d := conllu.Document(name, gold)
	for i := range d.Tokens {
		d.Tokens[i].UPOS, d.Tokens[i].XPOS, d.Tokens[i].Lemma, d.Tokens[i].Rel, d.Tokens[i].Head = "", "", "", "", doc.NoHead
	}
	start := time.Now()
	if err := m.Annotate(context.Background(), d, nil); err != nil {
		t.Fatal(err)
	}
	el := time.Since(start)
	g := conllu.Document(name, gold)
	var up, xp, lem, uas, las int
	for i, tk := range d.Tokens {
		gt := g.Tokens[i]
		if tk.UPOS == gt.UPOS {
			up++
		}
		if tk.XPOS == gt.XPOS {
			xp++
		}
		if tk.Lemma == gt.Lemma {
			lem++
		}
		if tk.Head == gt.Head {
			uas++
			if tk.Rel == gt.Rel {
				las++
			}
		}
	}
	n := float64(len(d.Tokens))
	t.Logf("%s: UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f  %.0f tok/s", name, 100*float64(up)/n, 100*float64(xp)/n, 100*float64(lem)/n, 100*float64(uas)/n, 100*float64(las)/n, n/el.Seconds())
}

func TestExpFull(t *testing.T) {
	out := os.Getenv("SP_FULL")
	if out == "" {
		t.Skip("experiment")
	}
	train := readUD(t, "en_ewt-ud-train.conllu")
	opt := DefaultTrainOptions()
	opt.Log = slog.Default()
	start := time.Now()
	m, err := Train(context.Background(), train, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("trained in %v", time.Since(start))
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	n, err := m.WriteTo(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("model %d bytes", n)
	evalSaved(t, out)
}

func evalSaved(t *testing.T, path string) {
	start := time.Now()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := ReadModels(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("loaded in %v", time.Since(start))
	evalModels(t, m, readUD(t, "en_ewt-ud-dev.conllu"), "dev")
	evalModels(t, m, readUD(t, "en_ewt-ud-test.conllu"), "test")
}

func TestExpEval(t *testing.T) {
	if p := os.Getenv("SP_EVAL"); p != "" {
		evalSaved(t, p)
	} else {
		t.Skip("experiment")
	}
}

func TestExpPrune(t *testing.T) {
	p := os.Getenv("SP_PRUNE")
	if p == "" {
		t.Skip("experiment")
	}
	f, _ := os.Open(p)
	m, err := ReadModels(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	dev := readUD(t, "en_ewt-ud-dev.conllu")
	for _, tau := range []float32{0.6, 1, 1.5, 2.5, 4} {
		m2 := *m
		tg := *m.Tagger
		tg.w = m.Tagger.w.prune(tau)
		ps := *m.Parser
		ps.act = m.Parser.act.prune(tau)
		ps.lab = m.Parser.lab.prune(tau)
		m2.Tagger, m2.Parser = &tg, &ps
		t.Logf("tau %.2f: tagger %d act %d lab %d", tau, tg.w.nFeat, ps.act.nFeat, ps.lab.nFeat)
		evalModels(t, &m2, dev, "dev")
	}
}

func BenchmarkExpAnnotate(b *testing.B) {
	p := os.Getenv("SP_PRUNE")
	if p == "" {
		b.Skip("experiment")
	}
	f, _ := os.Open(p)
	m, err := ReadModels(f)
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	m.Tagger.w = m.Tagger.w.prune(1)
	m.Parser.act = m.Parser.act.prune(1)
	m.Parser.lab = m.Parser.lab.prune(1)
	dev := readUD(b, "en_ewt-ud-dev.conllu")
	d := conllu.Document("dev", dev)
	var sc Scratch
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Annotate(context.Background(), d, &sc)
	}
	b.ReportMetric(float64(len(d.Tokens)*b.N)/b.Elapsed().Seconds(), "tok/s")
}
