// Package udeval scores system annotations against gold Universal
// Dependencies treebanks in the manner of the CoNLL 2018 shared task: in
// gold-tokenisation mode (ScoreAligned) every system word pairs with the
// gold word at the same index; in raw-text mode (ScoreRaw) sentences,
// surface tokens and syntactic words are matched by their character spans
// in the shared text, whitespace ignored, and tagging and parsing scores
// are F1 over the aligned words.
//
// The system document's Text must be the gold text the system was run on,
// as built by GoldText; only its non-whitespace characters are compared,
// so any sentence separator works.
package udeval

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"sandpiper/conllu"
	"sandpiper/doc"
)

// Scores holds the result of one evaluation. Percentages are 0-100,
// rounded to two decimals. Counts of gold units are plain; counts of
// system units carry the sys_ prefix.
//
// The word-level metrics (UPOS … LASUniversal) are F1 over words:
// 2·correct / (gold words + system words). With gold tokenisation the two
// counts are equal and F1 is plain accuracy. A word is correct for a
// metric only when it is aligned to a gold word and the metric's field
// agrees; for UAS the system head must be the word aligned to the gold
// head (or both must be the root). Punctuation is included.
type Scores struct {
	// Mode is "aligned" (ScoreAligned) or "raw" (ScoreRaw).
	Mode string `json:"mode"`

	// Sentences, Tokens and Words count gold sentences, gold surface
	// tokens (a multiword token such as "don't" is one) and gold
	// syntactic words ("do", "n't" are two).
	Sentences int `json:"sentences"`
	Tokens    int `json:"tokens"`
	Words     int `json:"words"`
	// SysSentences, SysTokens and SysWords count the same units in the
	// system document.
	SysSentences int `json:"sys_sentences"`
	SysTokens    int `json:"sys_tokens"`
	SysWords     int `json:"sys_words"`
	// AlignedWords counts system words paired with a gold word.
	AlignedWords int `json:"aligned_words"`

	// Segmentation scores. In raw mode a system unit is correct when its
	// span (whitespace ignored) equals a gold unit's span; words inside
	// multiword tokens are paired by the longest common subsequence of
	// their forms within the overlapping tokens. In aligned mode tokens
	// and sentences compare as ranges of word indices and WordF1 is 100.
	SentencePrecision float64 `json:"sentence_precision"`
	SentenceRecall    float64 `json:"sentence_recall"`
	SentenceF1        float64 `json:"sentence_f1"`
	TokenPrecision    float64 `json:"token_precision"`
	TokenRecall       float64 `json:"token_recall"`
	TokenF1           float64 `json:"token_f1"`
	WordPrecision     float64 `json:"word_precision"`
	WordRecall        float64 `json:"word_recall"`
	WordF1            float64 `json:"word_f1"`

	// UPOS, XPOS and Lemma score the tag or lemma string (exact match,
	// case-sensitive).
	UPOS  float64 `json:"upos"`
	XPOS  float64 `json:"xpos"`
	Lemma float64 `json:"lemma"`
	// UAS scores the head; LAS the head and the full relation label
	// (subtypes such as nmod:poss included); LASUniversal the head and the
	// label's universal part before ':'.
	UAS          float64 `json:"uas"`
	LAS          float64 `json:"las"`
	LASUniversal float64 `json:"las_universal"`
}

// String formats the scores as a small table.
func (s Scores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "mode %s: gold %d sentences, %d tokens, %d words; system %d, %d, %d\n",
		s.Mode, s.Sentences, s.Tokens, s.Words, s.SysSentences, s.SysTokens, s.SysWords)
	fmt.Fprintf(&b, "%-10s %9s %9s %9s\n", "metric", "precision", "recall", "f1")
	row := func(name string, p, r, f float64) {
		fmt.Fprintf(&b, "%-10s %9.2f %9.2f %9.2f\n", name, p, r, f)
	}
	row("sentences", s.SentencePrecision, s.SentenceRecall, s.SentenceF1)
	row("tokens", s.TokenPrecision, s.TokenRecall, s.TokenF1)
	row("words", s.WordPrecision, s.WordRecall, s.WordF1)
	for _, m := range []struct {
		name string
		v    float64
	}{{"upos", s.UPOS}, {"xpos", s.XPOS}, {"lemma", s.Lemma}, {"uas", s.UAS}, {"las", s.LAS}, {"las_univ", s.LASUniversal}} {
		fmt.Fprintf(&b, "%-10s %9s %9s %9.2f\n", m.name, "", "", m.v)
	}
	return b.String()
}

