package lemma

import (
	"sort"
	"strings"
	"unicode/utf8"

	"sandpiper/conllu"
)

// params are the training settings; defaults chose them on EWT dev.
type params struct {
	maxSuffix int  // longest rule suffix, bytes (≤ maxKey)
	minCount  int  // least weight of a suffix for its rule to be kept
	byType    bool // rules and case policy count word types, not tokens
	lexicon   bool // prefer rules giving a known lemma
	frequent  int  // least count of a word stored to spare an allocation (0: none)
}

// defaultParams are the settings Train uses.
func defaultParams() params {
	return params{maxSuffix: 10, minCount: 2, byType: true, lexicon: true, frequent: 3}
}

// Train learns a model from the forms, tags and lemmas of sents. The
// result depends only on the multiset of (form, UPOS, XPOS, lemma) words,
// so the same data always gives the same model.
func Train(sents []*conllu.Sentence) *Model {
	return train(sents, defaultParams())
}

// occ is one (form, tag, lemma) word type.
type occ struct{ form, tag, lemma string }

func train(sents []*conllu.Sentence, p params) *Model {
	p.maxSuffix = min(p.maxSuffix, maxKey)
	counts := map[occ]int{}
	uposTags := map[string]map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			counts[occ{w.Form, w.XPOS, w.Lemma}]++
			if uposTags[w.UPOS] == nil {
				uposTags[w.UPOS] = map[string]int{}
			}
			uposTags[w.UPOS][w.XPOS]++
		}
	}
	// Word types in a fixed order.
	types := make([]occ, 0, len(counts))
	for o := range counts {
		types = append(types, o)
	}
	sort.Slice(types, func(i, j int) bool {
		a, b := types[i], types[j]
		if a.tag != b.tag {
			return a.tag < b.tag
		}
		if a.form != b.form {
			return a.form < b.form
		}
		return a.lemma < b.lemma
	})
	weight := func(o occ) int {
		if p.byType {
			return 1
		}
		return counts[o]
	}

	m := &Model{tagID: map[string]int{}, upos: map[string]int{}}
	for _, o := range types {
		if _, ok := m.tagID[o.tag]; !ok {
			m.tagID[o.tag] = len(m.tags)
			m.tags = append(m.tags, tagModel{name: o.tag})
		}
	}
	for u, tags := range uposTags {
		best, bestN := "", -1
		for t, n := range tags {
			if n > bestN || n == bestN && t < best {
				best, bestN = t, n
			}
		}
		m.upos[u] = m.tagID[best]
	}

	// Known lemmas: those of inflected words (form ≠ lemma), the ones a
	// rule might produce.
	if p.lexicon {
		m.known = map[string]struct{}{}
		for _, o := range types {
			if usable(o) && !strings.EqualFold(o.form, o.lemma) {
				m.known[o.lemma] = struct{}{}
			}
		}
	}
	// Group the types by tag (types are sorted by tag).
	for lo := 0; lo < len(types); {
		hi := lo
		for hi < len(types) && types[hi].tag == types[lo].tag {
			hi++
		}
		tm := &m.tags[m.tagID[types[lo].tag]]
		group := types[lo:hi]
		learnCase(tm, group, weight)
		learnRules(tm, group, weight, p)
		learnExceptions(m, tm, group, counts, p)
		lo = hi
	}
	return m
}

// usable reports whether a word can teach rules: "_" lemmas of unlemmatised
// words (e-mail addresses in EWT) would teach deleting whole words.
func usable(o occ) bool { return o.lemma != "" && (o.lemma != "_" || o.form == "_") }

// learnCase sets the case policy and comma rule of a tag.
func learnCase(tm *tagModel, group []occ, weight func(occ) int) {
	var votes [nShapes][nCases]int
	commas, commasKept := 0, 0
	for _, o := range group {
		if !usable(o) {
			continue
		}
		if isNumberWithCommas(o.form) {
			if o.lemma == strings.ReplaceAll(o.form, ",", "") {
				commas += weight(o)
			} else {
				commasKept += weight(o)
			}
		}
		sh := shapeOf(o.form)
		if sh == shapeLower {
			continue
		}
		// Vote for the transforms sharing the longest prefix with the
		// lemma, unless all share the same.
		var pre [nCases]int
		pre[caseKeep] = commonPrefix(o.form, o.lemma)
		pre[caseLower] = commonPrefix(strings.ToLower(o.form), o.lemma)
		pre[caseTitle] = commonPrefix(titleCase(o.form), o.lemma)
		best := max(pre[0], pre[1], pre[2])
		if pre[0] == best && pre[1] == best && pre[2] == best {
			continue
		}
		for c, n := range pre {
			if n == best {
				votes[sh][c] += weight(o)
			}
		}
	}
	for sh := range tm.cases {
		best := caseKeep
		for c := range nCases {
			if votes[sh][c] > votes[sh][best] {
				best = c
			}
		}
		tm.cases[sh] = uint8(best)
	}
	tm.stripCommas = commas > commasKept
}

