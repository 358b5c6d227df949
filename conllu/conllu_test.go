package conllu

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

const sample = `# sent_id = 1
# text = I don't know.
1	I	I	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
4.1	ghost	_	_	_	_	_	_	_	_
5	.	.	PUNCT	.	_	4	punct	_	_

`

func TestReadSample(t *testing.T) {
	s, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 1 || len(s[0].Words) != 5 {
		t.Fatalf("got %d sentences", len(s))
	}
	w := s[0].Words
	if w[1].MultiWord != 2 || w[1].Surface != "don't" || w[3].SpaceAfter() {
		t.Errorf("multiword/space: %+v %+v", w[1], w[3])
	}
	d := Document("x", s)
	for i, want := range []string{"I", "do", "n't", "know", "."} {
		tk := d.Tokens[i]
		if got := d.Text[tk.Start:tk.End]; got != want {
			t.Errorf("token %d spans %q, want %q", i, got, want)
		}
	}
	if d.Tokens[3].Head != -1 || d.Tokens[0].Head != 2 {
		t.Errorf("heads: %d %d", d.Tokens[3].Head, d.Tokens[0].Head)
	}
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	back, err := ReadAll(&buf)
	if err != nil {
		t.Fatalf("re-read: %v\n%s", err, buf.String())
	}
	if len(back[0].Words) != 5 || back[0].Words[1].MultiWord != 2 || back[0].Words[2].Head != 4 {
		t.Errorf("round trip lost structure:\n%s", buf.String())
	}
}

func TestReadErrors(t *testing.T) {
	for name, in := range map[string]string{
		"fields":    "1\tI\tI\n",
		"id":        "2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n",
		"head":      "1\tI\tI\tPRON\tPRP\t_\tx\troot\t_\t_\n",
		"range":     "1\tI\tI\tPRON\tPRP\t_\t5\troot\t_\t_\n",
		"utf8":      "1\t\xff\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n",
		"multiword": "3-1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n",
	} {
		_, err := ReadAll(strings.NewReader(in))
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if !strings.Contains(err.Error(), "line ") {
			t.Errorf("%s: error %q does not name the line", name, err)
		}
	}
}

func TestReadEWT(t *testing.T) {
	f, err := os.Open("../../shared/data/ud_en_ewt/en_ewt-ud-test.conllu")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	s, err := ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 2077 {
		t.Errorf("got %d sentences, want 2077", len(s))
	}
}

func FuzzReader(f *testing.F) {
	f.Add(sample)
	f.Add("1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n")
	f.Add("# text = x\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		s, err := ReadAll(strings.NewReader(in))
		if err != nil {
			return
		}
		d := Document("f", s)
		for _, tk := range d.Tokens {
			if tk.Start < 0 || tk.Start > tk.End || tk.End > len(d.Text) {
				t.Fatalf("bad span [%d,%d) in %d bytes", tk.Start, tk.End, len(d.Text))
			}
		}
		var buf bytes.Buffer
		if err := Write(&buf, d); err != nil {
			t.Fatal(err)
		}
	})
}

func TestDocIDs(t *testing.T) {
	in := "# newdoc id = a\n# text = x\n1\tx\tx\tX\tX\t_\t0\troot\t_\t_\n\n# text = y\n1\ty\ty\tX\tX\t_\t0\troot\t_\t_\n\n# newdoc id = b\n# text = z\n1\tz\tz\tX\tX\t_\t0\troot\t_\t_\n\n"
	s, err := ReadAll(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if s[0].DocID != "a" || s[1].DocID != "a" || s[2].DocID != "b" {
		t.Errorf("doc ids %q %q %q", s[0].DocID, s[1].DocID, s[2].DocID)
	}
	if got := FilterDocs(s, []string{"b"}, true); len(got) != 1 || got[0].Words[0].Form != "z" {
		t.Errorf("keep b: %d sentences", len(got))
	}
	if got := FilterDocs(s, []string{"b"}, false); len(got) != 2 {
		t.Errorf("drop b: %d sentences", len(got))
	}
}
