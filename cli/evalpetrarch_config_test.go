package cli

import (
	"testing"

	"sandpiper/coder"
	"sandpiper/petrarch"
)

func TestApplyConfigCommas(t *testing.T) {
	o := coder.DefaultOptions()
	for _, c := range []petrarch.Config{
		{Option: "comma_min", Value: "4"}, {Option: "comma_max", Value: "6"},
		{Option: "COMMA_BMIN", Value: "3"}, {Option: "comma_bmax", Value: "6"},
		{Option: "comma_emin", Value: "1"}, {Option: "comma_emax", Value: "0"},
	} {
		if err := applyConfig(&o, c); err != nil {
			t.Fatal(err)
		}
	}
	want := coder.CommaOptions{Min: 4, Max: 6, BMin: 3, BMax: 6, EMin: 1, EMax: 0}
	if o.Commas != want {
		t.Errorf("got %+v, want %+v", o.Commas, want)
	}
	if err := applyConfig(&o, petrarch.Config{Option: "comma_max", Value: "many"}); err == nil {
		t.Error("a non-number was accepted")
	}
}
