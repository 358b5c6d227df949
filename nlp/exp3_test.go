package nlp

import (
	"os"
	"sort"
	"testing"
)

func TestExpTagErrors(t *testing.T) {
	p := os.Getenv("SP_TAGERR")
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
	conf := map[string]int{}
	var s tagScratch
	var ids []int
	known, unknown, kc, uc := 0, 0, 0, 0
	for _, sent := range dev {
		forms := make([]string, len(sent.Words))
		for i, w := range sent.Words {
			forms[i] = w.Form
		}
		ids = m.Tagger.tag(&s, forms, ids)
		for i, w := range sent.Words {
			_, kn := m.Tagger.lex[wordKey(w.Form)]
			ok := m.Tagger.upos[ids[i]] == w.UPOS
			if kn {
				known++
				if ok {
					kc++
				}
			} else {
				unknown++
				if ok {
					uc++
				}
			}
			if !ok {
				conf[w.UPOS+"->"+m.Tagger.upos[ids[i]]]++
			}
		}
	}
	t.Logf("known %d acc %.2f; unknown %d acc %.2f", known, 100*float64(kc)/float64(known), unknown, 100*float64(uc)/float64(unknown))
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range conf {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	for _, x := range kvs[:20] {
		t.Logf("%s %d", x.k, x.v)
	}
}

func TestExpBeam(t *testing.T) {
	p := os.Getenv("SP_BEAM")
	if p == "" {
		t.Skip("experiment")
	}
	f, _ := os.Open(p)
	m, err := ReadModels(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range []int{1, 8} {
		m.Beam = b
		t.Logf("beam %d", b)
		evalModels(t, m, readUD(t, "en_ewt-ud-dev.conllu"), "dev")
		evalModels(t, m, readUD(t, "en_ewt-ud-test.conllu"), "test")
	}
}
