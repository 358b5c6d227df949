package petrarch

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// Read reads a unit-test records file from r; name is used in error
// positions. The Suite is never nil: on error it holds what was read
// before the error. The error, if not nil, is an ErrorList.
func Read(r io.Reader, name string) (*Suite, error) {
	rd := &reader{d: xml.NewDecoder(r), name: name}
	rd.suite = &Suite{Name: name}
	if err := rd.run(); err != nil {
		var e *Error
		if !errors.As(err, &e) {
			e = &Error{Name: name, Err: err}
		}
		rd.errs = append(rd.errs, e)
	}
	return rd.suite, rd.errs.Err()
}

// reader holds the state of one Read call.
type reader struct {
	d     *xml.Decoder
	name  string
	suite *Suite
	errs  ErrorList
}

// next returns the next token and the line it starts on. Before Token is
// called the decoder stands just after the previous token, which is where
// the next one begins (character data is a token of its own).
func (rd *reader) next() (xml.Token, int, error) {
	line, _ := rd.d.InputPos()
	tok, err := rd.d.Token()
	if err != nil && err != io.EOF {
		return nil, line, rd.fatal(err, line)
	}
	return tok, line, err
}

// fatal turns a decoder error into a positioned Error.
func (rd *reader) fatal(err error, line int) *Error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return &Error{Name: rd.name, Line: se.Line, Err: fmt.Errorf("malformed XML: %s", se.Msg)}
	}
	return &Error{Name: rd.name, Line: line, Err: fmt.Errorf("reading XML: %w", err)}
}

// errorf records a non-fatal error at line.
func (rd *reader) errorf(line int, format string, args ...any) {
	rd.errs = append(rd.errs, &Error{Name: rd.name, Line: line, Err: fmt.Errorf(format, args...)})
}

