# Sandpiper build targets. `make demo` and `make test` are the two commands
# a fresh machine needs; see README.md.

GO ?= go
BIN := bin/sandpiper
SHARED ?= ../shared

.PHONY: build test demo bench model lint fuzz clean

build:
	$(GO) build -o $(BIN) ./cmd/sandpiper

# demo: build, then parse the bundled sample articles.
demo: build
	@for f in samples/*.txt; do echo "== $$f"; ./$(BIN) parse $$f; done

lint:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed: $$out"; exit 1; fi
	$(GO) vet ./...
	@if command -v staticcheck >/dev/null 2>&1; then staticcheck ./...; \
	elif [ -x "$$($(GO) env GOPATH)/bin/staticcheck" ]; then "$$($(GO) env GOPATH)/bin/staticcheck" ./...; \
	else echo "staticcheck not installed (CI installs it)"; fi

test: lint
	$(GO) test -count=1 ./...

# bench: Go benchmarks (NLP, segmentation, event coding with the Phoenix
# dictionaries), then end-to-end throughput and accuracy figures.
bench: build
	$(GO) test -run '^$$' -bench . -benchtime 3x ./nlp/ ./text/
	$(GO) test -run '^$$' -bench 'PipelineAndCode|Code$$|LoadPhoenix' -benchtime 3x ./coder/ ./lexicon/
	./$(BIN) bench $(SHARED)/data/news/wikinews_2019_2020.jsonl
	./$(BIN) eval ud $(SHARED)/data/ud_en_ewt/en_ewt-ud-test.conllu
	./$(BIN) eval ud --raw $(SHARED)/data/ud_en_ewt/en_ewt-ud-test.conllu
	./$(BIN) eval petrarch $(SHARED)/data/petrarch/PETR.UnitTest.records.xml
	./$(BIN) eval petrarch --parse supplied $(SHARED)/data/petrarch/PETR.UnitTest.records.xml

# model: retrain the embedded models from UD English EWT (deterministic).
model: build
	./$(BIN) train --ud $(SHARED)/data/ud_en_ewt --out nlp/model/en_ewt.spm

# fuzz: run each fuzz target briefly.
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzTokenize$$' -fuzztime 20s ./text/
	$(GO) test -run '^$$' -fuzz FuzzAnalyze -fuzztime 20s ./text/
	$(GO) test -run '^$$' -fuzz FuzzReader -fuzztime 20s ./conllu/
	$(GO) test -run '^$$' -fuzz FuzzReadModels -fuzztime 20s ./nlp/
	$(GO) test -run '^$$' -fuzz FuzzRead -fuzztime 20s ./nlp/lemma/
	for f in FuzzReadVerbs FuzzReadActors FuzzReadAgents FuzzReadDiscards FuzzReadIssues; do \
		$(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime 20s ./lexicon/ || exit 1; done
	$(GO) test -run '^$$' -fuzz FuzzRead -fuzztime 20s ./petrarch/
	$(GO) test -run '^$$' -fuzz FuzzParseTree -fuzztime 20s ./ptb/
	$(GO) test -run '^$$' -fuzz FuzzCode -fuzztime 20s ./coder/

clean:
	rm -rf bin
