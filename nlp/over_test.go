package nlp

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"sandpiper/conllu"
	"sandpiper/doc"
)

func scoreSet(m *Models, gold []*conllu.Sentence) (up, uas, las float64) {
	d := conllu.Document("x", gold)
	want := append([]doc.Token(nil), d.Tokens...)
	m.Annotate(context.Background(), d, nil)
	u, a, l := 0, 0, 0
	for i := range d.Tokens {
		if d.Tokens[i].UPOS == want[i].UPOS {
			u++
		}
		if d.Tokens[i].Head == want[i].Head {
			a++
			if d.Tokens[i].Rel == want[i].Rel {
				l++
			}
		}
	}
	n := float64(len(want))
	return 100 * float64(u) / n, 100 * float64(a) / n, 100 * float64(l) / n
}

func TestExpOversample(t *testing.T) {
	k, _ := strconv.Atoi(os.Getenv("SP_OVER"))
	if k == 0 {
		t.Skip()
	}
	f, _ := os.Open("../../shared/data/ud_en_gum_news/gum_news_docs.conllu")
	gum, _ := conllu.ReadAll(f)
	f.Close()
	var gtrain, gheld []*conllu.Sentence
	held := false
	for _, s := range gum {
		if s.NewDoc {
			held = strings.Contains(s.ID, "homeopathic") || strings.Contains(s.ID, "iodine") || strings.Contains(s.ID, "nasa") || strings.Contains(s.ID, "sensitive")
		}
		if held {
			gheld = append(gheld, s)
		} else {
			gtrain = append(gtrain, s)
		}
	}
	t.Logf("gum train %d held %d", len(gtrain), len(gheld))
	train := readUD(t, "en_ewt-ud-train.conllu")
	for range k {
		train = append(train, gtrain...)
	}
	opt := DefaultTrainOptions()
	opt.Beam = 0
	m, err := Train(context.Background(), train, opt)
	if err != nil {
		t.Fatal(err)
	}
	u, a, l := scoreSet(m, readUD(t, "en_ewt-ud-dev.conllu"))
	t.Logf("k=%d EWT dev: UPOS %.2f UAS %.2f LAS %.2f", k, u, a, l)
	u, a, l = scoreSet(m, gheld)
	t.Logf("k=%d GUM held-out news: UPOS %.2f UAS %.2f LAS %.2f", k, u, a, l)
	for _, s := range []string{"Ukrainian and Polish officials met in Kyiv on Monday .", "Israeli warplanes struck Hezbollah positions in southern Lebanon on Tuesday , the army said ."} {
		_, x := m.Tagger.Tag(strings.Fields(s))
		t.Logf("%v", x)
	}
}