// GoldText joins the gold sentences' texts ("# text", or the text rebuilt
// from forms and SpaceAfter when absent) with sep and returns the text and
// each sentence's byte span [start, end) in it.
func GoldText(gold []*conllu.Sentence, sep string) (text string, sentSpans [][2]int) {
	var b strings.Builder
	sentSpans = make([][2]int, len(gold))
	for i, s := range gold {
		if i > 0 {
			b.WriteString(sep)
		}
		t := sentenceText(s)
		sentSpans[i] = [2]int{b.Len(), b.Len() + len(t)}
		b.WriteString(t)
	}
	return b.String(), sentSpans
}

func sentenceText(s *conllu.Sentence) string {
	if s.Text != "" {
		return s.Text
	}
	return conllu.Reconstruct(s)
}

// GoldDocument builds the document of the gold sentences over the text of
// GoldText(gold, sep): one token per syntactic word with its gold byte
// span and annotation, heads as indices into the document's tokens.
// Words of a multiword token have adjacent spans that together cover the
// surface token.
func GoldDocument(gold []*conllu.Sentence, sep string) *doc.Document {
	text, spans := GoldText(gold, sep)
	d := &doc.Document{Text: text}
	for i, s := range gold {
		one := conllu.Document("", []*conllu.Sentence{s})
		base, first := spans[i][0], len(d.Tokens)
		for _, t := range one.Tokens {
			t.Start += base
			t.End += base
			if t.Head >= 0 {
				t.Head += first
			}
			d.Tokens = append(d.Tokens, t)
		}
		d.Sentences = append(d.Sentences, doc.Sentence{First: first, Last: len(d.Tokens), Start: spans[i][0], End: spans[i][1]})
	}
	return d
}

// SurfaceToken is one surface token of a document: the words
// Tokens[First:Last] and the byte span [Start, End) they cover. It holds
// more than one word only for a multiword token.
type SurfaceToken struct {
	First, Last int
	Start, End  int
}

// SurfaceTokens groups the words of d into surface tokens using their
// MultiWord marks. A multiword mark never reaches past its sentence.
func SurfaceTokens(d *doc.Document) []SurfaceToken {
	out := make([]SurfaceToken, 0, len(d.Tokens))
	limit := sentenceLimits(d)
	for i := 0; i < len(d.Tokens); {
		n := max(d.Tokens[i].MultiWord, 1)
		last := min(i+n, limit[i])
		st := SurfaceToken{First: i, Last: last, Start: d.Tokens[i].Start, End: d.Tokens[last-1].End}
		if st.End < st.Start {
			st.End = st.Start
		}
		out = append(out, st)
		i = last
	}
	return out
}

// sentenceLimits returns, for each token, the end (exclusive) of the
// sentence holding it, or len(d.Tokens) for tokens outside any sentence.
func sentenceLimits(d *doc.Document) []int {
	lim := make([]int, len(d.Tokens))
	for i := range lim {
		lim[i] = len(d.Tokens)
	}
	for _, s := range d.Sentences {
		if s.First < 0 || s.Last > len(d.Tokens) || s.First >= s.Last {
			continue
		}
		for i := s.First; i < s.Last; i++ {
			lim[i] = s.Last
		}
	}
	return lim
}

