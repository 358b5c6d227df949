package lexicon

import (
	"fmt"
	"io"
	"strings"
)

// readAll reads the whole input; dictionary files are a few megabytes at
// most and every reader works on one string so that entries can share it.
func readAll(r io.Reader, name string) (string, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return "", fmt.Errorf("lexicon: reading %s: %w", name, err)
	}
	return string(b), nil
}

// line is one logical dictionary line with its comments removed.
type line struct {
	text    string // content, comments removed, not trimmed
	comment string // text of a trailing '#' comment, trimmed
	num     int    // 1-based line number
}

// lineScanner splits a dictionary into logical lines and removes the
// comment forms PETRARCH accepts (PETRreader.read_FIN_line):
//
//   - a line starting with '#' is skipped;
//   - a line starting with "<!" is skipped whole (this also covers the
//     malformed "<! -- ... -->" seen in PETR.Validate.actors.txt); if it
//     opens "<!--" without closing it, the comment runs on to the first
//     line containing "-->";
//   - "<!-- ... -->" inside a line is removed, and an unclosed "<!--" runs
//     on to the next "-->" (what follows "-->" on that line is kept);
//   - '#' starts a comment that runs to the end of the line, except inside
//     a closed [...] group: the TABARI discard code "[###]" in
//     PETR.Validate.verbs.txt is a code, not a comment;
//   - with semicolon set, ';' also starts a comment, the TABARI convention
//     used by the documentation's examples and by two verb lines of
//     CAMEO.2.0.txt ("SCRAP {...};shan 8/30/93");
//   - blank lines and lines holding only white space are skipped.
//
// A trailing '\r' is removed, so CRLF files read like LF files.
type lineScanner struct {
	src       string
	off       int
	num       int
	inXML     bool
	semicolon bool
}

func newLineScanner(src string, semicolon bool) *lineScanner {
	return &lineScanner{src: src, semicolon: semicolon}
}

// next returns the next non-blank logical line.
func (s *lineScanner) next() (line, bool) {
	for s.off < len(s.src) {
		raw := s.src[s.off:]
		if i := strings.IndexByte(raw, '\n'); i >= 0 {
			raw = raw[:i]
			s.off += i + 1
		} else {
			s.off = len(s.src)
		}
		s.num++
		raw = strings.TrimSuffix(raw, "\r")

		if s.inXML {
			i := strings.Index(raw, "-->")
			if i < 0 {
				continue
			}
			s.inXML = false
			raw = raw[i+3:]
		} else {
			if strings.HasPrefix(raw, "#") {
				continue
			}
			if strings.HasPrefix(raw, "<!") {
				if i := strings.Index(raw, "<!--"); i >= 0 && !strings.Contains(raw[i+4:], "-->") {
					s.inXML = true
				}
				continue
			}
		}
		raw = s.stripXML(raw)
		text, comment := s.stripComment(raw)
		if strings.TrimSpace(text) == "" {
			continue
		}
		return line{text: text, comment: comment, num: s.num}, true
	}
	return line{}, false
}

// stripXML removes "<!-- ... -->" comments from a line, entering the
// multi-line comment state for an unclosed one.
func (s *lineScanner) stripXML(t string) string {
	for {
		i := strings.Index(t, "<!--")
		if i < 0 {
			return t
		}
		j := strings.Index(t[i+4:], "-->")
		if j < 0 {
			s.inXML = true
			return t[:i]
		}
		t = t[:i] + " " + t[i+4+j+3:]
	}
}

// stripComment cuts t at the first '#' (or ';') outside a closed [...]
// group and returns the content and the trimmed comment text.
func (s *lineScanner) stripComment(t string) (string, string) {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '[':
			if j := strings.IndexByte(t[i:], ']'); j > 0 {
				i += j
			}
		case '#':
			return t[:i], strings.TrimSpace(t[i+1:])
		case ';':
			if s.semicolon {
				return t[:i], strings.TrimSpace(t[i+1:])
			}
		}
	}
	return t, ""
}
