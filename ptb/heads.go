package ptb

// Head rules. Each returns the index of the head child of a phrase; the
// children's own heads are already known (the walk is bottom-up).

// headChild picks the head child of a phrase that is not a coordination.
func headChild(n *node) int {
	switch {
	case isClauseCat(n.cat):
		return clauseHead(n)
	case n.cat == "VP":
		return vpHead(n)
	case isNominalCat(n.cat):
		return npHead(n)
	case n.cat == "PP" || n.cat == "WHPP":
		return ppHead(n)
	case n.cat == "SBAR":
		if i := firstKid(n, func(k *node) bool { return isClauseCat(k.cat) || k.cat == "SBAR" || k.cat == "FRAG" }); i >= 0 {
			return i
		}
		return lastNonPunct(n)
	case n.cat == "ADJP" || n.cat == "WHADJP":
		if i := firstKid(n, func(k *node) bool {
			switch k.tag() {
			case "JJ", "JJR", "JJS", "VBN", "VBG":
				return true
			}
			return k.cat == "ADJP"
		}); i >= 0 {
			return i
		}
	case n.cat == "ADVP" || n.cat == "WHADVP":
		if i := rightmostInRun(n, func(k *node) bool {
			switch k.tag() {
			case "RB", "RBR", "RBS", "WRB":
				return true
			}
			return k.cat == "ADVP"
		}); i >= 0 {
			return i
		}
	case n.cat == "QP":
		if i := rightmostInRun(n, func(k *node) bool { return k.tag() == "CD" }); i >= 0 {
			return i
		}
		return lastNonPunct(n)
	case n.cat == "PRT":
		if i := firstKid(n, func(k *node) bool { return k.tag() == "RP" }); i >= 0 {
			return i
		}
	}
	return firstNonPunct(n)
}

// clauseHead: the verb phrase; failing that, a predicate.
func clauseHead(n *node) int {
	if i := firstKid(n, func(k *node) bool { return k.cat == "VP" }); i >= 0 {
		return i
	}
	// SQ and SINV without a VP: "(SQ (VBZ Is) (NP it) (ADJP true))".
	if f := firstKid(n, func(k *node) bool { return k.leaf() && isVerbTag(k.cat) }); f >= 0 {
		if isBe(n.kids[f].word) {
			for i := f + 1; i < len(n.kids); i++ {
				if k := n.kids[i]; k.cat == "ADJP" || k.cat == "PP" {
					n.cop = true
					return i
				}
			}
		}
		return f
	}
	for _, want := range []func(*node) bool{
		func(k *node) bool { return isClauseCat(k.cat) || k.cat == "SBAR" || k.cat == "FRAG" },
		func(k *node) bool { return k.cat == "ADJP" },
		func(k *node) bool { return k.cat == "PP" },
		func(k *node) bool { return isNominalCat(k.cat) },
	} {
		if i := firstKid(n, want); i >= 0 {
			return i
		}
	}
	return firstNonPunct(n)
}

// auxLike reports whether k can be an auxiliary (or the infinitive "to")
// before a verb phrase.
func auxLike(k *node) bool {
	if !k.leaf() {
		return false
	}
	switch k.cat {
	case "MD", "TO":
		return true
	}
	return isVerbTag(k.cat) && (len(k.cat) > 3 && k.cat[:3] == "AUX" || isAuxWord(k.word))
}

