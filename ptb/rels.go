package ptb

// Relation rules: relation labels the dependency from the head of child i of n
// to the head of n's head child h.

func (c *conv) relation(n *node, h, i int) string {
	k := n.kids[i]
	switch {
	case isPunct(k):
		return "punct"
	case k.tag() == "CC":
		if i < h && isPreconj(k.word) && i+1 < len(n.kids) && n.kids[i+1] != n.kids[h] {
			return "cc:preconj"
		}
		return "cc"
	case k.cat == "CONJP":
		return "cc"
	case k.tag() == "UH" || k.cat == "INTJ":
		return "discourse"
	case k.cat == "UCP":
		return c.relOf(n, h, i, effective(k))
	case k.cat == "PRN":
		// A parenthetical noun phrase is an apposition only beside a noun;
		// in a clause it must not be taken for the subject or object.
		e := effective(k)
		if isNominalCat(n.cat) || e.cat == "PP" || e.cat == "ADVP" || e.tag() == "RB" {
			return c.relOf(n, h, i, e)
		}
		return "parataxis"
	}
	return c.relOf(n, h, i, k)
}

// effective returns the child a PRN or UCP stands for: its head child.
func effective(k *node) *node {
	for (k.cat == "PRN" || k.cat == "UCP") && !k.leaf() {
		next := k.kids[k.head]
		if k.cat == "PRN" && (isClauseCat(next.cat) || next.cat == "VP") {
			return k // parataxis
		}
		k = next
	}
	return k
}

// relOf labels child i of n as if it were k.
func (c *conv) relOf(n *node, h, i int, k *node) string {
	if k.cat == "PRN" {
		return "parataxis"
	}
	switch {
	case isClauseCat(n.cat):
		return clauseRel(n, h, i, k)
	case n.cat == "VP":
		return vpRel(n, h, i, k)
	case isNominalCat(n.cat):
		return npRel(n, h, i, k)
	case n.cat == "PP" || n.cat == "WHPP":
		return ppRel(n, h, i, k)
	case n.cat == "SBAR":
		return sbarRel(n, h, i, k)
	case (n.cat == "ADJP" || n.cat == "ADVP") && isClauseCat(k.cat):
		switch {
		case hasSubject(k):
			return "ccomp"
		case n.cat == "ADJP":
			return "xcomp" // able to go
		}
		return "advcl"
	case n.cat == "QP" && i < h:
		switch {
		case k.tag() == "CD":
			return "compound" // 800 million
		case firstKid(n, func(c *node) bool { return c.tag() == "CD" }) < i:
			return "case" // eight to 16
		case k.leaf():
			return "advmod" // about 20, more than 5
		}
	}
	return generic(n, h, i, k, isNominalCat(n.cat) || n.cat == "QP")
}

// generic labels by the dependent's category alone.
func generic(n *node, h, i int, k *node, nominal bool) string {
	switch k.tag() {
	case "DT", "WDT":
		return "det"
	case "PDT":
		return "det:predet"
	case "PRP$", "WP$":
		return "nmod:poss"
	case "CD":
		return "nummod"
	case "POS":
		return "case"
	case "RP":
		return "compound:prt"
	case "EX":
		return "expl"
	case "RB", "RBR", "RBS", "WRB":
		return "advmod"
	case "JJ", "JJR", "JJS":
		if nominal {
			return "amod"
		}
		return "xcomp"
	case "IN", "TO":
		if i < h && !clausalPhrase(n.kids[h]) && !isSubordinator(k.word) {
			return "case"
		}
		return "mark"
	}
	if k.leaf() {
		switch {
		case isVerbTag(k.cat):
			if i < h {
				return "aux"
			}
			return "dep"
		case isNounTag(k.cat):
			if nominal {
				return "compound"
			}
			return "obl:unmarked"
		}
		return "dep"
	}
	switch {
	case isNominalCat(k.cat):
		if possessive(k) {
			return "nmod:poss"
		}
		if nominal {
			return "nmod"
		}
		return "obl:unmarked"
	case k.cat == "QP":
		return "nummod"
	case k.cat == "PP" || k.cat == "WHPP":
		switch {
		case clausalPhrase(k):
			if nominal {
				return "acl"
			}
			return "advcl"
		case nominal:
			return "nmod"
		}
		return "obl"
	case k.cat == "ADVP" || k.cat == "WHADVP":
		return "advmod"
	case k.cat == "ADJP" || k.cat == "WHADJP":
		if nominal {
			return "amod"
		}
		return "xcomp"
	case k.cat == "PRT":
		return "compound:prt"
	case k.cat == "SBAR":
		return sbarDepRel(n, h, i, k)
	case isClauseCat(k.cat) || k.cat == "VP" || k.cat == "RRC":
		if nominal {
			return "acl"
		}
		return "parataxis"
	}
	return "dep"
}

