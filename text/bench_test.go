package text

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"sandpiper/doc"
)

const newsPath = "../../shared/data/news/wikinews_2019_2020.jsonl"

// loadNews reads the texts of the Wikinews JSONL file, skipping the
// caller if it is absent.
func loadNews(tb testing.TB) []string {
	f, err := os.Open(newsPath)
	if err != nil {
		tb.Skipf("news data not available: %v", err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<26)
	for sc.Scan() {
		var r struct {
			ID, URL, Date, Title, Text string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, r.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts
}

// BenchmarkAnalyze runs the whole chain over the Wikinews 2019-2020 corpus
// and reports tokens per second.
func BenchmarkAnalyze(b *testing.B) {
	texts := loadNews(b)
	size, ntok := 0, 0
	for _, t := range texts {
		size += len(t)
		d := &doc.Document{Text: t}
		Analyze(d)
		ntok += len(d.Tokens)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			d := &doc.Document{Text: t}
			Analyze(d)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTokenize measures the tokeniser alone.
func BenchmarkTokenize(b *testing.B) {
	texts := loadNews(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Tokenize(t)
		}
	}
}
