package nlp

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"sandpiper/conllu"
	"sandpiper/doc"
)

// tinyTreebank is a few hand-made sentences, enough to train small models
// in tests without ../shared.
const tinyTreebank = `# text = Israel struck targets in Lebanon.
1	Israel	Israel	PROPN	NNP	_	2	nsubj	_	_
2	struck	strike	VERB	VBD	_	0	root	_	_
3	targets	target	NOUN	NNS	_	2	obj	_	_
4	in	in	ADP	IN	_	5	case	_	_
5	Lebanon	Lebanon	PROPN	NNP	_	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	_	_

# text = The army said it fired rockets.
1	The	the	DET	DT	_	2	det	_	_
2	army	army	NOUN	NN	_	3	nsubj	_	_
3	said	say	VERB	VBD	_	0	root	_	_
4	it	it	PRON	PRP	_	5	nsubj	_	_
5	fired	fire	VERB	VBD	_	3	ccomp	_	_
6	rockets	rocket	NOUN	NNS	_	5	obj	_	SpaceAfter=No
7	.	.	PUNCT	.	_	3	punct	_	_

# text = Officials did not comment on the talks.
1	Officials	official	NOUN	NNS	_	4	nsubj	_	_
2	did	do	AUX	VBD	_	4	aux	_	_
3	not	not	PART	RB	_	4	advmod	_	_
4	comment	comment	VERB	VB	_	0	root	_	_
5	on	on	ADP	IN	_	7	case	_	_
6	the	the	DET	DT	_	7	det	_	_
7	talks	talk	NOUN	NNS	_	4	obl	_	SpaceAfter=No
8	.	.	PUNCT	.	_	4	punct	_	_

`

func tinyModels(t testing.TB) (*Models, []byte) {
	t.Helper()
	sents, err := conllu.ReadAll(strings.NewReader(strings.Repeat(tinyTreebank, 4)))
	if err != nil {
		t.Fatal(err)
	}
	opt := TrainOptions{Seed: 7, TagEpochs: 3, ParseEpochs: 3, Folds: 2, Beam: 2, BeamEpochs: 2, TwoPass: true, Workers: 2}
	m, err := Train(context.Background(), sents, opt)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return m, buf.Bytes()
}

func TestTrainDeterministic(t *testing.T) {
	_, a := tinyModels(t)
	_, b := tinyModels(t)
	if !bytes.Equal(a, b) {
		t.Fatalf("two trainings gave different models (%d vs %d bytes)", len(a), len(b))
	}
	m, err := ReadModels(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, buf.Bytes()) {
		t.Fatal("read and re-written model differs")
	}
}

func TestTinyModelsLearn(t *testing.T) {
	m, _ := tinyModels(t)
	sents, _ := conllu.ReadAll(strings.NewReader(tinyTreebank))
	for _, beam := range []int{1, 2} {
		m.Beam = beam
		d := conllu.Document("tiny", sents)
		gold := append([]doc.Token(nil), d.Tokens...)
		if err := m.Annotate(context.Background(), d, nil); err != nil {
			t.Fatal(err)
		}
		right := 0
		for i, tk := range d.Tokens {
			if tk.XPOS == gold[i].XPOS && tk.Head == gold[i].Head {
				right++
			}
		}
		if right < len(gold)*8/10 {
			t.Errorf("beam %d: only %d of %d training words tagged and attached right", beam, right, len(gold))
		}
	}
}

func TestReadModelsCorrupt(t *testing.T) {
	_, good := tinyModels(t)
	for _, bad := range [][]byte{nil, []byte("not gzip"), good[:len(good)/2], append(append([]byte{}, good[:20]...), make([]byte, 50)...)} {
		if _, err := ReadModels(bytes.NewReader(bad)); err == nil {
			t.Errorf("corrupt model of %d bytes read without error", len(bad))
		}
	}
}

func FuzzReadModels(f *testing.F) {
	sents, err := conllu.ReadAll(strings.NewReader(tinyTreebank))
	if err != nil {
		f.Fatal(err)
	}
	m, err := Train(context.Background(), sents, TrainOptions{Seed: 1, TagEpochs: 1, ParseEpochs: 1})
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadModels(bytes.NewReader(data))
		if err != nil {
			return
		}
		d := &doc.Document{Text: "a b c", Tokens: []doc.Token{{Form: "a"}, {Form: "b"}, {Form: "c"}}, Sentences: []doc.Sentence{{First: 0, Last: 3}}}
		if err := m.Annotate(context.Background(), d, nil); err != nil {
			t.Fatal(err)
		}
	})
}

// TestAnnotateOddInput feeds forms the models never saw.
func TestAnnotateOddInput(t *testing.T) {
	m, _ := tinyModels(t)
	forms := []string{"", "\x00", "\xff\xfe", strings.Repeat("x", 100000), "日本", "🙂", "--", "'s"}
	var toks []doc.Token
	for i := 0; i < 3000; i++ {
		toks = append(toks, doc.Token{Form: forms[i%len(forms)]})
	}
	d := &doc.Document{Tokens: toks, Sentences: []doc.Sentence{{First: 0, Last: 2999}, {First: 2999, Last: 3000}, {First: 3000, Last: 3000}}}
	for _, beam := range []int{1, 4} {
		m.Beam = beam
		if err := m.Annotate(context.Background(), d, nil); err != nil {
			t.Fatal(err)
		}
		roots := 0
		for i, tk := range d.Tokens[:2999] {
			if tk.Head == doc.Root {
				roots++
			} else if tk.Head < 0 || tk.Head >= 2999 || tk.Head == i {
				t.Fatalf("token %d has head %d", i, tk.Head)
			}
		}
		if roots != 1 {
			t.Errorf("beam %d: %d roots, want 1", beam, roots)
		}
	}
	bad := &doc.Document{Tokens: toks[:2], Sentences: []doc.Sentence{{First: 1, Last: 5}}}
	if err := m.Annotate(context.Background(), bad, nil); err == nil {
		t.Error("bad sentence range accepted")
	}
}
