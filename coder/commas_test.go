package coder

import "testing"

func TestCommaTerminalClause(t *testing.T) {
	// "Gondor attacked Mordor, Arnor police arrested students."
	d := parsed(t, "Gondor PROPN 2 nsubj", "attacked VERB 0 root", "Mordor PROPN 2 obj", ", PUNCT 7 punct",
		"Arnor PROPN 6 compound", "police NOUN 7 nsubj", "arrested VERB 2 parataxis", "students NOUN 7 obj", ". PUNCT 2 punct")
	// The default skips a terminal clause of 2 to 8 words.
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "GON MOR 190")
	o := DefaultOptions()
	o.Commas = CommaOptions{}
	check(t, triples(t, testSet(t), o, d, ""), "GON MOR 190", "ARNCOP ---EDU 212")
	// Out of the length range: kept.
	o.Commas = CommaOptions{EMin: 5, EMax: 8}
	check(t, triples(t, testSet(t), o, d, ""), "GON MOR 190", "ARNCOP ---EDU 212")
}

func TestCommaInitialClause(t *testing.T) {
	// "Gondor attacked, in the night, Mordor.": the initial clause hides
	// "Gondor" but not "attacked", which governs words outside it.
	d := parsed(t, "Gondor PROPN 2 nsubj", "attacked VERB 0 root", ", PUNCT 6 punct", "in ADP 6 case", "the DET 6 det",
		"night NOUN 2 obl", ", PUNCT 2 punct", "Mordor PROPN 2 obj", ". PUNCT 2 punct")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "GON MOR 190")
	o := DefaultOptions()
	o.Commas.BMin, o.Commas.BMax = 1, 3
	check(t, triples(t, testSet(t), o, d, ""))
}

func TestCommaInsideNounPhrase(t *testing.T) {
	// "Arnor attacked Mordor, Gondor and the Shire.": the comma joins a
	// coordination and delimits no clause.
	d := parsed(t, "Arnor PROPN 2 nsubj", "attacked VERB 0 root", "Mordor PROPN 2 obj", ", PUNCT 5 punct",
		"Gondor PROPN 3 conj", "and CCONJ 8 cc", "the DET 8 det", "Shire PROPN 3 conj", ". PUNCT 2 punct")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "ARN MOR 190", "ARN GON 190", "ARN FRO 190", "ARN SAM 190")
}

func TestInfinitiveOfObject(t *testing.T) {
	set := dicts(t, testVerbs+"\n--- ABANDON [345] ---\nABANDON\n", testActors, testAgents, testDiscards)
	// "Gondor made a decision to attack Mordor": MAKE is no dictionary
	// verb, so ATTACK takes its subject.
	d := parsed(t, "Gondor PROPN 2 nsubj", "made VERB 0 root", "a DET 4 det", "decision NOUN 2 obj", "to PART 6 mark",
		"attack VERB 4 acl", "Mordor PROPN 6 obj")
	check(t, triples(t, set, DefaultOptions(), d, ""), "GON MOR 190")
	// "Gondor abandoned efforts to attack Mordor": the coded verb's event
	// holds the attack, which codes nothing of its own.
	d = parsed(t, "Gondor PROPN 2 nsubj", "abandoned VERB 0 root", "efforts NOUN 2 obj", "to PART 5 mark",
		"attack VERB 3 acl", "Mordor PROPN 5 obj")
	check(t, triples(t, set, DefaultOptions(), d, ""), "GON MOR 345")
}

func TestUnderscoreJoinedWord(t *testing.T) {
	set := dicts(t, testVerbs, testActors+"PRINCE OF DOL AMROTH [DOL]\nLORD OF DOL [LRD]\n", testAgents, testDiscards)
	d := parsed(t, "the DET 2 det", "Prince PROPN 5 nsubj", "of ADP 4 case", "Dol_Amroth PROPN 2 nmod", "attacked VERB 0 root", "Gondor PROPN 5 obj")
	check(t, triples(t, set, DefaultOptions(), d, ""), "DOL GON 190")
	// A match must end at a token's end: "Lord of Dol_Amroth" is not
	// LORD OF DOL.
	d = parsed(t, "the DET 2 det", "Lord PROPN 5 nsubj", "of ADP 4 case", "Dol_Amroth PROPN 2 nmod", "attacked VERB 0 root", "Gondor PROPN 5 obj")
	check(t, triples(t, set, DefaultOptions(), d, ""))
}

func TestListItemsAreConjuncts(t *testing.T) {
	// "Evil Mordor, the Shire, and Arnor attacked Gondor": the parser made "Evil"
	// (ADJ) the subject and "the Shire" a list item; the commas lie inside
	// that noun phrase, and the list item is a conjunct.
	d := parsed(t, "Evil ADJ 9 nsubj", "Mordor PROPN 1 flat", ", PUNCT 5 punct", "the DET 5 det", "Shire PROPN 1 list",
		", PUNCT 5 punct", "and CCONJ 8 cc", "Arnor PROPN 9 nsubj", "attacked VERB 0 root", "Gondor PROPN 9 obj")
	o := DefaultOptions()
	o.Commas = CommaOptions{Min: 2, Max: 8} // internal clauses only
	check(t, triples(t, testSet(t), o, d, ""), "MOR GON 190", "FRO GON 190", "SAM GON 190", "ARN GON 190")
}
