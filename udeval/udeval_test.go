package udeval

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"sandpiper/conllu"
	"sandpiper/doc"
)

// parse reads compact CoNLL-U: "# text = …" lines and word lines of
// space-separated ID FORM LEMMA UPOS XPOS HEAD REL [MISC]; blank lines
// separate sentences. FEATS and DEPS are "_".
func parse(t *testing.T, src string) []*conllu.Sentence {
	t.Helper()
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(src), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			b.WriteString(line + "\n")
			continue
		}
		f := strings.Fields(line)
		if strings.Contains(f[0], "-") {
			b.WriteString(f[0] + "\t" + f[1] + "\t_\t_\t_\t_\t_\t_\t_\t_\n")
			continue
		}
		misc := "_"
		if len(f) > 7 {
			misc = f[7]
		}
		b.WriteString(strings.Join([]string{f[0], f[1], f[2], f[3], f[4], "_", f[5], f[6], "_", misc}, "\t") + "\n")
	}
	sents, err := conllu.ReadAll(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

const goldSrc = `
# text = Hello world, my dog barks.
1 Hello hello INTJ UH 2 discourse
2 world world NOUN NN 6 vocative SpaceAfter=No
3 , , PUNCT , 2 punct
4 my my PRON PRP$ 5 nmod:poss
5 dog dog NOUN NN 6 nsubj
6 barks bark VERB VBZ 0 root SpaceAfter=No
7 . . PUNCT . 6 punct

# text = I don't know.
1 I I PRON PRP 4 nsubj
2-3 don't
2 do do AUX VBP 4 aux
3 n't not PART RB 4 advmod
4 know know VERB VB 0 root SpaceAfter=No
5 . . PUNCT . 4 punct
`

func all100(t *testing.T, sc Scores) {
	t.Helper()
	for name, v := range map[string]float64{
		"sentence_f1": sc.SentenceF1, "token_f1": sc.TokenF1, "word_f1": sc.WordF1,
		"sentence_p": sc.SentencePrecision, "token_r": sc.TokenRecall,
		"upos": sc.UPOS, "xpos": sc.XPOS, "lemma": sc.Lemma,
		"uas": sc.UAS, "las": sc.LAS, "las_universal": sc.LASUniversal,
	} {
		if v != 100 {
			t.Errorf("%s = %v, want 100\n%s", name, v, sc)
		}
	}
}

func TestGoldText(t *testing.T) {
	gold := parse(t, goldSrc)
	text, spans := GoldText(gold, " | ")
	if want := "Hello world, my dog barks. | I don't know."; text != want {
		t.Fatalf("text %q, want %q", text, want)
	}
	if text[spans[1][0]:spans[1][1]] != "I don't know." {
		t.Errorf("span 1 = %v", spans[1])
	}
	d := GoldDocument(gold, " | ")
	for i, tk := range d.Tokens {
		got := text[tk.Start:tk.End]
		if got != tk.Form {
			t.Errorf("word %d: text %q, form %q", i, got, tk.Form)
		}
	}
	if h := d.Tokens[8].Head; h != 10 { // do → know
		t.Errorf("head of do = %d, want 10", h)
	}
	st := SurfaceTokens(d)
	if len(st) != 11 || text[st[8].Start:st[8].End] != "don't" {
		t.Errorf("surface tokens: %d, token 8 %+v", len(st), st[8])
	}
}

func TestPerfect(t *testing.T) {
	gold := parse(t, goldSrc)
	sc, err := ScoreAligned(gold, GoldDocument(gold, "\n"))
	if err != nil {
		t.Fatal(err)
	}
	all100(t, sc)
	for _, sep := range []string{"\n", " ", "\n\n  "} {
		sc, err = ScoreRaw(gold, GoldDocument(gold, sep))
		if err != nil {
			t.Fatal(err)
		}
		all100(t, sc)
		if sc.Sentences != 2 || sc.Tokens != 11 || sc.Words != 12 || sc.SysWords != 12 {
			t.Errorf("counts %+v", sc)
		}
	}
}

func TestOneWrongHead(t *testing.T) {
	gold := parse(t, goldSrc)
	for _, raw := range []bool{false, true} {
		sys := GoldDocument(gold, "\n")
		sys.Tokens[4].Head = 0 // dog → Hello instead of barks
		var sc Scores
		var err error
		if raw {
			sc, err = ScoreRaw(gold, sys)
		} else {
			sc, err = ScoreAligned(gold, sys)
		}
		if err != nil {
			t.Fatal(err)
		}
		if sc.UAS != 91.67 || sc.LAS != 91.67 || sc.UPOS != 100 || sc.WordF1 != 100 {
			t.Errorf("raw=%v: %s", raw, sc)
		}
	}
}

func TestLabels(t *testing.T) {
	gold := parse(t, goldSrc)
	sys := GoldDocument(gold, "\n")
	sys.Tokens[3].Rel = "nmod"   // my: nmod:poss → nmod
	sys.Tokens[5].Rel = "advmod" // barks: root → advmod
	sys.Tokens[6].UPOS = "SYM"
	sys.Tokens[1].Lemma = "World"
	sc, err := ScoreAligned(gold, sys)
	if err != nil {
		t.Fatal(err)
	}
	// 12 words: LAS 10/12, universal LAS 11/12.
	if sc.LAS != 83.33 || sc.LASUniversal != 91.67 || sc.UAS != 100 || sc.UPOS != 91.67 || sc.Lemma != 91.67 || sc.XPOS != 100 {
		t.Errorf("%s", sc)
	}
}

func TestAlignedMismatch(t *testing.T) {
	gold := parse(t, goldSrc)
	sys := GoldDocument(gold, "\n")
	sys.Tokens = sys.Tokens[:11]
	sys.Sentences[1].Last = 11
	if _, err := ScoreAligned(gold, sys); err == nil {
		t.Error("no error for a word count mismatch")
	}
}

func TestAlignedSegmentation(t *testing.T) {
	gold := parse(t, goldSrc)
	sys := GoldDocument(gold, "\n")
	// One sentence instead of two; don't not marked as a multiword token.
	sys.Sentences = []doc.Sentence{{First: 0, Last: 12, Start: 0, End: len(sys.Text)}}
	sys.Tokens[8].MultiWord = 0
	sc, err := ScoreAligned(gold, sys)
	if err != nil {
		t.Fatal(err)
	}
	if sc.SentencePrecision != 0 || sc.SentenceRecall != 0 || sc.TokenRecall != 90.91 || sc.TokenPrecision != 83.33 || sc.WordF1 != 100 {
		t.Errorf("%s", sc)
	}
}

func TestRawTextMismatch(t *testing.T) {
	gold := parse(t, goldSrc)
	sys := GoldDocument(gold, "\n")
	sys.Text = strings.Replace(sys.Text, "dog", "cat", 1)
	if _, err := ScoreRaw(gold, sys); err == nil {
		t.Error("no error for a different text")
	}
	sys = GoldDocument(gold, "\n")
	sys.Tokens[3].End = len(sys.Text) + 5
	if _, err := ScoreRaw(gold, sys); err == nil {
		t.Error("no error for an offset out of range")
	}
}

// The system merges "world," and splits "barks" and misses the sentence
// break; "don't" is two plain tokens.
const splitSrc = `
# text = Hello world, my dog barks. I don't know.
1 Hello hello INTJ UH 2 discourse
2 world, world NOUN NN 6 vocative
3 my my PRON PRP$ 4 nmod:poss
4 dog dog NOUN NN 6 nsubj
5 bar bar VERB VBZ 6 dep SpaceAfter=No
6 ks bark VERB VBZ 0 root SpaceAfter=No
7 . . PUNCT . 6 punct
8 I I PRON PRP 11 nsubj
9 do do AUX VBP 11 aux SpaceAfter=No
10 n't not PART RB 11 advmod
11 know know VERB VB 6 parataxis SpaceAfter=No
12 . . PUNCT . 11 punct
`

func TestRawSplitMerge(t *testing.T) {
	gold := parse(t, goldSrc)
	sys := GoldDocument(parse(t, splitSrc), "\n")
	sc, err := ScoreRaw(gold, sys)
	if err != nil {
		t.Fatal(err)
	}
	// Gold tokens 11, system 12; matched: Hello my dog . I know . = 7,
	// plus no credit for do|n't against don't.
	// Gold words 12, system 12; aligned: Hello my dog . I do n't know . = 9.
	// Sentences: gold 2, system 1, none matched.
	// UAS: Hello→world (world, unaligned) wrong; my→dog ok; dog→barks
	// (ks, unaligned) wrong; . wrong; I, do, n't → know ok; know root vs
	// parataxis wrong; . → know ok. 5 of 9 aligned.
	want := Scores{Mode: "raw", Sentences: 2, Tokens: 11, Words: 12, SysSentences: 1, SysTokens: 12, SysWords: 12, AlignedWords: 9,
		SentencePrecision: 0, SentenceRecall: 0, SentenceF1: 0,
		TokenPrecision: 58.33, TokenRecall: 63.64, TokenF1: 60.87,
		WordPrecision: 75, WordRecall: 75, WordF1: 75,
		UPOS: 75, XPOS: 75, Lemma: 75, UAS: 41.67, LAS: 41.67, LASUniversal: 41.67,
	}
	if sc != want {
		t.Errorf("got\n%s\nwant\n%s", sc, want)
	}
}

func TestRawMultiword(t *testing.T) {
	gold := parse(t, `
# text = I'm gonna go.
1-2 I'm
1 I I PRON PRP 3 nsubj
2 'm be AUX VBP 3 aux
3-4 gonna
3 gon go VERB VBG 0 root
4 na to PART TO 5 mark
5 go go VERB VB 3 xcomp SpaceAfter=No
6 . . PUNCT . 3 punct
`)
	// Same surface tokens; the system splits "I'm" as i+'m (case differs)
	// and "gonna" into going+to, which shares no form with gon+na.
	sysSents := parse(t, `
# text = I'm gonna go.
1-2 I'm
1 i I PRON PRP 3 nsubj
2 'm be AUX VBP 3 aux
3-4 gonna
3 going go VERB VBG 0 root
4 to to PART TO 5 mark
5 go go VERB VB 3 xcomp SpaceAfter=No
6 . . PUNCT . 3 punct
`)
	sc, err := ScoreRaw(gold, GoldDocument(sysSents, "\n"))
	if err != nil {
		t.Fatal(err)
	}
	// Tokens all match (4/4). Words: 6 gold, 6 system, aligned I 'm go . = 4.
	// UAS: I, 'm head gon ↔ going are unaligned: wrong; go → gon wrong;
	// . → gon wrong. 0 correct.
	if sc.TokenF1 != 100 || sc.AlignedWords != 4 || sc.WordF1 != 66.67 || sc.UPOS != 66.67 || sc.UAS != 0 {
		t.Errorf("%s", sc)
	}
	// A system that splits into the gold words but does not mark the
	// multiword token: words all align, tokens do not.
	sysSents = parse(t, `
# text = I'm gonna go.
1 I I PRON PRP 3 nsubj SpaceAfter=No
2 'm be AUX VBP 3 aux
3 gon go VERB VBG 0 root SpaceAfter=No
4 na to PART TO 5 mark
5 go go VERB VB 3 xcomp SpaceAfter=No
6 . . PUNCT . 3 punct
`)
	sc, err = ScoreRaw(gold, GoldDocument(sysSents, "\n"))
	if err != nil {
		t.Fatal(err)
	}
	if sc.TokenPrecision != 33.33 || sc.TokenRecall != 50 || sc.WordF1 != 100 || sc.UAS != 100 || sc.LAS != 100 {
		t.Errorf("%s", sc)
	}
}

// System spans that include surrounding whitespace still match.
func TestRawWhitespace(t *testing.T) {
	gold := parse(t, goldSrc)
	sys := GoldDocument(gold, "\n\n")
	for i := range sys.Tokens {
		if sys.Tokens[i].SpaceAfter && sys.Tokens[i].End < len(sys.Text) {
			sys.Tokens[i].End++
		}
	}
	sc, err := ScoreRaw(gold, sys)
	if err != nil {
		t.Fatal(err)
	}
	all100(t, sc)
}

func TestJSON(t *testing.T) {
	b, err := json.Marshal(Scores{Mode: "raw", TokenF1: 99.5, LASUniversal: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"sentences":`, `"tokens":`, `"upos":`, `"xpos":`, `"lemma":`, `"uas":`, `"las":`, `"las_universal":1`, `"token_f1":99.5`, `"sentence_f1":`, `"word_f1":`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("JSON lacks %s: %s", k, b)
		}
	}
}

func readEWT(t testing.TB, part string) []*conllu.Sentence {
	t.Helper()
	f, err := os.Open("../../shared/data/ud_en_ewt/en_ewt-ud-" + part + ".conllu")
	if err != nil {
		t.Skip("EWT not available:", err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func TestEWTSelf(t *testing.T) {
	gold := readEWT(t, "test")
	sys := GoldDocument(gold, "\n")
	// Gold offsets must reproduce each form (or multiword surface).
	for _, st := range SurfaceTokens(sys) {
		var forms strings.Builder
		for i := st.First; i < st.Last; i++ {
			forms.WriteString(sys.Tokens[i].Form)
		}
		if got := sys.Text[st.Start:st.End]; got != forms.String() {
			t.Fatalf("token %d: text %q, forms %q", st.First, got, forms.String())
		}
	}
	sc, err := ScoreAligned(gold, sys)
	if err != nil {
		t.Fatal(err)
	}
	all100(t, sc)
	sc, err = ScoreRaw(gold, GoldDocument(gold, " "))
	if err != nil {
		t.Fatal(err)
	}
	all100(t, sc)
	t.Logf("\n%s", sc)
}

func BenchmarkScoreRaw(b *testing.B) {
	gold := readEWT(b, "test")
	sys := GoldDocument(gold, "\n")
	b.ResetTimer()
	for b.Loop() {
		if _, err := ScoreRaw(gold, sys); err != nil {
			b.Fatal(err)
		}
	}
}

// Odd system output scores without panicking.
func TestRawRobust(t *testing.T) {
	gold := parse(t, goldSrc)
	sys := GoldDocument(gold, "\n")
	sys.Tokens[0].Head = 999
	sys.Tokens[1].Head = doc.NoHead
	sys.Tokens[2].MultiWord = 40 // reaches past its sentence
	sys.Tokens[11].MultiWord = 3
	sys.Tokens[5], sys.Tokens[6] = sys.Tokens[6], sys.Tokens[5] // out of order
	sys.Sentences = append(sys.Sentences, doc.Sentence{First: 12, Last: 12, Start: 3, End: 3})
	for _, f := range []func([]*conllu.Sentence, *doc.Document) (Scores, error){ScoreRaw, ScoreAligned} {
		sc, err := f(gold, sys)
		if err != nil {
			t.Fatal(err)
		}
		if sc.UAS >= 100 || sc.TokenF1 >= 100 || sc.SysSentences != 3 {
			t.Errorf("%s", sc)
		}
	}
}

// EWT with its multiword tokens unmarked: every word still aligns, only
// the multiword tokens are lost.
func TestEWTUnmarkedMultiword(t *testing.T) {
	gold := readEWT(t, "test")
	sys := GoldDocument(gold, "\n")
	mwt := 0
	for i := range sys.Tokens {
		if sys.Tokens[i].MultiWord > 1 {
			mwt++
			sys.Tokens[i].MultiWord = 0
		}
	}
	sc, err := ScoreRaw(gold, sys)
	if err != nil {
		t.Fatal(err)
	}
	_, wantR, _ := prf(sc.Tokens-mwt, sc.Tokens, sc.SysTokens)
	if sc.WordF1 != 100 || sc.LAS != 100 || sc.TokenRecall != wantR || sc.TokenF1 == 100 {
		t.Errorf("%d multiword tokens unmarked:\n%s", mwt, sc)
	}
}