// run reads the whole file. An element cut short by malformed XML is not
// added to the suite. Elements it does not know (<Validation>,
// <Sentences>, <Stop> …) are treated as containers: their children are
// read as if they stood at the top.
func (rd *reader) run() error {
	seen := false
	for {
		tok, line, err := rd.next()
		if err == io.EOF {
			if !seen {
				return &Error{Name: rd.name, Line: line, Err: errors.New("no XML element")}
			}
			return nil
		}
		if err != nil {
			return err
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		seen = true
		switch start.Name.Local {
		case "Environment":
			err = rd.environment(line)
		case "Config":
			var c *Config
			c, err = rd.config(start, line)
			if err == nil {
				rd.suite.Items = append(rd.suite.Items, Item{Config: c})
			}
		case "Sentence":
			var rec *Record
			rec, err = rd.record(start, line)
			if err == nil {
				rd.suite.Items = append(rd.suite.Items, Item{Record: rec})
			}
		}
		if err != nil {
			return err
		}
	}
}

// text reads up to the end of the element just started and returns its
// character data, nested elements' included, with white space normalised.
func (rd *reader) text() (string, error) {
	var b strings.Builder
	depth := 1
	for depth > 0 {
		tok, line, err := rd.next()
		if err == io.EOF {
			return "", &Error{Name: rd.name, Line: line, Err: errors.New("malformed XML: unexpected end of file")}
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			b.Write(t)
			b.WriteByte(' ') // keep words of adjacent elements apart
		}
	}
	return normalize(b.String()), nil
}

// attrs converts XML attributes.
func attrs(in []xml.Attr) []Attr {
	if len(in) == 0 {
		return nil
	}
	out := make([]Attr, len(in))
	for i, a := range in {
		n := a.Name.Local
		if a.Name.Space != "" {
			n = a.Name.Space + ":" + n
		}
		out[i] = Attr{Name: n, Value: a.Value}
	}
	return out
}

// environment reads the <Environment> element just started at line.
func (rd *reader) environment(line int) error {
	env := &rd.suite.Environment
	if env.Line != 0 {
		rd.errorf(line, "second <Environment> (first at line %d); its children are added", env.Line)
	} else {
		env.Line = line
	}
	for {
		tok, l, err := rd.next()
		if err == io.EOF {
			return &Error{Name: rd.name, Line: l, Err: errors.New("malformed XML: unexpected end of file in <Environment>")}
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			el := Element{Name: t.Name.Local, Attrs: attrs(t.Attr), Line: l}
			if el.Text, err = rd.text(); err != nil {
				return err
			}
			env.Elements = append(env.Elements, el)
			switch el.Name {
			case "Verbfile":
				env.VerbFile = el.Text
			case "Actorfile":
				env.ActorFile = el.Text
			case "Agentfile":
				env.AgentFile = el.Text
			case "Discardfile":
				env.DiscardFile = el.Text
			case "Errorfile":
				env.ErrorFile = el.Text
			case "Include":
				env.Include = strings.Fields(el.Text)
			case "Pause":
				env.Pause = el.Text
			case "Config":
				env.Config = append(env.Config, newConfig(el.Attrs, l))
			}
		}
	}
}

// newConfig builds a Config from its attributes.
func newConfig(as []Attr, line int) Config {
	opt, _ := lookup(as, "option")
	val, _ := lookup(as, "value")
	return Config{Option: opt, Value: val, Line: line}
}

// config reads the <Config> element start, which began at line.
func (rd *reader) config(start xml.StartElement, line int) (*Config, error) {
	as := attrs(start.Attr)
	if _, ok := lookup(as, "option"); !ok {
		rd.errorf(line, "<Config> without option attribute")
	}
	c := newConfig(as, line)
	_, err := rd.text()
	return &c, err
}

// record reads the <Sentence> element start, which began at line.
func (rd *reader) record(start xml.StartElement, line int) (*Record, error) {
	r := &Record{Attrs: attrs(start.Attr), Line: line}
	r.ID = r.Attr("id")
	r.Category = r.Attr("category")
	r.Place = r.Attr("place")
	if v, ok := lookup(r.Attrs, "date"); ok {
		d, err := time.Parse("20060102", strings.TrimSpace(v))
		if err != nil {
			rd.errorf(line, "record %q: date %q is not YYYYMMDD", r.ID, v)
		}
		r.Date = d
	}
	if v, ok := lookup(r.Attrs, "sentence"); ok {
		b, ok := parseBool(v)
		if !ok {
			rd.errorf(line, "record %q: sentence=%q is not true or false", r.ID, v)
		}
		r.Sentence = b
	}
	if v, ok := lookup(r.Attrs, "noevents"); ok {
		b, ok := parseBool(v)
		if !ok {
			rd.errorf(line, "record %q: noevents=%q is not true or false", r.ID, v)
		}
		r.NoEvents = b
	}
	var haveText, haveParse bool
	for {
		tok, l, err := rd.next()
		if err == io.EOF {
			return r, &Error{Name: rd.name, Line: l, Err: fmt.Errorf("malformed XML: unexpected end of file in record %q", r.ID)}
		}
		if err != nil {
			return r, err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return r, nil
		case xml.StartElement:
			text, err := rd.text()
			if err != nil {
				return r, err
			}
			switch t.Name.Local {
			case "Text":
				if haveText {
					rd.errorf(l, "record %q: second <Text> ignored", r.ID)
					break
				}
				haveText, r.Text = true, text
			case "Parse":
				if haveParse {
					rd.errorf(l, "record %q: second <Parse> ignored", r.ID)
					break
				}
				haveParse, r.Parse = true, text
			case "EventCoding":
				c := rd.coding(t, l, r.ID)
				if c.NoEvents {
					r.NoEvents = true
				}
				r.Expected = append(r.Expected, c)
			}
		}
	}
}

// coding builds a Coding from an <EventCoding> start element at line.
func (rd *reader) coding(start xml.StartElement, line int, id string) Coding {
	c := Coding{Attrs: attrs(start.Attr), Line: line}
	for _, a := range c.Attrs {
		switch a.Name {
		case "sourcecode":
			c.Source = a.Value
		case "targetcode":
			c.Target = a.Value
		case "eventcode":
			c.Event = a.Value
		case "error":
			c.Error = a.Value
		case "noevents":
			b, ok := parseBool(a.Value)
			if !ok {
				rd.errorf(line, "record %q: noevents=%q is not true or false", id, a.Value)
			}
			c.NoEvents = b
		}
	}
	return c
}
