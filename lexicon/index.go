package lexicon

import "sort"

// phraseIndex finds the longest dictionary phrase at the start of a word
// sequence. Phrases are bucketed by their first (upper-case) word; each
// bucket is sorted longest first, so the first full match in a bucket is
// the longest one.
type phraseIndex struct {
	first map[string][]indexed
}

type indexed struct {
	words []string // upper case
	id    int32    // caller's entry number
	order int32    // insertion order, for ties
}

func (x *phraseIndex) add(words []string, id int32) {
	if len(words) == 0 {
		return
	}
	if x.first == nil {
		x.first = make(map[string][]indexed)
	}
	b := x.first[words[0]]
	x.first[words[0]] = append(b, indexed{words: words, id: id, order: int32(len(b))})
}

// finish sorts every bucket: longest first; among phrases of equal length
// the one added last first when lastWins, else the one added first.
func (x *phraseIndex) finish(lastWins bool) {
	for _, b := range x.first {
		sort.SliceStable(b, func(i, j int) bool {
			if len(b[i].words) != len(b[j].words) {
				return len(b[i].words) > len(b[j].words)
			}
			if lastWins {
				return b[i].order > b[j].order
			}
			return b[i].order < b[j].order
		})
	}
}

// match returns the id of the longest phrase that the words start with and
// its length in words; n is 0 when nothing matches. Words are compared
// upper-cased.
func (x *phraseIndex) match(words []string) (id int32, n int) {
	if len(words) == 0 || x.first == nil {
		return 0, 0
	}
	b := x.first[upper(words[0])]
next:
	for _, p := range b {
		if len(p.words) > len(words) {
			continue
		}
		for i := 1; i < len(p.words); i++ {
			if p.words[i] != words[i] && p.words[i] != upper(words[i]) {
				continue next
			}
		}
		return p.id, len(p.words)
	}
	return 0, 0
}