// clausalPhrase reports whether phrase k is headed by a clause or verb
// phrase (a PP such as "after (S trashing …)").
func clausalPhrase(k *node) bool {
	if k.leaf() {
		return false
	}
	hk := k.kids[k.head]
	return isClauseCat(hk.cat) || hk.cat == "SBAR" || hk.cat == "VP" || hk.leaf() && isVerbTag(hk.cat)
}

// nominalDep reports whether k is a noun phrase or a noun.
func nominalDep(k *node) bool {
	if k.leaf() {
		return isNounTag(k.cat) || k.cat == "DT" || k.cat == "CD"
	}
	return isNominalCat(k.cat)
}

// adverbialNP reports whether noun phrase k carries an adverbial function
// tag.
func adverbialNP(k *node) bool {
	return k.hasFunc("TMP") || k.hasFunc("ADV") || k.hasFunc("LOC") || k.hasFunc("EXT")
}

// hasSubject reports whether clause s has a subject before its head.
func hasSubject(s *node) bool {
	if s.leaf() || !isClauseCat(s.cat) {
		return false
	}
	if hk := s.kids[s.head]; isClauseCat(hk.cat) {
		return hasSubject(hk)
	}
	for _, k := range s.kids[:s.head] {
		if nominalDep(k) && !adverbialNP(k) {
			return true
		}
	}
	return false
}

// isSubjectSlot reports whether child i of clause n is the nominal
// nearest before the head h.
func isSubjectSlot(n *node, h, i int) bool {
	for j := i + 1; j < h; j++ {
		if k := n.kids[j]; nominalDep(k) && !adverbialNP(k) {
			return false
		}
	}
	return true
}

// commaBetween reports whether punctuation stands between children i and j.
func commaBetween(n *node, i, j int) bool {
	if i > j {
		i, j = j, i
	}
	for _, k := range n.kids[i+1 : j] {
		if isPunct(k) {
			return true
		}
	}
	return false
}

func clauseRel(n *node, h, i int, k *node) string {
	before := i < h
	switch {
	case nominalDep(k):
		switch {
		case k.tag() == "EX" || isNominalCat(k.cat) && firstLeaf(k).tag() == "EX":
			return "expl"
		case adverbialNP(k):
			return "obl:unmarked"
		case n.cat == "SINV" && !before:
			return "nsubj"
		case before && isSubjectSlot(n, h, i):
			return "nsubj"
		}
		return "obl:unmarked"
	case k.leaf() && isVerbTag(k.cat) && before:
		if n.cop && isBe(k.word) {
			return "cop"
		}
		return "aux"
	case isClauseCat(k.cat):
		switch {
		case before && hasSubject(k):
			return "ccomp"
		case before:
			return "advcl"
		case hasSubject(k):
			return "parataxis"
		}
		return "advcl"
	case k.cat == "SBAR":
		if before && i == h-1 && !hasSubject(n) {
			return "csubj"
		}
		return "advcl"
	case k.cat == "VP":
		return "parataxis"
	case k.cat == "ADJP":
		return "advcl"
	}
	return generic(n, h, i, k, false)
}