// vpHead: a main verb over its auxiliaries, a predicate over its copula.
func vpHead(n *node) int {
	v := firstKid(n, func(k *node) bool { return k.cat == "VP" })
	if v >= 0 {
		aux := true
		for _, k := range n.kids[:v] {
			if k.leaf() && (isVerbTag(k.cat) || k.cat == "TO") && !auxLike(k) {
				aux = false
			}
		}
		if aux {
			return v
		}
	}
	f := firstKid(n, func(k *node) bool { return k.leaf() && isVerbTag(k.cat) })
	if f < 0 {
		// "(VP (IN about) (S …))" and other verbless verb phrases.
		if i := firstKid(n, func(k *node) bool { return isClauseCat(k.cat) || k.cat == "SBAR" }); i >= 0 {
			return i
		}
		if v >= 0 {
			return v
		}
		return firstNonPunct(n)
	}
	// Flat auxiliaries: (VP (VBD did) (RB not) (VB attack)).
	for auxLike(n.kids[f]) {
		g := -1
		for i := f + 1; i < len(n.kids); i++ {
			k := n.kids[i]
			if k.leaf() && isVerbTag(k.cat) {
				g = i
				break
			}
			if !(k.cat == "ADVP" || k.tag() == "RB") {
				break
			}
		}
		if g < 0 {
			break
		}
		f = g
	}
	if isBe(n.kids[f].word) && !existential(n) {
		for i := f + 1; i < len(n.kids); i++ {
			k := n.kids[i]
			if isPunct(k) || k.cat == "ADVP" || k.tag() == "RB" {
				continue
			}
			if (isNominalCat(k.cat) && !k.hasFunc("TMP") && !k.hasFunc("ADV")) || k.cat == "ADJP" || k.cat == "PP" || k.cat == "UCP" {
				n.cop = true
				return i
			}
			break
		}
	}
	return f
}

// existential reports whether the clause above the verb phrase n has the
// subject "there".
func existential(n *node) bool {
	if n.parent == nil {
		return false
	}
	for _, k := range n.parent.kids {
		if k.tag() == "EX" || isNominalCat(k.cat) && firstLeaf(k).tag() == "EX" {
			return true
		}
	}
	return false
}

// npHead: a first noun phrase (NP PP, NP SBAR, NP , NP), else the last noun
// before any post-modifier, else the likeliest non-noun.
func npHead(n *node) int {
	for i, k := range n.kids {
		if k.leaf() {
			if isNounTag(k.cat) {
				break
			}
			continue
		}
		if isNominalCat(k.cat) && !possessive(k) {
			// (NP (NP a and b) (NNS leaders)): a modifier, not the head.
			if i+1 < len(n.kids) && n.kids[i+1].leaf() && isNounTag(n.kids[i+1].cat) {
				break
			}
			return i
		}
	}
	if i := rightmostInRun(n, func(k *node) bool {
		return k.leaf() && isNounTag(k.cat) || (k.cat == "NML" || k.cat == "NX") && !possessive(k)
	}); i >= 0 {
		return i
	}
	for _, want := range []func(*node) bool{
		func(k *node) bool { return k.tag() == "CD" || k.cat == "QP" },
		func(k *node) bool {
			switch k.tag() {
			case "JJ", "JJR", "JJS", "VBG", "VBN":
				return true
			}
			return k.cat == "ADJP"
		},
		func(k *node) bool {
			switch k.tag() {
			case "DT", "PDT", "WDT", "PRP$", "WP$":
				return true
			}
			return false
		},
		func(k *node) bool { return isNominalCat(k.cat) },
		func(k *node) bool { return k.tag() == "RB" || k.cat == "ADVP" },
	} {
		if i := rightmostInRun(n, want); i >= 0 {
			return i
		}
	}
	return lastNonPunct(n)
}

// ppHead: the complement after the preposition; the preposition itself
// when there is none.
func ppHead(n *node) int {
	p := firstKid(n, func(k *node) bool {
		switch k.tag() {
		case "IN", "TO", "RP":
			return true
		}
		return false
	})
	if p < 0 {
		p = firstNonPunct(n)
		// (PP (VBG starting) (PP on Sunday)) is a verb phrase in all but name.
		if k := n.kids[p]; k.leaf() && isVerbTag(k.cat) {
			return p
		}
	}
	for i := p + 1; i < len(n.kids); i++ {
		k := n.kids[i]
		if isPunct(k) {
			continue
		}
		if !k.leaf() || isNounTag(k.cat) || k.cat == "CD" {
			return i
		}
	}
	return p
}

