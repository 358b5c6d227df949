package ptb

import "strings"

// unescape maps treebank escapes back to the characters they stand for.
func unescape(w string) string {
	switch w {
	case "-LRB-":
		return "("
	case "-RRB-":
		return ")"
	case "-LCB-":
		return "{"
	case "-RCB-":
		return "}"
	case "-LSB-":
		return "["
	case "-RSB-":
		return "]"
	case "``", "''":
		return `"`
	}
	return w
}

// isPunctTag reports whether tag is a punctuation tag.
func isPunctTag(tag string) bool {
	switch tag {
	case ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "-LCB-", "-RCB-", "-LSB-", "-RSB-", "HYPH", "NFP":
		return true
	}
	return false
}

// isVerbTag reports whether tag is a verb, modal or PETRARCH auxiliary tag
// (AUXB, AUXD, AUXG, AUXP …).
func isVerbTag(tag string) bool {
	switch tag {
	case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD":
		return true
	}
	return strings.HasPrefix(tag, "AUX")
}

// isNounTag reports whether tag can head a noun phrase.
func isNounTag(tag string) bool {
	switch tag {
	case "NN", "NNS", "NNP", "NNPS", "PRP", "WP", "EX", "FW", "$", "#":
		return true
	}
	return false
}

// isNominalCat reports whether cat is a noun-phrase category.
func isNominalCat(cat string) bool {
	switch cat {
	case "NP", "NML", "NX", "WHNP", "NAC":
		return true
	}
	return false
}

// isClauseCat reports whether cat is a clause category.
func isClauseCat(cat string) bool {
	switch cat {
	case "S", "SINV", "SQ", "SBARQ":
		return true
	}
	return false
}

// isWHCat reports whether cat is a wh-phrase.
func isWHCat(cat string) bool {
	switch cat {
	case "WHNP", "WHADVP", "WHPP", "WHADJP":
		return true
	}
	return false
}

// isBe reports whether w (lower case) is a form of "be".
func isBe(w string) bool {
	switch w {
	case "be", "is", "am", "are", "was", "were", "been", "being", "'s", "'re", "'m", "s", "re", "m", "ai":
		return true
	}
	return false
}

// isAuxWord reports whether a verb-tagged word (lower case) can be an
// auxiliary before a verb phrase.
func isAuxWord(w string) bool {
	if isBe(w) {
		return true
	}
	switch w {
	case "have", "has", "had", "having", "'ve", "'d", "ve", "d",
		"do", "does", "did",
		"will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought",
		"'ll", "ll", "wo", "ca", "sha":
		return true
	}
	return false
}

// isSubordinator reports whether a preposition-tagged word (lower case)
// introduces an adverbial clause or phrase rather than a noun.
func isSubordinator(w string) bool {
	switch w {
	case "while", "when", "although", "though", "because", "if", "unless", "whereas", "whether", "once", "whilst":
		return true
	}
	return false
}

// isPreconj reports whether w (lower case) can open a correlative
// coordination (both … and).
func isPreconj(w string) bool {
	switch w {
	case "both", "either", "neither", "whether":
		return true
	}
	return false
}

// isDemonstrative reports whether w (lower case) is a demonstrative, a
// pronoun when it heads its phrase.
func isDemonstrative(w string) bool {
	switch w {
	case "this", "that", "these", "those":
		return true
	}
	return false
}
