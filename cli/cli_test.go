package cli

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"sandpiper/conllu"
)

func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestUsage(t *testing.T) {
	code, out, _ := run(t, "")
	if code != 0 || !strings.Contains(out, "parse") || !strings.Contains(out, "eval") {
		t.Errorf("no-args usage: code %d\n%s", code, out)
	}
	if code, _, _ := run(t, "", "frobnicate"); code != 2 {
		t.Errorf("unknown command: code %d, want 2", code)
	}
	for _, c := range commands() {
		code, _, errOut := run(t, "", c.Name, "--help")
		if code != 0 || !strings.Contains(errOut, "usage: sandpiper "+c.Name) {
			t.Errorf("%s --help: code %d\n%s", c.Name, code, errOut)
		}
	}
	if code, _, _ := run(t, "", "eval", "nonsense"); code != 2 {
		t.Errorf("bad eval args: code %d, want 2", code)
	}
	if code, _, _ := run(t, "", "parse", "--no-such-flag"); code != 2 {
		t.Errorf("bad flag: code %d, want 2", code)
	}
	if code, _, errOut := run(t, "", "parse", "/no/such/file"); code != 1 || !strings.Contains(errOut, "/no/such/file") {
		t.Errorf("missing file: code %d, %q", code, errOut)
	}
}

func TestParseArticle(t *testing.T) {
	// A wire-style lead: dateline, a reported clause, a negated clitic.
	// (README, "Known limitations": the models still read some past tenses
	// after plural subjects as participles, "Israeli warplanes struck …".)
	in := "BAGHDAD (Reuters) — Rebels attacked a police station in the north on Tuesday, officials said. The interior minister didn't comment.\n"
	code, out, errOut := run(t, in, "parse")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	sents, err := conllu.ReadAll(strings.NewReader(out))
	if err != nil {
		t.Fatalf("output is not CoNLL-U: %v\n%s", err, out)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2:\n%s", len(sents), out)
	}
	first := sents[0].Words
	if first[0].Form != "Rebels" {
		t.Errorf("dateline not split off: first word %q", first[0].Form)
	}
	var verb int
	for i, w := range first {
		if w.Form == "attacked" {
			verb = i + 1
			if w.Lemma != "attack" || w.XPOS != "VBD" {
				t.Errorf("attacked: lemma %q xpos %q", w.Lemma, w.XPOS)
			}
		}
	}
	for _, w := range first {
		if w.Form == "Rebels" && (w.Head != verb || w.Rel != "nsubj") {
			t.Errorf("Rebels: head %d rel %s, want %d nsubj", w.Head, w.Rel, verb)
		}
		if w.Form == "station" && (w.Head != verb || w.Rel != "obj") {
			t.Errorf("station: head %d rel %s, want %d obj", w.Head, w.Rel, verb)
		}
	}
	var sawNeg bool
	for _, w := range sents[1].Words {
		if w.Form == "n't" && w.Lemma == "not" {
			sawNeg = true
		}
	}
	if !sawNeg {
		t.Errorf("didn't not split into do + n't:\n%s", out)
	}
}

func TestParseBadInput(t *testing.T) {
	long := strings.Repeat("word ", 2<<20) // a 10 MB single line
	for name, in := range map[string]string{
		"empty":   "",
		"invalid": "Gaza \xff\xfe city\xc3 was hit.",
		"nul":     "Troops\x00 fired\x00.",
		"long":    long,
		"binary":  string([]byte{0x1f, 0x8b, 0, 0, 0xff, 0x10, 0x01}),
	} {
		code, out, errOut := run(t, in, "parse")
		if code != 0 {
			t.Errorf("%s: code %d: %s", name, code, errOut)
			continue
		}
		if _, err := conllu.ReadAll(strings.NewReader(out)); err != nil {
			t.Errorf("%s: output is not valid CoNLL-U: %v", name, err)
		}
	}
}

func TestEvalUDSmall(t *testing.T) {
	if _, err := os.Stat("../../shared/data/ud_en_ewt/en_ewt-ud-dev.conllu"); err != nil {
		t.Skip(err)
	}
	// A small slice of EWT dev keeps this quick; the full figures are
	// asserted in nlp's regression test.
	data, err := os.ReadFile("../../shared/data/ud_en_ewt/en_ewt-ud-dev.conllu")
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.SplitAfterN(string(data), "\n\n", 201)
	small := strings.Join(parts[:200], "")
	f := t.TempDir() + "/small.conllu"
	if err := os.WriteFile(f, []byte(small), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, raw := range []bool{false, true} {
		args := []string{"eval", "ud", "--json"}
		if raw {
			args = append(args, "--raw")
		}
		code, out, errOut := run(t, "", append(args, f)...)
		if code != 0 {
			t.Fatalf("code %d: %s", code, errOut)
		}
		for _, k := range []string{`"sentences":200`, `"upos":`, `"uas":`, `"las":`, `"tokens_per_sec":`} {
			if !strings.Contains(out, k) {
				t.Errorf("raw=%v: output lacks %s: %s", raw, k, out)
			}
		}
	}
}