// possessive reports whether phrase k ends in a possessive marker.
func possessive(k *node) bool {
	return !k.leaf() && len(k.kids) > 0 && k.kids[len(k.kids)-1].tag() == "POS"
}

// firstLeaf returns the first preterminal under k.
func firstLeaf(k *node) *node {
	for !k.leaf() {
		k = k.kids[0]
	}
	return k
}

// firstVerb returns the first verb of a verb phrase, looking into its
// first inner verb phrase when it has no verb of its own.
func firstVerb(k *node) *node {
	for !k.leaf() {
		var vp *node
		for _, c := range k.kids {
			if c.leaf() && isVerbTag(c.cat) {
				return c
			}
			if vp == nil && c.cat == "VP" {
				vp = c
			}
		}
		if vp == nil {
			return nil
		}
		k = vp
	}
	return nil
}

func isPunct(k *node) bool { return k.leaf() && isPunctTag(k.cat) }

func firstKid(n *node, want func(*node) bool) int {
	for i, k := range n.kids {
		if want(k) {
			return i
		}
	}
	return -1
}

// rightmostInRun returns the last child that wants, in the leading run of
// children before the first phrase that follows a wanted child.
func rightmostInRun(n *node, want func(*node) bool) int {
	last := -1
	for i, k := range n.kids {
		if want(k) {
			last = i
			continue
		}
		if last >= 0 && !k.leaf() {
			break
		}
	}
	return last
}

func firstNonPunct(n *node) int {
	if i := firstKid(n, func(k *node) bool { return !isPunct(k) }); i >= 0 {
		return i
	}
	return 0
}

func lastNonPunct(n *node) int {
	for i := len(n.kids) - 1; i >= 0; i-- {
		if !isPunct(n.kids[i]) {
			return i
		}
	}
	return len(n.kids) - 1
}

// Coordination.

// coordination returns the indices of the conjuncts when n's children
// coordinate two or more like phrases with a conjunction, else nil.
func coordination(n *node) []int {
	if len(n.kids) < 3 {
		return nil
	}
	last := lastNonPunct(n)
	if c := conjunctsFrom(n, last); c != nil {
		return c
	}
	if isNominalCat(n.cat) {
		// (NP (NP a) (CC and) (NP b) (PP of c)): shared post-modifier.
		if h := npHead(n); h != last {
			return conjunctsFrom(n, h)
		}
	}
	return nil
}

// conjunctsFrom walks left from the conjunct at a over separators.
func conjunctsFrom(n *node, a int) []int {
	out := []int{a}
	sawCC := false
	for i := a - 1; i >= 0; {
		j, sep, cc := i, false, false
		for ; j >= 0 && isSeparator(n.kids[j]); j-- {
			sep = true
			cc = cc || n.kids[j].tag() == "CC" || n.kids[j].cat == "CONJP"
		}
		if !sep || j < 0 || !(n.cat == "UCP" || family(n.kids[j]) == family(n.kids[a])) {
			break
		}
		sawCC = sawCC || cc
		out = append(out, j)
		i = j - 1
	}
	if len(out) < 2 || !sawCC {
		return nil
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// isSeparator reports whether k stands between conjuncts.
func isSeparator(k *node) bool {
	switch k.tag() {
	case "CC", ",", ":":
		return true
	}
	return k.cat == "CONJP"
}

// family groups categories that coordinate with each other.
func family(k *node) string {
	switch {
	case isNominalCat(k.cat) || k.cat == "QP":
		return "N"
	case k.cat == "ADJP":
		return "J"
	case k.cat == "ADVP":
		return "R"
	case isClauseCat(k.cat) || k.cat == "SBAR" || k.cat == "FRAG":
		return "S"
	case !k.leaf():
		return k.cat
	}
	switch k.cat {
	case "NN", "NNS", "NNP", "NNPS", "PRP", "CD", "$", "FW":
		return "N"
	case "JJ", "JJR", "JJS":
		return "J"
	case "RB", "RBR", "RBS":
		return "R"
	}
	if isVerbTag(k.cat) {
		return "V"
	}
	return k.cat
}
