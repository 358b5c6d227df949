// Package ptb owns Penn Treebank bracketed parses: reading them into Trees
// and converting a constituency tree into a dependency-annotated
// doc.Document.
//
// # What goes in
//
// ParseTree reads one bracketed tree such as
//
//	(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))
//
// White space is insignificant. The root label may be empty ("( (S …))").
// Labels may carry function tags and indices (NP-SBJ-1, NP=2); Tree.Cat
// strips them. Unbalanced brackets, empty input or constituents, a word
// beside constituents, text after the tree and nesting deeper than
// MaxDepth are errors (*SyntaxError); nothing panics.
//
// # What comes out
//
// ToDocument builds a one-sentence doc.Document and sets Text (the words
// joined by single spaces, -LRB- and friends mapped back to brackets and
// the treebank's open and close quotes to a straight double quote),
// Tokens with byte offsets, Form, XPOS (the tree's tag), UPOS, Head and
// Rel. Empty elements (-NONE-) and constituents left empty by
// removing them are skipped. Lemma is left empty.
//
// The conversion finds a head child for every constituent with rules in the
// spirit of Collins' head table but adapted to Universal Dependencies'
// content heads: the main verb heads its auxiliaries, a nominal or
// adjectival predicate heads its copula, the noun heads its preposition
// (case) and the first conjunct heads a coordination. The head of each
// other child depends on the constituent's head, labelled from the two
// categories and their order (nsubj, obj, obl, nmod, amod, det, compound,
// aux:pass, acl:relcl …). Labels follow the relation set of UD English
// EWT 2.16: bare noun-phrase adverbials are obl:unmarked or nmod:unmarked
// and a passive by-phrase is obl:agent. The result is always a tree with
// one root. The rules are heuristics: see the limits listed in convert.go.
//
// The package has no package-level mutable state.
package ptb