// ScoreAligned scores sys against gold when sys has exactly the gold
// words (gold tokenisation): word i of sys pairs with gold word i. It
// fails when the word counts differ.
func ScoreAligned(gold []*conllu.Sentence, sys *doc.Document) (Scores, error) {
	g := GoldDocument(gold, "\n")
	if len(g.Tokens) != len(sys.Tokens) {
		return Scores{}, fmt.Errorf("udeval: system has %d words, gold has %d", len(sys.Tokens), len(g.Tokens))
	}
	gt, st := SurfaceTokens(g), SurfaceTokens(sys)
	sc := Scores{Mode: "aligned",
		Sentences: len(g.Sentences), Tokens: len(gt), Words: len(g.Tokens),
		SysSentences: len(sys.Sentences), SysTokens: len(st), SysWords: len(sys.Tokens),
		AlignedWords: len(sys.Tokens),
	}
	// Sentences and tokens compare as word ranges.
	gs, ss := make([]span, len(g.Sentences)), make([]span, len(sys.Sentences))
	for i, s := range g.Sentences {
		gs[i] = span{s.First, s.Last}
	}
	for i, s := range sys.Sentences {
		ss[i] = span{s.First, s.Last}
	}
	sc.SentencePrecision, sc.SentenceRecall, sc.SentenceF1 = prf(matchSpans(gs, ss), len(gs), len(ss))
	gts, sts := make([]span, len(gt)), make([]span, len(st))
	for i, t := range gt {
		gts[i] = span{t.First, t.Last}
	}
	for i, t := range st {
		sts[i] = span{t.First, t.Last}
	}
	sc.TokenPrecision, sc.TokenRecall, sc.TokenF1 = prf(matchSpans(gts, sts), len(gts), len(sts))
	sc.WordPrecision, sc.WordRecall, sc.WordF1 = prf(len(g.Tokens), len(g.Tokens), len(sys.Tokens))

	var c counts
	for i := range g.Tokens {
		gw, sw := &g.Tokens[i], &sys.Tokens[i]
		headOK := gw.Head == sw.Head && (sw.Head == doc.Root || sw.Head >= 0)
		c.add(gw, sw, headOK)
	}
	c.fill(&sc, len(g.Tokens), len(sys.Tokens))
	return sc, nil
}

// ScoreRaw scores sys, produced from raw text, against gold by aligning
// sentences, tokens and words through their character spans. The
// non-whitespace characters of sys.Text must equal those of the gold
// text; every system offset must lie inside sys.Text.
func ScoreRaw(gold []*conllu.Sentence, sys *doc.Document) (Scores, error) {
	g := GoldDocument(gold, "\n")
	if err := sameCharacters(g.Text, sys.Text); err != nil {
		return Scores{}, err
	}
	if err := checkOffsets(sys); err != nil {
		return Scores{}, err
	}
	gl, sl := newLayout(g), newLayout(sys)
	sc := Scores{Mode: "raw",
		Sentences: len(gl.sents), Tokens: len(gl.tokens), Words: len(gl.words),
		SysSentences: len(sl.sents), SysTokens: len(sl.tokens), SysWords: len(sl.words),
	}
	sc.SentencePrecision, sc.SentenceRecall, sc.SentenceF1 = prf(matchSpans(gl.sents, sl.sents), len(gl.sents), len(sl.sents))
	sc.TokenPrecision, sc.TokenRecall, sc.TokenF1 = prf(matchSpans(gl.tokens, sl.tokens), len(gl.tokens), len(sl.tokens))

	g2s := alignWords(gl.words, sl.words)
	var c counts
	for gi, si := range g2s {
		if si < 0 {
			continue
		}
		sc.AlignedWords++
		gw, sw := &g.Tokens[gi], &sys.Tokens[si]
		var headOK bool
		switch {
		case gw.Head == doc.Root:
			headOK = sw.Head == doc.Root
		case gw.Head >= 0:
			headOK = sw.Head >= 0 && g2s[gw.Head] == sw.Head
		}
		c.add(gw, sw, headOK)
	}
	sc.WordPrecision, sc.WordRecall, sc.WordF1 = prf(sc.AlignedWords, len(gl.words), len(sl.words))
	c.fill(&sc, len(gl.words), len(sl.words))
	return sc, nil
}

// counts tallies correct words per metric.
type counts struct{ upos, xpos, lemma, uas, las, lasU int }

func (c *counts) add(g, s *doc.Token, headOK bool) {
	if g.UPOS == s.UPOS {
		c.upos++
	}
	if g.XPOS == s.XPOS {
		c.xpos++
	}
	if g.Lemma == s.Lemma {
		c.lemma++
	}
	if headOK {
		c.uas++
		if g.Rel == s.Rel {
			c.las++
		}
		if universal(g.Rel) == universal(s.Rel) {
			c.lasU++
		}
	}
}

