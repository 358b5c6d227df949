package petrarch

import (
	"bytes"
	"os"
	"testing"
)

func FuzzRead(f *testing.F) {
	f.Add([]byte(`<V><Environment><Verbfile>v</Verbfile><Config option="a" value="1"/></Environment>` +
		`<Sentences><Config option="b" value="true"></Config><Sentence date="20010101" id="x" sentence="true">` +
		`<EventCoding sourcecode="A" targetcode="B" eventcode="01"/><Text>t</Text><Parse>(ROOT (NN t))</Parse>` +
		`</Sentence></Sentences></V>`))
	f.Add([]byte("<S><Sentence date=\"x\"><Text>a &amp; b<!-- c --></Text></Sentence>"))
	f.Add([]byte(""))
	if b, err := os.ReadFile(recordsFile); err == nil && len(b) > 4000 {
		f.Add(b[:4000])
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Read(bytes.NewReader(b), "fuzz")
		if s == nil {
			t.Fatal("nil suite")
		}
		if err != nil && err.Error() == "" {
			t.Fatal("empty error message")
		}
		for _, it := range s.Items {
			if (it.Config == nil) == (it.Record == nil) {
				t.Fatalf("item %+v", it)
			}
		}
	})
}
