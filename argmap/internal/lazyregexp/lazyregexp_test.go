package lazyregexp

import (
	"reflect"
	"regexp"
	"testing"
)

// TestSameAsRegexp checks that each method answers as regexp's does.
func TestSameAsRegexp(t *testing.T) {
	t.Parallel()
	const expr, s = `(a+)(b?)`, "xaab ab a"
	lazy, re := New(expr), regexp.MustCompile(expr)
	for _, tc := range []struct {
		name      string
		got, want any
	}{
		{"Match", lazy.Match([]byte(s)), re.Match([]byte(s))},
		{"MatchString", lazy.MatchString(s), re.MatchString(s)},
		{"FindString", lazy.FindString(s), re.FindString(s)},
		{"FindStringSubmatch", lazy.FindStringSubmatch(s), re.FindStringSubmatch(s)},
		{"FindAllStringIndex", lazy.FindAllStringIndex(s, -1), re.FindAllStringIndex(s, -1)},
		{"FindAllStringSubmatch", lazy.FindAllStringSubmatch(s, 2), re.FindAllStringSubmatch(s, 2)},
		{"Regexp", lazy.Regexp().String(), expr},
	} {
		if !reflect.DeepEqual(tc.got, tc.want) {
			t.Errorf("%s = %v, want %v", tc.name, tc.got, tc.want)
		}
	}
}

// TestBadExpressionPanicsOnUse checks that a bad expression costs nothing
// until used, and then panics as regexp.MustCompile does.
func TestBadExpressionPanicsOnUse(t *testing.T) {
	t.Parallel()
	r := New(`(`)
	defer func() {
		if recover() == nil {
			t.Error("a bad expression did not panic on use")
		}
	}()
	r.MatchString("x")
}