func (c *counts) fill(sc *Scores, nGold, nSys int) {
	f := func(n int) float64 { _, _, f1 := prf(n, nGold, nSys); return f1 }
	sc.UPOS, sc.XPOS, sc.Lemma = f(c.upos), f(c.xpos), f(c.lemma)
	sc.UAS, sc.LAS, sc.LASUniversal = f(c.uas), f(c.las), f(c.lasU)
}

// universal returns the part of a dependency label before any subtype.
func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// prf returns precision, recall and F1 in percent for correct units out
// of nGold gold and nSys system units. Two empty sides score 100.
func prf(correct, nGold, nSys int) (p, r, f float64) {
	if nGold == 0 && nSys == 0 {
		return 100, 100, 100
	}
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return math.Round(10000*float64(a)/float64(b)) / 100
	}
	return pct(correct, nSys), pct(correct, nGold), pct(2*correct, nGold+nSys)
}

// span is a half-open range: character positions in raw mode, word
// indices in aligned mode.
type span struct{ start, end int }

// matchSpans counts the system spans equal to a gold span, each gold span
// matching at most once. Empty character spans never match in raw mode;
// callers pass only what may match.
func matchSpans(gold, sys []span) int {
	set := make(map[span]int, len(gold))
	for _, s := range gold {
		if s.end > s.start {
			set[s]++
		}
	}
	n := 0
	for _, s := range sys {
		if set[s] > 0 {
			set[s]--
			n++
		}
	}
	return n
}

