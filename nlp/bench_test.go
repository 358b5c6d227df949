package nlp

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"

	"sandpiper/doc"
	"sandpiper/text"
)

// newsDocs segments the Wikinews corpus once for the benchmarks.
func newsDocs(b *testing.B) []*doc.Document {
	f, err := os.Open("../../shared/data/news/wikinews_2019_2020.jsonl")
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	var docs []*doc.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		d := &doc.Document{ID: r.ID, Text: r.Text}
		text.Analyze(d)
		docs = append(docs, d)
	}
	return docs
}

func benchAnnotate(b *testing.B, beam int) {
	m, err := Load(LoadOptions{Beam: beam > 1})
	if err != nil {
		b.Fatal(err)
	}
	m.Beam = beam
	docs := newsDocs(b)
	var sc Scratch
	tokens := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if err := m.Annotate(context.Background(), d, &sc); err != nil {
				b.Fatal(err)
			}
			tokens += len(d.Tokens)
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTagParse times tagging, lemmatising and greedy parsing of real
// news on one goroutine.
func BenchmarkTagParse(b *testing.B) { benchAnnotate(b, 1) }

// BenchmarkTagParseBeam8 is the accurate mode.
func BenchmarkTagParseBeam8(b *testing.B) { benchAnnotate(b, 8) }

// BenchmarkLoad times reading the embedded models.
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}
