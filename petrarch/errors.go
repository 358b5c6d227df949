package petrarch

import (
	"fmt"
	"strconv"
)

// Error is a problem at a line of a records file.
type Error struct {
	Name string // the name given to Read
	Line int    // 1-based; 0 when unknown
	Err  error
}

// Error returns "name:line: message".
func (e *Error) Error() string {
	pos := e.Name
	if e.Line > 0 {
		pos += ":" + strconv.Itoa(e.Line)
	}
	return pos + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList is a list of positioned errors in file order. The zero value is
// an empty list; Err returns nil for it.
type ErrorList []*Error

// Error describes the first error and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns the list as an error, or nil if it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Unwrap returns the errors of the list, so errors.Is and errors.As see
// each of them.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}