// ruleOf returns the rule rewriting f into lemma: the bytes after their
// longest common prefix (ending at a character boundary) are replaced.
func ruleOf(f, lemma string) rule {
	p := commonPrefix(f, lemma)
	return rule{strip: len(f) - p, add: lemma[p:]}
}

// commonPrefix returns the length of the longest common prefix of a and
// b that ends at a character boundary of both.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for n > 0 && (n < len(a) && !utf8.RuneStart(a[n]) || n < len(b) && !utf8.RuneStart(b[n])) {
		n--
	}
	return n
}

// learnRules counts, for every suffix of every cased form, the rules its
// words need, and keeps the majority rule of each frequent suffix where
// it differs from the rule of the suffix's longest kept ending.
func learnRules(tm *tagModel, group []occ, weight func(occ) int, p params) {
	stats := map[string]map[rule]int{}
	for _, o := range group {
		if !usable(o) {
			continue
		}
		f := tm.caseForm(o.form)
		r := ruleOf(f, o.lemma)
		if r.strip > p.maxSuffix {
			continue
		}
		w := weight(o)
		for l := r.strip; l <= min(len(f), p.maxSuffix); l++ {
			if l > 0 && !utf8.RuneStart(f[len(f)-l]) {
				continue
			}
			key := foldASCII(f[len(f)-l:])
			if stats[key] == nil {
				stats[key] = map[rule]int{}
			}
			stats[key][r] += w
		}
	}
	keys := make([]string, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) < len(keys[j])
		}
		return keys[i] < keys[j]
	})
	tm.rules = map[string]rule{}
	tm.maxSuffix = 0
	for _, k := range keys {
		best, total := majority(stats[k])
		if k != "" && total < p.minCount {
			continue
		}
		if k != "" && best == tm.lookup(k[1:]) {
			// The longest kept ending of k already gives this rule.
			continue
		}
		if best == (rule{}) && k == "" {
			continue
		}
		tm.rules[k] = best
		tm.maxSuffix = max(tm.maxSuffix, len(k))
	}
}

// lookup returns the rule of the longest suffix of f in the table, or the
// identity (training uses it; Lemma inlines it in predict).
func (tm *tagModel) lookup(f string) rule {
	n := min(len(f), tm.maxSuffix)
	tail := f[len(f)-n:]
	var buf [maxKey]byte
	if hasASCIIUpper(tail) {
		copy(buf[:], tail)
		lowerBytes(buf[:n])
		for l := n; l >= 0; l-- {
			if l > 0 && !utf8.RuneStart(f[len(f)-l]) {
				continue
			}
			if r, ok := tm.rules[string(buf[n-l:n])]; ok {
				return r
			}
		}
		return rule{}
	}
	for l := n; l >= 0; l-- {
		if l > 0 && !utf8.RuneStart(f[len(f)-l]) {
			continue
		}
		if r, ok := tm.rules[tail[n-l:]]; ok {
			return r
		}
	}
	return rule{}
}

// majority returns the most frequent rule (ties: shorter strip, then the
// smaller addition) and the total count.
func majority(rs map[rule]int) (rule, int) {
	var best rule
	bestN, total := -1, 0
	for r, n := range rs {
		total += n
		if n > bestN || n == bestN && (r.strip < best.strip || r.strip == best.strip && r.add < best.add) {
			best, bestN = r, n
		}
	}
	return best, total
}

// learnExceptions stores, for each lowercased form, its majority lemma
// when that is right more often than the rules, or as often and the word
// is frequent and the rules would build a new string for it (table
// entries cost no allocation).
func learnExceptions(m *Model, tm *tagModel, group []occ, counts map[occ]int, p params) {
	type tally struct {
		lemmas    map[string]int
		ruleRight int
		total     int
		allocates bool
	}
	byKey := map[string]*tally{}
	for _, o := range group {
		k := foldASCII(o.form)
		t := byKey[k]
		if t == nil {
			t = &tally{lemmas: map[string]int{}}
			byKey[k] = t
		}
		n := counts[o]
		t.lemmas[o.lemma] += n
		t.total += n
		pred := m.predict(tm, o.form)
		if pred == o.lemma {
			t.ruleRight += n
		}
		if !strings.HasPrefix(o.form, pred) {
			t.allocates = true
		}
	}
	tm.exc = map[string]string{}
	for k, t := range byKey {
		best, bestN := "", -1
		for l, n := range t.lemmas {
			if n > bestN || n == bestN && l < best {
				best, bestN = l, n
			}
		}
		if bestN > t.ruleRight || bestN == t.ruleRight && t.allocates && p.frequent > 0 && t.total >= p.frequent {
			tm.exc[k] = best
		}
	}
}
