package coder

import (
	"context"
	"testing"
	"time"
)

func TestSimple(t *testing.T) {
	d := parsed(t, "Gondor PROPN 2 nsubj", "attacked VERB 0 root", "Mordor PROPN 2 obj")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "GON MOR 190")
}

func TestCompound(t *testing.T) {
	d := parsed(t, "Gondor PROPN 4 nsubj", "and CCONJ 3 cc", "Arnor PROPN 1 conj", "attacked VERB 0 root", "Mordor PROPN 4 obj")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "GON MOR 190", "ARN MOR 190")
	// "The Shire" codes two actors.
	d = parsed(t, "the DET 2 det", "Shire PROPN 3 nsubj", "attacked VERB 0 root", "Mordor PROPN 3 obj")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "FRO MOR 190", "SAM MOR 190")
}

func TestPassive(t *testing.T) {
	d := parsed(t, "Mordor PROPN 3 nsubj:pass", "was AUX 3 aux:pass", "attacked VERB 0 root", "by ADP 5 case", "Gondor PROPN 3 obl:agent")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "GON MOR 190")
}

func TestAgent(t *testing.T) {
	d := parsed(t, "Gondor PROPN 2 compound", "police NOUN 3 nsubj", "arrested VERB 0 root", "Arnor PROPN 5 compound", "students NOUN 3 obj")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "GONCOP ARNEDU 212")
	// A possessive country, a prefix agent code, an agent alone.
	d = parsed(t, "MSF PROPN 2 compound", "Arnor PROPN 3 nsubj", "arrested VERB 0 root", "Gondor PROPN 6 nmod:poss", "'s PART 4 case", "government NOUN 3 obj")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "NGOARN GONGOV 212")
	d = parsed(t, "police NOUN 2 nsubj", "arrested VERB 0 root", "students NOUN 2 obj")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "---COP ---EDU 212")
	// An agent with an of-phrase: "the government of Gondor".
	d = parsed(t, "the DET 2 det", "government NOUN 5 nsubj", "of ADP 4 case", "Gondor PROPN 2 nmod", "attacked VERB 0 root", "Mordor PROPN 5 obj")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "GONGOV MOR 190")
}

func TestDatedCode(t *testing.T) {
	d := parsed(t, "Gollum PROPN 2 nsubj", "attacked VERB 0 root", "Mordor PROPN 2 obj")
	check(t, triples(t, testSet(t), DefaultOptions(), d, "1995-01-01"), "HOB MOR 190")
	check(t, triples(t, testSet(t), DefaultOptions(), d, "1999-01-01"), "HOBGOV MOR 190")
	// The document's own date wins over the one passed in.
	d.Date = "1990-05-05"
	check(t, triples(t, testSet(t), DefaultOptions(), d, "1999-01-01"), "HOB MOR 190")
}

func TestSynset(t *testing.T) {
	d := parsed(t, "Gondor PROPN 2 nsubj", "contributed VERB 0 root", "swiss ADJ 4 amod", "francs NOUN 2 obj", "to ADP 6 case", "Arnor PROPN 2 obl")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "GON ARN 071")
	d = parsed(t, "Gondor PROPN 2 nsubj", "contributed VERB 0 root", "euros NOUN 2 obj", "to ADP 5 case", "Arnor PROPN 2 obl")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "GON ARN 070")
}

func TestNegation(t *testing.T) {
	// A negation that a pattern names gives that pattern's code ...
	d := parsed(t, "Gondor PROPN 4 nsubj", "did AUX 4 aux", "not PART 4 advmod", "attack VERB 0 root", "Mordor PROPN 4 obj")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "GON MOR 999")
	// ... and otherwise nothing: a negated arrest is no arrest.
	d = parsed(t, "Gondor PROPN 4 nsubj", "did AUX 4 aux", "n't PART 4 advmod", "arrest VERB 0 root", "Mordor PROPN 4 obj")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""))
}

func TestDiscard(t *testing.T) {
	d := parsed(t, "Gondor PROPN 2 nsubj", "attacked VERB 0 root", "Mordor PROPN 2 obj", "at ADP 5 case", "baseballs NOUN 2 obl")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""))
	d = parsed(t, "Gondor PROPN 2 nsubj", "attacked VERB 0 root", "Mordor PROPN 2 obj", "after ADP 5 case", "typhoon NOUN 2 obl")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""))
}

func TestMultiwordVerb(t *testing.T) {
	d := parsed(t, "Gondor PROPN 2 nsubj", "cordoned VERB 0 root", "off ADP 2 compound:prt", "Mordor PROPN 2 obj")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "GON MOR 1721")
	// Without the particle the verb is unknown.
	d = parsed(t, "Gondor PROPN 2 nsubj", "cordoned VERB 0 root", "Mordor PROPN 2 obj")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""))
}

func TestPairedCodeAndDyad(t *testing.T) {
	d := parsed(t, "Gondor PROPN 2 nsubj", "met VERB 0 root", "Arnor PROPN 2 obj")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "GON ARN 031", "ARN GON 032")
	d = parsed(t, "Gondor PROPN 2 nsubj", "attacked VERB 0 root", "yesterday NOUN 2 obl")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""))
	check(t, triples(t, testSet(t), Options{}, d, ""), "GON - 190")
}

func TestNewActor(t *testing.T) {
	d := parsed(t, "the DET 3 det", "Magic PROPN 3 compound", "Ministry PROPN 4 nsubj", "attacked VERB 0 root", "Mordor PROPN 4 obj")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""))
	check(t, triples(t, testSet(t), Options{RequireDyad: true, NewActorLength: 3}, d, ""), `"THE MAGIC MINISTRY" MOR 190`)
	check(t, triples(t, testSet(t), Options{RequireDyad: true, NewActorLength: 2}, d, ""))
}

