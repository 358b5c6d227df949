package nlp

import (
	"os"
	"testing"

	"sandpiper/conllu"
)

// readUD reads an EWT file from ../shared, skipping the test when it is
// absent.
func readUD(t testing.TB, name string) []*conllu.Sentence {
	f, err := os.Open("../../shared/data/ud_en_ewt/" + name)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	s, err := conllu.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