func vpRel(n *node, h, i int, k *node) string {
	hk := n.kids[h]
	before := i < h
	switch {
	case k.leaf() && (isVerbTag(k.cat) || k.cat == "TO"):
		switch {
		case !before:
			return "dep"
		case k.cat == "TO":
			return "mark"
		case n.cop && isBe(k.word):
			return "cop"
		case hk.cat == "VP" && isBe(k.word):
			if fv := firstVerb(hk); fv != nil && fv.cat == "VBN" {
				return "aux:pass"
			}
		}
		return "aux"
	case nominalDep(k):
		if before || adverbialNP(k) || n.cop || hk.cat == "VP" {
			return "obl:unmarked"
		}
		var objs []int
		for j := h + 1; j < len(n.kids); j++ {
			if o := n.kids[j]; nominalDep(o) && !adverbialNP(o) {
				objs = append(objs, j)
			}
		}
		switch {
		case len(objs) >= 2 && i == objs[0]:
			return "iobj"
		case len(objs) == 1 && i == objs[0], len(objs) >= 2 && i == objs[1]:
			return "obj"
		}
		return "obl:unmarked"
	case isClauseCat(k.cat):
		switch {
		case hasSubject(k):
			return "ccomp"
		case before || commaBetween(n, h, i):
			return "advcl"
		}
		return "xcomp"
	case k.cat == "VP":
		if before {
			return "dep"
		}
		return "xcomp"
	case k.tag() == "IN":
		if before {
			return "mark"
		}
		return "compound:prt"
	}
	return generic(n, h, i, k, false)
}

func npRel(n *node, h, i int, k *node) string {
	before := i < h
	switch {
	case before && k.leaf() && isNounTag(k.cat):
		return "compound"
	case before && isNominalCat(k.cat) && !possessive(k):
		return "compound"
	case before && (k.tag() == "VBN" || k.tag() == "VBG"):
		return "amod"
	case !before && isNominalCat(k.cat) && !possessive(k):
		switch {
		case commaBetween(n, h, i):
			return "appos"
		case adverbialNP(k):
			return "nmod:unmarked"
		}
		return "appos"
	case !before && k.leaf() && isNounTag(k.cat):
		return "flat"
	case k.cat == "SBAR":
		return sbarDepRel(n, h, i, k)
	}
	return generic(n, h, i, k, true)
}

func ppRel(n *node, h, i int, k *node) string {
	if i < h && nominalDep(k) {
		return "obl:unmarked" // (PP (NP two years) (IN after) …)
	}
	return generic(n, h, i, k, false)
}

func sbarRel(n *node, h, i int, k *node) string {
	if i < h {
		switch {
		case isWHCat(k.cat) || k.tag() == "WDT" || k.tag() == "WP" || k.tag() == "WRB":
			return whRole(n.kids[h], k)
		case k.leaf() && (k.cat == "IN" || k.cat == "DT" || k.cat == "TO"):
			return "mark"
		case nominalDep(k):
			return "obl:unmarked"
		}
	}
	return generic(n, h, i, k, false)
}

// whRole labels a relative or interrogative wh-phrase by the gap it
// fills in clause s, as far as the tree shows without traces.
func whRole(s, wh *node) string {
	switch {
	case wh.cat == "WHADVP" || wh.tag() == "WRB":
		return "advmod"
	case wh.cat == "WHPP":
		return "obl"
	case wh.cat == "WHADJP":
		return "advmod"
	case !hasSubject(s):
		return "nsubj"
	}
	return "obj"
}

// sbarDepRel labels an SBAR depending on a clause, verb phrase, adjective
// or noun.
func sbarDepRel(n *node, h, i int, k *node) string {
	nominal := isNominalCat(n.cat)
	var mark *node
	wh := false
	for _, c := range k.kids[:k.head] {
		switch {
		case isWHCat(c.cat) || c.tag() == "WDT" || c.tag() == "WP" || c.tag() == "WRB":
			wh = true
			mark = firstLeaf(c)
		case c.tag() == "IN" || c.tag() == "DT":
			mark = c
		}
	}
	switch {
	case nominal && (wh || mark == nil):
		return "acl:relcl"
	case nominal && mark.word == "that" && !hasSubject(k.kids[k.head]):
		return "acl:relcl"
	case nominal:
		return "acl"
	case n.cat == "VP" || n.cat == "ADJP":
		if i < h || commaBetween(n, h, i) {
			return "advcl"
		}
		if mark == nil {
			return "ccomp"
		}
		switch mark.word {
		case "that", "whether", "what", "who", "whom", "which", "how", "why", "if":
			return "ccomp"
		}
	}
	return "advcl"
}