func TestEvidence(t *testing.T) {
	set := testSet(t)
	c, err := New(set, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	d := parsed(t, "Gondor PROPN 2 compound", "police NOUN 3 nsubj", "arrested VERB 0 root", "Arnor PROPN 5 compound", "students NOUN 3 obj")
	evs, err := c.Code(context.Background(), d, time.Time{})
	if err != nil || len(evs) != 1 {
		t.Fatalf("got %v, %v", evs, err)
	}
	e := evs[0]
	if got := d.Text[e.Source.Span.Start:e.Source.Span.End]; got != "Gondor police" {
		t.Errorf("source evidence %q", got)
	}
	if got := d.Text[e.Verb.Start:e.Verb.End]; got != "arrested" {
		t.Errorf("verb evidence %q", got)
	}
	if got := d.Text[e.Target.Span.Start:e.Target.Span.End]; got != "Arnor students" {
		t.Errorf("target evidence %q", got)
	}
	if e.Rule != "test.verbs:15" || e.Root() != "21" || e.Source.Sector != "COP" || e.Source.Country != "" {
		t.Errorf("rule %q root %q sector %q country %q", e.Rule, e.Root(), e.Source.Sector, e.Source.Country)
	}
	evs2, _ := c.Code(context.Background(), d, time.Time{})
	if e.ID == "" || evs2[0].ID != e.ID {
		t.Errorf("unstable id %q %q", e.ID, evs2[0].ID)
	}
}

func TestCountry(t *testing.T) {
	for code, want := range map[string]bool{"USA": true, "ABW": true, "ZWE": true, "GON": false, "---": false, "US": false} {
		if isISO3(code) != want {
			t.Errorf("isISO3(%q) = %v", code, !want)
		}
	}
}

func TestBadInput(t *testing.T) {
	// Heads out of range, cycles and empty sentences must not panic.
	d := parsed(t, "Gondor PROPN 9 nsubj", "attacked VERB 2 root", "Mordor PROPN 3 obj")
	d.Tokens[2].Head = 2
	triples(t, testSet(t), DefaultOptions(), d, "")
	d.Tokens[0].Head, d.Tokens[1].Head = 1, 0
	triples(t, testSet(t), DefaultOptions(), d, "")
	d.Sentences = append(d.Sentences, d.Sentences[0])
	d.Sentences[1].First = d.Sentences[1].Last
	triples(t, testSet(t), DefaultOptions(), d, "")
	if _, err := New(nil, DefaultOptions()); err == nil {
		t.Error("New(nil) succeeded")
	}
}

func TestAbsorbOneSided(t *testing.T) {
	o := DefaultOptions()
	o.RequireDyad = false
	// "Gondor attacked Mordor years after police arrested": the arrest
	// lies in a noun phrase of the attack, which has a target.
	d := parsed(t, "Gondor PROPN 2 nsubj", "attacked VERB 0 root", "Mordor PROPN 2 obj", "years NOUN 2 obl",
		"after SCONJ 7 mark", "police NOUN 7 nsubj", "arrested VERB 4 acl")
	check(t, triples(t, testSet(t), o, d, ""), "GON MOR 190")
	// Without a coded event above, the arrest stands.
	d = parsed(t, "Gondor PROPN 2 nsubj", "visited VERB 0 root", "Mordor PROPN 2 obj", "years NOUN 2 obl",
		"after SCONJ 7 mark", "police NOUN 7 nsubj", "arrested VERB 4 acl")
	check(t, triples(t, testSet(t), o, d, ""), "---COP - 212")
	// A subordinate clause of the verb itself: "… after police arrested".
	d = parsed(t, "Gondor PROPN 2 nsubj", "attacked VERB 0 root", "Mordor PROPN 2 obj",
		"after SCONJ 6 mark", "police NOUN 6 nsubj", "arrested VERB 2 advcl")
	check(t, triples(t, testSet(t), o, d, ""), "GON MOR 190")
	// A coordinated clause stands on its own.
	d = parsed(t, "Gondor PROPN 2 nsubj", "attacked VERB 0 root", "Mordor PROPN 2 obj", "and CCONJ 6 cc",
		"police NOUN 6 nsubj", "arrested VERB 2 conj")
	check(t, triples(t, testSet(t), o, d, ""), "GON MOR 190", "---COP - 212")
}

func TestUnnamedSubjectNotGuessed(t *testing.T) {
	// "Gondor called on Arnor to be allowed to attack Mordor": the one
	// allowed is not named, and no nearby subject stands in for it.
	d := parsed(t, "Gondor PROPN 2 nsubj", "called VERB 0 root", "on ADP 4 case", "Arnor PROPN 2 obl", "to PART 7 mark",
		"be AUX 7 aux:pass", "allowed VERB 2 advcl", "to PART 9 mark", "attack VERB 7 xcomp", "Mordor PROPN 9 obj")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""))
}

func TestMislabelledParses(t *testing.T) {
	// An object before its verb in a statement is the subject the
	// parser missed.
	d := parsed(t, "Gondor PROPN 2 obj", "attacked VERB 0 root", "in ADP 4 case", "Mordor PROPN 2 obl")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "GON MOR 190")
	// A name whose last word the parser hung from the verb as flat.
	d = parsed(t, "Arnor PROPN 2 nsubj", "attacked VERB 0 root", "Minas PROPN 4 compound", "Tirith PROPN 2 flat")
	check(t, triples(t, testSet(t), DefaultOptions(), d, ""), "ARN GON 190")
}