// sameCharacters reports whether a and b hold the same non-whitespace
// characters in the same order.
func sameCharacters(gold, sys string) error {
	i, j := 0, 0
	for {
		for i < len(gold) {
			r, n := utf8.DecodeRuneInString(gold[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		for j < len(sys) {
			r, n := utf8.DecodeRuneInString(sys[j:])
			if !unicode.IsSpace(r) {
				break
			}
			j += n
		}
		if i == len(gold) || j == len(sys) {
			if i == len(gold) && j == len(sys) {
				return nil
			}
			if i == len(gold) {
				return fmt.Errorf("udeval: system text has extra characters at byte %d: %q", j, excerpt(sys, j))
			}
			return fmt.Errorf("udeval: system text ends before gold text (gold byte %d: %q)", i, excerpt(gold, i))
		}
		rg, ng := utf8.DecodeRuneInString(gold[i:])
		rs, ns := utf8.DecodeRuneInString(sys[j:])
		if rg != rs {
			return fmt.Errorf("udeval: system text differs from gold text at system byte %d: %q, gold %q", j, excerpt(sys, j), excerpt(gold, i))
		}
		i += ng
		j += ns
	}
}

func excerpt(s string, i int) string {
	e := min(len(s), i+20)
	for e < len(s) && !utf8.RuneStart(s[e]) {
		e++
	}
	return s[i:e]
}

var errOffsets = errors.New("udeval: system offsets out of range")

func checkOffsets(d *doc.Document) error {
	for i, t := range d.Tokens {
		if t.Start < 0 || t.End < t.Start || t.End > len(d.Text) {
			return fmt.Errorf("%w: token %d [%d,%d) in a text of %d bytes", errOffsets, i, t.Start, t.End, len(d.Text))
		}
	}
	for i, s := range d.Sentences {
		if s.First < 0 || s.Last < s.First || s.Last > len(d.Tokens) {
			return fmt.Errorf("%w: sentence %d covers tokens [%d,%d) of %d", errOffsets, i, s.First, s.Last, len(d.Tokens))
		}
		if s.First == s.Last && (s.Start < 0 || s.End < s.Start || s.End > len(d.Text)) {
			return fmt.Errorf("%w: sentence %d [%d,%d) in a text of %d bytes", errOffsets, i, s.Start, s.End, len(d.Text))
		}
	}
	return nil
}

// layout is a document's units in non-whitespace character coordinates.
type layout struct {
	sents, tokens []span
	words         []word
}

// word is one syntactic word for alignment. tok is its surface token's
// span; inMWT marks words of multiword tokens.
type word struct {
	tok   span
	inMWT bool
	form  string
}

// newLayout maps d's units to non-whitespace coordinates: position p
// becomes the number of non-whitespace bytes before p, so spans that
// differ only by whitespace at their edges coincide.
func newLayout(d *doc.Document) *layout {
	pos := nonSpaceIndex(d.Text)
	l := &layout{}
	for _, t := range SurfaceTokens(d) {
		sp := span{int(pos[t.Start]), int(pos[t.End])}
		l.tokens = append(l.tokens, sp)
		for i := t.First; i < t.Last; i++ {
			l.words = append(l.words, word{tok: sp, inMWT: t.Last-t.First > 1, form: d.Tokens[i].Form})
		}
	}
	for _, s := range d.Sentences {
		var sp span
		if s.First < s.Last {
			sp = span{int(pos[d.Tokens[s.First].Start]), int(pos[d.Tokens[s.Last-1].End])}
		} else {
			sp = span{int(pos[s.Start]), int(pos[s.End])}
		}
		l.sents = append(l.sents, sp)
	}
	return l
}

// nonSpaceIndex returns, for each byte offset 0..len(s), the number of
// bytes of non-whitespace runes before it.
func nonSpaceIndex(s string) []int32 {
	idx := make([]int32, len(s)+1)
	var c int32
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		space := unicode.IsSpace(r)
		for k := 0; k < n; k++ {
			idx[i+k] = c
			if !space {
				c++
			}
		}
		i += n
	}
	idx[len(s)] = c
	return idx
}

// alignWords pairs gold and system words, both in text order, and returns
// for each gold word the index of its system word or -1. Words outside
// multiword tokens pair when their spans are equal. Where a multiword
// token on either side overlaps tokens of the other, the words of the
// whole overlapping region pair by the longest common subsequence of
// their forms, compared case-insensitively.
func alignWords(g, s []word) []int {
	g2s := make([]int, len(g))
	for i := range g2s {
		g2s[i] = -1
	}
	i, j := 0, 0
	for i < len(g) && j < len(s) {
		a, b := g[i].tok, s[j].tok
		overlap := a.start < b.end && b.start < a.end
		switch {
		case (g[i].inMWT || s[j].inMWT) && overlap:
			end := max(a.end, b.end)
			i2, j2 := i, j
			for {
				grown := false
				for i2 < len(g) && g[i2].tok.start < end {
					end = max(end, g[i2].tok.end)
					i2++
					grown = true
				}
				for j2 < len(s) && s[j2].tok.start < end {
					end = max(end, s[j2].tok.end)
					j2++
					grown = true
				}
				if !grown {
					break
				}
			}
			lcsAlign(g[i:i2], s[j:j2], func(x, y int) { g2s[i+x] = j + y })
			i, j = i2, j2
		case !g[i].inMWT && !s[j].inMWT && a == b && a.end > a.start:
			g2s[i] = j
			i++
			j++
		case a.start < b.start || a.start == b.start && a.end < b.end:
			i++
		case a == b:
			i++
			j++
		default:
			j++
		}
	}
	return g2s
}

// maxLCSCells bounds the dynamic-programming table of one region; larger
// regions (only from pathological system output) pair greedily.
const maxLCSCells = 1 << 22

// lcsAlign calls pair(x, y) for the pairs of a longest common subsequence
// of the forms of g and s, in order.
func lcsAlign(g, s []word, pair func(x, y int)) {
	n, m := len(g), len(s)
	eq := func(x, y int) bool { return strings.EqualFold(g[x].form, s[y].form) }
	if n*m > maxLCSCells {
		for x, y := 0, 0; x < n && y < m; {
			if eq(x, y) {
				pair(x, y)
				x++
				y++
			} else if n-x > m-y {
				x++
			} else {
				y++
			}
		}
		return
	}
	// t[x][y] is the LCS length of g[x:] and s[y:].
	w := m + 1
	t := make([]int32, (n+1)*w)
	for x := n - 1; x >= 0; x-- {
		for y := m - 1; y >= 0; y-- {
			if eq(x, y) {
				t[x*w+y] = t[(x+1)*w+y+1] + 1
			} else {
				t[x*w+y] = max(t[(x+1)*w+y], t[x*w+y+1])
			}
		}
	}
	for x, y := 0, 0; x < n && y < m; {
		switch {
		case eq(x, y) && t[x*w+y] == t[(x+1)*w+y+1]+1:
			pair(x, y)
			x++
			y++
		case t[(x+1)*w+y] >= t[x*w+y+1]:
			x++
		default:
			y++
		}
	}
}
