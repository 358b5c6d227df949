package pipeline

import (
	"context"
	"testing"

	"sandpiper/doc"
	"sandpiper/nlp"
)

func TestPipelineAnnotatesEveryToken(t *testing.T) {
	m, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{ID: "t", Text: "WASHINGTON (AP) — The Senate passed the bill on Friday. Critics said it wouldn't work."}
	if err := New(m).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if d.Dateline.IsZero() || d.Text[d.Dateline.Start:d.Dateline.End] == "" {
		t.Errorf("no dateline found")
	}
	if len(d.Sentences) != 2 {
		t.Fatalf("%d sentences, want 2", len(d.Sentences))
	}
	for si, s := range d.Sentences {
		roots := 0
		for i := s.First; i < s.Last; i++ {
			tk := d.Tokens[i]
			if tk.UPOS == "" || tk.XPOS == "" || tk.Lemma == "" || tk.Rel == "" {
				t.Errorf("token %d %q not annotated: %+v", i, tk.Form, tk)
			}
			if tk.Head == doc.Root {
				roots++
			} else if tk.Head < s.First || tk.Head >= s.Last {
				t.Errorf("token %d head %d outside sentence %d", i, tk.Head, si)
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d has %d roots", si, roots)
		}
	}
}

func TestPipelineStopsOnCancel(t *testing.T) {
	m, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := &doc.Document{Text: "Troops fired. Police arrived."}
	if err := New(m).Process(ctx, d); err == nil {
		t.Error("cancelled context: no error")
	}
}
